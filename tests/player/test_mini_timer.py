"""The mini timer: out of the main window's way, closed once the session ends, a toggle.

Walk 4 found it opened where the window manager put it, showed a frozen time behind the stop
advice and the last questions, and was to show the same second as the player. Walk 9 found it
over the area being worked and -15 s/+15 s, on top of the after-ratings, and T only opened it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLineEdit,
    QMenuBar,
    QToolBar,
    QWidget,
)
from tests.player.conftest import WindowFactory, tick

from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.engine.phases import SessionPhase
from massage_desktop.ui.guide.html import stop_rule
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.mini_place import Around, free_place
from massage_desktop.ui.player.questions import AutomaticAnswers
from massage_desktop.ui.player.windows import MiniTimer


def _running(window: MainWindow, clock: ManualClock) -> MiniTimer:
    window.select_region("front-knee-left")
    assert window.flow.start_routine("knee-care")
    controller = window.flow.controller
    assert controller is not None
    while controller.session.phase is not SessionPhase.RUNNING:
        tick(window, clock, 1)
    window.flow.command(PlayerCommand.MINI)
    mini = window.findChild(MiniTimer)
    assert mini is not None
    return mini


def _area(window: MainWindow) -> QRect:
    screen = window.screen()
    assert screen is not None
    return screen.availableGeometry()


def _controls(window: MainWindow) -> QRect:
    """The player's -15 s, +15 s, Pause and "Stop – it hurts" on the screen."""
    area = QRect()
    player = window.player
    buttons = [player.buttons[c] for c in (PlayerCommand.LESS, PlayerCommand.MORE)]
    for button in (*buttons, player.buttons[PlayerCommand.PAUSE], player.hurt):
        area = area.united(QRect(button.mapToGlobal(QPoint(0, 0)), button.size()))
    return area


def test_the_mini_timer_opens_beside_the_main_window_when_the_screen_has_room(
    window: MainWindow, clock: ManualClock
) -> None:
    area = _area(window)
    window.resize(window.minimumSize())  # the test screen is 800 px square: room below
    window.move(area.topLeft())
    QApplication.processEvents()
    mini = _running(window, clock)
    outer, frame = mini.frameGeometry(), window.frameGeometry()
    assert area.contains(outer)
    assert not outer.intersects(frame)  # covers nothing of the window


def test_over_a_window_filling_the_screen_the_mini_timer_keeps_off_the_players_buttons(
    window: MainWindow, clock: ManualClock
) -> None:
    area = _area(window)
    window.resize(area.size())
    window.move(area.topLeft())
    QApplication.processEvents()
    mini = _running(window, clock)
    assert area.contains(mini.frameGeometry())
    controls = _controls(window)
    assert not controls.isEmpty()
    assert not mini.frameGeometry().intersects(controls)


def test_the_mini_timer_stays_on_the_screen_beside_a_window_past_its_edge(
    window: MainWindow, clock: ManualClock
) -> None:
    area = _area(window)
    window.resize(area.width() + 200, area.height() - 100)
    window.move(area.left() - 300, area.top() + 250)  # its left and bottom off the screen
    QApplication.processEvents()
    mini = _running(window, clock)
    assert area.contains(mini.frameGeometry())


def test_free_place_goes_beside_the_window_else_to_the_corner_away_from_the_buttons() -> None:
    area = QRect(0, 0, 1600, 900)
    outer = QSize(300, 100)
    buttons = Around(QRect(700, 800, 300, 50))
    beside = free_place(outer, QRect(0, 0, 1000, 800), buttons, area)
    assert beside == QPoint(1016, 700)  # right of the window, level with its bottom
    left = free_place(outer, QRect(600, 0, 1000, 800), buttons, area)
    assert left == QPoint(600 - 16 - 300, 700)
    full = free_place(outer, area, Around(QRect(1000, 800, 300, 50)), area)
    assert full == QPoint(16, 16)  # the top-left corner, farthest from the buttons
    rule = QRect(0, 100, 1600, 40)  # the stop rule across the top
    below = free_place(outer, area, Around(QRect(1000, 800, 300, 50), [rule]), area)
    assert not QRect(below, outer).intersects(rule)  # the rule is left in view
    assert below.x() == 16  # and as far from the buttons as that allows
    tiny = free_place(QSize(2000, 1000), area, buttons, area)
    assert area.contains(tiny)


# The main window filling a 1024x700 screen during Knee care, as measured on the screen:
# the menu and top bar, the map's Front/Back and zoom buttons, the player's stop rule and
# buttons, the map under its buttons and the left knee being worked on it.
SCREEN = QRect(0, 0, 1024, 700)
WINDOW = QRect(0, 0, 1028, 704)
TIMER = QSize(343, 201)
HEADER = [QRect(2, 2, 1024, 24), QRect(2, 26, 1024, 46)]
MAP_BUTTONS = [QRect(18, 86, 80, 34), QRect(104, 87, 76, 32)]
MAP_BUTTONS += [QRect(253, 86, 49, 35), QRect(310, 86, 49, 35), QRect(367, 86, 49, 35)]
RULE = QRect(442, 106, 575, 44)
PLAYER = QRect(442, 542, 575, 128)
MAP = QRect(2, 125, 428, 545)
KNEE = QRect(218, 368, 36, 208)


def test_over_a_small_screen_the_timer_covers_none_of_the_windows_controls() -> None:
    # Found by a fresh user: after Esc from room mode the timer stayed over the map's top-left
    # corner at 1024x700, covering the menu, the app's name, Front/Back and the zoom buttons.
    around = Around(PLAYER, [RULE], [*HEADER, *MAP_BUTTONS], MAP, KNEE)
    timer = QRect(free_place(TIMER, WINDOW, around, SCREEN), TIMER)
    assert SCREEN.contains(timer)
    for control in (PLAYER, RULE, *HEADER, *MAP_BUTTONS):
        assert not timer.intersects(control), control
    # Over the map's free area, off the knee being worked.
    assert MAP.contains(timer)
    assert not timer.intersects(KNEE)


def test_with_no_place_clear_of_every_control_the_timer_takes_the_maps_area() -> None:
    # A timer too tall for the map under its buttons (a larger text, a smaller screen)
    # covers the fewest controls it can: the map's own buttons, not the menu, the top bar,
    # the stop rule or the player's buttons; the rest of it is on the map.
    tall = QSize(343, 600)
    around = Around(PLAYER, [RULE], [*HEADER, *MAP_BUTTONS], MAP, KNEE)
    timer = QRect(free_place(tall, WINDOW, around, SCREEN), tall)
    assert SCREEN.contains(timer)
    for control in (PLAYER, RULE, *HEADER):
        assert not timer.intersects(control), control
    assert MAP.intersected(timer).height() >= 0.9 * timer.height()


def test_t_and_the_menu_entry_open_and_close_the_mini_timer(
    window: MainWindow, clock: ManualClock
) -> None:
    mini = _running(window, clock)
    action = window.flow.actions[PlayerCommand.MINI]
    assert mini.isVisible()
    assert action.isCheckable()
    assert action.isChecked()  # the menu ticks it
    action.trigger()  # T, or "…" > Mini timer, again
    assert not mini.isVisible()
    assert not action.isChecked()
    action.trigger()
    assert mini.isVisible()
    assert action.isChecked()
    mini.close()  # its ✕
    assert not action.isChecked()


def test_the_mini_timer_steps_aside_while_a_modal_dialog_is_open(
    window: MainWindow, clock: ManualClock
) -> None:
    mini = _running(window, clock)
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.open()
    dialog.activateWindow()
    QApplication.processEvents()
    assert QApplication.activeModalWidget() is dialog
    assert not mini.isVisible()  # not on top of the dialog's buttons
    assert window.flow.actions[PlayerCommand.MINI].isChecked()
    dialog.close()
    window.activateWindow()
    QApplication.processEvents()
    assert mini.isVisible()


def test_the_mini_timer_opens_where_the_person_moved_it_also_after_a_restart(
    make_window: WindowFactory, clock: ManualClock
) -> None:
    window = make_window()
    mini = _running(window, clock)
    area = _area(window)
    moved = QPoint(area.left() + 40, area.top() + 60)
    mini.move(moved)
    window.flow.command(PlayerCommand.MINI)  # closed: the place is kept
    assert not mini.isVisible()
    window.flow.command(PlayerCommand.MINI)
    assert mini.pos() == moved
    window.flow.command(PlayerCommand.STOP)
    again = make_window()
    again.flow.questions = window.flow.questions
    reopened = _running(again, clock)
    assert reopened is not mini
    assert reopened.pos() == moved


def test_the_mini_timer_shows_the_players_second_at_every_moment(
    window: MainWindow, clock: ManualClock
) -> None:
    mini = _running(window, clock)
    player = window.player
    for step in (0.3, 0.45, 0.2, 0.05, 0.5, 0.999, 0.001, 0.7):
        tick(window, clock, step)
        assert mini.ring.text() == player.ring.text() != ""


class Watching(AutomaticAnswers):
    """Notes the mini timer's time and state at each closing question."""

    def __init__(self) -> None:
        super().__init__(TodayCheck())
        self.mini: MiniTimer | None = None
        self.seen: dict[str, bool] = {}

    def _note(self, question: str) -> None:
        mini = self.mini
        assert mini is not None
        self.seen[question] = mini.isVisible()

    def ratings(
        self, regions: Sequence[tuple[str, str]], previous: Mapping[str, int] | None
    ) -> dict[str, int]:
        """Note the timer behind the after-ratings."""
        if previous is not None:
            self._note("ratings")
        return super().ratings(regions, previous)

    def pain_reason(self, area: str = "") -> str:
        """Note the timer behind the stop advice."""
        self._note("pain")
        return super().pain_reason(area)


@pytest.mark.parametrize(
    ("command", "question"),
    [(PlayerCommand.STOP, "ratings"), (PlayerCommand.HURT, "pain"), (None, "ratings")],
)
def test_the_mini_timer_closes_before_the_closing_questions(
    window: MainWindow, clock: ManualClock, command: PlayerCommand | None, question: str
) -> None:
    mini = _running(window, clock)
    watching = Watching()
    watching.mini = mini
    window.flow.questions = watching
    tick(window, clock, 20)
    assert mini.isVisible()
    if command is None:
        while window.flow.controller is not None:
            tick(window, clock, 30)
    else:
        window.flow.command(command)
    assert watching.seen[question] is False  # not on top of the dialog's buttons
    assert not mini.isVisible()
    assert not window.flow.actions[PlayerCommand.MINI].isChecked()


def test_the_mini_timer_says_the_stop_rule_and_leaves_the_players_rule_whole(
    window: MainWindow, clock: ManualClock
) -> None:
    # Walk 10 (A a57, B b25/b81): over a window filling the screen the timer hid half of the
    # player's stop rule ("…t once on sharp pain, numbness or"), and said none of it itself.
    area = _area(window)
    window.resize(area.size())
    window.move(area.topLeft())
    QApplication.processEvents()
    mini = _running(window, clock)
    assert mini.rule.isVisible()
    assert stop_rule() in mini.rule.text()
    rule = mini.rule
    assert rule.height() >= rule.heightForWidth(rule.width())  # every line of it shown
    assert mini.rect().contains(rule.geometry())
    banner = window.player.banner
    strip = QRect(banner.mapToGlobal(QPoint(0, 0)), banner.size())
    assert not mini.frameGeometry().intersects(strip)
    assert not mini.frameGeometry().intersects(_controls(window))


def test_after_esc_from_room_mode_the_timer_covers_none_of_the_windows_controls(
    window: MainWindow, clock: ManualClock
) -> None:
    # Found by a fresh user at 1024x700: opened in room mode, the timer stayed over the
    # window's top-left corner after Esc, on the menu, the app's name, Front/Back and zoom.
    area = _area(window)
    window.resize(area.size())
    window.move(area.topLeft())
    QApplication.processEvents()
    window.select_region("front-knee-left")
    assert window.flow.start_routine("knee-care")
    window.flow.command(PlayerCommand.ROOM)
    room = window.flow.room
    assert room is not None
    window.flow.command(PlayerCommand.MINI)
    QTest.keyClick(room, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert not room.isVisible()
    mini = window.findChild(MiniTimer)
    assert mini is not None
    assert mini.isVisible()
    timer = mini.frameGeometry()
    covered = [
        widget.accessibleName() or widget.objectName() or type(widget).__name__
        for widget in window.findChildren(QWidget)
        if isinstance(widget, (QAbstractButton, QLineEdit, QMenuBar, QToolBar))
        and widget.window() is window
        and widget.isVisible()
        and QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size()).intersects(timer)
    ]
    assert covered == []

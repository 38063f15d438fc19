"""The mini timer: by the main window, greyed once the session ends, the player's second.

Walk 4 found it opened where the window manager put it, showed a frozen time behind the stop
advice and the last questions, and was to show the same second as the player.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication
from tests.player.conftest import tick

from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.engine.phases import SessionPhase
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.mini_timer import corner_place
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
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MiniTimer))


def _area(window: MainWindow) -> QRect:
    screen = window.screen()
    assert screen is not None
    return screen.availableGeometry()


def test_the_mini_timer_opens_in_the_main_windows_corner(
    window: MainWindow, clock: ManualClock
) -> None:
    window.resize(600, 500)
    window.move(100, 100)
    QApplication.processEvents()
    mini = _running(window, clock)
    outer, frame = mini.frameGeometry(), window.frameGeometry()
    assert _area(window).contains(outer)
    assert frame.contains(outer)  # over the window, not somewhere else on the screen
    assert outer.left() - frame.left() <= 32
    assert frame.bottom() - outer.bottom() <= 32


def test_the_mini_timer_stays_on_the_screen_beside_a_window_past_its_edge(
    window: MainWindow, clock: ManualClock
) -> None:
    area = _area(window)
    window.resize(area.width() + 200, area.height() - 100)
    window.move(area.left() - 300, area.top() + 250)  # its left and bottom off the screen
    QApplication.processEvents()
    mini = _running(window, clock)
    assert area.contains(mini.frameGeometry())


def test_corner_place_moves_a_corner_off_the_screen_onto_it() -> None:
    area = QRect(0, 0, 800, 600)
    inside = corner_place(QSize(300, 100), QRect(100, 100, 500, 400), area)
    assert inside == QPoint(116, 100 + 400 - 16 - 100)
    off = corner_place(QSize(300, 100), QRect(-400, 300, 1000, 500), area)
    assert area.contains(QRect(off, QSize(300, 100)))


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
        self.seen: dict[str, tuple[bool, str, bool, str]] = {}
        self.buttons: dict[str, bool] = {}

    def _note(self, question: str) -> None:
        mini = self.mini
        assert mini is not None
        buttons = mini.pause.isVisible() or mini.hurt.isVisible()
        self.seen[question] = (mini.isVisible(), mini.ring.text(), mini.ended(), mini.phase.text())
        self.buttons[question] = buttons

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
    ("command", "question", "words"),
    [
        (PlayerCommand.STOP, "ratings", "Ended early"),
        (PlayerCommand.HURT, "pain", "Stopped because it hurt"),
        (None, "ratings", "Finished"),
    ],
)
def test_the_mini_timer_is_greyed_with_no_time_once_the_session_ends(
    window: MainWindow,
    clock: ManualClock,
    command: PlayerCommand | None,
    question: str,
    words: str,
) -> None:
    mini = _running(window, clock)
    watching = Watching()
    watching.mini = mini
    window.flow.questions = watching
    tick(window, clock, 20)
    assert mini.ring.text() != ""
    assert not mini.ended()
    if command is None:
        while window.flow.controller is not None:
            tick(window, clock, 30)
    else:
        window.flow.command(command)
    assert watching.seen[question] == (True, "", True, words)
    assert not watching.buttons[question]  # no Resume over the last questions
    assert not mini.isVisible()  # closed before the summary, as before

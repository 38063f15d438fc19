"""One action per player command: labels from the shortcut, one key one meaning, room mode."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from tests.player.conftest import tick

from massage_desktop.domain.history import InMemoryRecorder, Outcome
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.engine.phases import SessionPhase
from massage_desktop.engine.summary import SessionSummary
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand, key_name
from massage_desktop.ui.player.questions import AutomaticAnswers
from massage_desktop.ui.player.windows import ROOM_CONTROLS, ROOM_TARGET_PX


def _start(window: MainWindow) -> None:
    window.select_region("back-calf-left")
    assert window.flow.start_technique("calf-kneading")


def _keys(widget: QWidget) -> list[str]:
    actions = [*widget.actions(), *widget.findChildren(QAction)]
    unique = {id(a): a for a in actions}.values()
    return [
        key.toString(QKeySequence.SequenceFormat.PortableText)
        for action in unique
        for key in action.shortcuts()
        if not key.isEmpty()
    ]


def test_every_key_has_one_meaning(window: MainWindow) -> None:
    keys = _keys(window)
    assert "F11" in keys  # the window's full screen
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)


def test_tooltips_name_the_key_from_the_shortcut_and_labels_do_not(window: MainWindow) -> None:
    for command, button in window.player.buttons.items():
        action = window.flow.actions[command]
        assert button.defaultAction() is action
        assert button.toolTip() == f"{action.text()} ({key_name(action.shortcut())})"
        assert button.text() == action.text()
        assert "(" not in button.text(), button.text()
        assert button.accessibleDescription() == button.toolTip()
    room = window.flow.actions[PlayerCommand.ROOM].toolTip()
    assert room == "Room mode (R)"
    assert window.player.hurt.defaultAction() is window.flow.actions[PlayerCommand.HURT]
    assert window.player.hurt.text() == "Stop – it hurts"
    assert window.player.hurt.toolTip() == "Stop – it hurts (H)"


def test_buttons_and_keys_run_the_same_command(window: MainWindow) -> None:
    _start(window)
    controller = window.flow.controller
    assert controller is not None
    window.player.buttons[PlayerCommand.PAUSE].click()
    assert controller.session.paused
    assert window.player.buttons[PlayerCommand.PAUSE].text().startswith("Resume")
    QTest.keyClick(window, Qt.Key.Key_Space)
    assert not controller.session.paused
    assert window.player.buttons[PlayerCommand.PAUSE].text().startswith("Pause")


def test_pause_is_visible_from_across_the_room(window: MainWindow) -> None:
    _start(window)
    player = window.player
    assert not player.paused.isVisible()
    QTest.keyClick(window, Qt.Key.Key_Space)
    assert player.paused.isVisible()
    assert player.paused.text() == "Paused"
    assert player.paused.font().pointSizeF() >= 2 * player.font().pointSizeF()
    assert player.ring.paused()


def test_the_player_names_technique_and_side(window: MainWindow) -> None:
    _start(window)
    controller = window.flow.controller
    assert controller is not None
    entry = controller.session.current
    assert entry is not None
    assert entry.side is not None
    assert window.player.technique.text() == f"Calf kneading, {entry.side.value} side"


def test_controls_are_off_before_and_after_a_session(
    window: MainWindow, recorder: InMemoryRecorder
) -> None:
    assert not window.flow.actions[PlayerCommand.HURT].isEnabled()
    _start(window)
    assert window.player.hurt.isEnabled()
    window.player.hurt.click()
    assert next(iter(recorder.sessions.values())).outcome is Outcome.STOPPED_FOR_PAIN
    assert not window.player.hurt.isEnabled()


class _Watching(AutomaticAnswers):
    """Remembers where dialogs would be shown and what the player showed at the end."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(TodayCheck())
        self.window = window
        self.parent: QWidget | None = None
        self.rated_over: list[QWidget | None] = []
        self.at_summary: tuple[str, str, int] = ("", "", -1)
        self.summary: SessionSummary | None = None

    def set_parent(self, parent: QWidget | None) -> None:
        self.parent = parent

    def ratings(self, regions: object, previous: object) -> dict[str, int]:
        self.rated_over.append(self.parent)
        return {}

    def show_summary(self, summary: SessionSummary) -> None:
        player = self.window.player
        self.at_summary = (
            player.phase.text(),
            player.progress_text.text(),
            player.progress.value(),
        )
        self.summary = summary


def test_room_mode_works_without_a_keyboard(window: MainWindow, recorder: InMemoryRecorder) -> None:
    questions = _Watching(window)
    window.flow.questions = questions
    _start(window)
    menu = window.player.overflow.menu()
    assert menu is not None
    assert "Room mode" in [a.text() for a in menu.actions()]
    # In view, not only in "…" and under R: one click opens room mode.
    button = window.player.controls.room
    assert button.isVisible()
    assert button.toolTip().startswith("Room mode")
    button.click()
    room = window.flow.room
    assert room is not None
    assert room.isVisible()
    for command in ROOM_CONTROLS:
        button = room.buttons[command]
        assert button.isVisible()
        assert min(button.width(), button.height()) >= ROOM_TARGET_PX
    room.buttons[PlayerCommand.PAUSE].click()
    assert room.paused.isVisible()
    room.buttons[PlayerCommand.PAUSE].click()
    assert not room.paused.isVisible()
    assert room.technique.text().startswith("Calf kneading")
    # The room's own key closes it; F11 is not room mode's.
    QTest.keyClick(room, Qt.Key.Key_F11)
    assert room.isVisible()
    QTest.keyClick(room, Qt.Key.Key_R)
    assert not room.isVisible()
    assert questions.parent is None
    window.flow.command(PlayerCommand.ROOM)
    assert room.isVisible()
    # The after-session rating is asked over room mode.
    window.flow.command(PlayerCommand.STOP)
    assert questions.rated_over[-1] is room
    assert recorder.sessions


def test_stopping_for_pain_shows_where_it_stopped(window: MainWindow) -> None:
    questions = _Watching(window)
    window.flow.questions = questions
    window.select_region("front-knee-left")
    assert window.flow.start_routine("knee-care")
    window.flow.command(PlayerCommand.SKIP)
    window.flow.command(PlayerCommand.HURT)
    phase, progress, value = questions.at_summary
    assert phase == "Stopped because it hurt"
    assert progress.startswith("Stopped at step 2 of ")
    assert value < 1000
    assert questions.summary is not None
    assert questions.summary.outcome is Outcome.STOPPED_FOR_PAIN


def _step_length(window: MainWindow) -> float:
    controller = window.flow.controller
    assert controller is not None
    remaining = controller.session.remaining_s()
    assert remaining is not None
    return remaining + controller.session.elapsed_s()


def test_less_time_stops_at_the_guides_shortest_and_says_why(
    window: MainWindow, clock: ManualClock
) -> None:
    # Knee warm-up strokes: 150 s, the guide gives 120-180 s.
    window.select_region("front-knee-left")
    assert window.flow.start_technique("knee-warm-up-effleurage", "front-knee-left")
    less = window.flow.actions[PlayerCommand.LESS]
    controller = window.flow.controller
    assert controller is not None
    while controller.session.phase is not SessionPhase.RUNNING:
        tick(window, clock, 1.0)
    entry = controller.session.current
    assert entry is not None
    assert entry.shortest_s == 120.0
    assert less.isEnabled()
    window.flow.command(PlayerCommand.LESS)
    window.flow.command(PlayerCommand.LESS)  # 150 - 30 = 120: at the guide's lower bound
    assert _step_length(window) == pytest.approx(120.0)
    assert not less.isEnabled()
    assert "Not shorter than 120 s" in less.toolTip()
    window.flow.command(PlayerCommand.LESS)  # the key does nothing more either
    assert _step_length(window) == pytest.approx(120.0)
    window.flow.command(PlayerCommand.MORE)
    assert less.isEnabled()
    assert "Not shorter" not in less.toolTip()

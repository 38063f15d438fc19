"""The player end to end: controls, shortcuts, sides, stopping for pain, records."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from tests.player.conftest import tick

from massage_desktop.domain.history import InMemoryRecorder, Outcome, StepStatus
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.entry import PlanEntry
from massage_desktop.engine.phases import SessionPhase
from massage_desktop.engine.session import Session
from massage_desktop.ui.guide.html import STOP_RULE
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand


def start(window: MainWindow, technique: str = "calf-kneading") -> None:
    window.select_region("back-calf-left")
    assert window.flow.start_technique(technique)
    assert window.flow.controller is not None


def session_of(window: MainWindow) -> Session:
    assert window.flow.controller is not None
    return window.flow.controller.session


def current(window: MainWindow) -> PlanEntry:
    entry = session_of(window).current
    assert entry is not None
    return entry


def press(window: MainWindow, key: Qt.Key) -> None:
    QTest.keyClick(window, key)


def test_start_shows_the_player_with_stop_rule_and_warnings(window: MainWindow) -> None:
    start(window)
    assert window.player.isVisible()
    assert not window.guide.isVisible()  # the player takes the guide's place
    player = window.player
    assert player.phase.text().startswith("Get ready")
    assert player.instruction.text()
    assert player.banner.text().endswith(STOP_RULE)
    assert player.banner.isVisible()
    assert player.warnings.isVisible()
    assert "Do not massage" in player.warnings.text()
    # The map shows where the step is: the region selected and marked.
    assert window.map_pane.map.selected_region() in current(window).region_ids


def test_space_pauses_and_resumes(window: MainWindow, clock: ManualClock) -> None:
    start(window)
    press(window, Qt.Key.Key_Space)
    assert session_of(window).paused
    assert window.player.paused.isVisible()
    remaining = session_of(window).remaining_s()
    clock.advance(30)
    assert session_of(window).remaining_s() == remaining  # paused time does not count
    press(window, Qt.Key.Key_Space)
    assert not session_of(window).paused


def test_right_skips_and_left_goes_back(window: MainWindow) -> None:
    start(window)
    first = current(window)
    press(window, Qt.Key.Key_Right)
    assert current(window).index == first.index + 1
    press(window, Qt.Key.Key_Left)
    assert current(window).index == first.index


def test_plus_and_minus_adjust_the_step(window: MainWindow, clock: ManualClock) -> None:
    window.select_region("back-ankle-left")
    assert window.flow.start_technique("ankle-thumbing")  # a timed first step

    tick(window, clock, 30)  # past get-ready, into the step
    assert session_of(window).phase is SessionPhase.RUNNING
    before = session_of(window).remaining_s()
    assert before is not None
    press(window, Qt.Key.Key_Plus)
    assert session_of(window).remaining_s() == before + 15
    press(window, Qt.Key.Key_Minus)
    assert session_of(window).remaining_s() == before


def test_each_side_step_switches_sides(window: MainWindow, clock: ManualClock) -> None:
    start(window, "calf-wringing")
    sides = []
    phases = set()
    for _ in range(400):
        session = session_of(window)
        if session.current is not None and session.current.side is not None:
            sides.append(session.current.side.value)
        phases.add(session.phase)
        if session.phase is SessionPhase.REPS:
            press(window, Qt.Key.Key_Return)
        tick(window, clock, 1)
        if window.flow.controller is None:
            break
    assert SessionPhase.SWITCH_SIDES in phases
    assert "right" in sides
    assert "left" in sides
    assert sides.index("right") < sides.index("left")


def test_stop_it_hurts_stops_and_records(
    window: MainWindow, clock: ManualClock, recorder: InMemoryRecorder
) -> None:
    start(window)
    tick(window, clock, 10)
    press(window, Qt.Key.Key_H)
    [record] = recorder.sessions.values()
    assert record.outcome is Outcome.STOPPED_FOR_PAIN
    assert record.stop_reason == "It hurt"
    assert window.flow.controller is None
    assert window.guide.isVisible()
    assert not window.player.isVisible()


def test_hurt_button_works_too(window: MainWindow, recorder: InMemoryRecorder) -> None:
    start(window)
    window.player.hurt.click()
    assert next(iter(recorder.sessions.values())).outcome is Outcome.STOPPED_FOR_PAIN


def test_escape_does_not_end_the_session_ctrl_e_does(
    window: MainWindow, recorder: InMemoryRecorder
) -> None:
    """One key, one meaning: Esc leaves full screen (and room mode), never the session (walk 8)."""
    start(window)
    window.toggle_full_screen()
    assert window.isFullScreen()
    press(window, Qt.Key.Key_Escape)
    assert not window.isFullScreen()
    press(window, Qt.Key.Key_Escape)
    assert window.flow.active
    assert window.player.isVisible()
    assert not recorder.sessions or all(
        record.outcome is not Outcome.STOPPED_EARLY for record in recorder.sessions.values()
    )
    # The "…" menu names the deliberate key beside "End session".
    assert "Ctrl+E" in window.flow.actions[PlayerCommand.STOP].toolTip()
    QTest.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert next(iter(recorder.sessions.values())).outcome is Outcome.STOPPED_EARLY


def test_a_routine_runs_to_completion(
    window: MainWindow, clock: ManualClock, recorder: InMemoryRecorder
) -> None:
    window.select_region("front-knee-left")
    assert window.flow.start_routine("knee-care")
    for _ in range(5000):
        session = session_of(window)
        if session.phase is SessionPhase.REPS:
            press(window, Qt.Key.Key_Return)
        tick(window, clock, 2)
        if window.flow.controller is None:
            break
    [record] = recorder.sessions.values()
    assert record.outcome is Outcome.COMPLETED
    assert record.steps
    assert all(step.status is StepStatus.DONE for step in record.steps)
    assert not window.player.isVisible()


def test_shortcuts_are_off_outside_a_session(window: MainWindow) -> None:
    window.select_region("front-knee-left")
    press(window, Qt.Key.Key_H)
    assert window.flow.controller is None

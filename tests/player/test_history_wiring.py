"""Sessions reach the history database; a failing disk never stops a session."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.conftest import StartServices
from tests.player.conftest import tick

from massage_desktop.domain.history import (
    InMemoryRecorder,
    Outcome,
    SessionRecord,
    StepRecord,
    StepStatus,
)
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.messages import Level, Message, MessageBus
from massage_desktop.services import Services
from massage_desktop.storage.errors import StoreWriteError
from massage_desktop.storage.resilient import ResilientRecorder
from massage_desktop.ui import interrupted
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.questions import AutomaticAnswers


def make_window(qtbot: QtBot, services: Services, clock: ManualClock) -> MainWindow:
    window = MainWindow(services, clock=clock, interactive=False)
    window.flow.questions = AutomaticAnswers(TodayCheck())  # "no" to today's check
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_session_is_saved_in_the_history_database(
    qtbot: QtBot, tmp_path: Path, start_services: StartServices
) -> None:
    clock = ManualClock()
    services = start_services(tmp_path)
    window = make_window(qtbot, services, clock)
    window.select_region("back-ankle-left")
    assert window.flow.start_technique("ankle-thumbing")
    for _ in range(200):
        tick(window, clock, 1)
        if window.flow.controller is None:
            break
    history = services.history
    assert history is not None
    [record] = history.list_sessions(limit=10)
    assert record.outcome is Outcome.COMPLETED
    assert history.get(record.id).steps
    # File ▸ History shows it.
    view = window.history_actions.show_history()
    assert view is not None
    qtbot.waitUntil(
        lambda: (
            view.sessions.current_session_id() is not None or view.sessions.select_first_session()
        )
    )
    assert "1 session" in view.sessions.count_text()
    view.close()


class FailingStore(InMemoryRecorder):
    """A store whose disk fills up after the session has begun."""

    def add_step(self, session_id: str, step: StepRecord) -> None:
        raise StoreWriteError("The disk is full.")


def test_a_full_disk_keeps_the_session_in_memory_and_says_so() -> None:
    bus = MessageBus()
    seen: list[Message] = []
    bus.subscribe(seen.append)
    recorder = ResilientRecorder(FailingStore(), bus)
    started = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    recorder.begin(
        SessionRecord(
            id="x", started_at=started, kind="technique", subject_id="t", performer="self"
        )
    )
    step = StepRecord(position=0, technique_id="t", step_index=0, actual_s=10,
                      status=StepStatus.DONE, started_at=started)  # fmt: skip
    recorder.add_step("x", step)
    recorder.add_step("x", step.model_copy(update={"position": 1}))
    recorder.finish("x", Outcome.COMPLETED, started, {})
    assert recorder.in_memory_only
    assert [s.position for s in recorder.unsaved_sessions()[0].steps] == [0, 1]
    assert len(seen) == 1  # told once, not at every step
    assert seen[0].level is Level.ERROR
    assert "Export" in seen[0].text


def test_an_interrupted_session_is_offered_and_resumed(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    start_services: StartServices,
) -> None:
    clock = ManualClock()
    services = start_services(tmp_path)
    first = make_window(qtbot, services, clock)
    first.select_region("front-knee-left")
    assert first.flow.start_routine("knee-care")
    tick(first, clock, 400)  # well into the routine; then the "power cut"
    first.flow.controller.shutdown()  # type: ignore[union-attr]
    assert services.history is not None
    services.close()  # as at exit: the next start opens the file again

    services = start_services(tmp_path)
    second = make_window(qtbot, services, clock)
    monkeypatch.setattr(interrupted, "_ask", lambda *args: True)
    second.offer_interrupted_sessions()
    assert second.flow.controller is not None
    resumed = second.flow.controller.session
    assert resumed.current is not None
    assert resumed.current.index > 0
    second.flow.command(PlayerCommand.STOP)
    history = services.history
    assert history is not None
    [record] = history.list_sessions(limit=10)
    assert record.outcome is Outcome.STOPPED_EARLY
    positions = [s.position for s in history.get(record.id).steps]
    assert positions == sorted(set(positions))

"""The offer to resume an unfinished session never stops the app from starting."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.conftest import StartServices
from tests.sessions import build_session

from massage_desktop.domain.history import Outcome, StepStatus
from massage_desktop.services import Services
from massage_desktop.storage import opening
from massage_desktop.storage.db import connect
from massage_desktop.storage.opening import open_history
from massage_desktop.storage.paths import resolve_paths
from massage_desktop.ui import interrupted
from massage_desktop.ui.main_window import MainWindow

START = datetime(2026, 5, 4, 19, 0, tzinfo=UTC)


def _left_in_progress(folder: Path) -> None:
    store, _ = open_history(resolve_paths(folder))
    with store:
        for n in range(2):
            record = build_session(f"s{n}", START, ("back-neck",), 2, StepStatus.DONE)
            store.insert_many([record.model_copy(update={"outcome": Outcome.IN_PROGRESS})])


def _window(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow(services, interactive=False)
    qtbot.addWidget(window)
    return window


def test_a_damaged_unfinished_session_does_not_stop_the_start(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    start_services: StartServices,
) -> None:
    _left_in_progress(tmp_path)
    conn = sqlite3.connect(resolve_paths(tmp_path).database)
    with conn:
        conn.execute("UPDATE sessions SET kind = 'tecnique' WHERE id = 's0'")
    conn.close()
    window = _window(qtbot, start_services(tmp_path))
    monkeypatch.setattr(interrupted, "_ask", lambda *args: False)
    window.offer_interrupted_sessions()  # raised ValidationError before
    store, _ = open_history(resolve_paths(tmp_path))
    with store:
        summaries = {s.id: s for s in store.list_sessions()}
    assert summaries["s1"].outcome is Outcome.INTERRUPTED
    assert summaries["s0"].damaged


def test_a_read_only_history_with_an_unfinished_session_still_starts(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    start_services: StartServices,
) -> None:
    _left_in_progress(tmp_path)

    def read_only(path: Path, configured: bool = True) -> sqlite3.Connection:
        # Root ignores file permissions; query_only makes SQLite refuse writes the same way.
        conn = connect(path, configured)
        conn.execute("PRAGMA query_only = ON")
        return conn

    monkeypatch.setattr(opening, "connect", read_only)
    window = _window(qtbot, start_services(tmp_path))
    monkeypatch.setattr(interrupted, "_ask", lambda *args: False)
    window.offer_interrupted_sessions()  # marking it interrupted fails: it stays as it is
    assert window.flow.controller is None

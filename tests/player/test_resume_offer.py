"""The offer to resume an unfinished session: only when a step was done, and plainly worded."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot
from tests.conftest import StartServices
from tests.sessions import build_session

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import Outcome, SessionRecord
from massage_desktop.storage.opening import open_history
from massage_desktop.storage.paths import resolve_paths
from massage_desktop.ui import interrupted
from massage_desktop.ui.interrupted import ResumeDialog
from massage_desktop.ui.main_window import MainWindow

START = datetime(2026, 12, 4, 18, 30, tzinfo=UTC)


def _unfinished(folder: Path, steps: dict[str, int]) -> None:
    """Sessions left in progress by a "crash", each with the given number of steps done."""
    store, _ = open_history(resolve_paths(folder))
    with store:
        for n, (session_id, done) in enumerate(steps.items()):
            record = build_session(
                session_id,
                START + timedelta(hours=n),
                steps=done,
                technique="kneading-neck-shoulders",
            )
            store.insert_many([record.model_copy(update={"outcome": Outcome.IN_PROGRESS})])


def _outcomes(folder: Path) -> dict[str, tuple[Outcome | None, int]]:
    store, _ = open_history(resolve_paths(folder))
    with store:
        return {s.id: (s.outcome, len(store.get(s.id).steps)) for s in store.list_sessions()}


def test_a_session_with_no_step_done_is_kept_without_asking(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    start_services: StartServices,
) -> None:
    _unfinished(tmp_path, {"done-two": 2, "empty": 0})
    window = MainWindow(start_services(tmp_path), interactive=False)
    qtbot.addWidget(window)
    asked: list[str] = []

    def ask(_parent: object, _catalog: Catalog, record: SessionRecord, _scale: float) -> bool:
        asked.append(record.id)
        return False  # "Discard"

    monkeypatch.setattr(interrupted, "_ask", ask)
    window.offer_interrupted_sessions()
    # The newest has nothing to resume: the one before it, with two steps done, is offered.
    assert asked == ["done-two"]
    assert window.flow.controller is None
    # Discarded means no more offers; the history keeps both, with what they did.
    assert _outcomes(tmp_path) == {
        "done-two": (Outcome.INTERRUPTED, 2),
        "empty": (Outcome.INTERRUPTED, 0),
    }


def test_only_empty_sessions_ask_nothing(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    start_services: StartServices,
) -> None:
    _unfinished(tmp_path, {"empty": 0})
    window = MainWindow(start_services(tmp_path), interactive=False)
    qtbot.addWidget(window)
    monkeypatch.setattr(interrupted, "_ask", pytest.fail)
    window.offer_interrupted_sessions()
    assert _outcomes(tmp_path) == {"empty": (Outcome.INTERRUPTED, 0)}


def test_the_dialog_names_the_step_it_resumes_at(qtbot: QtBot, catalog: Catalog) -> None:
    record = build_session("r", START, steps=2, technique="kneading-neck-shoulders")
    dialog = ResumeDialog(catalog, record)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.primary is not None
    assert dialog.primary.text() == "Resume at step 3"  # steps 1 and 2 were done
    buttons = {b.text(): b for b in dialog.findChildren(QPushButton) if b.isVisible()}
    assert list(buttons) == ["Discard", "Resume at step 3"]
    assert "2 steps done" in [label.text() for label in dialog.findChildren(QLabel)]
    buttons["Discard"].click()
    assert not dialog.resume()

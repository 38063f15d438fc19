"""Export and import from the File menu: the core functions, the worker job, the dialogs."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from massage_desktop.domain.history import SessionRecord
from massage_desktop.storage.history import HistoryStore
from massage_desktop.ui.history import export_history_interactive, import_history_interactive
from massage_desktop.ui.history.transfer_actions import ProblemsDialog
from massage_desktop.ui.history.transfer_jobs import (
    TransferOutcome,
    export_file,
    export_job,
    import_file,
    import_job,
    with_extension,
)

MakeSession = Callable[..., SessionRecord]
START = datetime(2026, 5, 20, 19, tzinfo=timezone(timedelta(hours=2)))


def fill(store: HistoryStore, session: MakeSession, count: int = 3) -> None:
    store.insert_many(session(f"s{n}", START - timedelta(days=n)) for n in range(count))


def test_export_json_and_csv_by_extension(
    tmp_path: Path, store: HistoryStore, session: MakeSession
) -> None:
    fill(store, session)
    outcome = export_file(store.path, tmp_path / "all.json")
    assert outcome == TransferOutcome(True, "Exported 3 sessions to all.json.", 3)
    document = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert [s["id"] for s in document["sessions"]] == ["s0", "s1", "s2"]  # as stored
    outcome = export_file(store.path, tmp_path / "steps.csv")
    assert outcome.message == "Exported 3 sessions (one row per step) to steps.csv."
    with (tmp_path / "steps.csv").open(encoding="utf-8-sig", newline="") as file:
        assert len(list(csv.DictReader(file))) == 6  # two steps a session


def test_export_failures_are_messages(
    tmp_path: Path, store: HistoryStore, session: MakeSession
) -> None:
    fill(store, session)
    outcome = export_file(store.path, tmp_path / "missing-folder" / "all.json")
    assert not outcome.ok
    assert outcome.message.startswith("Could not write all.json")
    assert export_file(store.path, tmp_path / "all.txt").message == (
        "Cannot export to all.txt: choose a .json or .csv file name."
    )
    cancelled = export_file(store.path, tmp_path / "x.json", cancelled=lambda: True)
    assert cancelled.message == "The export was cancelled; no file was written."
    assert not (tmp_path / "x.json").exists()
    assert not (tmp_path / "x.json.partial").exists()


def test_import_adds_new_sessions_and_skips_duplicates(
    tmp_path: Path, store: HistoryStore, session: MakeSession
) -> None:
    fill(store, session, 3)
    export_file(store.path, tmp_path / "all.json")
    store.delete("s1")
    store.purge_deleted()
    store.insert_many([session("other", START + timedelta(days=1))])
    outcome = import_file(store, tmp_path / "all.json")
    assert outcome.ok
    assert outcome.message == "1 imported, 2 duplicates skipped."
    assert store.count_sessions() == 4


def test_a_rejected_import_lists_the_bad_records_and_imports_nothing(
    qtbot: QtBot, tmp_path: Path, store: HistoryStore, session: MakeSession
) -> None:
    good = session("good").model_dump(mode="json")
    bad = session("bad").model_dump(mode="json") | {"performer": "robot"}
    worse = session("worse").model_dump(mode="json") | {"started_at": "yesterday"}
    document = {"format": "massage-desktop-history", "version": 1, "sessions": [good, bad, worse]}
    source = tmp_path / "mixed.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    outcome = import_file(store, source)
    assert not outcome.ok
    assert outcome.message.startswith("2 of 3 sessions in mixed.json are not valid")
    assert [(p.index, p.field) for p in outcome.problems] == [(1, "performer"), (2, "started_at")]
    assert store.count_sessions() == 0  # not even the good one
    dialog = ProblemsDialog(outcome)
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    assert [row[:2] for row in rows] == [("2", "performer"), ("3", "started_at")]


def test_csv_and_broken_files_are_refused_in_plain_words(
    tmp_path: Path, store: HistoryStore
) -> None:
    sheet = tmp_path / "steps.csv"
    sheet.write_text("session_id\n", encoding="utf-8")
    assert "Import the .json export instead" in import_file(store, sheet).message
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert import_file(store, broken).message.startswith("broken.json is not valid JSON")
    assert import_file(store, tmp_path / "gone.json").message.startswith("Could not read gone.json")


def test_file_type_adds_a_missing_extension() -> None:
    assert with_extension(Path("a/history"), "History export (*.json)") == Path("a/history.json")
    assert with_extension(Path("history"), "Spreadsheet (*.csv)") == Path("history.csv")
    assert with_extension(Path("history.CSV"), "History export (*.json)") == Path("history.CSV")


def test_jobs_run_off_the_gui_thread(
    qtbot: QtBot, tmp_path: Path, store: HistoryStore, session: MakeSession
) -> None:
    fill(store, session, 600)
    job = export_job(store.path, tmp_path / "all.json")
    with qtbot.waitSignal(job.finished, timeout=10_000) as finished:
        job.start()
    assert finished.args is not None
    assert finished.args[0].count == 600
    store.delete("s5")
    store.purge_deleted()
    job = import_job(store.path, tmp_path / "all.json")
    with qtbot.waitSignal(job.finished, timeout=10_000):
        job.start()
    assert job.outcome is not None
    assert job.outcome.message == "1 imported, 599 duplicates skipped."
    assert store.get("s5").id == "s5"  # the GUI's connection sees the other one's import


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Dialogs answer by themselves; the texts of message boxes are collected."""
    shown: list[str] = []

    def message(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    def problems(dialog: QDialog) -> int:
        shown.append("problems dialog")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", message)
    monkeypatch.setattr(ProblemsDialog, "exec", problems)
    return shown


def test_interactive_export_and_import(
    qtbot: QtBot,
    tmp_path: Path,
    store: HistoryStore,
    session: MakeSession,
    answers: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    fill(store, session, 4)
    target = tmp_path / "mine"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a: (str(target), "History export (*.json)")
    )
    outcome = export_history_interactive(parent, store)
    assert outcome is not None
    assert outcome.ok
    assert answers == ["Exported 4 sessions to mine.json."]
    refreshed: list[bool] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (f"{target}.json", ""))
    import_history_interactive(parent, store, lambda: refreshed.append(True))
    assert answers[-1] == "0 imported, 4 duplicates skipped."
    assert refreshed == [True]
    (tmp_path / "bad.json").write_text(
        '{"format": "massage-desktop-history", "version": 1, "sessions": [{"id": ""}]}',
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(tmp_path / "bad.json"), ""))
    outcome = import_history_interactive(parent, store, lambda: refreshed.append(True))
    assert outcome is not None
    assert outcome.problems
    assert answers[-1] == "problems dialog"
    assert refreshed == [True]  # nothing changed, nothing to refresh
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: ("", ""))
    assert import_history_interactive(parent, store) is None

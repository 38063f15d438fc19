"""File dialogs open in Documents with a dated name; an empty history is not "exported"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices

from massage_desktop.ui.file_places import documents_folder, suggested_file
from massage_desktop.ui.main_window import MainWindow


def test_documents_when_it_exists_else_home(isolated_home: Path) -> None:
    # The walk: with no Documents folder the dialog opened in the program's own folder.
    assert documents_folder() == isolated_home
    (isolated_home / "Documents").mkdir()
    assert documents_folder() == isolated_home / "Documents"
    name = suggested_file("massage-history", ".json", date(2026, 12, 7))
    assert name == str(isolated_home / "Documents" / "massage-history-2026-12-07.json")


def test_exporting_an_empty_history_writes_nothing_and_says_so(
    qtbot: QtBot, make_services: MakeServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(make_services(), interactive=False)
    qtbot.addWidget(window)
    said: list[str] = []
    dialogs: list[object] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: dialogs.append(a))
    assert window.history_actions.export() is False
    assert said == ["There is nothing to export yet."]
    assert dialogs == [], "no file dialog for nothing to save"


def test_export_and_import_dialogs_open_in_documents(
    qtbot: QtBot,
    make_services: MakeServices,
    monkeypatch: pytest.MonkeyPatch,
    isolated_home: Path,
) -> None:
    from massage_desktop.ui.history import export_history_interactive, import_history_interactive

    (isolated_home / "Documents").mkdir()
    services = make_services()
    assert services.history is not None
    window = MainWindow(services, interactive=False)
    qtbot.addWidget(window)
    asked: list[str] = []

    def cancel(*args: str) -> tuple[str, str]:
        asked.append(args[2])  # the folder or file name the dialog opens at
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", cancel)
    assert export_history_interactive(window, services.history) is None
    assert import_history_interactive(window, services.history) is None
    today = date.today().isoformat()
    assert asked == [
        str(isolated_home / "Documents" / f"massage-history-{today}.json"),
        str(isolated_home / "Documents"),
    ]


def test_export_unsaved_with_nothing_unsaved_says_what_it_is_for(
    qtbot: QtBot, make_services: MakeServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The old answer, "There are no unsaved sessions.", left a user asking what one is."""
    window = MainWindow(make_services(), interactive=False)
    qtbot.addWidget(window)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    window.history_actions.export_unsaved()
    assert len(said) == 1
    assert said[0].startswith("Every session is saved in your history")
    assert "full or read-only disk" in said[0]

"""The routine editor's file dialogs open in Documents, and the editor follows the app's theme."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.routines.conftest import make_routine

from massage_desktop.storage.own_routines import ImportCandidate
from massage_desktop.ui.design.choice import ChoiceDialog
from massage_desktop.ui.design.tokens import colours
from massage_desktop.ui.file_places import documents_folder
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.routine_editor import actions as actions_module
from massage_desktop.ui.theme import apply_theme


class FakeFileDialog:
    """Records what a file dialog was asked to show, and answers as the user would."""

    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.asked: list[tuple[str, str, str]] = []

    def getSaveFileName(self, _parent: Any, title: str, start: str, filters: str) -> Any:  # noqa: N802 - Qt's name
        self.asked.append((title, start, filters))
        return self.answer, ""

    def getOpenFileName(self, _parent: Any, title: str, start: str, filters: str) -> Any:  # noqa: N802 - Qt's name
        self.asked.append((title, start, filters))
        return self.answer, ""


def test_export_and_import_open_in_documents_with_a_name_and_a_filter(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = window.routine_actions
    target = tmp_path / "mine"  # no extension typed: .yaml is added
    dialog = FakeFileDialog(str(target))
    monkeypatch.setattr(actions_module, "QFileDialog", dialog)
    assert actions.export("knee-care")
    assert (tmp_path / "mine.yaml").is_file()
    [(title, start, filters)] = dialog.asked
    assert title == "Export routine"
    # Given "", the dialog opened in the working directory: the program's own folder.
    assert Path(start).parent == documents_folder()
    assert Path(start).name.endswith("knee-care.yaml")
    assert filters == "Routines (*.yaml)"
    dialog.answer = ""  # cancelled
    assert actions.import_() is None
    title, start, filters = dialog.asked[-1]
    assert title == "Import routine"
    assert start == str(documents_folder())
    assert filters.split(";;") == ["Routines (*.yaml *.yml)", "All files (*)"]


def test_the_open_editor_follows_a_theme_switch(
    qtbot: QtBot, window: MainWindow, qapp: QApplication
) -> None:
    apply_theme(qapp, "light")
    try:
        view = window.routine_actions.new_routine().view
        qtbot.waitExposed(view)
        light, dark = colours("light"), colours("dark")
        assert light.background in view.styleSheet()
        apply_theme(qapp, "dark")
        assert dark.background in view.styleSheet()
        apply_theme(qapp, "light")
        assert light.background in view.styleSheet(), "and back, once its own sheet is dark"
        assert dark.background not in view.styleSheet()
    finally:
        apply_theme(qapp, "system")


def test_a_name_clash_on_import_is_a_designed_question(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = make_routine()
    found = ImportCandidate(mine.model_copy(update={"id": "my-other"}), mine, False)
    dialog = actions_module.clash_question(found, window)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "designedDialog"
    assert [b.text() for b in dialog.buttons] == ["&Keep both", "&Replace mine"]
    assert dialog.primary is dialog.buttons[0], "keeping both loses nothing: the default"
    builtin = ImportCandidate(mine, None, True)
    only_keep = actions_module.clash_question(builtin, window)
    qtbot.addWidget(only_keep)
    assert [b.text() for b in only_keep.buttons] == ["&Keep both"], "never replace a built-in"

    def press_replace(shown: ChoiceDialog) -> int:
        shown.buttons[1].click()
        return shown.result()

    monkeypatch.setattr(ChoiceDialog, "exec", press_replace)
    assert window.routine_actions.ask_clash(found) == actions_module.REPLACE

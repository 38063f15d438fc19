"""Changing the language says "from the next start" once, in the dialog, not again in a box."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from tests.conftest import StartServices

from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.settings_dialog import SettingsDialog


def test_a_new_language_is_explained_inline_only(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    start_services: StartServices,
) -> None:
    window = MainWindow(start_services(tmp_path))
    qtbot.addWidget(window)
    prefs = window.preferences
    assert prefs is not None
    shown: list[SettingsDialog] = []
    boxes: list[object] = []

    def accept_german(dialog: SettingsDialog) -> int:
        shown.append(dialog)
        dialog.fields["language"].set_value("de")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SettingsDialog, "exec", accept_german)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: boxes.append(a))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box))
    assert prefs.edit()
    assert prefs.settings.language == "de"
    assert boxes == [], "no second message about the language"
    notes = [label.text() for label in shown[0].findChildren(QLabel)]
    assert sum("next time the app starts" in text for text in notes) == 1

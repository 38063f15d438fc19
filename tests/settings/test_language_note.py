"""Changing the language says "quit and start again" once, in the dialog, not again in a box.

Walk 4: the note said "the next time the app starts", but with the daily reminder on the
window closes to the tray, and starting the app again only brings that window back, still in
the old language. Nothing is retranslated on Save, so the note names what does apply it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
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
    assert sum("once you quit the app and start it again" in text for text in notes) == 1
    # And that is true: Save installs no German translation, and the menus stay English.
    assert QCoreApplication.translate("MainWindow", "&Quit") == "&Quit"
    assert window.menu_actions["Quit"].text() == "&Quit"


@pytest.mark.usefixtures("german")
def test_the_german_note_says_quit_too(
    qtbot: QtBot, tmp_path: Path, start_services: StartServices
) -> None:
    window = MainWindow(start_services(tmp_path))
    qtbot.addWidget(window)
    prefs = window.preferences
    assert prefs is not None
    dialog = prefs.dialog(prefs.settings)
    qtbot.addWidget(dialog)
    notes = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Eine neue Sprache gilt, sobald Sie die App beenden und neu starten." in notes

"""Enter presses the focused button, and "End the session?" defaults to keeping on (walk 4).

In a dialog, Qt passes Enter on a button that is not auto-default to the dialog, which pressed
its default: Enter on a focused "Cancel" of "End the session?" ended the session, whose
default was ending it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import InMemoryRecorder, Outcome
from massage_desktop.storage.settings import Settings
from massage_desktop.ui.design.choice import ChoiceDialog
from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.session_questions import SessionQuestions
from massage_desktop.ui.safety import FirstRunDialog
from massage_desktop.ui.settings_dialog import SettingsDialog


def _enter(button: QPushButton) -> None:
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Return)


def _end_dialog_answered(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, answer: str
) -> list[ChoiceDialog]:
    """Press End (Esc) during a session and answer the question with ``answer``'s key."""
    shown: list[ChoiceDialog] = []

    def press(dialog: DesignedDialog) -> int:
        assert isinstance(dialog, ChoiceDialog)
        shown.append(dialog)
        dialog.show()
        if answer == "enter":
            QTest.keyClick(dialog, Qt.Key.Key_Return)
        else:
            _enter(dialog.buttons[0])
        return dialog.result()

    monkeypatch.setattr(DesignedDialog, "exec", press)
    window.flow.command(PlayerCommand.STOP)
    return shown


def _end_quietly(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SessionQuestions, "confirm_end", lambda _self: True)
    monkeypatch.setattr(SessionQuestions, "ratings", lambda *_a: {})
    monkeypatch.setattr(SessionQuestions, "show_summary", lambda *_a: None)
    window.flow.command(PlayerCommand.STOP)


def _running(window: MainWindow, catalog: Catalog) -> None:
    window.select_region("back-calf-left")
    assert window.flow.start_technique("calf-kneading")
    window.flow.questions = SessionQuestions(window, catalog)


def test_enter_on_end_the_session_keeps_going(
    window: MainWindow,
    catalog: Catalog,
    recorder: InMemoryRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _running(window, catalog)
    [dialog] = _end_dialog_answered(window, monkeypatch, "enter")
    assert dialog.primary is not None
    assert dialog.primary is dialog.cancel_button
    assert dialog.primary.text() == "Keep going"
    assert [b.text() for b in dialog.buttons] == ["End the session"]
    assert window.flow.controller is not None, "the session goes on"
    [session] = recorder.sessions.values()
    assert session.outcome is Outcome.IN_PROGRESS
    _end_quietly(window, monkeypatch)


def test_enter_on_a_focused_end_the_session_ends_it(
    window: MainWindow,
    catalog: Catalog,
    recorder: InMemoryRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _running(window, catalog)
    monkeypatch.setattr(SessionQuestions, "ratings", lambda *_a: {})
    monkeypatch.setattr(SessionQuestions, "show_summary", lambda *_a: None)
    _end_dialog_answered(window, monkeypatch, "focused")
    [session] = recorder.sessions.values()
    assert session.outcome is Outcome.STOPPED_EARLY


def test_enter_on_a_focused_secondary_answer_chooses_it(qtbot: QtBot) -> None:
    dialog = ChoiceDialog("Which?", "Pick one.", ["First", "Second"], default=0)
    qtbot.addWidget(dialog)
    dialog.show()
    _enter(dialog.buttons[1])
    assert dialog.chosen() == 1


def test_enter_on_a_focused_cancel_cancels(qtbot: QtBot) -> None:
    dialog = ChoiceDialog("Which?", "Pick one.", ["First"], default=0)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.cancel_button is not None
    _enter(dialog.cancel_button)
    assert dialog.chosen() is None
    assert dialog.result() == DesignedDialog.DialogCode.Rejected


def test_enter_on_not_now_puts_the_welcome_off(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = FirstRunDialog(catalog)
    qtbot.addWidget(dialog)
    dialog.show()
    _enter(dialog.not_now_button)
    assert dialog.put_off()
    assert dialog.page() == 0, "not Next"


def test_enter_on_test_sound_plays_it_and_keeps_the_settings_open(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    played: list[int] = []
    dialog.testSoundRequested.connect(played.append)
    _enter(dialog.test_sound)
    assert played
    assert dialog.isVisible()

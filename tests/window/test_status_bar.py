"""The main window's status bar shows only while it has something to say."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from massage_desktop.ui.main_window import MainWindow


def test_status_bar_hides_while_empty(window: MainWindow, qtbot: QtBot) -> None:
    bar = window.statusBar()
    assert not bar.isVisible()
    bar.showMessage("Saved")
    assert bar.isVisible()
    bar.clearMessage()
    assert not bar.isVisible()
    window.routine_actions.undo_bar.show()
    assert bar.isVisible()
    window.routine_actions.undo_bar.hide()
    assert not bar.isVisible()

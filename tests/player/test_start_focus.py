"""The session's first look: no focus ring on "Safety…" (walk 10, A a24/a26, B b21).

The guide's Start went away under the keyboard focus as the player took its place, and Qt
passed the focus to the player's first button: a teal ring sat around "Safety…" for the
whole session, away from Pause and the instruction.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from massage_desktop.ui.design.focus_ring import install_focus_ring
from massage_desktop.ui.main_window import MainWindow


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_a_session_starts_with_no_ring_and_space_and_tab_work(
    window: MainWindow, qtbot: QtBot
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    keeper = install_focus_ring(app)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.guide.show_routine("knee-care")
    # The keyboard on the guide, as after pressing its Start.
    window.guide.focus_order()[0].setFocus(Qt.FocusReason.TabFocusReason)
    assert window.flow.start_routine("knee-care")
    assert _focused() is not window.player.banner.focus_order()[0]
    assert window.player.isAncestorOf(_focused()) or _focused() is window.player
    assert not keeper.ring.isVisible()
    QTest.keyClick(_focused(), Qt.Key.Key_Space)
    controller = window.flow.controller
    assert controller is not None
    assert controller.session.paused
    QTest.keyClick(_focused(), Qt.Key.Key_Tab)
    assert window.player.isAncestorOf(_focused())  # on to the player's buttons
    assert keeper.ring.isVisible()  # and the keyboard's focus shows

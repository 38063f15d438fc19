"""Keyboard focus shows where it is without choosing anything (walk 5, finding 26)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from massage_desktop.ui.guide.lists import ID_ROLE
from massage_desktop.ui.main_window import MainWindow


def test_tabbing_into_the_welcome_routines_rings_a_card_without_opening_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    guide = window.guide
    routines = guide.column.routines
    shown: list[str] = []
    guide.routineShown.connect(shown.append)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    routines.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(routines.hasFocus)
    # The ring is on the first card, but the pane is still the welcome.
    first = routines.item(0)
    assert routines.currentItem() is first
    assert not first.isSelected()
    assert shown == []
    assert not guide.column.detail.isVisible()
    assert guide.routine() is None
    # Space (or Enter) opens the ringed card; the arrow keys browse as before.
    QTest.keyClick(routines, Qt.Key.Key_Space)
    assert shown == [first.data(ID_ROLE)]
    assert guide.column.detail.isVisible()
    QTest.keyClick(routines, Qt.Key.Key_Down)
    assert shown == [first.data(ID_ROLE), routines.item(1).data(ID_ROLE)]

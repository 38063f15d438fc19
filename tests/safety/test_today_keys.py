"""The quick check answers with the arrow keys: left/right choose, up/down move on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.safety import TodayCheckDialog


def _focused(dialog: TodayCheckDialog) -> QRadioButton:
    widget = dialog.focusWidget()
    assert isinstance(widget, QRadioButton)
    return widget


def test_arrow_keys_choose_the_answer(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = TodayCheckDialog(catalog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    first, second, *_ = dialog.groups.values()
    first.button(1).setFocus()
    QTest.keyClick(_focused(dialog), Qt.Key.Key_Right)
    assert first.checkedId() == 0  # "No"
    QTest.keyClick(_focused(dialog), Qt.Key.Key_Left)
    assert first.checkedId() == 1  # back to "Yes"
    QTest.keyClick(_focused(dialog), Qt.Key.Key_Right)
    QTest.keyClick(_focused(dialog), Qt.Key.Key_Down)
    # Moving to the next question answers nothing by itself, and keeps the first answer.
    assert first.checkedId() == 0
    assert second.checkedId() == -1
    assert _focused(dialog) in second.buttons()
    QTest.keyClick(_focused(dialog), Qt.Key.Key_Right)
    assert second.checkedId() == 0
    QTest.keyClick(_focused(dialog), Qt.Key.Key_Up)
    assert _focused(dialog) in first.buttons()
    assert first.checkedId() == 0


def test_the_first_tab_shows_where_the_keyboard_is(qtbot: QtBot, catalog: Catalog) -> None:
    # The check opened with an unseen focus on the first "Yes"; the first Tab went on to the
    # second question, so the first one was never seen focused (walk 7, k16 and k17).
    dialog = TodayCheckDialog(catalog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    first = next(iter(dialog.groups.values()))
    start = _focused(dialog)
    assert start is first.button(1)
    assert start.property("keys") is not True  # no ring before a key: it read as an answer
    QTest.keyClick(start, Qt.Key.Key_Tab)
    assert _focused(dialog) is start
    assert start.property("keys") is True  # the ring, on the first "Yes"
    assert first.checkedId() == -1  # and nothing answered
    QTest.keyClick(start, Qt.Key.Key_Tab)
    assert _focused(dialog) is not start
    assert first.checkedId() == -1

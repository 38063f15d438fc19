"""The rating is a row of pills, 0 to 10: a click sets the value under it, nothing is preset.

A slider moved one step towards a click (a click in the middle gave 1, not 5), and after the
session its preset "before" value looked saved while its check box was unticked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from massage_desktop.ui.player.ratings import RatingsDialog


def test_a_click_on_a_pill_sets_that_value(qtbot: QtBot) -> None:
    dialog = RatingsDialog("How does it feel?", "Rate it.", [("front-knee-left", "Left knee")])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    scale = dialog.scales["front-knee-left"]
    assert scale.value() is None
    QTest.mouseClick(scale.pills[5], Qt.MouseButton.LeftButton)
    assert scale.value() == 5
    QTest.mouseClick(scale.pills[10], Qt.MouseButton.LeftButton)
    dialog.accept()
    assert dialog.ratings() == {"front-knee-left": 10}


def test_after_the_session_nothing_is_preset(qtbot: QtBot) -> None:
    dialog = RatingsDialog(
        "And now?", "Rate it.", [("front-knee-left", "Left knee")], {"front-knee-left": 4}
    )
    qtbot.addWidget(dialog)
    scale = dialog.scales["front-knee-left"]
    assert "before: 4" in scale.label.text()
    assert scale.value() is None
    dialog.accept()
    assert dialog.ratings() == {}  # Continue without choosing records nothing


def test_arrow_keys_choose_along_the_row(qtbot: QtBot) -> None:
    dialog = RatingsDialog("How does it feel?", "Rate it.", [("front-knee-left", "Left knee")])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    scale = dialog.scales["front-knee-left"]
    dialog.activateWindow()
    scale.pills[3].click()
    scale.pills[3].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is scale.pills[3])
    QTest.keyClick(scale.pills[3], Qt.Key.Key_Right)
    assert scale.value() == 4


def test_digit_keys_choose_a_rating_while_the_row_has_focus(qtbot: QtBot) -> None:
    """Walk 5, finding 13: the digit keys did nothing on the rating row."""
    dialog = RatingsDialog(
        "After the massage",
        "Rate it.",
        [("front-knee-left", "Left knee"), ("front-thigh-left", "Left thigh")],
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    knee, thigh = dialog.scales["front-knee-left"], dialog.scales["front-thigh-left"]
    dialog.activateWindow()
    knee.pills[0].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is knee.pills[0])
    QTest.keyClick(knee.pills[0], Qt.Key.Key_7)
    assert knee.value() == 7
    assert QApplication.focusWidget() is knee.pills[7]  # the arrows go on from there
    QTest.keyClick(knee.pills[7], Qt.Key.Key_3, Qt.KeyboardModifier.KeypadModifier)
    assert knee.value() == 3
    assert thigh.value() is None, "only the row with focus"
    dialog.accept()
    assert dialog.ratings() == {"front-knee-left": 3}


def _edge(pill: QWidget) -> QColor:
    """The colour of a pill's left border, as drawn (the focus ring is drawn there)."""
    return pill.grab().toImage().pixelColor(1, pill.height() // 2)


def test_nothing_looks_chosen_when_the_rating_after_opens(qtbot: QtBot) -> None:
    """Walk 16: "After the massage" opened with a focus ring on "0", read as chosen."""
    dialog = RatingsDialog(
        "After the massage", "Rate it.", [("front-knee-left", "Left knee")], {"front-knee-left": 4}
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog)
    pills = dialog.scales["front-knee-left"].pills
    assert _edge(pills[0]) == _edge(pills[1])  # "0" drawn as every other pill
    # Keyboard users Tab to the pills; the ring shows where they are.
    QTest.keyClick(dialog, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is pills[0]
    assert _edge(pills[0]) != _edge(pills[1])
    QTest.keyClick(pills[0], Qt.Key.Key_4)
    dialog.accept()
    assert dialog.ratings() == {"front-knee-left": 4}

"""A click on the rating slider sets the value there (it moved one step towards the click)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QSlider
from pytestqt.qtbot import QtBot

from massage_desktop.ui.player.ratings import RatingsDialog


def test_a_click_on_the_slider_sets_the_value_under_it(qtbot: QtBot) -> None:
    dialog = RatingsDialog("How does it feel?", "Rate it.", [("front-knee-left", "Left knee")])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    [slider] = dialog.findChildren(QSlider)
    assert slider.value() == 0
    middle = QPoint(slider.width() // 2, slider.height() // 2)
    QTest.mouseClick(slider, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, middle)
    assert slider.value() == 5  # the middle of 0–10, not 1
    near_end = QPoint(slider.width() - 3, slider.height() // 2)
    QTest.mouseClick(slider, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, near_end)
    assert slider.value() == 10
    dialog.accept()
    assert dialog.ratings() == {"front-knee-left": 10}  # moving it ticks the region

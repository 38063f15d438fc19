"""Rings a keyboard user sees: a condition chip and "Stop – it hurts" (walk 4)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.clock import ManualClock
from massage_desktop.ui.design.tokens import ThemeName, colours
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.safety.health_dialog import HealthProfileDialog
from massage_desktop.ui.theme import apply_theme


@pytest.fixture(params=("light", "dark"))
def theme(request: pytest.FixtureRequest) -> Iterator[ThemeName]:
    """The app in the light or the dark theme, back to light afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    name: ThemeName = "dark" if request.param == "dark" else "light"
    apply_theme(app, name)
    yield name
    apply_theme(app, "light")


def _close(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) <= 24


def test_a_focused_condition_chip_has_a_solid_ring(
    window: MainWindow, catalog: Catalog, qtbot: QtBot, theme: ThemeName
) -> None:
    dialog = HealthProfileDialog(catalog, HealthProfile(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    QApplication.processEvents()
    chip = None
    for _press in range(10):  # Tab to the first chip, as a keyboard user does
        QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
        chip = QApplication.focusWidget()
        if isinstance(chip, QPushButton) and chip.objectName() == "chip":
            break
    assert isinstance(chip, QPushButton)
    assert chip.objectName() == "chip"
    image = chip.grab().toImage()
    ratio = image.devicePixelRatio()
    focus = QColor(colours(theme).focus)
    edge = round(1 * ratio)
    top = [image.pixelColor(x, edge) for x in range(image.width() // 3, 2 * image.width() // 3)]
    middle = image.height() // 2
    left = [image.pixelColor(edge, y) for y in range(middle - 3, middle + 4)]
    # Every pixel along the ring's top and left edges: a dashed ring leaves gaps.
    assert all(_close(pixel, focus) for pixel in top + left)


def test_stop_it_hurts_shows_a_solid_ring_when_focused(
    window: MainWindow, clock: ManualClock, theme: ThemeName
) -> None:
    window.select_region("front-knee-left")
    assert window.flow.start_routine("knee-care")
    window.activateWindow()
    hurt = window.player.hurt
    hurt.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert hurt.hasFocus()
    image = hurt.grab().toImage()
    edge = round(1 * image.devicePixelRatio())
    ring = QColor(colours(theme).text)  # on the red fill, as on the accent-filled buttons
    top = [image.pixelColor(x, edge) for x in range(image.width() // 3, 2 * image.width() // 3)]
    assert all(_close(pixel, ring) for pixel in top)

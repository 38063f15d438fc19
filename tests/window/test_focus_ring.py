"""A focused button shows one ring, the app's own, not also Qt's rectangle (walk 5, 26).

Fusion draws a focus rectangle around a button's label after keyboard use; where the style
sheet draws a ring on the button's edge, that made two. Only the edge may change with focus.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.safety import FirstRunDialog
from massage_desktop.ui.theme import apply_theme

EDGE = 4
"""Pixels from the top and bottom that belong to the button's own ring."""
CORNER = 14
"""Pixels from the left and right: the ring's rounded corners reach further in."""
STRAY = 12
"""Inside pixels that may change with focus: the label's anti-aliasing, not a rectangle."""


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    apply_theme(qapp, request.param)
    yield request.param
    apply_theme(qapp, "system")


def _tab_to(qtbot: QtBot, top: QWidget, button: QAbstractButton) -> None:
    """Focus ``button`` with Tab, so Qt treats it as keyboard focus (as it draws rings)."""
    top.activateWindow()
    qtbot.waitUntil(top.isActiveWindow)
    for _ in range(80):
        if button.hasFocus():
            return
        QTest.keyClick(QApplication.focusWidget() or top, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {button.text()!r}")


def _inside(image: QImage) -> list[int]:
    return [
        image.pixel(x, y)
        for x in range(CORNER, image.width() - CORNER)
        for y in range(EDGE, image.height() - EDGE)
    ]


def _assert_one_ring(qtbot: QtBot, top: QWidget, button: QAbstractButton) -> None:
    _tab_to(qtbot, top, button)
    focused = button.grab().toImage()
    QTest.keyClick(button, Qt.Key.Key_Tab)
    assert not button.hasFocus()
    plain = button.grab().toImage()
    assert focused.size() == plain.size()
    assert focused != plain, "focus shows"
    # A rectangle around the label changes a hundred pixels or more; a thicker edge may move
    # the label's anti-aliasing by a few.
    changed = sum(a != b for a, b in zip(_inside(focused), _inside(plain), strict=True))
    assert changed < STRAY, f"{button.text()!r}: a second ring inside ({changed} pixels)"


def test_the_first_run_buttons_show_one_ring(qtbot: QtBot, catalog: Catalog, theme: str) -> None:
    dialog = FirstRunDialog(catalog)
    qtbot.addWidget(dialog)
    dialog.show()
    _assert_one_ring(qtbot, dialog, dialog.not_now_button)


def test_the_main_window_buttons_show_one_ring(
    window: MainWindow, qtbot: QtBot, theme: str
) -> None:
    pushed = window.findChildren(QPushButton)
    safety = [b for b in pushed if b.text() == "Safety…" and b.isVisible()]
    buttons: list[QAbstractButton] = [*safety, window.top_bar.regions]
    assert len(buttons) == 2
    for button in buttons:
        _assert_one_ring(qtbot, window, button)

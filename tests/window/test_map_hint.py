"""The map's "Click a body part" hint reads as helpful text, not as a button (walk 3, 20)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from massage_desktop.ui.design.tokens import contrast
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.theme import apply_theme


def _hint(window: MainWindow) -> QLabel:
    hint = next(
        label for label in window.map_pane.findChildren(QLabel) if label.objectName() == "mapHint"
    )
    assert window.map_pane.hint_shown()
    return hint


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    yield lambda theme: apply_theme(qapp, theme)
    apply_theme(qapp, "system")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_hint_is_plain_readable_text(
    window: MainWindow, themed: Callable[[str], None], theme: str
) -> None:
    themed(theme)
    QApplication.processEvents()
    hint = _hint(window)
    ink = hint.palette().color(QPalette.ColorRole.WindowText)
    assert ink != window.palette().color(QPalette.ColorRole.WindowText), "muted, not body text"
    text = hint.text()
    hint.setText(" ")  # what is drawn around the words
    image = window.grab().toImage()
    hint.setText(text)
    top_left = hint.mapTo(window, QPoint(0, 0))
    behind = image.pixelColor(top_left.x() - 6, top_left.y() + hint.height() // 2)
    # No border and no fill: all of it shows the map's background.
    for x in range(top_left.x(), top_left.x() + hint.width(), 3):
        for y in range(top_left.y(), top_left.y() + hint.height(), 3):
            assert image.pixelColor(x, y) == behind, (theme, x, y)
    assert contrast(ink.name(), behind.name()) >= 4.5

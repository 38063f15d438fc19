"""The banded scroll bar paints exactly what QScrollBar paints."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QScrollBar
from pytestqt.qtbot import QtBot

from massage_desktop.ui.scroll_bar import BandedScrollBar, bands


def test_bands_cover_the_rectangle_once() -> None:
    rect = QRect(3, 5, 14, 100)
    pieces = list(bands(rect, 31))
    assert [p.height() for p in pieces] == [31, 31, 31, 7]
    assert all(p.left() == 3 and p.width() == 14 for p in pieces)
    assert pieces[0].top() == 5
    assert all(a.bottom() + 1 == b.top() for a, b in itertools.pairwise(pieces))
    assert pieces[-1].bottom() == rect.bottom()


@pytest.mark.parametrize(
    ("height", "maximum", "page", "value"),
    [(721, 23, 51, 0), (721, 23, 51, 23), (544, 263, 544, 120), (90, 10, 5, 3), (300, 0, 300, 0)],
)
def test_pixels_match_qscrollbar(
    qtbot: QtBot, height: int, maximum: int, page: int, value: int
) -> None:
    images = []
    for bar in (QScrollBar(Qt.Orientation.Vertical), BandedScrollBar()):
        qtbot.addWidget(bar)
        bar.setRange(0, maximum)
        bar.setPageStep(page)
        bar.setValue(value)
        bar.resize(bar.sizeHint().width(), height)
        images.append(bar.grab().toImage())
    assert images[0] == images[1]

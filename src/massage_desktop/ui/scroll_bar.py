"""A scroll bar that paints itself in narrow bands, so Qt keeps each fill on the GUI thread.

Qt's raster engine hands a fill of 96 spans or more to its GUI thread pool and blocks until
the pool is done (``QT_THREAD_PARALLEL_FILLS`` in qdrawhelper.cpp). Fusion draws a vertical
scroll bar's groove and slider as tall antialiased shapes, up to three spans a pixel row, so
every repaint of a 500-700 pixel bar handed the pool several fills. On a two-core machine
waking the pool cost 2-2.5 ms per repaint, and a click on the body map repaints two such bars
(the region list scrolls to the region, the guide's page changes length). Painted in bands of
31 device pixel rows, the same pixels took 0.2-0.4 ms.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QPainter, QPaintEvent
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider, QWidget

# Device pixel rows per band: three spans a row stay under the raster engine's 96.
_BAND_ROWS = 31


def bands(rect: QRect, height: int) -> Iterator[QRect]:
    """``rect`` cut into horizontal bands at most ``height`` rows high, top to bottom."""
    for top in range(rect.top(), rect.bottom() + 1, height):
        yield QRect(rect.left(), top, rect.width(), min(height, rect.bottom() + 1 - top))


class BandedScrollBar(QScrollBar):
    """A vertical ``QScrollBar`` that, while idle, draws itself one band at a time.

    Each band is the whole control drawn by the style, clipped to the band, so the pixels
    are those ``QScrollBar`` paints. While the bar is hovered or pressed it paints as usual:
    which part is hovered or pressed is private to ``QScrollBar``. Transient (overlay) scroll
    bars also paint as usual, since their style animates them from the paint calls.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: D102 - QWidget API
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        style = self.style()
        pressed = QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton
        transient = style.styleHint(QStyle.StyleHint.SH_ScrollBar_Transient, option, self)
        if self.underMouse() or self.isSliderDown() or pressed or transient:
            super().paintEvent(event)
            return
        # As QScrollBar.paintEvent draws it with no part hovered or pressed.
        option.subControls = QStyle.SubControl.SC_All
        height = max(1, math.floor(_BAND_ROWS / self.devicePixelRatioF()))
        painter = QPainter(self)
        for band in bands(event.rect(), height):
            painter.setClipRect(band)
            style.drawComplexControl(QStyle.ComplexControl.CC_ScrollBar, option, painter, self)
        painter.end()

"""Type and colour for the card: fonts in points on any paint device, measured text boxes.

The card is laid out in points (1/72 inch) whatever the device (a 1200 dpi PDF writer, a
printer, a 150 dpi preview image): the painter is scaled by the device's dots per point, and
each font's size is divided by the same factor, because Qt sizes a point font from the
device's resolution and the painter's scale would apply on top of that.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QPaintDevice, QPainter

from massage_desktop.ui.design.tokens import Colours, colours

WRAP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
"""Flags for a paragraph: left-aligned from the top, wrapped at word boundaries."""

Paint = Callable[[QPainter, float], None]
"""Draws something at a given top (points) with the card's painter."""


@dataclass(frozen=True)
class Style:
    """A text style: size in points, weight, slant and colour."""

    size: float
    colour: str
    bold: bool = False
    italic: bool = False
    strike: bool = False


class Typesetter:
    """Fonts and measurements for one paint device, in points."""

    def __init__(self, device: QPaintDevice) -> None:
        """Measure against ``device``, whose resolution decides the fonts' sizes."""
        self.device = device
        self.scale = device.logicalDpiY() / 72.0
        self.colours: Colours = colours("light")  # paper is white, whatever the screen's theme
        self._family = QGuiApplication.font().family()
        self._fonts: dict[Style, QFont] = {}

    def font(self, style: Style) -> QFont:
        """The font of ``style`` for this device."""
        found = self._fonts.get(style)
        if found is None:
            found = QFont(self._family)
            found.setPointSizeF(style.size / self.scale)
            found.setBold(style.bold)
            found.setItalic(style.italic)
            found.setStrikeOut(style.strike)
            self._fonts[style] = found
        return found

    def height(self, style: Style, text: str, width: float) -> float:
        """How tall ``text`` is, wrapped to ``width`` points; 0 for no text."""
        if not text:
            return 0.0
        metrics = QFontMetricsF(self.font(style), self.device)
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), WRAP, text).height()

    def width(self, style: Style, text: str) -> float:
        """How wide ``text`` is on one line, in points."""
        return QFontMetricsF(self.font(style), self.device).horizontalAdvance(text)

    def draw(
        self,
        painter: QPainter,
        style: Style,
        rect: QRectF,
        text: str,
        flags: Qt.AlignmentFlag | Qt.TextFlag = WRAP,
    ) -> None:
        """Draw ``text`` in ``rect`` (points) in ``style``."""
        painter.setFont(self.font(style))
        painter.setPen(QColor(style.colour))
        painter.drawText(rect, flags, text)

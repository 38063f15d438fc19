"""The pressure meter of the guide's card: three rising bars, as many filled as the pressure."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from massage_desktop.domain.enums import PressureLevel
from massage_desktop.ui.design.tokens import XS
from massage_desktop.ui.guide.formatting import PRESSURE_STEPS, PRESSURE_TEXT
from massage_desktop.ui.i18n import fill

_BAR = 10


class PressureMeter(QWidget):
    """Three bars, as many filled as the pressure is firm, with the level named beside them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._level = PressureLevel.LIGHT
        self._scale = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_scale(self, scale: float) -> None:
        """Draw the bars ``scale`` times their size, beside text of that size."""
        self._scale = scale
        self.updateGeometry()
        self.update()

    def level(self) -> PressureLevel:
        """The pressure shown."""
        return self._level

    def set_level(self, level: PressureLevel) -> None:
        """Show ``level``; the accessible name says it in words."""
        self._level = level
        name = QCoreApplication.translate("Guide", PRESSURE_TEXT[level])
        self.setAccessibleName(fill(QCoreApplication.translate("Guide", "Pressure: %1"), name))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: D102 - QWidget API
        return QSize(round((3 * _BAR + 2 * XS) * self._scale), round(16 * self._scale))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: D102 - QWidget API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        empty = self.palette().color(QPalette.ColorRole.Mid)
        filled = PRESSURE_STEPS[self._level]
        height = self.height()
        for bar in range(3):
            # Rising bars, like a signal meter: the third is the full height.
            tall = height * (0.6 + 0.2 * bar)
            bar_width = _BAR * self._scale
            rect = QRectF(bar * (bar_width + XS * self._scale), height - tall, bar_width, tall)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent if bar < filled else empty)
            painter.drawRoundedRect(rect, 3, 3)
        painter.end()

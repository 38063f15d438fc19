"""The heat map's key: swatches from "fewer" to "more" sessions, painted as on the figure."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from massage_desktop.ui.bodymap.highlights import heat_fill
from massage_desktop.ui.bodymap.palette import MapColours

_SWATCHES = 5
_SWATCH = 18.0


class HeatLegend(QWidget):
    """The range of the tint on the map: "1 session", five swatches, "12 sessions"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build a legend for an empty map."""
        super().__init__(parent)
        self._most = 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(QCoreApplication.translate("HeatLegend", "Heat map key"))

    def set_most(self, most: int) -> None:
        """The session count of the most massaged region (the strongest tint); 0: none."""
        self._most = most
        self.setAccessibleDescription(self.text())
        self.update()

    def text(self) -> str:
        """The key in words."""
        if self._most == 0:
            # The map tints the regions massage time was spent on, as the history counts a
            # session by its massage time: empty only when nothing was massaged. It said "No
            # steps done" beside a foot rated 5 -> 3 after 19 s of massage (walk 10, a98).
            return QCoreApplication.translate("HeatLegend", "Nothing massaged in this period.")
        if self._most == 1:
            return QCoreApplication.translate("HeatLegend", "Each tinted region: 1 session")
        return QCoreApplication.translate(
            "HeatLegend", "Lighter: 1 session; strongest: %n sessions", None, self._most
        )

    def _ends(self) -> tuple[str, str]:
        """The words at both ends; with one level only, one swatch and no "from" end."""
        if self._most == 1:
            return "", QCoreApplication.translate("HeatLegend", "1 session")
        most = (
            QCoreApplication.translate("HeatLegend", "1 session")
            if self._most == 1
            else QCoreApplication.translate("HeatLegend", "%n sessions", None, self._most)
        )
        return QCoreApplication.translate("HeatLegend", "1 session"), most

    def sizeHint(self) -> QSize:  # noqa: D102 - Qt API
        metrics = self.fontMetrics()
        first, last = self._ends()
        width = metrics.horizontalAdvance(first) + metrics.horizontalAdvance(last) + 24
        return QSize(round(width + _SWATCHES * (_SWATCH + 3)), max(metrics.height(), 22))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: D102 - Qt API
        colours = MapColours.from_palette(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(text)
        if self._most == 0:
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignVCenter, self.text())
            painter.end()
            return
        first, last = self._ends()
        metrics = self.fontMetrics()
        height = float(self.height())
        x = 0.0
        painter.drawText(
            QRectF(x, 0, metrics.horizontalAdvance(first) + 2, height),
            Qt.AlignmentFlag.AlignVCenter,
            first,
        )
        if first:
            x += metrics.horizontalAdvance(first) + 10
        top = (height - _SWATCH) / 2
        levels = (
            [1.0 / self._most]
            if self._most == 1
            else [step / (_SWATCHES - 1) for step in range(_SWATCHES)]
        )
        for level in levels:
            swatch = QRectF(x, top, _SWATCH, _SWATCH)
            # Skin first, then the tint: the swatch looks like a region on the figure.
            painter.setPen(colours.outline)
            painter.setBrush(colours.fill)
            painter.drawRoundedRect(swatch, 3, 3)
            painter.setBrush(heat_fill(colours, max(level, 1.0 / max(self._most, 1))))
            painter.drawRoundedRect(swatch, 3, 3)
            x += _SWATCH + 3
        painter.setPen(text)
        painter.drawText(
            QRectF(x + 7, 0, float(self.width()) - x - 7, height),
            Qt.AlignmentFlag.AlignVCenter,
            last,
        )
        painter.end()

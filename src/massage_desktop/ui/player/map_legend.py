"""A small key under the body map during a session: what each highlight means.

The swatches are drawn with the map's own colours (``MapColours`` from the same palette), so
the key always matches the figure: the step's region now ("Now", the selection's fill), the
other regions of the step ("Also in this step", the marked outline) and regions the health
profile rules out ("Avoid", the blocked grey with its stroke).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from massage_desktop.ui.bodymap.palette import MapColours
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP

KEYS = (
    ("now", QT_TRANSLATE_NOOP("MapLegend", "Now")),
    ("also", QT_TRANSLATE_NOOP("MapLegend", "Also in this step")),
    ("avoid", QT_TRANSLATE_NOOP("MapLegend", "Avoid")),
)
_SWATCH = 16


class Swatch(QWidget):
    """One highlight of the map, drawn as a small circle in the map's colours."""

    def __init__(self, kind: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setFixedSize(_SWATCH, _SWATCH)

    def sizeHint(self) -> QSize:
        """A small square."""
        return QSize(_SWATCH, _SWATCH)

    def colours(self) -> MapColours:
        """The map's colours for this palette."""
        return MapColours.from_palette(self.palette())

    def paintEvent(self, event: QPaintEvent) -> None:
        """A filled circle (now), a ring (also) or a struck-through grey circle (avoid)."""
        c = self.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        circle = QRectF(2, 2, _SWATCH - 4, _SWATCH - 4)
        if self.kind == "now":
            painter.setPen(QPen(c.selected_line, 2))
            painter.setBrush(c.selected_fill)
        elif self.kind == "also":
            painter.setPen(QPen(c.marked_line, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            painter.setPen(QPen(c.blocked_hatch, 1.5))
            painter.setBrush(c.blocked_fill)
        painter.drawEllipse(circle)
        if self.kind == "avoid":
            painter.drawLine(QPointF(4, _SWATCH - 4), QPointF(_SWATCH - 4, 4))
        painter.end()


class MapLegend(QWidget):
    """The map key in one row, centred under the map: ● Now · ○ Also in this step · ⊘ Avoid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapLegend")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(6)
        layout.addStretch(1)
        self.swatches: dict[str, Swatch] = {}
        self.labels: dict[str, QLabel] = {}
        for index, (kind, english) in enumerate(KEYS):
            if index:
                layout.addSpacing(14)
            swatch = Swatch(kind, self)
            label = QLabel(QCoreApplication.translate("MapLegend", english), self)
            label.setProperty("role", "muted")
            layout.addWidget(swatch)
            layout.addWidget(label)
            self.swatches[kind] = swatch
            self.labels[kind] = label
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(QCoreApplication.translate("MapLegend", "Map key"))
        self._describe()

    def changeEvent(self, event: QEvent) -> None:
        """Repaint the swatches in the new theme's map colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for swatch in self.swatches.values():
                swatch.update()

    def _describe(self) -> None:
        words = [label.text() for label in self.labels.values()]
        self.setAccessibleDescription(" · ".join(words))

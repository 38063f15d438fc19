"""A countdown ring: the share of the step left, with the time in the middle."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class CountdownRing(QWidget):
    """Draws ``fraction`` of a ring and a centred label; the owner sets both.

    The ring knows nothing about time: the player computes the fraction from the engine's
    clock, so the picture can never run ahead of or behind the session.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 1.0
        self._text = ""
        self._caption = ""
        self._flash = False
        self._paused = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)

    def sizeHint(self) -> QSize:
        """A comfortable square."""
        return QSize(220, 220)

    def set_state(self, fraction: float, text: str, caption: str = "") -> None:
        """Show ``fraction`` (0-1) of the ring, ``text`` large and ``caption`` small."""
        fraction = max(0.0, min(1.0, fraction))
        if (fraction, text, caption) != (self._fraction, self._text, self._caption):
            self._fraction, self._text, self._caption = fraction, text, caption
            self.setAccessibleDescription(f"{text} {caption}".strip())
            self.update()

    def set_flash(self, on: bool) -> None:
        """Fill the ring's centre briefly, the visual cue that accompanies a sound."""
        self._flash = on
        self.update()

    def set_paused(self, paused: bool) -> None:
        """Draw the arc in a muted colour while the session is paused."""
        if paused != self._paused:
            self._paused = paused
            self.update()

    def paused(self) -> bool:
        """Whether the ring shows the paused state."""
        return self._paused

    def text(self) -> str:
        """The large text shown."""
        return self._text

    def paintEvent(self, event: QPaintEvent) -> None:
        """Track, arc, and the labels."""
        side = min(self.width(), self.height()) - 8
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        thickness = max(6.0, side * 0.07)
        inner = rect.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2)
        palette = self.palette()
        track = QColor(palette.color(QPalette.ColorRole.Mid))
        arc = QColor(palette.color(QPalette.ColorRole.Highlight))
        if self._paused:
            # Seen from across the room, a grey ring says "stopped" before any text is read.
            arc = QColor(palette.color(QPalette.ColorRole.PlaceholderText))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._flash:
            glow = QColor(arc)
            glow.setAlphaF(0.25)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(glow)
            painter.drawEllipse(inner)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(track, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawArc(inner, 0, 360 * 16)
        if self._fraction > 0:
            painter.setPen(QPen(arc, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            # Qt angles are in 1/16 degree, anticlockwise from 3 o'clock: start at 12 o'clock
            # and sweep clockwise (negative) for the share that is left.
            painter.drawArc(inner, 90 * 16, -round(self._fraction * 360 * 16))
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        font = QFont(self.font())
        font.setPixelSize(max(12, int(side * 0.22)))
        font.setBold(True)
        painter.setFont(font)
        text_rect = QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.62)
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, self._text
        )
        font.setPixelSize(max(10, int(side * 0.08)))
        font.setBold(False)
        painter.setFont(font)
        caption_rect = QRectF(
            inner.left(), inner.top() + inner.height() * 0.64, inner.width(), inner.height() * 0.2
        )
        painter.drawText(
            caption_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self._caption
        )
        painter.end()

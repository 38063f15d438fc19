"""A countdown ring: the share of the step left, with the time and a caption in the middle.

The texts are laid out inside the ring's inner circle, not its bounding square: a caption
such as "press Done when finished" is shrunk a little and wrapped onto up to three lines
until every line lies inside the circle. ``clipped_texts`` reports what still does not fit,
so a test can prove nothing is cut at the sizes the app is used at.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

_TIME_SHARE = 0.26  # the time's largest pixel size as a share of the ring's side
_TIME_FLOOR = 0.8  # the time may shrink to this share of that so a caption fits beside it
_CAPTION_SHARE = 0.085
_CAPTION_MIN_PX = 11  # smaller than this is not read at a glance
_CAPTION_LINES = 3
_PAD = 0.9  # lines stay inside 90 % of the inner radius, clear of the track
PAUSED_ARC = 0.5
"""While paused the arc is drawn with this share of the accent over the window colour."""


@dataclass(frozen=True)
class RingLine:
    """One line of text drawn inside the ring, with the font and the box it is drawn in."""

    text: str
    font: QFont
    rect: QRectF


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
        self._scale = 1.0
        self._time_share = _TIME_SHARE
        self._laid: tuple[object, list[RingLine]] | None = None
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
        """Dim the arc while the session is paused; the time left stays drawn as it was."""
        if paused != self._paused:
            self._paused = paused
            self.update()

    def set_text_scale(self, scale: float) -> None:
        """Make the caption ``scale`` times its normal size (the text-size preference)."""
        if scale != self._scale:
            self._scale = scale
            self.update()

    def set_time_share(self, share: float) -> None:
        """Draw the time ``share`` of the ring's side high (room mode reads from afar)."""
        if share != self._time_share:
            self._time_share = share
            self.update()

    def time_px(self) -> int:
        """The time's pixel size as drawn at the ring's current size."""
        lines = self.lines()
        if self._text and lines:
            return lines[0].font.pixelSize()
        return max(12, int(self._geometry()[0] * self._time_share))

    def paused(self) -> bool:
        """Whether the ring shows the paused state."""
        return self._paused

    def fraction(self) -> float:
        """The share of the ring drawn (0-1)."""
        return self._fraction

    def text(self) -> str:
        """The large text shown."""
        return self._text

    def caption(self) -> str:
        """The small text under the large one."""
        return self._caption

    def arc_colour(self) -> QColor:
        """The colour of the arc: the accent while running, the accent dimmed while paused.

        Dimmed, not another colour and not gone: the share of the step left stays readable,
        and the one amber "Paused" beside the ring says why it stands still (walk 4: an
        amber ring, an amber caption and an amber badge said "Paused" three times).
        """
        palette = self.palette()
        accent = QColor(palette.color(QPalette.ColorRole.Highlight))
        if not self._paused:
            return accent
        window = palette.color(QPalette.ColorRole.Window)
        share = PAUSED_ARC
        return QColor.fromRgbF(
            accent.redF() * share + window.redF() * (1 - share),
            accent.greenF() * share + window.greenF() * (1 - share),
            accent.blueF() * share + window.blueF() * (1 - share),
        )

    def lines(self) -> list[RingLine]:
        """The texts as drawn: the time, then the caption's lines, each with its box.

        The time is as large as its share of the side allows and the caption fits beside
        (the caption shrinks first, down to its smallest, then the time, down to
        ``_TIME_FLOOR`` of its share). Laid out once per state and size, not at every paint.
        """
        key = (self.width(), self.height(), self._text, self._caption, self._scale,
               self._time_share, self.font().key())  # fmt: skip
        if self._laid is None or self._laid[0] != key:
            self._laid = (key, self._lay_out_all())
        return self._laid[1]

    def _lay_out_all(self) -> list[RingLine]:
        side, centre, radius = self._geometry()
        inside = radius * _PAD
        time_font = QFont(self.font())
        time_font.setBold(True)
        caption_font = QFont(self.font())
        nominal = max(_CAPTION_MIN_PX, int(side * _CAPTION_SHARE * self._scale))
        words = self._caption.split()
        largest = max(12, int(side * self._time_share))
        smallest = max(12, int(largest * _TIME_FLOOR))
        for time_px in range(largest, smallest - 1, -1):
            time_font.setPixelSize(time_px)
            for px in range(nominal, _CAPTION_MIN_PX - 1, -1):
                caption_font.setPixelSize(px)
                for count in range(1, _CAPTION_LINES + 1) if words else (0,):
                    laid = _lay_out(
                        self._text, time_font, words, caption_font, count, centre, inside
                    )
                    if laid is not None:
                        return laid
        # A word ("einmal", "once") is wider than the digits the floor was set for: shrink on
        # with the smallest caption rather than draw past the ring (walk 11, German at
        # extra-large text in a small ring).
        caption_font.setPixelSize(_CAPTION_MIN_PX)
        for time_px in range(smallest - 1, 11, -1):
            time_font.setPixelSize(time_px)
            for count in range(1, _CAPTION_LINES + 1) if words else (0,):
                laid = _lay_out(self._text, time_font, words, caption_font, count, centre, inside)
                if laid is not None:
                    return laid
        time_font.setPixelSize(largest)
        caption_font.setPixelSize(nominal)
        return _forced(self._text, time_font, words, caption_font, centre)

    def clipped_texts(self) -> list[str]:
        """The lines that do not lie wholly inside the ring's inner circle (none, normally)."""
        _side, centre, radius = self._geometry()
        return [
            line.text
            for line in self.lines()
            if line.text and not _inside(line.rect, centre, radius)
        ]

    def _geometry(self) -> tuple[float, QPointF, float]:
        """The ring's side, its centre, and the radius inside the track."""
        side = max(0.0, min(self.width(), self.height()) - 8.0)
        thickness = max(6.0, side * 0.07)
        centre = QPointF(self.width() / 2, self.height() / 2)
        return side, centre, side / 2 - thickness

    def paintEvent(self, event: QPaintEvent) -> None:
        """Track, arc, and the texts."""
        side = min(self.width(), self.height()) - 8
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        thickness = max(6.0, side * 0.07)
        inner = rect.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2)
        palette = self.palette()
        track = QColor(palette.color(QPalette.ColorRole.Mid))
        arc = self.arc_colour()
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
        ink = palette.color(QPalette.ColorRole.WindowText)
        for line in self.lines():
            painter.setPen(ink)
            painter.setFont(line.font)
            painter.drawText(line.rect, Qt.AlignmentFlag.AlignCenter, line.text)
        painter.end()


def _lay_out(
    text: str,
    time_font: QFont,
    words: list[str],
    caption_font: QFont,
    count: int,
    centre: QPointF,
    radius: float,
) -> list[RingLine] | None:
    """The time and the caption in ``count`` lines, centred; None when a line would stick out."""
    time_metrics, caption_metrics = QFontMetricsF(time_font), QFontMetricsF(caption_font)
    time_h = time_metrics.height() if text else 0.0
    line_h = caption_metrics.height()
    total = time_h + count * line_h
    top = centre.y() - total / 2
    lines: list[RingLine] = []
    if text:
        width = time_metrics.horizontalAdvance(text)
        rect = QRectF(centre.x() - width / 2, top, width, time_h)
        if not _inside(rect, centre, radius):
            return None
        lines.append(RingLine(text, QFont(time_font), rect))
    y = top + time_h
    remaining = list(words)
    for index in range(count):
        # The chord at the line's edge farther from the centre is the width it may use.
        far = max(abs(y - centre.y()), abs(y + line_h - centre.y()))
        room = 2 * math.sqrt(max(0.0, radius * radius - far * far))
        taken: list[str] = []
        while remaining:
            trial = " ".join([*taken, remaining[0]])
            if caption_metrics.horizontalAdvance(trial) > room:
                break
            taken.append(remaining.pop(0))
        if not taken or (index == count - 1 and remaining):
            return None
        line = " ".join(taken)
        width = caption_metrics.horizontalAdvance(line)
        box = QRectF(centre.x() - width / 2, y, width, line_h)
        lines.append(RingLine(line, QFont(caption_font), box))
        y += line_h
    return lines


def _forced(
    text: str, time_font: QFont, words: list[str], caption_font: QFont, centre: QPointF
) -> list[RingLine]:
    """Everything on one line each when nothing fits: drawn, and reported as clipped."""
    lines: list[RingLine] = []
    y = centre.y()
    for shown, font in ((text, time_font), (" ".join(words), caption_font)):
        if shown:
            metrics = QFontMetricsF(font)
            width = metrics.horizontalAdvance(shown)
            rect = QRectF(centre.x() - width / 2, y - metrics.height(), width, metrics.height())
            lines.append(RingLine(shown, QFont(font), rect))
            y += metrics.height()
    return lines


def _inside(rect: QRectF, centre: QPointF, radius: float) -> bool:
    """Whether all four corners of ``rect`` lie within ``radius`` of ``centre``."""
    corners = (rect.topLeft(), rect.topRight(), rect.bottomLeft(), rect.bottomRight())
    return all(math.hypot(p.x() - centre.x(), p.y() - centre.y()) <= radius for p in corners)

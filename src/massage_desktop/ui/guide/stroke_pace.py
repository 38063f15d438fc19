"""The stroke's pace on the map: a glowing dot that travels along the current step's arrow.

``StrokePaceOverlay`` draws where the hands are (``engine.pace``) over ``StrokeOverlay``'s
arrows; ``StrokeAnimator`` in ``stroke_motion`` decides when it moves.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QRadialGradient,
    QTransform,
)

from massage_desktop.domain.content import StrokeReturn
from massage_desktop.domain.enums import Heading, StrokePattern
from massage_desktop.engine.pace import Leg, StrokePace
from massage_desktop.ui.guide.stroke_geometry import travel_path
from massage_desktop.ui.guide.stroke_overlay import StrokeOverlay
from massage_desktop.ui.guide.strokes import StrokeShape

_GLOW = 3.0  # the glow's radius in dot radii
_TAIL = 6.0  # the trail behind a working dot, in dot radii
_TAIL_POINTS = 4


@dataclass(frozen=True)
class _Track:
    """One current-step stroke in widget coordinates, ready to move along."""

    shape: StrokeShape
    path: QPainterPath
    length: float


@dataclass(frozen=True)
class _Mark:
    """Something to draw this frame, with its opacity."""

    kind: Literal["dot", "soft", "ring"]  # a dot, a glow without a dot, or a ring
    centre: QPointF
    radius: float
    alpha: float
    glow: bool = False
    pen: float = 0.0  # a ring's line width


class StrokePaceOverlay:
    """A ``MapOverlay`` that shows the hands' place in the current step's stroke.

    ``set_pace`` gives it the place (None hides it); the map repaints where ``rects`` says.
    With ``moving`` off (reduce motion) only the count of a counted step is drawn: the
    arrows stay as they are.
    """

    def __init__(self, strokes: StrokeOverlay) -> None:
        self._strokes = strokes
        self._pace: StrokePace | None = None
        self._returns: StrokeReturn | None = None
        self._planned: int | None = None
        self._moving = True
        self._palette = QPalette()
        self._font = QFont()
        self._tracks: list[_Track] = []
        self._tracks_key: tuple[object, ...] = ()
        self._scale = 1.0
        self._sprites: dict[tuple[object, ...], tuple[QImage, float]] = {}
        self._marks_cache: tuple[tuple[object, ...], list[list[_Mark]]] = ((), [])

    @property
    def pace(self) -> StrokePace | None:
        """The place drawn now, or None when nothing is."""
        return self._pace

    @property
    def moving(self) -> bool:
        """Whether the dot is drawn (off under reduce motion)."""
        return self._moving

    def set_pace(
        self,
        pace: StrokePace | None,
        returns: StrokeReturn | None = None,
        planned: int | None = None,
        *,
        moving: bool = True,
    ) -> None:
        """Show the hands at ``pace``.

        Args:
            pace: Where the hands are; None draws nothing.
            returns: How the stroke comes back (None for a stroke worked in place).
            planned: A counted step's strokes, shown as "2 of 5"; None for a timed step.
            moving: False draws only the count, for reduce motion.
        """
        self._pace, self._returns, self._planned, self._moving = pace, returns, planned, moving

    def set_palette(self, palette: QPalette, font: QFont) -> None:
        """Take colours and the count's font from the map."""
        self._palette, self._font = QPalette(palette), QFont(font)

    def rects(self) -> list[QRectF] | None:
        """Where the current place is drawn, per stroke; None before the first paint.

        Between paints the map's transform cannot change without a full repaint, so the
        tracks measured at the last paint are still where the arrows are.
        """
        if not self._tracks and self._tracks_key == ():
            return None
        return [_bounds(marks) for marks in self._marks()] + self._label_rects()

    def paint(
        self, painter: QPainter, doc_to_widget: QTransform, outlines: Mapping[str, QPainterPath]
    ) -> None:
        """Draw the dot, its trail or pulse, and a counted step's count."""
        self._measure(doc_to_widget, outlines)
        if self._pace is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for marks in self._marks():
            for mark in marks:
                self._draw(painter, mark)
        self._draw_count(painter)

    def bounds(self, doc_to_widget: QTransform, outlines: Mapping[str, QPainterPath]) -> QRectF:
        """Where ``paint`` would draw now, in widget coordinates."""
        self._measure(doc_to_widget, outlines)
        rect = QRectF()
        for part in self.rects() or []:
            rect = rect.united(part)
        return rect

    # --- geometry ------------------------------------------------------------------------

    def _measure(self, doc_to_widget: QTransform, outlines: Mapping[str, QPainterPath]) -> None:
        # Keyed on what the arrows show, not on their shapes: finding the shapes builds a key
        # over every outline, a good part of a frame's cost when done on every frame. The map
        # hands over a new mapping each paint, but the same outline paths, which it keeps for
        # its lifetime: the first of them tells the views apart.
        first = next(iter(outlines.values()), None)
        view = (len(outlines), id(first))
        key = (self._strokes.state, view, *_transform_key(doc_to_widget))
        if key == self._tracks_key:
            return
        shapes = self._strokes.step_shapes(outlines)
        self._scale = max(0.5, math.sqrt(abs(doc_to_widget.determinant())))
        tracks = []
        for shape in shapes:
            points = [doc_to_widget.map(p) for p in shape.points]
            path = travel_path(shape, points, self._scale)
            tracks.append(_Track(shape, path, max(1.0, path.length())))
        self._tracks, self._tracks_key = tracks, key

    def _radius(self) -> float:
        return 6.0 * max(1.0, self._scale * 0.8)

    def _marks(self) -> list[list[_Mark]]:
        pace = self._pace
        if pace is None or not self._moving:
            return []
        # A frame asks three times (where it was, where it is, paint): work it out once.
        key = (pace, self._returns, self._tracks_key)
        if self._marks_cache[0] != key:
            self._marks_cache = (key, [self._marks_for(track, pace) for track in self._tracks])
        return self._marks_cache[1]

    def _marks_for(self, track: _Track, pace: StrokePace) -> list[_Mark]:
        r = self._radius()
        shape, path = track.shape, track.path
        start = path.pointAtPercent(0.0)
        if pace.leg is Leg.DONE:
            return [_Mark("ring", start, r * 1.2, 0.7, pen=r * 0.45)]
        if pace.leg is Leg.LIFTED:
            # The hands come down at the start again: a ring fading in where they land.
            return [_Mark("ring", start, r * 1.2, 0.2 + 0.6 * pace.progress, pen=r * 0.45)]
        if shape.heading is Heading.IN_PLACE:
            return self._in_place(track, pace.progress, r)
        at = pace.position
        here = path.pointAtPercent(at)
        if pace.leg is Leg.OUT or self._returns is StrokeReturn.SAME:
            ahead = pace.leg is Leg.OUT
            return [*self._trail(track, at, ahead, r), _Mark("dot", here, r, 1.0, glow=True)]
        if self._returns is StrokeReturn.SIDES:
            # Brushing back down both sides: two faint dots either side of the arrow.
            angle = math.radians(path.angleAtPercent(at))
            offset = r * 2.6
            normal = QPointF(math.sin(angle) * offset, math.cos(angle) * offset)
            return [_Mark("dot", here + side, r * 0.7, 0.5) for side in (normal, -normal)]
        return [_Mark("dot", here, r * 0.7, 0.5)]  # gliding back with a light touch

    def _trail(self, track: _Track, at: float, ahead: bool, r: float) -> list[_Mark]:
        """A short glow behind the dot, along the way it came, fading with distance."""
        span = min(0.25, r * _TAIL / track.length)
        sign = -1.0 if ahead else 1.0
        marks = []
        for i in range(_TAIL_POINTS, 0, -1):
            share = i / _TAIL_POINTS
            where = min(1.0, max(0.0, at + sign * span * share))
            point = track.path.pointAtPercent(where)
            marks.append(_Mark("soft", point, r * (1.0 - 0.4 * share), 0.5 * (1.0 - share) + 0.1))
        return marks

    def _in_place(self, track: _Track, progress: float, r: float) -> list[_Mark]:
        shape, path = track.shape, track.path
        centre = path.boundingRect().center()
        ring = path.boundingRect().width() / 2
        if shape.pattern in (StrokePattern.CIRCLES, StrokePattern.GLIDE):
            here = path.pointAtPercent(progress)
            return [_Mark("dot", here, r, 1.0, glow=True)]
        if shape.pattern is StrokePattern.BACK_AND_FORTH:
            here = QPointF(centre.x() + ring * math.sin(2 * math.pi * progress), centre.y())
            return [_Mark("dot", here, r, 1.0, glow=True)]
        if shape.pattern is StrokePattern.PERCUSSION:
            # Each tap: a ring that springs out and fades.
            grown = ring * (0.35 + 0.65 * progress)
            return [_Mark("ring", centre, grown, 1.0 - progress, pen=r * 0.45)]
        # A squeeze or a press: the ring closes in and lets go once a stroke.
        squeeze = math.sin(math.pi * progress)
        closed = ring * (1.0 - 0.45 * squeeze)
        return [_Mark("ring", centre, closed, 0.45 + 0.5 * squeeze, pen=r * 0.45)]

    # --- drawing -------------------------------------------------------------------------

    def _colours(self) -> tuple[QColor, QColor]:
        ink = QColor(self._palette.color(QPalette.ColorRole.Highlight))
        base = QColor(self._palette.color(QPalette.ColorRole.Base))
        return ink, base

    def _draw(self, painter: QPainter, mark: _Mark) -> None:
        if mark.kind == "ring":
            ink, base = self._colours()
            ink.setAlphaF(mark.alpha)
            base.setAlphaF(mark.alpha * 0.8)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for colour, width in ((base, mark.pen * 2), (ink, mark.pen)):
                painter.setPen(QPen(colour, width))
                painter.drawEllipse(mark.centre, mark.radius, mark.radius)
            return
        device = painter.device()
        ratio = device.devicePixelRatio() if device is not None else 1.0
        sprite, reach = self._sprite(mark, ratio)
        painter.drawImage(QPointF(mark.centre.x() - reach, mark.centre.y() - reach), sprite)

    def _sprite(self, mark: _Mark, ratio: float) -> tuple[QImage, float]:
        """The dot or glow drawn once into a small image: a frame only copies it.

        Drawing the gradient, the trail and the dot anew each frame cost several times the
        copy (about 3 ms a frame under load, measured by ``make bench``).
        """
        key = (
            mark.kind,
            mark.glow,
            round(mark.radius * 4),
            round(mark.alpha * 20),
            ratio,
            self._palette.cacheKey(),
        )
        found = self._sprites.get(key)
        if found is not None:
            return found
        radius, alpha = round(mark.radius * 4) / 4, round(mark.alpha * 20) / 20
        reach = _reach(mark.kind, mark.glow, radius)
        side = max(1, math.ceil(2 * reach * ratio))
        image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF(reach, reach)
        ink, base = self._colours()
        if mark.glow or mark.kind == "soft":
            glow = QRadialGradient(centre, radius * _GLOW)
            inner, outer = QColor(ink), QColor(ink)
            inner.setAlphaF(0.6 * alpha)
            outer.setAlphaF(0.0)
            glow.setColorAt(0.0, inner)
            glow.setColorAt(1.0, outer)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(glow))
            painter.drawEllipse(centre, radius * _GLOW, radius * _GLOW)
        if mark.kind == "dot":
            ink.setAlphaF(alpha)
            base.setAlphaF(alpha)
            painter.setPen(QPen(base, max(1.5, radius * 0.3)))
            painter.setBrush(QBrush(ink))
            painter.drawEllipse(centre, radius, radius)
        painter.end()
        if len(self._sprites) > 256:  # a palette or zoom change leaves the old ones behind
            self._sprites.clear()
        self._sprites[key] = (image, reach)
        return image, reach

    def count_text(self) -> str | None:
        """The count: "2 of 5" while the second of five strokes is made, "5 of 5" after."""
        pace, planned = self._pace, self._planned
        if pace is None or planned is None or not self._tracks:
            return None
        if planned == 1:
            # "1 of 1" before the one stroke was made read as done already; the ring says
            # "once" (walk 9, P3-f; the map's badge, walk 11).
            return QCoreApplication.translate("StrokePaceOverlay", "once")
        number = pace.strokes if pace.leg is Leg.DONE else min(pace.strokes + 1, planned)
        text = QCoreApplication.translate("StrokePaceOverlay", "%1 of %2")
        return text.replace("%1", str(number)).replace("%2", str(planned))

    def _label_rects(self) -> list[QRectF]:
        text = self.count_text()
        if text is None:
            return []
        return [self._label_rect(text).adjusted(-1, -1, 1, 1)]

    def _label_rect(self, text: str) -> QRectF:
        font = QFont(self._font)
        font.setBold(True)
        metrics = QFontMetricsF(font)
        pad = metrics.height() * 0.25
        width, height = metrics.horizontalAdvance(text) + 2 * pad, metrics.height() + pad
        start = self._tracks[0].path.pointAtPercent(0.0)
        gap = self._radius() * 2.2
        # Beside the arrow's start, on the side away from its head, so it never hides the dot.
        head = self._tracks[0].path.pointAtPercent(1.0)
        left = start.x() - gap - width if head.x() >= start.x() else start.x() + gap
        return QRectF(left, start.y() - height / 2, width, height)

    def _draw_count(self, painter: QPainter) -> None:
        text = self.count_text()
        if text is None:
            return
        rect = self._label_rect(text)
        ink, base = self._colours()
        font = QFont(self._font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QPen(ink, 1.2))
        base.setAlphaF(0.9)
        painter.setBrush(QBrush(base))
        painter.drawRoundedRect(rect, rect.height() / 3, rect.height() / 3)
        painter.setPen(QPen(self._palette.color(QPalette.ColorRole.Text)))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def _reach(kind: str, glow: bool, radius: float) -> float:
    """How far from its centre a dot or glow draws, with its pen and antialiasing."""
    return radius * (_GLOW if glow or kind == "soft" else 1.3) + 1.0


def _bounds(marks: list[_Mark]) -> QRectF:
    """Everything the marks cover, with a pixel to spare for the sprites' whole pixels."""
    rect = QRectF()
    for mark in marks:
        if mark.kind == "ring":
            reach = mark.radius + mark.pen + 2.0
        else:
            reach = _reach(mark.kind, mark.glow, mark.radius) + 1.0
        centre = mark.centre
        rect = rect.united(QRectF(centre.x() - reach, centre.y() - reach, 2 * reach, 2 * reach))
    return rect


def _transform_key(t: QTransform) -> tuple[float, ...]:
    return (t.m11(), t.m12(), t.m13(), t.m21(), t.m22(), t.m23(), t.m31(), t.m32(), t.m33())

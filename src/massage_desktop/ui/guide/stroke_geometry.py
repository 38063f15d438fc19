"""The lines and arrow heads a stroke is drawn with, in widget coordinates."""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath

from massage_desktop.domain.enums import Heading, StrokePattern
from massage_desktop.ui.guide.strokes import StrokeShape


def stroke_lines(
    shape: StrokeShape, points: list[QPointF], current: bool, scale: float
) -> tuple[QPainterPath, list[tuple[QPointF, QPointF]], float, float]:
    """How to draw a stroke.

    Args:
        shape: The stroke.
        points: Its points mapped to widget coordinates.
        current: Whether it belongs to the step being shown, which is drawn bolder.
        scale: How many widget pixels a document unit covers.

    Returns:
        The line, its arrow heads as (tip, a point behind the tip), the line width and the
        size of the heads, all in widget pixels.
    """
    width = (3.2 if current else 2.0) * max(1.0, scale * 0.8)
    head = width * 3.2
    path, heads = _geometry(shape, points, head)
    return path, heads, width, head


def _geometry(
    shape: StrokeShape, pts: list[QPointF], head: float
) -> tuple[QPainterPath, list[tuple[QPointF, QPointF]]]:
    """The stroke's line and its arrow heads (tip, a point behind the tip) in widget space."""
    heads: list[tuple[QPointF, QPointF]] = []
    if shape.heading is Heading.IN_PLACE:
        return _in_place(shape, pts[0], pts[-1]), heads
    if shape.heading in (Heading.CLOCKWISE, Heading.ANTICLOCKWISE):
        path = _arc(shape, pts, head)
        end = path.currentPosition()
        behind = path.pointAtPercent(0.93)
        heads.append((end, behind))
        return path, heads
    path = QPainterPath()
    path.moveTo(pts[0])
    if shape.pattern is StrokePattern.LIFT and len(pts) == 2:
        _wave(path, pts[0], pts[1], head)  # kneading: squeeze and release along the way
    _centre_line(path, pts)
    if shape.pattern is StrokePattern.CIRCLES:
        _loops_along(path, head)
    if shape.pattern is StrokePattern.PERCUSSION:
        _ticks_along(path, head)
    tail = path.pointAtPercent(max(0.0, 1 - head / max(path.length(), 1.0)))
    heads.append((pts[-1], tail))
    if shape.pattern is StrokePattern.BACK_AND_FORTH:
        heads.append((pts[0], path.pointAtPercent(min(1.0, head / max(path.length(), 1.0)))))
    if shape.pattern is StrokePattern.FAN:
        for degrees in (-30, 30):
            heads.append(_fan_branch(path, pts[0], pts[-1], degrees))
    return path, heads


def travel_path(shape: StrokeShape, points: list[QPointF], scale: float) -> QPainterPath:
    """The line the hands follow along a stroke, without the arrow's decorations.

    The animation moves along it with ``pointAtPercent``: a straight or curved arrow's
    centre line, a circular stroke's arc, or for a stroke worked on one spot the outer ring
    of its symbol (circles run round it; squeezes and taps pulse on it).

    Args:
        shape: The stroke.
        points: Its points mapped to widget coordinates.
        scale: How many widget pixels a document unit covers.
    """
    _, _, _, head = stroke_lines(shape, points, True, scale)
    if shape.heading is Heading.IN_PLACE:
        centre, rim = points[0], points[-1]
        radius = max(6.0, math.hypot(rim.x() - centre.x(), rim.y() - centre.y())) * 0.8
        rect = QRectF(centre.x() - radius, centre.y() - radius, radius * 2, radius * 2)
        ring = QPainterPath()
        # From the top, clockwise on screen: Qt's arc angles run anticlockwise.
        ring.arcMoveTo(rect, 90)
        ring.arcTo(rect, 90, -360)
        return ring
    if shape.heading in (Heading.CLOCKWISE, Heading.ANTICLOCKWISE):
        return _arc(shape, points, head)
    path = QPainterPath()
    path.moveTo(points[0])
    _centre_line(path, points)
    return path


def _centre_line(path: QPainterPath, pts: list[QPointF]) -> None:
    """Through the points in order: curves through the middle ones, a line to the last."""
    for a, b in itertools.pairwise(pts[1:]):
        path.quadTo(a, (a + b) / 2)
    path.lineTo(pts[-1])


def _arc(shape: StrokeShape, pts: list[QPointF], head: float) -> QPainterPath:
    centre, rim = pts[0], pts[-1]
    radius = max(head * 1.5, math.hypot(rim.x() - centre.x(), rim.y() - centre.y()))
    rect = QRectF(centre.x() - radius, centre.y() - radius, radius * 2, radius * 2)
    # Qt angles run anticlockwise on screen; sweep 300 degrees leaving a gap for the head.
    sweep = -300.0 if shape.heading is Heading.CLOCKWISE else 300.0
    path = QPainterPath()
    path.arcMoveTo(rect, 90)
    path.arcTo(rect, 90, sweep)
    return path


def _in_place(shape: StrokeShape, centre: QPointF, rim: QPointF) -> QPainterPath:
    """A movement worked on one spot: a symbol of its pattern, no arrow."""
    radius = max(6.0, math.hypot(rim.x() - centre.x(), rim.y() - centre.y()))
    path = QPainterPath()
    if shape.pattern is StrokePattern.LIFT:
        # Squeeze and release: two brackets closing on the spot.
        for sign in (-1, 1):
            path.moveTo(centre.x() + sign * radius, centre.y() - radius * 0.7)
            path.quadTo(
                centre.x() + sign * radius * 0.4,
                centre.y(),
                centre.x() + sign * radius,
                centre.y() + radius * 0.7,
            )
    elif shape.pattern is StrokePattern.PERCUSSION:
        for angle in range(0, 360, 45):
            a = math.radians(angle)
            path.moveTo(
                centre.x() + math.cos(a) * radius * 0.5, centre.y() + math.sin(a) * radius * 0.5
            )
            path.lineTo(centre.x() + math.cos(a) * radius, centre.y() + math.sin(a) * radius)
    else:
        path.addEllipse(centre, radius * 0.35, radius * 0.35)
        path.addEllipse(centre, radius * 0.8, radius * 0.8)
    return path


def _wave(path: QPainterPath, start: QPointF, end: QPointF, size: float) -> None:
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = max(math.hypot(dx, dy), 1.0)
    nx, ny = -dy / length, dx / length
    for i in range(1, 25):
        t = i / 24
        offset = math.sin(t * math.pi * 4) * size * 0.5
        path.lineTo(start.x() + dx * t + nx * offset, start.y() + dy * t + ny * offset)


def _loops_along(path: QPainterPath, size: float) -> None:
    line = QPainterPath(path)
    for t in (0.2, 0.5, 0.8):
        p = line.pointAtPercent(t)
        path.addEllipse(p, size * 0.8, size * 0.8)


def _ticks_along(path: QPainterPath, size: float) -> None:
    line = QPainterPath(path)
    for t in (0.25, 0.5, 0.75):
        p = line.pointAtPercent(t)
        path.moveTo(p.x() - size, p.y())
        path.lineTo(p.x() + size, p.y())


def _fan_branch(
    path: QPainterPath, base: QPointF, tip: QPointF, degrees: float
) -> tuple[QPointF, QPointF]:
    angle = math.radians(degrees)
    dx, dy = tip.x() - base.x(), tip.y() - base.y()
    rotated = QPointF(
        base.x() + dx * math.cos(angle) - dy * math.sin(angle),
        base.y() + dx * math.sin(angle) + dy * math.cos(angle),
    )
    path.moveTo(base)
    path.lineTo(rotated)
    return rotated, QPointF(
        base.x() + (rotated.x() - base.x()) * 0.8, base.y() + (rotated.y() - base.y()) * 0.8
    )

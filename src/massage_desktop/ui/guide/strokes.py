"""Where to draw a technique's strokes: arrows, circles and marks in document coordinates.

Directions come from the content (``Step.stroke``); this module only turns "up", "outward" or
"along these regions" into points over the drawn outlines. "Up" is towards the head and
"inward" towards the midline, in every view, so no direction needs a per-view special case.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Step, Technique
from massage_desktop.domain.enums import Heading, Side, StrokePattern
from massage_desktop.engine.sides import side_of
from massage_desktop.ui.bodymap.geometry import interior_point

Anchor = Callable[[QPainterPath], QPointF]
"""Finds a point inside an outline."""

_ARROW_SPAN = 0.6  # of a region's height (or width) covered by a single-region arrow
# A "near" path starts this share of the way from its first region's middle to the next's.
_NEAR = 0.6


@dataclass(frozen=True)
class StrokeShape:
    """One drawable stroke.

    Attributes:
        step: Index of the step it belongs to.
        pattern: Shape of the movement.
        heading: Direction of travel.
        points: The arrow's polyline, first point to arrow head; for circles the centre and a
            point on the rim.
        region_ids: Regions the stroke runs over.
    """

    step: int
    pattern: StrokePattern
    heading: Heading
    points: tuple[QPointF, ...]
    region_ids: tuple[str, ...]


def _side_of(region_id: str) -> Side:
    return side_of(region_id) or Side.CENTRE


def _step_refs(technique: Technique, step: Step) -> list[str]:
    if step.stroke is not None and step.stroke.path:
        return list(step.stroke.path)
    return list(step.regions or technique.regions)


def _single(rect: QRectF, anchor: QPointF, heading: Heading, midline: float) -> tuple[QPointF, ...]:
    half_h = rect.height() * _ARROW_SPAN / 2
    half_w = rect.width() * _ARROW_SPAN / 2
    if heading is Heading.UP:
        return (QPointF(anchor.x(), anchor.y() + half_h), QPointF(anchor.x(), anchor.y() - half_h))
    if heading is Heading.DOWN:
        return (QPointF(anchor.x(), anchor.y() - half_h), QPointF(anchor.x(), anchor.y() + half_h))
    if heading in (Heading.INWARD, Heading.OUTWARD):
        towards_midline = 1.0 if midline >= anchor.x() else -1.0
        sign = towards_midline if heading is Heading.INWARD else -towards_midline
        return (
            QPointF(anchor.x() - sign * half_w, anchor.y()),
            QPointF(anchor.x() + sign * half_w, anchor.y()),
        )
    radius = max(4.0, min(rect.width(), rect.height()) * 0.3)
    return (anchor, QPointF(anchor.x() + radius, anchor.y()))


def stroke_shapes(
    catalog: Catalog,
    technique: Technique,
    outlines: Mapping[str, QPainterPath],
    focus_region: str | None = None,
    anchor: Anchor = interior_point,
    *,
    only_on: str | None = None,
    avoid: Collection[str] = (),
) -> list[StrokeShape]:
    """Shapes for every step of ``technique`` with a stroke, over the regions of one view.

    Args:
        catalog: Resolves region references.
        technique: The technique to draw.
        outlines: Region outlines of the view being shown, in document coordinates.
        focus_region: When it is on one side, strokes are drawn on that side only (the side
            the user is looking at); otherwise on both.
        anchor: Finds the point inside an outline that arrows start from or pass through;
            a caller drawing often passes a cached one.
        only_on: Keep only the strokes over this region: its own marks and the limb strokes
            running through it. The guide previews a technique where the person chose it,
            not on every region the technique lists (kneading the chest drew on the face).
        avoid: Regions no stroke may touch (ruled out by the health profile or resting
            today): single marks there are left out and a path is cut where it crosses
            one, so no arrow says "do this" over a hatched area.
    """
    if not outlines or (only_on is not None and only_on in avoid):
        return []
    union = QRectF()
    for path in outlines.values():
        union = union.united(path.boundingRect())
    midline = union.center().x()
    focus_side = _side_of(focus_region) if focus_region else Side.CENTRE
    shapes: list[StrokeShape] = []
    for index, step in enumerate(technique.steps):
        if step.stroke is None:
            continue
        region_ids = [r for r in catalog.expand(_step_refs(technique, step)) if r in outlines]
        by_side: dict[Side, list[str]] = {}
        for region_id in region_ids:
            side = _side_of(region_id)
            if focus_side is not Side.CENTRE and side not in (focus_side, Side.CENTRE):
                continue
            by_side.setdefault(side, []).append(region_id)
        for ids in by_side.values():
            for run in _clear_runs(ids, avoid, path=bool(step.stroke.path)):
                shapes.extend(_shapes_for(index, step, run, outlines, midline, anchor))
    return shapes if only_on is None else over_region(shapes, only_on)


def over_region(shapes: list[StrokeShape], region_id: str) -> list[StrokeShape]:
    """The shapes running over ``region_id``: its own marks and the paths through it."""
    return [s for s in shapes if region_id in s.region_ids]


def _clear_runs(ids: Sequence[str], avoid: Collection[str], *, path: bool) -> list[list[str]]:
    """``ids`` without the avoided regions; a path splits into the stretches between them.

    Joining a path's ends over an avoided knee would draw the arrow across the knee.
    """
    if not path:
        kept = [r for r in ids if r not in avoid]
        return [kept] if kept else []
    runs: list[list[str]] = [[]]
    for region_id in ids:
        if region_id in avoid:
            runs.append([])
        else:
            runs[-1].append(region_id)
    return [run for run in runs if run]


def _shapes_for(
    index: int,
    step: Step,
    ids: list[str],
    outlines: Mapping[str, QPainterPath],
    midline: float,
    anchor: Anchor,
) -> list[StrokeShape]:
    stroke = step.stroke
    if stroke is None:
        return []
    if stroke.path and len(ids) >= 2:
        # A path runs through its regions in order: one arrow over all of them, starting
        # inside the first region and reaching towards the far end of the last, so "knee to
        # hip" spans the thigh instead of stopping at its middle.
        anchors = [anchor(outlines[r]) for r in ids]
        first = _reach(outlines[ids[0]].boundingRect(), anchors[0], anchors[0] - anchors[1], 0.4)
        last = _reach(outlines[ids[-1]].boundingRect(), anchors[-1], anchors[-1] - anchors[-2], 0.8)
        if stroke.ends == "near" and len(ids) >= 3:
            # "A little above the knee to a little below": the ends sit just outside the
            # middle regions, not deep in the thigh and the shin.
            first = anchors[0] + (anchors[1] - anchors[0]) * _NEAR
            last = anchors[-1] + (anchors[-2] - anchors[-1]) * _NEAR
        points = (first, *anchors[1:-1], last)
        return [StrokeShape(index, stroke.pattern, stroke.heading, points, tuple(ids))]

    heading = stroke.heading if stroke.heading is not Heading.ALONG else Heading.UP
    out = []
    for region_id in ids:
        path = outlines[region_id]
        points = _single(path.boundingRect(), anchor(path), heading, midline)
        out.append(StrokeShape(index, stroke.pattern, heading, points, (region_id,)))
    return out


def _reach(rect: QRectF, start: QPointF, direction: QPointF, share: float) -> QPointF:
    """The point ``share`` of the way from ``start`` to the edge of ``rect`` along ``direction``."""
    dx, dy = direction.x(), direction.y()
    length = math.hypot(dx, dy)
    if length < 1e-9:
        return start
    dx, dy = dx / length, dy / length
    limits = []
    if dx:
        limits.append(((rect.right() if dx > 0 else rect.left()) - start.x()) / dx)
    if dy:
        limits.append(((rect.bottom() if dy > 0 else rect.top()) - start.y()) / dy)
    distance = max(0.0, min(limits)) * share
    return QPointF(start.x() + dx * distance, start.y() + dy * distance)


def arrow_head(tip: QPointF, tail: QPointF, size: float) -> tuple[QPointF, QPointF, QPointF]:
    """The three corners of an arrow head at ``tip`` pointing away from ``tail``."""
    angle = math.atan2(tip.y() - tail.y(), tip.x() - tail.x())
    spread = math.radians(28)
    left = QPointF(
        tip.x() - size * math.cos(angle - spread), tip.y() - size * math.sin(angle - spread)
    )
    right = QPointF(
        tip.x() - size * math.cos(angle + spread), tip.y() - size * math.sin(angle + spread)
    )
    return tip, left, right

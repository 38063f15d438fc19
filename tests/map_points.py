"""Points on the body map for tests that click or hover like a user."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF

from massage_desktop.ui.bodymap import BodyMapWidget


def point_inside(body_map: BodyMapWidget, region_id: str) -> QPoint:
    """A point where the map's own hit test finds ``region_id``, near the middle of its box.

    Tried on a 2-pixel grid from the centre outwards: a kneecap lies over the middle of its knee.

    Raises:
        StopIteration: when no point of the region's box hits it (not drawn in this view).
    """
    rect = body_map.region_rect(region_id)
    points = [
        QPoint(x, y)
        for y in range(rect.top(), rect.bottom() + 1, 2)
        for x in range(rect.left(), rect.right() + 1, 2)
    ]
    centre = rect.center()
    points.sort(key=lambda p: (p - centre).manhattanLength())
    return next(p for p in points if body_map.region_at(QPointF(p)) == region_id)

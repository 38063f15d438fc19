"""Which region lies under a point: exact containment with a small tolerance for thin gaps."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath

# A miss is retried with growing discs up to the tolerance; four steps find the nearest
# region to within a quarter of the tolerance, which is below a screen pixel at ~4 px.
_TOLERANCE_STEPS = 4


@dataclass(frozen=True)
class _Entry:
    region_id: str
    path: QPainterPath
    # left, top, right, bottom as plain floats: comparing them in Python is ~5 times faster
    # than QRectF.contains(), which dominates the cost of a miss across ~75 regions.
    left: float
    top: float
    right: float
    bottom: float

    @classmethod
    def of(cls, region_id: str, path: QPainterPath) -> _Entry:
        box = path.boundingRect()
        return cls(region_id, path, box.left(), box.top(), box.right(), box.bottom())

    def near(self, x: float, y: float, margin: float) -> bool:
        """Whether (x, y) lies within ``margin`` of the bounding box."""
        return (
            self.left - margin <= x <= self.right + margin
            and self.top - margin <= y <= self.bottom + margin
        )


class OutlineIndex:
    """Answers hit tests against region outlines given in painting order.

    Regions painted later cover earlier ones, so they are tried first: a kneecap drawn over the
    knee wins inside its own outline.
    """

    def __init__(self, outlines: Iterable[tuple[str, QPainterPath]]) -> None:
        """Index the outlines.

        Args:
            outlines: ``(region id, outline)`` pairs in painting order, first painted first.
        """
        # Stored topmost first, so a loop can stop at the first hit.
        self._entries = [_Entry.of(region_id, path) for region_id, path in outlines][::-1]

    def __len__(self) -> int:
        return len(self._entries)

    def region_at(self, point: QPointF, tolerance: float = 0.0) -> str | None:
        """The topmost region containing a point, else the nearest within ``tolerance``.

        Args:
            point: The point in the outlines' coordinates.
            tolerance: How far outside every region a point may lie and still count as being
                on the nearest one, in the outlines' coordinates.

        Returns:
            The region id, or None when the point is on no region and too far from all of them.
        """
        x, y = point.x(), point.y()
        for entry in self._entries:
            if entry.near(x, y, 0.0) and entry.path.contains(point):
                return entry.region_id
        if tolerance <= 0:
            return None
        near = [entry for entry in self._entries if entry.near(x, y, tolerance)]
        for step in range(1, _TOLERANCE_STEPS + 1):
            radius = tolerance * step / _TOLERANCE_STEPS
            disc = QPainterPath()
            disc.addEllipse(point, radius, radius)
            for entry in near:
                if entry.path.intersects(disc):
                    return entry.region_id
        return None

"""The body map document: region outlines, per-view rectangles and hit testing, without widgets."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath

from massage_desktop.domain.content import Region
from massage_desktop.domain.enums import View
from massage_desktop.ui.bodymap.geometry import cached_measure, interior_point
from massage_desktop.ui.bodymap.hittest import OutlineIndex

_MARGIN = 0.03  # of the larger side of a view's rectangle


def view_group_id(view: View) -> str:
    """The id of the SVG group holding one view's drawing, e.g. ``view-front``."""
    return f"view-{view.value}"


def legend_id(view: View) -> str:
    """The id of the SVG group holding one view's legend, e.g. ``legend-front``."""
    return f"legend-{view.value}"


class MapDocument:
    """Region outlines of the body map SVG with a hit-test index and a rectangle per view.

    Only regions that are both listed and drawn take part; the listed order (regions.yaml, head
    to toe) is the keyboard order, the SVG's order is the painting and hit-test order.
    """

    def __init__(
        self, svg: bytes, regions: Sequence[Region], cache_dir: Path | None = None
    ) -> None:
        """Extract the outlines of ``regions`` from ``svg``.

        Args:
            svg: The SVG document with the contract's colours.
            regions: The regions, in keyboard order.
            cache_dir: Where the measured geometry is cached (``geometry``); None measures.
        """
        boxes = [f(view) for view in View for f in (legend_id, view_group_id)]
        geometry = cached_measure(svg, [region.id for region in regions], boxes, cache_dir)
        self._outlines = geometry.outlines
        self._regions = {r.id: r for r in regions if r.id in self._outlines}
        self._anchors: dict[str, QPointF] = {}
        self._indexes: dict[View, OutlineIndex] = {}
        self._rects: dict[View, QRectF] = {}
        self._legends: dict[View, bool] = {}
        self._drawings: dict[View, QRectF] = {}
        for view in View:
            in_view = [(rid, path) for rid, path in self._outlines.items() if self._in(rid, view)]
            self._indexes[view] = OutlineIndex(in_view)
            legend = geometry.boxes.get(legend_id(view), QRectF())
            self._legends[view] = not legend.isEmpty()
            drawing = geometry.boxes.get(view_group_id(view), QRectF())
            self._drawings[view] = QRectF(drawing)
            rect = legend.united(drawing)
            for _, path in in_view:
                rect = rect.united(path.boundingRect())
            if rect.isEmpty():
                rect = QRectF(geometry.view_box)
            margin = max(rect.width(), rect.height()) * _MARGIN
            self._rects[view] = rect.adjusted(-margin, -margin, margin, margin)

    def _in(self, region_id: str, view: View) -> bool:
        region = self._regions.get(region_id)
        return region is not None and region.view is view

    def regions(self, view: View) -> list[Region]:
        """The drawn regions of one view, in keyboard order."""
        return [region for region in self._regions.values() if region.view is view]

    def region(self, region_id: str) -> Region | None:
        """The region with an id, or None when it is unknown or not drawn."""
        return self._regions.get(region_id)

    def outline(self, region_id: str) -> QPainterPath:
        """A region's outline in document coordinates; empty for an unknown id."""
        return QPainterPath(self._outlines.get(region_id, QPainterPath()))

    def outlines(self, view: View) -> dict[str, QPainterPath]:
        """The outlines of one view's regions in painting order, keyed by id."""
        return {rid: path for rid, path in self._outlines.items() if self._in(rid, view)}

    def view_rect(self, view: View) -> QRectF:
        """The document rectangle shown for a view: its drawing and legend, with a margin."""
        return QRectF(self._rects[view])

    def drawing_rect(self, view: View) -> QRectF:
        """The extent of a view's drawing (figure, hair and legend), without a margin.

        Empty when the SVG has no group for the view.
        """
        return QRectF(self._drawings[view])

    def has_legend(self, view: View) -> bool:
        """Whether the SVG draws a legend for a view (otherwise the widget writes one)."""
        return self._legends[view]

    def region_at(self, view: View, point: QPointF, tolerance: float = 0.0) -> str | None:
        """The region of a view under a document point; see ``OutlineIndex.region_at``."""
        return self._indexes[view].region_at(point, tolerance)

    def anchor(self, region_id: str) -> QPointF:
        """A point well inside a region, for markers: the interior point nearest its centre.

        Args:
            region_id: The region's id.

        Returns:
            The point in document coordinates (the bounding box centre for an unknown id).
        """
        if region_id in self._anchors:
            return QPointF(self._anchors[region_id])
        best = interior_point(self._outlines.get(region_id, QPainterPath()))
        self._anchors[region_id] = best
        return QPointF(best)

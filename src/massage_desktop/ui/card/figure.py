"""The routine card's figure: the body map's views with the worked regions and stroke arrows.

Drawn as vectors straight onto the card's painter from the same SVG, outlines and stroke shapes
the screen uses (``MapDocument``, ``stroke_shapes``, ``stroke_lines``), so print and screen
show the same figure and the same arrows.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtSvg import QSvgRenderer

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import StrokePattern, View
from massage_desktop.ui.bodymap.document import MapDocument, legend_id, view_group_id
from massage_desktop.ui.bodymap.geometry import element_bounds
from massage_desktop.ui.bodymap.palette import translate_legend
from massage_desktop.ui.guide.stroke_geometry import stroke_lines
from massage_desktop.ui.guide.strokes import StrokeShape, arrow_head, stroke_shapes

WORKED = QColor("#0F766E")
"""The design's accent (teal) for the worked regions; it stays distinct in grey print too."""
ARROW = QColor("#0B3B37")
"""The arrows: a darker teal, readable over the worked regions' fill."""
LEFT_OUT = QColor("#B42318")
"""Regions the health profile leaves out: the design's "do not" red, hatched as on the map."""
_GAP = 0.04  # of the figure's width, between two views


class CardFigure:
    """Draws the views a routine works on, side by side, into a rectangle of the page."""

    def __init__(self, catalog: Catalog, svg: bytes, cache_dir: Path | None = None) -> None:
        """Read the drawing and its outlines (``cache_dir`` as for ``MapDocument``)."""
        self._catalog = catalog
        self._document = MapDocument(svg, list(catalog.regions.values()), cache_dir)
        # The SVG's own colours: the light-theme figure, which is what suits paper.
        self._renderer = QSvgRenderer(QByteArray(translate_legend(svg)))

    def views(self, regions: Sequence[str]) -> list[View]:
        """The views that show at least one of ``regions``, front first."""
        shown = {r.view for rid in regions if (r := self._document.region(rid)) is not None}
        return [view for view in View if view in shown] or [View.FRONT]

    def aspect(self, regions: Sequence[str]) -> float:
        """Width over height of the figure for ``regions`` (its views side by side)."""
        views = self.views(regions)
        width = sum(self._document.view_rect(v).width() for v in views)
        height = max(self._document.view_rect(v).height() for v in views)
        return width * (1 + _GAP * (len(views) - 1)) / height

    def paint(
        self,
        painter: QPainter,
        area: QRectF,
        regions: Sequence[str],
        strokes: Sequence[tuple[str, int]],
        left_out: Sequence[str] = (),
    ) -> None:
        """Draw each view ``regions`` touch into ``area``: regions filled, arrows on top.

        Args:
            painter: The card's painter.
            area: Where to draw, in the painter's coordinates.
            regions: The worked regions.
            strokes: (technique id, step index) of the steps whose arrows are drawn.
            left_out: Regions the health profile leaves out, hatched red as on the map.
        """
        views = self.views([*regions, *left_out])
        gap = area.width() * _GAP
        width = (area.width() - gap * (len(views) - 1)) / len(views)
        for index, view in enumerate(views):
            cell = QRectF(area.left() + index * (width + gap), area.top(), width, area.height())
            self._paint_view(painter, view, cell, regions, strokes, left_out)

    def _paint_view(
        self,
        painter: QPainter,
        view: View,
        cell: QRectF,
        regions: Sequence[str],
        strokes: Sequence[tuple[str, int]],
        left_out: Sequence[str],
    ) -> None:
        source = self._document.view_rect(view)
        scale = min(cell.width() / source.width(), cell.height() / source.height())
        target = QRectF(0, 0, source.width() * scale, source.height() * scale)
        target.moveCenter(cell.center())
        to_page = QTransform()
        to_page.translate(target.left(), target.top())
        to_page.scale(scale, scale)
        to_page.translate(-source.left(), -source.top())
        painter.save()
        painter.setClipRect(target)
        self._draw_drawing(painter, view, to_page)
        outlines = self._document.outlines(view)
        worked = [rid for rid in regions if rid in outlines]
        fill = QColor(WORKED)
        fill.setAlphaF(0.32)
        painter.setPen(QPen(WORKED, 1.0))
        painter.setBrush(QBrush(fill))
        for region_id in worked:
            painter.drawPath(to_page.map(outlines[region_id]))
        for region_id in (rid for rid in left_out if rid in outlines):
            _hatch(painter, to_page.map(outlines[region_id]))
        shown, hidden = set(worked), set(left_out)
        for technique_id in dict.fromkeys(t for t, _ in strokes):
            steps = {s for t, s in strokes if t == technique_id}
            technique = self._catalog.techniques[technique_id]
            for shape in stroke_shapes(self._catalog, technique, outlines):
                # No arrow over a part left out: the side that runs has its own arrow.
                ids = set(shape.region_ids)
                if shape.step in steps and ids & shown and not ids & hidden:
                    points = [to_page.map(point) for point in shape.points]
                    _arrow(painter, shape, points, scale)
        painter.restore()

    def _draw_drawing(self, painter: QPainter, view: View, to_page: QTransform) -> None:
        """The view's drawing and legend, as the map's ``ViewRenderer`` draws them."""
        group = view_group_id(view)
        if not self._renderer.elementExists(group):
            painter.save()
            painter.setTransform(to_page, True)
            self._renderer.render(painter, self._renderer.viewBoxF())
            painter.restore()
            return
        self._draw_element(painter, group, to_page)
        legend = legend_id(view)
        inside = element_bounds(self._renderer, group).contains(
            element_bounds(self._renderer, legend)
        )
        if self._renderer.elementExists(legend) and not inside:
            self._draw_element(painter, legend, to_page)

    def _draw_element(self, painter: QPainter, element_id: str, to_page: QTransform) -> None:
        # QSvgRenderer.render(painter, id, bounds) drops parent <g> transforms: put them on the
        # painter and render into the element's own bounds so it lands where the SVG puts it.
        painter.save()
        painter.setTransform(self._renderer.transformForElement(element_id) * to_page, True)
        self._renderer.render(painter, element_id, self._renderer.boundsOnElement(element_id))
        painter.restore()


def _hatch(painter: QPainter, outline: QPainterPath) -> None:
    """Red diagonal lines over a region, outlined.

    Drawn line by line: a Qt pattern brush (BDiagPattern) is spaced in device pixels, which
    on a 1200 dpi PDF writer is too fine to see.
    """
    painter.save()
    painter.setClipPath(outline, Qt.ClipOperation.IntersectClip)
    painter.setPen(QPen(LEFT_OUT, 0.7))
    box = outline.boundingRect()
    step = 3.0  # points between the lines
    x = box.left() - box.height()
    while x < box.right():
        painter.drawLine(QPointF(x, box.bottom()), QPointF(x + box.height(), box.top()))
        x += step
    painter.restore()
    painter.save()
    painter.setPen(QPen(LEFT_OUT, 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(outline)
    painter.restore()


def _arrow(painter: QPainter, shape: StrokeShape, points: list[QPointF], scale: float) -> None:
    """One stroke as the map draws it beside the current step's: a line and its arrow heads."""
    # Not the current step's bolder line: every step's arrows are on the card at once.
    path, heads, width, head = stroke_lines(shape, points, False, scale)
    style = (
        Qt.PenStyle.DashLine if shape.pattern is StrokePattern.STRETCH else Qt.PenStyle.SolidLine
    )
    pen = QPen(ARROW, width, style)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.save()
    # A white halo keeps the arrow readable where it crosses an outline or a worked region.
    halo = QPen(QColor("white"), width * 2.0)
    halo.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(halo)
    painter.drawPath(path)
    painter.setPen(pen)
    painter.drawPath(path)
    painter.setBrush(QBrush(ARROW))
    for tip, tail in heads:
        painter.drawPolygon(QPolygonF(list(arrow_head(tip, tail, head))))
    painter.restore()

"""How highlighted, marked, blocked, caution and focused regions are drawn over the figure.

Every function takes an outline already mapped to widget coordinates, so pen widths are in
logical pixels whatever the zoom.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QTransform

from massage_desktop.ui.bodymap.palette import MapColours
from massage_desktop.ui.bodymap.state import MapOverlay, MapState, RegionState

_HATCH_SPACING = 7.0
_MARKER_RADIUS = 8.0
# Heat alpha range: the faintest level must still read as tinted next to untouched skin.
_HEAT_ALPHA = (60, 200)


def _pen(colour: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width, style)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def paint_region(
    painter: QPainter, outline: QPainterPath, fill: QColor, line: QColor, width: float
) -> None:
    """Fill a region with a translucent colour and trace its outline.

    Args:
        painter: The painter, with an identity world transform.
        outline: The region's outline in widget coordinates.
        fill: The fill colour (usually translucent).
        line: The outline colour.
        width: The outline width in logical pixels.
    """
    painter.setPen(_pen(line, width))
    painter.setBrush(QBrush(fill))
    painter.drawPath(outline)


def heat_fill(colours: MapColours, level: float) -> QColor:
    """The tint of a heat level (0..1); legends use it too, so they match the map."""
    low, high = _HEAT_ALPHA
    fill = QColor(colours.heat)
    fill.setAlpha(round(low + (high - low) * max(0.0, min(1.0, level))))
    return fill


def paint_heat(painter: QPainter, outline: QPainterPath, level: float, colours: MapColours) -> None:
    """Tint a region by a heat level, with a thin outline so neighbours stay apart."""
    line = QColor(colours.heat)
    line.setAlpha(_HEAT_ALPHA[1])
    paint_region(painter, outline, heat_fill(colours, level), line, 0.8)


def paint_blocked(painter: QPainter, outline: QPainterPath, colours: MapColours) -> None:
    """Grey a region out and hatch it, so it reads as "do not touch" without relying on colour."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(colours.blocked_fill))
    painter.drawPath(outline)
    painter.setClipPath(outline)
    # Hand-drawn hatching: Qt's pattern brushes are 8 device pixels wide, which turns into a
    # barely visible grain on high-DPI screens.
    painter.setPen(_pen(colours.blocked_hatch, 1.2, Qt.PenStyle.SolidLine))
    bounds = outline.boundingRect()
    span = bounds.width() + bounds.height()
    steps = int(span / _HATCH_SPACING) + 1
    for step in range(steps):
        x = bounds.left() - bounds.height() + step * _HATCH_SPACING
        painter.drawLine(QPointF(x, bounds.bottom()), QPointF(x + bounds.height(), bounds.top()))
    painter.restore()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_pen(colours.blocked_hatch, 1.0))
    painter.drawPath(outline)


def paint_marked(painter: QPainter, outline: QPainterPath, colours: MapColours) -> None:
    """Ring a marked region (e.g. a search hit) with a soft halo, leaving its fill untouched.

    Unlike hover and selection this does not tint the skin, so a mark and a selection can be
    told apart on the same region.
    """
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_pen(colours.marked_fill, 7.0))
    painter.drawPath(outline)
    painter.setPen(_pen(colours.marked_line, 2.0))
    painter.drawPath(outline)


def paint_held_outline(painter: QPainter, outline: QPainterPath, colours: MapColours) -> None:
    """Trace a hatched region that a routine shown works on, in the marks' line, no halo."""
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_pen(colours.marked_line, 2.0))
    painter.drawPath(outline)


def paint_caution_outline(painter: QPainter, outline: QPainterPath, colours: MapColours) -> None:
    """Trace a region needing care with a dashed warning-coloured line."""
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_pen(colours.caution, 1.6, Qt.PenStyle.DashLine))
    painter.drawPath(outline)


def _fits_badge(outline: QPainterPath) -> bool:
    """Whether a region is large enough on screen to carry a caution badge."""
    bounds = outline.boundingRect()
    return min(bounds.width(), bounds.height()) >= 4 * _MARKER_RADIUS


def paint_caution_marker(painter: QPainter, centre: QPointF, colours: MapColours) -> None:
    """Draw a small warning badge, a filled circle with "!", centred on a widget point."""
    painter.save()
    painter.setPen(_pen(colours.focus_halo, 1.5))
    painter.setBrush(QBrush(colours.caution))
    painter.drawEllipse(centre, _MARKER_RADIUS, _MARKER_RADIUS)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(int(_MARKER_RADIUS * 1.5))
    painter.setFont(font)
    painter.setPen(colours.caution_text)
    box = QRectF(
        centre.x() - _MARKER_RADIUS,
        centre.y() - _MARKER_RADIUS,
        2 * _MARKER_RADIUS,
        2 * _MARKER_RADIUS,
    )
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "!")
    painter.restore()


def paint_focus_ring(painter: QPainter, outline: QPainterPath, colours: MapColours) -> None:
    """Draw the keyboard focus ring: a solid accent line over a wider contrasting halo.

    The halo keeps the ring visible over the selection fill and over both light and dark
    figures, and its two pale edges set the ring apart from the thinner selection outline.
    Solid, as every focus ring in the app: dashes read as Qt's default focus rectangle.
    """
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_pen(colours.focus_halo, 7.0))  # no wider than _OUTLINE_REACH allows
    painter.drawPath(outline)
    painter.setPen(_pen(colours.focus, 3.5))
    painter.drawPath(outline)


def legend_text_rect(area: QRectF, height: float) -> QRectF:
    """Where the widget writes its own legend: a strip of ``height`` along the bottom."""
    return QRectF(area.left(), area.bottom() - height, area.width(), height)


def paint_legend(painter: QPainter, rect: QRectF, text: str, colours: MapColours) -> None:
    """Write the side rule when the SVG has no legend of its own, elided to fit."""
    painter.save()
    painter.setPen(colours.legend)
    metrics = painter.fontMetrics()
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, math.floor(rect.width()))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, elided)
    painter.restore()


def paint_highlights(
    painter: QPainter,
    transform: QTransform,
    outlines: Mapping[str, QPainterPath],
    state: MapState,
    hovered: str | None,
    colours: MapColours,
    anchor: Callable[[str], QPointF],
    overlays: Sequence[MapOverlay],
    show_focus: bool,
) -> None:
    """Paint everything over the cached figure, bottom to top.

    Order: heat tints, restrictions, search marks, hover, selection, overlays, caution badges,
    focus ring; so a hovered thigh never washes out a selected kneecap drawn inside it, and an
    overlay's arrows never hide the badges or the focus ring.

    Args:
        painter: The widget's painter.
        transform: The document-to-widget transform.
        outlines: The current view's outlines in document coordinates, in painting order.
        state: Selection, focus, marks and restrictions.
        hovered: The region under the pointer.
        colours: The palette-derived colours.
        anchor: A point inside a region, in document coordinates, for its badge.
        overlays: Extra layers such as stroke arrows.
        show_focus: Whether to draw the focus ring (only while the map has keyboard focus).
    """

    def shown(region_id: str) -> QPainterPath:
        return transform.map(outlines[region_id])

    for rid in outlines:
        if rid in state.heat:
            paint_heat(painter, shown(rid), state.heat[rid], colours)
    restricted = {rid: st for rid, (st, _) in state.restrictions.items() if rid in outlines}
    for rid, restriction in restricted.items():
        if restriction is RegionState.BLOCKED:
            paint_blocked(painter, shown(rid), colours)
        else:
            paint_caution_outline(painter, shown(rid), colours)
    for rid in outlines:
        if rid in state.marked and state.marked_held and restricted.get(rid) is RegionState.BLOCKED:
            # Hatched already (on a rest day every region is): a plain line says which areas
            # are the routine's, without the halo of a choice.
            paint_held_outline(painter, shown(rid), colours)
        elif rid in state.marked and state.marked_held:
            # Held, not offered: outlined like a choice, a routine read as ready to start on
            # a rest day (walk 9, P2-j).
            paint_blocked(painter, shown(rid), colours)
        elif rid in state.marked:
            paint_marked(painter, shown(rid), colours)
    selected, focused = state.selected, state.focused
    if hovered is not None and hovered in outlines and hovered != selected:
        paint_region(painter, shown(hovered), colours.hover_fill, colours.hover_line, 1.5)
    if selected is not None and selected in outlines:
        paint_region(painter, shown(selected), colours.selected_fill, colours.selected_line, 2.5)
    for overlay in overlays:
        painter.save()
        overlay.paint(painter, QTransform(transform), outlines)
        painter.restore()
    for rid, restriction in restricted.items():
        # Small regions (fingers, temples) keep their dashed outline only: a badge would
        # cover them, and a row of badges along a hand reads as noise, not as a warning.
        if restriction is RegionState.CAUTION and _fits_badge(shown(rid)):
            paint_caution_marker(painter, transform.map(anchor(rid)), colours)
    if show_focus and focused is not None and focused in outlines:
        paint_focus_ring(painter, shown(focused), colours)

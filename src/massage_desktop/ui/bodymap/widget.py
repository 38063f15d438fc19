"""The interactive body map: the figure's views with hover, selection, zoom and keyboard."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import cast

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QCursor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

from massage_desktop.domain.content import Region
from massage_desktop.domain.enums import View
from massage_desktop.ui.bodymap import highlights
from massage_desktop.ui.bodymap.document import MapDocument
from massage_desktop.ui.bodymap.interaction import MapInput
from massage_desktop.ui.bodymap.palette import MapColours
from massage_desktop.ui.bodymap.rendering import ViewRenderer
from massage_desktop.ui.bodymap.state import MapOverlay, side_rule
from massage_desktop.ui.bodymap.zoomable import ZoomableMap
from massage_desktop.ui.design.focus_ring import OWN_FOCUS_RING

# Logical pixels around an outline that a change of its state can repaint: the widest line
# drawn along one (the search mark's 7-pixel halo) reaches 3.5 outside it, antialiasing 1 more.
_OUTLINE_REACH = 5.0
_INPUT_EVENTS = (QEvent.Type.ToolTip, QEvent.Type.NativeGesture, QEvent.Type.Gesture)


class BodyMapWidget(ZoomableMap):
    """An illustrated body map: one view (front or back), or both side by side when wide.

    Regions are hit-tested against their exact SVG outlines. Hovering shows a region's name,
    clicking or Enter selects it; the keyboard moves a focus ring through the regions head to toe.
    Selection, focus and view handling live in ``MapNavigation``, fitting the views (one, or
    both side by side) and zoom in ``ZoomableMap``; this class adds the overlays (stroke
    arrows, drawn on the current view), painting and the event handlers.

    Signals:
        regionActivated(str): Inherited; a region was clicked, or chosen with Enter or Space.
        regionHovered(str): Inherited; the pointer moved onto a region, "" when it left.
        viewChanged(str): Inherited; the current view changed ("front" or "back").
        layoutChanged(): Inherited; the views shown changed (one or both), or whether both
            would fit.
    """

    def __init__(
        self,
        svg_bytes: bytes,
        regions: Sequence[Region],
        parent: QWidget | None = None,
        *,
        cache_dir: Path | None = None,
        document: MapDocument | None = None,
    ) -> None:
        """Build the map.

        Args:
            svg_bytes: The body map SVG, following the illustrator's contract.
            regions: The regions in keyboard order (regions.yaml order); those not drawn in the
                SVG are left out.
            parent: The parent widget.
            cache_dir: Where the drawing's measured geometry is cached; None measures it.
            document: The drawing's outlines of ``regions``, measured before in this run (for
                another window); None reads or measures them.
        """
        if document is None:
            document = MapDocument(svg_bytes, regions, cache_dir)
        super().__init__(document, parent)
        # The focused region has its own ring (highlights.paint_focus_ring): no second ring
        # round the whole map, cut off at the window's edge.
        self.setProperty(OWN_FOCUS_RING, True)
        self._svg = svg_bytes
        self._renderer = ViewRenderer(svg_bytes, document, self._colours())
        self._overlays: list[MapOverlay] = []
        # Where the overlays drew at the last paint, so a change repaints only there.
        self._overlay_rects: list[QRect] = []
        self._input = MapInput(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        # Pinch gestures are recognised from touch events, which widgets do not get by default.
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self._show_view(View.FRONT)

    def figure(self) -> tuple[bytes, MapDocument]:
        """The drawing and its measured outlines, for still copies such as a thumbnail."""
        return self._svg, self._document

    # --- overlays ----------------------------------------------------------

    def add_overlay(self, overlay: MapOverlay) -> None:
        """Draw ``overlay`` over the regions from now on, after earlier overlays."""
        self._overlays.append(overlay)
        self.update()

    def remove_overlay(self, overlay: MapOverlay) -> None:
        """Stop drawing an overlay; unknown overlays are ignored."""
        if overlay in self._overlays:
            self._overlays.remove(overlay)
            self.update()

    def update_overlays(self) -> None:
        """Repaint where the overlays drew last time and where they draw now.

        Call it after changing what an overlay shows, instead of repainting the whole map.
        """
        for rect in self._overlay_rects:
            self.update(rect)
        # Overlays are drawn on the current view only, also when both views are shown.
        transform, outlines = self.document_to_widget(), self._document.outlines(self.view())
        for overlay in self._overlays:
            self.update(overlay.bounds(QTransform(transform), outlines).toAlignedRect())

    def update_regions(self, *region_ids: str | None) -> None:
        """Repaint only around these regions of the views shown; others are not drawn."""
        reach = _OUTLINE_REACH
        shown = self.views_shown()
        for region_id in region_ids:
            region = self._document.region(region_id or "")
            if region is not None and region.view in shown:
                transform = self.document_to_widget(region.view)
                bounds = transform.mapRect(self._document.outline(region.id).boundingRect())
                self.update(bounds.adjusted(-reach, -reach, reach, reach).toAlignedRect())

    # --- painting ---------------------------------------------------------------------------

    def _clear_hover(self) -> None:
        self._input.set_hovered(None)

    def recheck_hover(self) -> None:
        """Drop the hover when the pointer is no longer over that region (selected elsewhere).

        The search's drop-down took the pointer's leave event: after choosing "Lower back"
        there, the label above the map still named the knee hovered before (walk 6).
        """
        hovered = self._input.hovered()
        if hovered is None:
            return
        pos = QPointF(self.mapFromGlobal(QCursor.pos()))
        if not self.rect().contains(pos.toPoint()) or self.region_at(pos) != hovered:
            self._input.set_hovered(None)

    def _colours(self) -> MapColours:
        return MapColours.from_palette(self.palette())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: D102 - QWidget API
        views = [(view, self.document_to_widget(view)) for view in self.views_shown()]
        painter = QPainter(self)
        ratio = self.devicePixelRatioF()
        background = self._renderer.background(views, self.size(), ratio)
        # One rectangle at a time: against a clip of several rectangles the raster engine
        # blends the pixmap span by span and hands tall areas to its thread pool, which cost
        # more than the copy.
        for part in cast(Iterable[QRect], event.region()):
            painter.setClipRect(part)
            painter.drawPixmap(0, 0, background)
        painter.setClipping(False)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for view, transform in views:
            highlights.paint_highlights(
                painter,
                transform,
                self._document.outlines(view),
                self._state,
                self._input.hovered(),
                self._renderer.colours(),
                self._document.anchor,
                # The overlays (stroke arrows, the pace dot) follow one view: the current one.
                self._overlays if view is self.view() else [],
                self.hasFocus() and self._focus_visible,
            )
            if not self._document.has_legend(view):
                strip = QRectF(self.rect())
                if self._side_by_side:
                    column = self.view_area(view)
                    strip = QRectF(column.left(), 0, column.width(), self.height())
                rect = highlights.legend_text_rect(strip, self._legend_height([view]))
                highlights.paint_legend(painter, rect, side_rule(view), self._renderer.colours())
        painter.end()
        transform, outlines = self.document_to_widget(), self._document.outlines(self.view())
        self._overlay_rects = [
            overlay.bounds(QTransform(transform), outlines).toAlignedRect()
            for overlay in self._overlays
        ]

    # --- Qt event handlers ------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:  # noqa: D102 - QWidget API
        # Only the input types: Qt also sends ChildAdded while __init__ is still running.
        if event.type() in _INPUT_EVENTS and self._input.event(event):
            return True
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: D102 - QWidget API
        self._update_layout()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: D102 - QWidget API
        if event.type() == QEvent.Type.PaletteChange:
            self._renderer.set_colours(self._colours())
            self.update()
        elif event.type() == QEvent.Type.FontChange:
            self._update_layout()
        super().changeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: D102 - QWidget API
        if not self._input.mouse_press(event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: D102 - QWidget API
        self._input.mouse_move(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: D102 - QWidget API
        if not self._input.mouse_release(event):
            super().mouseReleaseEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: D102 - QWidget API
        self._input.set_hovered(None)
        super().leaveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: D102 - QWidget API
        if not self._input.wheel(event):
            super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: D102 - QWidget API
        if not self._input.key_press(event):
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: D102 - QWidget API
        super().focusInEvent(event)
        self._focus_entered(event.reason())

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: D102 - QWidget API
        super().focusOutEvent(event)
        # The ring is no longer drawn, so the bar must stop naming its region.
        self._announce_focus()

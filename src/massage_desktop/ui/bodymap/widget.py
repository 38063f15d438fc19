"""The interactive body map: the figure's views with hover, selection, zoom and keyboard."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import cast

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
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
from massage_desktop.ui.bodymap import highlights, layout
from massage_desktop.ui.bodymap.document import MapDocument
from massage_desktop.ui.bodymap.interaction import MapInput
from massage_desktop.ui.bodymap.navigation import MapNavigation
from massage_desktop.ui.bodymap.palette import MapColours
from massage_desktop.ui.bodymap.rendering import ViewRenderer
from massage_desktop.ui.bodymap.state import MapOverlay, side_rule
from massage_desktop.ui.bodymap.viewport import Viewport

_PADDING = 6.0  # logical pixels between the widget's edge and the fitted figure
_GAP_TOLERANCE = 4.0  # logical pixels: a click in a thin gap goes to the nearest region
_ZOOM_STEP = 1.25
# Logical pixels around an outline that a change of its state can repaint: the widest line
# drawn along one (the search mark's 7-pixel halo) reaches 3.5 outside it, antialiasing 1 more.
_OUTLINE_REACH = 5.0
_INPUT_EVENTS = (QEvent.Type.ToolTip, QEvent.Type.NativeGesture, QEvent.Type.Gesture)


class BodyMapWidget(MapNavigation):
    """An illustrated body map: one view (front or back), or both side by side when wide.

    Regions are hit-tested against their exact SVG outlines. Hovering shows a region's name,
    clicking or Enter selects it; the keyboard moves a focus ring through the regions head to toe.
    Selection, focus and view handling live in ``MapNavigation``; this class adds geometry,
    painting, zoom and the event handlers.

    When the map is wide enough for both views at the height one view alone would have
    (``layout.side_by_side_fits``), front and back are drawn side by side and ``view()`` is the
    current one: the view of the selection, which the overlays (stroke arrows) are drawn on.
    Zooming in looks closer at the figure under the pointer, alone; back at zoom 1 both return.

    Signals:
        regionActivated(str): Inherited; a region was clicked, or chosen with Enter or Space.
        regionHovered(str): Inherited; the pointer moved onto a region, "" when it left.
        viewChanged(str): Inherited; the current view changed ("front" or "back").
        layoutChanged(): The views shown changed (one or both), or whether both would fit.
    """

    layoutChanged = Signal()

    def __init__(
        self,
        svg_bytes: bytes,
        regions: Sequence[Region],
        parent: QWidget | None = None,
        *,
        cache_dir: Path | None = None,
    ) -> None:
        """Build the map.

        Args:
            svg_bytes: The body map SVG, following the illustrator's contract.
            regions: The regions in keyboard order (regions.yaml order); those not drawn in the
                SVG are left out.
            parent: The parent widget.
            cache_dir: Where the drawing's measured geometry is cached; None measures it.
        """
        document = MapDocument(svg_bytes, regions, cache_dir)
        super().__init__(document, parent)
        self._viewport = Viewport()
        # Side by side: one fitted viewport per view, never zoomed.
        self._columns = {view: Viewport() for view in View}
        for view, column in self._columns.items():
            column.set_document_rect(document.view_rect(view))
        self._side_by_side = False
        self._fits_both = False
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

    # --- layout -----------------------------------------------------------------------------

    def views_shown(self) -> list[View]:
        """The views drawn now, left to right: the current one, or front and back."""
        return list(self._columns) if self._side_by_side else [self.view()]

    def side_by_side(self) -> bool:
        """Whether front and back are shown side by side now."""
        return self._side_by_side

    def side_by_side_fits(self) -> bool:
        """Whether the map is wide enough for both views (shown so unless zoomed in)."""
        return self._fits_both

    def view_area(self, view: View) -> QRectF:
        """The widget area a shown view is fitted into; empty for a view not shown."""
        if view not in self.views_shown():
            return QRectF()
        return (self._columns[view] if self._side_by_side else self._viewport).area()

    # --- geometry ---------------------------------------------------------------------------

    def document_to_widget(self, view: View | None = None) -> QTransform:
        """The transform from document (SVG) coordinates to widget coordinates.

        Args:
            view: The view whose drawing is meant; the current view by default. Side by side,
                each view has its own; alone, the one shown is used for both.
        """
        if self._side_by_side:
            return self._columns[view or self.view()].transform()
        return self._viewport.transform()

    def view_at(self, pos: QPointF) -> View | None:
        """The shown view whose area holds a widget point horizontally, if any."""
        if not self._side_by_side:
            return self.view()
        for view, column in self._columns.items():
            area = column.area()
            if area.left() <= pos.x() <= area.right():
                return view
        return None

    def region_at(self, pos: QPointF) -> str | None:
        """The region under a widget point, allowing a few pixels for gaps between regions."""
        view = self.view_at(pos)
        if view is None:
            return None
        transform = self.document_to_widget(view)
        inverse, invertible = transform.inverted()
        if not invertible:
            return None
        tolerance = _GAP_TOLERANCE / transform.m11()
        return self._document.region_at(view, inverse.map(QPointF(pos)), tolerance)

    def region_rect(self, region_id: str) -> QRect:
        """A region's bounding box in widget coordinates, clipped to the widget."""
        region = self._document.region(region_id)
        if region is None or region.view not in self.views_shown():
            return QRect()
        bounds = self._document.outline(region_id).boundingRect()
        shown = self.document_to_widget(region.view).mapRect(bounds)
        return shown.toAlignedRect().intersected(self.rect())

    def tooltip_text(self, region_id: str) -> str:
        """The hover tooltip of a region: its name and any restriction."""
        region = self._document.region(region_id)
        return self._state.tooltip(region) if region else ""

    # --- zoom -------------------------------------------------------------------------------

    def zoom(self) -> float:
        """The zoom factor: 1 shows the whole view."""
        return self._viewport.zoom()

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom by ``factor`` keeping the point under ``anchor`` (default: the pointer) fixed.

        With both views shown, zooming out does nothing (all is in sight) and zooming in shows
        the view under ``anchor`` alone (else the current one), the point under it kept there.
        """
        if anchor is None:
            pointer = QPointF(self.mapFromGlobal(QCursor.pos()))
            inside = self.rect().contains(pointer.toPoint())
            anchor = pointer if inside else self._viewport.area().center()
        if self._side_by_side:
            if factor > 1.0:
                self._zoom_into_view(factor, anchor)
            return
        self._viewport.zoom_by(factor, anchor)
        self._update_layout()
        self.update()

    def _zoom_into_view(self, factor: float, anchor: QPointF) -> None:
        """Leave side by side for the view under ``anchor`` alone, zoomed in about it.

        The document point under ``anchor`` stays there; away from both figures (the keys, the
        buttons) the current view is zoomed about its middle, brought to the middle.
        """
        view = self.view_at(anchor)
        if view is None:
            view = self.view()
            point = self._document.view_rect(view).center()
            anchor = self._fit_area([view]).center()
        else:
            point = self.document_to_widget(view).inverted()[0].map(anchor)
        self.set_view(view)
        # The view alone at zoom 1 has the same scale as side by side (both fill the height),
        # only moved: zoom about where the point is now, then pan it back under the anchor.
        self._viewport.zoom_by(factor, self._viewport.transform().map(point))
        self._viewport.pan_by(anchor - self._viewport.transform().map(point))
        self._update_layout()
        self.update()

    def zoom_in(self) -> None:
        """Zoom in one step about the pointer, or the middle when the pointer is elsewhere."""
        self.zoom_by(_ZOOM_STEP)

    def zoom_out(self) -> None:
        """Zoom out one step."""
        self.zoom_by(1.0 / _ZOOM_STEP)

    def reset_zoom(self) -> None:
        """Show the whole view again, or both views when the map is wide enough."""
        self._viewport.reset()
        self._update_layout()
        self.update()

    def pan_by(self, delta: QPointF) -> None:
        """Move the zoomed figure by ``delta`` pixels; nothing happens at zoom 1."""
        self._viewport.pan_by(delta)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: D102 - QWidget API
        rect = self._document.view_rect(self.view())
        return QSize(320, max(240, round(320 * rect.height() / max(rect.width(), 1.0))))

    def minimumSizeHint(self) -> QSize:  # noqa: D102 - QWidget API
        return QSize(120, 160)

    # --- hooks for MapNavigation ------------------------------------------------------------

    def _view_shown(self) -> None:
        was_side_by_side = self._side_by_side
        self._viewport.set_document_rect(self._document.view_rect(self.view()))
        self._update_layout(notify=False)
        # Side by side, another current view moves nothing: the hover stays where it is.
        if not (was_side_by_side and self._side_by_side):
            self._input.set_hovered(None)
        if was_side_by_side != self._side_by_side:
            self.layoutChanged.emit()

    def _update_layout(self, *, notify: bool = True) -> None:
        """Choose one view or both for the size and zoom, and fit each shown view."""
        self._viewport.set_area(self._fit_area([self.view()]))
        areas = [self._fit_area([view]) for view in self._columns]
        rects = [self._document.view_rect(view) for view in self._columns]
        fits = layout.side_by_side_fits(areas, rects)
        side_by_side = fits and self._viewport.zoom() <= 1.0
        for column, rect in zip(self._columns.values(), layout.columns(areas), strict=True):
            column.set_area(rect)
        changed = (fits, side_by_side) != (self._fits_both, self._side_by_side)
        shown_changed = side_by_side != self._side_by_side
        self._fits_both, self._side_by_side = fits, side_by_side
        if shown_changed:
            self._input.set_hovered(None)
        if notify and shown_changed:
            self._views_changed()
        if notify and changed:
            self.layoutChanged.emit()

    def _focus_moved(self, region_id: str) -> None:
        before = self.document_to_widget()
        self._viewport.ensure_visible(self._document.outline(region_id).boundingRect())
        if self.document_to_widget() != before:
            self.update()

    # --- painting ---------------------------------------------------------------------------

    def _colours(self) -> MapColours:
        return MapColours.from_palette(self.palette())

    def _legend_height(self, views: Iterable[View]) -> float:
        """The strip kept for a written legend under ``views``; none when the SVG has them."""
        if all(self._document.has_legend(view) for view in views):
            return 0.0
        return self.fontMetrics().height() * 1.6

    def _fit_area(self, views: Iterable[View]) -> QRectF:
        """The area ``views`` are fitted into: the widget less padding and a written legend."""
        area = QRectF(self.rect()).adjusted(_PADDING, _PADDING, -_PADDING, -_PADDING)
        return area.adjusted(0, 0, 0, -self._legend_height(views))

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

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: D102 - QWidget API
        # Tab walks the regions first and leaves the map only after the last (or first) one.
        return self._input.focus_next_prev(next) or super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: D102 - QWidget API
        super().focusInEvent(event)
        self._focus_entered(event.reason())

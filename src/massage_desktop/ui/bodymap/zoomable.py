"""The body map's geometry: one view or both side by side, zoom and pan, and hit tests.

The base of ``BodyMapWidget`` between ``MapNavigation`` (selection, focus, view) and the
widget's painting and event handling.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Signal
from PySide6.QtGui import QCursor, QTransform
from PySide6.QtWidgets import QWidget

from massage_desktop.domain.enums import View
from massage_desktop.ui.bodymap import layout
from massage_desktop.ui.bodymap.document import MapDocument
from massage_desktop.ui.bodymap.navigation import MapNavigation
from massage_desktop.ui.bodymap.viewport import Viewport

_PADDING = 6.0  # logical pixels between the widget's edge and the fitted figure
_GAP_TOLERANCE = 4.0  # logical pixels: a click in a thin gap goes to the nearest region
_ZOOM_STEP = 1.25


class ZoomableMap(MapNavigation):
    """Fits the views into the widget, side by side when wide, and zooms one of them.

    When the map is wide enough for both views at the height one view alone would have
    (``layout.side_by_side_fits``), front and back are drawn side by side and ``view()`` is the
    current one. Zooming in looks closer at the figure under the pointer, alone; back at zoom
    1 both return. ``show_view`` shows one figure alone on purpose, until Fit.

    Signals:
        layoutChanged(): The views shown changed (one or both), or whether both would fit.
    """

    layoutChanged = Signal()

    def __init__(self, document: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self._viewport = Viewport()
        # Side by side: one fitted viewport per view, never zoomed.
        self._columns = {view: Viewport() for view in View}
        for view, column in self._columns.items():
            column.set_document_rect(document.view_rect(view))
        self._side_by_side = False
        self._fits_both = False
        self._alone = False

    def _clear_hover(self) -> None:
        """Forget the region under the pointer: the figures moved under it."""

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
        if self._alone and factor < 1.0 and self._viewport.zoom() <= 1.0:
            # Zooming out of one figure shown alone at full size brings both back.
            self.reset_zoom()
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

    def show_view(self, view: View) -> None:
        """Show ``view``; with both side by side, that figure alone (View ▸ Front or Back).

        Side by side, switching the current view alone would change nothing on screen but the
        arrows; the chosen figure fills the map instead, until Fit (or zooming out) shows both.
        """
        if self._side_by_side:
            self._alone = True
        self.set_view(view)
        self._update_layout()
        self.update()

    def shown_alone(self) -> bool:
        """Whether one figure is shown alone by choice, though both would fit."""
        return self._alone and self._fits_both

    def zoom_in(self) -> None:
        """Zoom in one step about the pointer, or the middle when the pointer is elsewhere."""
        self.zoom_by(_ZOOM_STEP)

    def zoom_out(self) -> None:
        """Zoom out one step."""
        self.zoom_by(1.0 / _ZOOM_STEP)

    def reset_zoom(self) -> None:
        """Show the whole view again, or both views when the map is wide enough."""
        self._alone = False
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
            self._clear_hover()
        if was_side_by_side != self._side_by_side:
            self.layoutChanged.emit()

    def _update_layout(self, *, notify: bool = True) -> None:
        """Choose one view or both for the size and zoom, and fit each shown view."""
        self._viewport.set_area(self._fit_area([self.view()]))
        areas = [self._fit_area([view]) for view in self._columns]
        rects = [self._document.view_rect(view) for view in self._columns]
        fits = layout.side_by_side_fits(areas, rects)
        side_by_side = fits and self._viewport.zoom() <= 1.0 and not self._alone
        for column, rect in zip(self._columns.values(), layout.columns(areas), strict=True):
            column.set_area(rect)
        changed = (fits, side_by_side) != (self._fits_both, self._side_by_side)
        shown_changed = side_by_side != self._side_by_side
        self._fits_both, self._side_by_side = fits, side_by_side
        if shown_changed:
            self._clear_hover()
        if notify and shown_changed:
            self._views_changed()
        if notify and changed:
            self.layoutChanged.emit()

    def _focus_moved(self, region_id: str) -> None:
        before = self.document_to_widget()
        self._viewport.ensure_visible(self._document.outline(region_id).boundingRect())
        if self.document_to_widget() != before:
            self.update()

    def _legend_height(self, views: Iterable[View]) -> float:
        """The strip kept for a written legend under ``views``; none when the SVG has them."""
        if all(self._document.has_legend(view) for view in views):
            return 0.0
        return self.fontMetrics().height() * 1.6

    def _fit_area(self, views: Iterable[View]) -> QRectF:
        """The area ``views`` are fitted into: the widget less padding and a written legend."""
        area = QRectF(self.rect()).adjusted(_PADDING, _PADDING, -_PADDING, -_PADDING)
        return area.adjusted(0, 0, 0, -self._legend_height(views))

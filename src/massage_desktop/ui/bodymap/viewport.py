"""Fitting a view's document rectangle into the widget, with zoom about a point and panning."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QTransform

MIN_ZOOM = 1.0
MAX_ZOOM = 8.0


class Viewport:
    """The document-to-widget transform: fit with preserved aspect ratio, then zoom and pan.

    At zoom 1 the view is centred and cannot be panned. Zoomed in, panning is limited so that the
    figure always covers the middle of the widget and can never be lost off screen.
    """

    def __init__(self) -> None:
        self._document = QRectF(0, 0, 1, 1)
        self._area = QRectF(0, 0, 1, 1)
        self._zoom = 1.0
        self._offset = QPointF()

    def set_document_rect(self, rect: QRectF) -> None:
        """Show another document rectangle (another view), at zoom 1."""
        self._document = QRectF(rect)
        self.reset()

    def set_area(self, area: QRectF) -> None:
        """Fit into another widget area (after a resize), keeping the zoom level."""
        self._area = QRectF(area)
        self._clamp()

    def area(self) -> QRectF:
        """The widget area the document rectangle is fitted into."""
        return QRectF(self._area)

    def zoom(self) -> float:
        """The zoom factor, 1 when the whole view fits."""
        return self._zoom

    def reset(self) -> None:
        """Back to zoom 1, centred."""
        self._zoom = 1.0
        self._offset = QPointF()

    def transform(self) -> QTransform:
        """The document-to-widget transform."""
        doc, area = self._document, self._area
        if doc.width() <= 0 or doc.height() <= 0:
            return QTransform()
        fit = min(area.width() / doc.width(), area.height() / doc.height())
        scale = fit * self._zoom
        dx = (area.center().x() - doc.center().x() * fit) * self._zoom + self._offset.x()
        dy = (area.center().y() - doc.center().y() * fit) * self._zoom + self._offset.y()
        return QTransform(scale, 0.0, 0.0, scale, dx, dy)

    def zoom_by(self, factor: float, anchor: QPointF) -> None:
        """Zoom by a factor, keeping the document point under ``anchor`` where it is.

        Args:
            factor: Above 1 zooms in; the result is kept between ``MIN_ZOOM`` and ``MAX_ZOOM``.
            anchor: The fixed point in widget coordinates, e.g. the mouse cursor.
        """
        new_zoom = min(MAX_ZOOM, max(MIN_ZOOM, self._zoom * factor))
        if new_zoom <= MIN_ZOOM + 1e-9:
            self.reset()
            return
        applied = new_zoom / self._zoom
        self._offset = anchor - (anchor - self._offset) * applied
        self._zoom = new_zoom
        self._clamp()

    def pan_by(self, delta: QPointF) -> None:
        """Move the zoomed drawing by ``delta`` widget pixels; a no-op at zoom 1."""
        if self._zoom <= MIN_ZOOM:
            return
        self._offset += delta
        self._clamp()

    def ensure_visible(self, rect: QRectF) -> None:
        """Pan the least distance that brings a document rectangle into view, if zoomed.

        Args:
            rect: The rectangle in document coordinates, e.g. a region's bounds.
        """
        if self._zoom <= MIN_ZOOM:
            return
        shown = self.transform().mapRect(rect)
        area = self._area
        dx = max(0.0, area.left() - shown.left()) - max(0.0, shown.right() - area.right())
        dy = max(0.0, area.top() - shown.top()) - max(0.0, shown.bottom() - area.bottom())
        self.pan_by(QPointF(dx, dy))

    def _clamp(self) -> None:
        """Keep the zoomed drawing over the middle of the area, so it is never lost off screen."""
        if self._zoom <= MIN_ZOOM:
            self._offset = QPointF()
            return
        shown = self.transform().mapRect(self._document)
        middle = self._area.center()
        dx = max(0.0, shown.left() - middle.x()) * -1 + max(0.0, middle.x() - shown.right())
        dy = max(0.0, shown.top() - middle.y()) * -1 + max(0.0, middle.y() - shown.bottom())
        self._offset += QPointF(dx, dy)

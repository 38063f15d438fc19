"""Drawing the recoloured SVG of the views shown into a cached, device-pixel-ratio-sharp pixmap."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPixmap, QPixmapCache, QTransform
from PySide6.QtSvg import QSvgRenderer

from massage_desktop.domain.enums import View
from massage_desktop.ui.bodymap.document import MapDocument, legend_id, view_group_id
from massage_desktop.ui.bodymap.geometry import element_bounds
from massage_desktop.ui.bodymap.palette import MapColours, recolour_svg, translate_legend


class ViewRenderer:
    """Renders the views shown (one, or front and back) and caches them until something changes.

    A drawing is also kept in Qt's ``QPixmapCache``, under a digest of the recoloured SVG and
    the size: another map of the same figure (the routine editor's, a new window, the same
    size again after a resize or a view switch) takes it from there instead of rendering the
    SVG again, and the SVG is parsed only when something must be drawn.
    """

    def __init__(self, svg: bytes, document: MapDocument, colours: MapColours) -> None:
        """Prepare rendering.

        Args:
            svg: The SVG document with the contract's colours.
            document: The outlines and view rectangles of that document.
            colours: The colours to draw with.
        """
        self._svg = svg
        self._document = document
        self._renderer = QSvgRenderer()
        self._colours = colours
        self._source = b""
        self._digest = ""
        self._loaded = False
        self._cache: QPixmap | None = None
        self._cache_key: tuple[object, ...] = ()
        self.set_colours(colours)

    def colours(self) -> MapColours:
        """The colours in use."""
        return self._colours

    def set_colours(self, colours: MapColours) -> None:
        """Recolour the drawing, e.g. after a palette change."""
        self._colours = colours
        self._source = recolour_svg(translate_legend(self._svg), colours)
        self._digest = hashlib.blake2b(self._source, digest_size=16).hexdigest()
        self._loaded = False
        self._cache = None

    def background(
        self, views: Sequence[tuple[View, QTransform]], size: QSize, ratio: float
    ) -> QPixmap:
        """The views drawn for a widget of ``size`` logical pixels, from the cache when possible.

        Args:
            views: Each view to draw with its document-to-widget transform.
            size: The widget size in logical pixels.
            ratio: The device pixel ratio; the pixmap has ``size * ratio`` real pixels.

        Returns:
            A transparent pixmap with the views' drawings.
        """
        key = (
            size.width(),
            size.height(),
            ratio,
            *((view, _transform_key(transform)) for view, transform in views),
        )
        if self._cache is None or key != self._cache_key:
            shared = f"massage-desktop-map:{self._digest}:{key!r}"
            found = QPixmap()
            if not QPixmapCache.find(shared, found):
                found = self._draw(views, size, ratio)
                QPixmapCache.insert(shared, found)
            self._cache = found
            self._cache_key = key
        return self._cache

    def _draw(self, views: Sequence[tuple[View, QTransform]], size: QSize, ratio: float) -> QPixmap:
        if not self._loaded:
            self._renderer.load(QByteArray(self._source))
            self._loaded = True
        pixmap = QPixmap(size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for view, transform in views:
            painter.save()
            self._draw_view(painter, view, transform)
            painter.restore()
        painter.end()
        return pixmap

    def _draw_view(self, painter: QPainter, view: View, transform: QTransform) -> None:
        group = view_group_id(view)
        if self._renderer.elementExists(group):
            self._draw_element(painter, group, transform)
            legend = legend_id(view)
            inside = element_bounds(self._renderer, group).contains(
                element_bounds(self._renderer, legend)
            )
            if self._renderer.elementExists(legend) and not inside:
                self._draw_element(painter, legend, transform)
        else:
            # No view group: draw the whole document, clipped to this view's rectangle.
            painter.setTransform(transform)
            painter.setClipRect(self._document.view_rect(view))
            self._renderer.render(painter, self._renderer.viewBoxF())

    def _draw_element(self, painter: QPainter, element_id: str, transform: QTransform) -> None:
        # QSvgRenderer.render(painter, id, bounds) drops parent <g> transforms: put them on the
        # painter and render into the element's own bounds so it lands where the SVG puts it.
        painter.setTransform(self._renderer.transformForElement(element_id) * transform)
        bounds: QRectF = self._renderer.boundsOnElement(element_id)
        self._renderer.render(painter, element_id, bounds)


def _transform_key(transform: QTransform) -> tuple[float, ...]:
    return (transform.m11(), transform.m22(), transform.dx(), transform.dy())

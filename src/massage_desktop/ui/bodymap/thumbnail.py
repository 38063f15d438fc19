"""A small, still figure with one area highlighted: "here", readable at a glance.

It draws with the map's own pieces (``ViewRenderer`` for the figure, ``highlights`` for the
region fills), so it always looks like the big map; it has no hover, zoom or keyboard.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen, QTransform
from PySide6.QtWidgets import QSizePolicy, QWidget

from massage_desktop.domain.enums import View
from massage_desktop.ui.bodymap import highlights
from massage_desktop.ui.bodymap.document import MapDocument
from massage_desktop.ui.bodymap.palette import MapColours
from massage_desktop.ui.bodymap.rendering import ViewRenderer

_MARGIN = 0.03  # of the figure's height, around it
SMALL_PX = 18.0
"""A highlighted region narrower than this on screen (a finger) also gets a ring around it."""
RING_PX = 16.0  # the ring's radius beyond the region's centre: seen from two metres
_TOP = 2.0
"""Room above the hair."""
_AROUND = RING_PX + 2.0
"""Room below the feet and beside the hands for the ring around a foot or a hand: cut by the
figure's bottom edge (walk 16, room mode at 1024x700) and its side edge (walk 18)."""


class RegionThumbnail(QWidget):
    """The front or back of the figure, fitted to the widget, with the current area filled.

    The view follows the current region (the back of the figure for a back region). Its
    height follows its width (``heightForWidth``), so a layout gives it the figure's shape.
    """

    def __init__(self, svg: bytes, document: MapDocument, parent: QWidget | None = None) -> None:
        """Prepare the figure.

        Args:
            svg: The body map SVG, as the map draws it.
            document: Its measured outlines (the map's own, so nothing is measured twice).
            parent: The parent widget.
        """
        super().__init__(parent)
        self._document = document
        self._renderer = ViewRenderer(svg, document, MapColours.from_palette(self.palette()))
        self._current: str | None = None
        self._lit: tuple[str, ...] = ()
        self._others: tuple[str, ...] = ()
        self._view = View.FRONT
        self._figures = {view: _figure_rect(document, view) for view in View}
        self._bodies = {
            view: rect.adjusted(*(rect.height() * _MARGIN * k for k in (-1, -1, 1, 1)))
            for view, rect in self._figures.items()
        }
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # --- state -------------------------------------------------------------------------------

    def set_regions(
        self, current: str | None, others: Sequence[str] = (), *, lit: Sequence[str] = ()
    ) -> None:
        """Highlight ``current`` (filled) and outline ``others`` of the same view.

        ``lit`` are filled as ``current`` is: the other palm of a step on both palms at once.
        Unknown ids are ignored; with no known region the figure is shown plain.
        """
        lit = tuple(r for r in lit if r != current and self._document.region(r))
        if lit != self._lit:
            self._lit = lit
            self.update()
        known = [rid for rid in (current, *others) if rid and self._document.region(rid)]
        first = self._document.region(known[0]) if known else None
        view = first.view if first is not None else self._view
        current = current if current in known else None
        shown = tuple(
            rid
            for rid in dict.fromkeys(others)
            if rid in known and rid != current and self._in_view(rid, view)
        )
        if (current, shown, view) == (self._current, self._others, self._view):
            return
        self._current, self._others, self._view = current, shown, view
        self.update()

    def current_region(self) -> str | None:
        """The region filled, if any."""
        return self._current

    def lit_regions(self) -> tuple[str, ...]:
        """The regions filled beside ``current_region``."""
        return self._lit

    def other_regions(self) -> tuple[str, ...]:
        """The step's other regions outlined on the same view."""
        return self._others

    def view(self) -> View:
        """The side of the figure shown."""
        return self._view

    def _in_view(self, region_id: str, view: View) -> bool:
        region = self._document.region(region_id)
        return region is not None and region.view is view

    # --- geometry ----------------------------------------------------------------------------

    def aspect(self) -> float:
        """The figure's height over its width."""
        body = self._bodies[self._view]
        return body.height() / body.width() if body.width() > 0 else 2.0

    def hasHeightForWidth(self) -> bool:  # noqa: D102 - QWidget API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: D102 - QWidget API
        return round(max(1.0, width - 2 * _AROUND) * self.aspect() + _TOP + _AROUND)

    def width_for_height(self, height: int) -> int:
        """The width that draws the figure ``height`` high, with room for the rings around it."""
        return round(max(1.0, height - _TOP - _AROUND) / self.aspect() + 2 * _AROUND)

    def sizeHint(self) -> QSize:  # noqa: D102 - QWidget API
        return QSize(120, self.heightForWidth(120))

    def minimumSizeHint(self) -> QSize:  # noqa: D102 - QWidget API
        return QSize(40, 80)

    def document_to_widget(self) -> QTransform:
        """Fits the figure (not its legend) into the widget, centred."""
        body = self._bodies[self._view]
        if body.width() <= 0 or body.height() <= 0 or self.width() <= 0:
            return QTransform()
        height = max(1.0, self.height() - _TOP - _AROUND)
        width = max(1.0, self.width() - 2 * _AROUND)
        scale = min(width / body.width(), height / body.height())
        dx = self.width() / 2 - body.center().x() * scale
        dy = _TOP + height / 2 - body.center().y() * scale
        return QTransform(scale, 0.0, 0.0, scale, dx, dy)

    def region_rect(self, region_id: str) -> QRectF:
        """Where a region of the view shown is drawn, in widget coordinates."""
        outline = self._document.outline(region_id)
        return self.document_to_widget().mapRect(outline.boundingRect())

    # --- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: D102 - QWidget API
        transform = self.document_to_widget()
        painter = QPainter(self)
        # The figure only: the map's legend line would be an unreadable smudge at this size.
        # The margin above and beside the regions keeps the hair and the hands' edge; below
        # the feet it would show the top of the legend.
        clip = transform.mapRect(self._bodies[self._view])
        clip.setBottom(transform.mapRect(self._figures[self._view]).bottom() + 1)
        painter.setClipRect(clip)
        views = [(self._view, transform)]
        painter.drawPixmap(
            0, 0, self._renderer.background(views, self.size(), self.devicePixelRatioF())
        )
        painter.setClipping(False)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = self._renderer.colours()
        for rid in self._others:
            highlights.paint_marked(painter, transform.map(self._document.outline(rid)), colours)
        lit = [r for r in self._lit if self._in_view(r, self._view)]
        for rid in [*([self._current] if self._current is not None else []), *lit]:
            outline = transform.map(self._document.outline(rid))
            highlights.paint_region(
                painter, outline, colours.selected_fill, colours.selected_line, 2.5
            )
            bounds = outline.boundingRect()
            if min(bounds.width(), bounds.height()) < SMALL_PX:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(colours.selected_line, 3.0))
                radius = max(bounds.width(), bounds.height()) / 2 + RING_PX
                painter.drawEllipse(bounds.center(), radius, radius)
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        """Redraw in the new theme's colours."""
        if event.type() == QEvent.Type.PaletteChange:
            self._renderer.set_colours(MapColours.from_palette(self.palette()))
            self.update()
        super().changeEvent(event)


def _figure_rect(document: MapDocument, view: View) -> QRectF:
    """The figure of a view: its regions' extent up to the top of its drawing, no legend.

    Up to the drawing's top: the back's first region is the neck, and the head above it was
    cut off at the top edge of room mode's figure (walk 5, finding 8; walk 6).
    """
    rect = QRectF()
    for outline in document.outlines(view).values():
        rect = rect.united(outline.boundingRect())
    if rect.isEmpty():
        return document.view_rect(view)
    drawing = document.drawing_rect(view)
    if not drawing.isEmpty() and drawing.top() < rect.top():
        rect.setTop(drawing.top())
    return rect

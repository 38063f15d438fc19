"""Draws the selected technique's strokes over the body map, the current step emphasised."""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Collection, Iterable, Mapping

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
    QTransform,
)

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import StrokePattern
from massage_desktop.engine.sides import side_of
from massage_desktop.ui.bodymap.geometry import interior_point
from massage_desktop.ui.guide.stroke_geometry import stroke_lines
from massage_desktop.ui.guide.strokes import StrokeShape, arrow_head, over_region, stroke_shapes

# Memory for the layers of techniques shown before; the first technique of every region took
# 3 MB in a 1280x800 window.
_LAYER_BUDGET = 16 * 1024 * 1024
# The halo under each line is wider than the line by this many line widths.
_HALO_EXTRA = 1.8
_NO_SHAPES: list[StrokeShape] = []
_Shapes = list[StrokeShape]


class StrokeOverlay:
    """A ``MapOverlay`` showing the strokes of one technique.

    The map calls ``paint`` after drawing its regions; ``set_technique`` chooses what to show
    and the owner repaints the map afterwards, where ``bounds`` says the strokes are.
    """

    def __init__(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self._technique: str | None = None
        self._step: int | None = None
        self._focus: str | None = None
        self._within: frozenset[str] | None = None
        self._avoid: frozenset[str] = frozenset()
        self._palette = QPalette()
        self.last_shapes: list[StrokeShape] = []
        # Shapes depend only on the technique, the focus region's side, the regions avoided
        # and the view's outlines, not on the widget transform, and working them out took
        # ~0.3 ms: kept per technique, side and view, so clicking a region again does not
        # repeat it. Each entry keeps its outline paths alive, so their ids in the key cannot
        # be reused by others.
        self._shape_cache: dict[tuple[object, ...], tuple[list[QPainterPath], list[StrokeShape]]]
        self._shape_cache = {}
        # The chosen region's shapes, by the shapes they come from and the ones kept.
        self._over_cache: dict[tuple[int, tuple[int, ...]], tuple[_Shapes, _Shapes]] = {}
        # Bounds by shapes and step, for one transform at a time.
        self._bounds: dict[tuple[int, int | None], QRectF] = {}
        self._bounds_transform: tuple[float, ...] = ()
        # Drawn layers of the techniques shown lately, newest last: drawing the arrows again
        # for a technique shown before took more than the rest of a click's repaint.
        self._layers: OrderedDict[tuple[object, ...], tuple[QImage, QPointF]] = OrderedDict()
        self._anchors: dict[int, tuple[QPainterPath, QPointF]] = {}
        self._step_shapes: tuple[tuple[int, int | None], list[StrokeShape]] = ((0, None), [])

    def set_technique(
        self,
        technique_id: str | None,
        step: int | None = None,
        focus_region: str | None = None,
        within: Collection[str] | None = None,
    ) -> None:
        """Show ``technique_id``'s strokes (None hides them), emphasising ``step``.

        ``within`` limits the strokes to those regions: a running step shows its hands only
        where it is worked, not over every region the technique can be used on (kneading the
        upper back drew grips on legs the health profile rules out). Without ``within``, a
        ``focus_region`` is the region the person chose: only the strokes over it are drawn,
        its own marks and the limb strokes running through it.
        """
        self._technique = technique_id
        self._step = step
        self._focus = focus_region
        self._within = frozenset(within) if within is not None else None

    def set_avoided(self, region_ids: Collection[str]) -> None:
        """Never draw over these regions: ruled out by the health profile or resting today.

        When the region chosen is one of them, nothing is drawn at all; the guide says why
        Start is held.
        """
        self._avoid = frozenset(region_ids)

    @property
    def avoided(self) -> frozenset[str]:
        """The regions no stroke is drawn over."""
        return self._avoid

    @property
    def state(self) -> tuple[str | None, int | None, str | None]:
        """What is shown: (technique id, emphasised step, focus region)."""
        return self._technique, self._step, self._focus

    def step_shapes(self, outlines: Mapping[str, QPainterPath]) -> list[StrokeShape]:
        """The shapes of the emphasised step over ``outlines``; none when no step is.

        The same list object while the technique, side and outlines stay, so a caller may
        key its own cache on its ``id``.
        """
        if self._technique is None or self._step is None:
            return _NO_SHAPES
        shapes = self._shapes(self._technique, outlines)
        key = (id(shapes), self._step)
        if self._step_shapes[0] != key:
            self._step_shapes = (key, [s for s in shapes if s.step == self._step])
        return self._step_shapes[1]

    def set_palette(self, palette: QPalette) -> None:
        """Take colours from the map's palette."""
        self._palette = QPalette(palette)

    def bounds(self, doc_to_widget: QTransform, outlines: Mapping[str, QPainterPath]) -> QRectF:
        """Where ``paint`` would draw now, in widget coordinates (empty when nothing is shown)."""
        if self._technique is None:
            return QRectF()
        shapes = self._shapes(self._technique, outlines)
        transform = _transform_key(doc_to_widget)
        if transform != self._bounds_transform:
            self._bounds, self._bounds_transform = {}, transform
        key = (id(shapes), self._step)
        if key in self._bounds:
            return QRectF(self._bounds[key])
        rect = QRectF()
        scale = _scale(doc_to_widget)
        for shape in shapes:
            current = self._step is None or shape.step == self._step
            points = [doc_to_widget.map(p) for p in shape.points]
            path, heads, width, head = stroke_lines(shape, points, current, scale)
            drawn = path.boundingRect()
            for tip, tail in heads:
                drawn = drawn.united(QPolygonF(list(arrow_head(tip, tail, head))).boundingRect())
            # The halo's pen reaches 1.4 widths past the line, antialiasing one pixel more.
            reach = (width + width * _HALO_EXTRA) / 2 + 1.0
            rect = rect.united(drawn.adjusted(-reach, -reach, reach, reach))
        self._bounds[key] = rect
        return QRectF(rect)

    def paint(
        self, painter: QPainter, doc_to_widget: QTransform, outlines: Mapping[str, QPainterPath]
    ) -> None:
        """Draw every stroke of the technique over the regions of the view shown."""
        self.last_shapes = []
        if self._technique is None:
            return
        shapes = self._shapes(self._technique, outlines)
        self.last_shapes = shapes
        if not shapes:
            return
        device = painter.device()
        if device is None or not painter.worldTransform().isIdentity():
            self._paint_shapes(painter, shapes, doc_to_widget)
            return
        # The arrows change only with the technique, step, zoom or size, but the map repaints
        # on every hover: drawing them again each time (dozens of antialiased paths for a
        # technique over many regions) cost more than the rest of the repaint.
        layer, origin = self._layer(device, shapes, doc_to_widget, outlines)
        painter.drawImage(origin, layer)

    def _layer(
        self,
        device: QPaintDevice,
        shapes: list[StrokeShape],
        doc_to_widget: QTransform,
        outlines: Mapping[str, QPainterPath],
    ) -> tuple[QImage, QPointF]:
        """The strokes drawn into an image as large as they are, and where it goes."""
        ratio = device.devicePixelRatio()
        key = (
            id(shapes),
            self._step,
            _transform_key(doc_to_widget),
            device.width(),
            device.height(),
            ratio,
            self._palette.cacheKey(),
        )
        if key in self._layers:
            self._layers.move_to_end(key)
            return self._layers[key]
        # Whole device pixels, so the strokes fall on the same pixels as drawn on the map.
        area = QRect(0, 0, round(device.width() * ratio), round(device.height() * ratio))
        bounds = self.bounds(doc_to_widget, outlines)
        scaled = QRectF(
            bounds.x() * ratio, bounds.y() * ratio, bounds.width() * ratio, bounds.height() * ratio
        )
        pixels = scaled.toAlignedRect().intersected(area)
        origin = QPointF(pixels.x() / ratio, pixels.y() / ratio)
        size = QSize(max(1, pixels.width()), max(1, pixels.height()))
        layer = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        layer.setDevicePixelRatio(ratio)
        layer.fill(Qt.GlobalColor.transparent)
        layer_painter = QPainter(layer)
        layer_painter.translate(-origin)
        self._paint_shapes(layer_painter, shapes, doc_to_widget)
        layer_painter.end()
        self._layers[key] = (layer, origin)
        while len(self._layers) > 1 and _bytes(self._layers.values()) > _LAYER_BUDGET:
            self._layers.popitem(last=False)
        return layer, origin

    def _paint_shapes(
        self, painter: QPainter, shapes: list[StrokeShape], doc_to_widget: QTransform
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = _scale(doc_to_widget)
        # Others first, so the current step is drawn on top.
        for shape in sorted(shapes, key=lambda s: s.step == self._step):
            current = self._step is None or shape.step == self._step
            points = [doc_to_widget.map(p) for p in shape.points]
            self._draw(painter, shape, points, current, scale)

    def _shapes(self, technique_id: str, outlines: Mapping[str, QPainterPath]) -> list[StrokeShape]:
        # During a session the focus region counts only by its side, so the regions of one
        # side share shapes; the guide's preview draws on the chosen region alone.
        side = side_of(self._focus) if self._focus else None
        only_on = None
        if self._within is not None:
            outlines = {rid: path for rid, path in outlines.items() if rid in self._within}
        else:
            only_on = self._focus
        if only_on is not None and only_on in self._avoid:
            return _NO_SHAPES
        regions = ((rid, id(path)) for rid, path in outlines.items())
        key = (technique_id, side, self._avoid, *regions)
        cached = self._shape_cache.get(key)
        if cached is None:
            technique = self._catalog.techniques[technique_id]
            shapes = stroke_shapes(
                self._catalog, technique, outlines, self._focus, self._anchor, avoid=self._avoid
            )
            cached = (list(outlines.values()), shapes)
            self._shape_cache[key] = cached
        if only_on is None:
            return cached[1]
        return self._over(cached[1], only_on)

    def _over(self, shapes: list[StrokeShape], region_id: str) -> list[StrokeShape]:
        """The shapes over the chosen region, the same list for the same shapes.

        The drawn layers are kept by the list's ``id``: the shin and the thigh of one leg share
        the leg's stroke, so clicking from one to the other reuses its drawing.
        """
        kept = over_region(shapes, region_id)
        key = (id(shapes), tuple(id(s) for s in kept))
        found = self._over_cache.get(key)
        if found is None or found[0] is not shapes:
            # The entry keeps ``shapes`` alive, so its id cannot be reused by another list.
            found = (shapes, kept)
            self._over_cache[key] = found
        return found[1]

    def _anchor(self, path: QPainterPath) -> QPointF:
        """``interior_point`` remembered per outline: a click would otherwise search again.

        The entry keeps the path alive, so its ``id`` cannot be reused by another path.
        """
        found = self._anchors.get(id(path))
        if found is None or found[0] is not path:
            found = (path, interior_point(path))
            self._anchors[id(path)] = found
        return QPointF(found[1])

    def _colours(self, current: bool) -> tuple[QColor, QColor]:
        ink = QColor(self._palette.color(QPalette.ColorRole.Highlight))
        halo = QColor(self._palette.color(QPalette.ColorRole.Base))
        if not current:
            ink.setAlphaF(0.45)
            halo.setAlphaF(0.35)
        return ink, halo

    def _draw(
        self,
        painter: QPainter,
        shape: StrokeShape,
        points: list[QPointF],
        current: bool,
        scale: float,
    ) -> None:
        ink, halo = self._colours(current)
        path, heads, width, head = stroke_lines(shape, points, current, scale)
        dashed = shape.pattern is StrokePattern.STRETCH
        for colour, extra in ((halo, width * _HALO_EXTRA), (ink, 0.0)):
            pen = QPen(
                colour,
                width + extra,
                Qt.PenStyle.DashLine if dashed and not extra else Qt.PenStyle.SolidLine,
            )
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setBrush(QBrush(colour))
            for tip, tail in heads:
                painter.drawPolygon(QPolygonF(list(arrow_head(tip, tail, head))))


def _bytes(layers: Iterable[tuple[QImage, QPointF]]) -> int:
    return sum(layer.sizeInBytes() for layer, _ in layers)


def _scale(doc_to_widget: QTransform) -> float:
    return max(0.5, math.sqrt(abs(doc_to_widget.determinant())))


def _transform_key(t: QTransform) -> tuple[float, ...]:
    return (t.m11(), t.m12(), t.m13(), t.m21(), t.m22(), t.m23(), t.m31(), t.m32(), t.m33())

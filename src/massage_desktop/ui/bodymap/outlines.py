"""Exact region outlines from the body map SVG, as painter paths in document coordinates.

``QSvgRenderer`` offers only bounding boxes (and ``QGraphicsSvgItem`` a rectangular shape), which is
too coarse for clicking on a knee next to a thigh. Instead the renderer draws one element at a time
into a paint device whose engine records every path it is asked to draw, mapped through the
painter's transform. No widget code lives here, so tests and tools can use it directly.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import (
    QImage,
    QPaintDevice,
    QPaintEngine,
    QPaintEngineState,
    QPainter,
    QPainterPath,
    QPixmap,
    QTransform,
)
from PySide6.QtSvg import QSvgRenderer

_SVG_NS = "{http://www.w3.org/2000/svg}"
_REGION_CLASS = "region"
# The recording device reports a large, square surface so the renderer never clips an element.
_DEVICE_SIZE = 100_000


class _PathRecorder(QPaintEngine):
    """A paint engine that keeps the union of the paths drawn into it, in document coordinates."""

    def __init__(self) -> None:
        # AllFeatures makes QPainter hand over whole paths instead of flattened polygons.
        super().__init__(QPaintEngine.PaintEngineFeature.AllFeatures)
        self.filled = QPainterPath()
        self.stroked = QPainterPath()
        self._transform = QTransform()
        self._brush_none = False

    def begin(self, pdev: QPaintDevice) -> bool:
        return True

    def end(self) -> bool:
        return True

    def type(self) -> QPaintEngine.Type:
        return QPaintEngine.Type.User

    def updateState(self, state: QPaintEngineState) -> None:
        flags = state.state()
        if flags & QPaintEngine.DirtyFlag.DirtyTransform:
            self._transform = state.transform()
        if flags & QPaintEngine.DirtyFlag.DirtyBrush:
            self._brush_none = state.brush().style() == Qt.BrushStyle.NoBrush

    def drawPixmap(self, r: QRectF | QRect, pm: QPixmap | QImage, sr: QRectF | QRect) -> None:
        pass  # Raster images carry no outline.

    def drawPath(self, path: QPainterPath) -> None:
        mapped = self._transform.map(path)
        # united(), not addPath(): the SVG's fill and stroke passes and even-odd sub-paths
        # would otherwise cancel each other out and punch holes into the region.
        if self._brush_none:
            self.stroked = self.stroked.united(mapped)
        else:
            self.filled = self.filled.united(mapped)


class _RecordingDevice(QPaintDevice):
    """The paint device the renderer draws into; it owns one ``_PathRecorder``."""

    def __init__(self) -> None:
        super().__init__()
        self.recorder = _PathRecorder()

    def paintEngine(self) -> QPaintEngine:
        return self.recorder

    def metric(self, metric: QPaintDevice.PaintDeviceMetric) -> int:
        m = QPaintDevice.PaintDeviceMetric
        if metric in (m.PdmWidth, m.PdmHeight):
            return _DEVICE_SIZE
        if metric in (m.PdmWidthMM, m.PdmHeightMM):
            return _DEVICE_SIZE * 254 // 960
        if metric in (m.PdmDpiX, m.PdmDpiY, m.PdmPhysicalDpiX, m.PdmPhysicalDpiY):
            return 96
        if metric == m.PdmDepth:
            return 32
        if metric == m.PdmNumColors:
            return 2**31 - 1
        # The device-pixel-ratio metrics must come from the base class: answering 1 for
        # PdmDevicePixelRatioScaled (which is scaled by 65536) shrinks all geometry 65536-fold.
        return super().metric(metric)


def extract_outline(renderer: QSvgRenderer, element_id: str) -> QPainterPath:
    """The outline of one element in document coordinates.

    Args:
        renderer: The renderer holding the document.
        element_id: The element's id.

    Returns:
        The union of the element's filled shapes; if it has none (``fill="none"``), the union of
        its stroked shapes. Empty when the element does not exist.
    """
    if not renderer.elementExists(element_id):
        return QPainterPath()
    device = _RecordingDevice()
    painter = QPainter(device)
    # render(painter, id, bounds) drops parent transforms; setting them on the painter and
    # rendering into the element's own bounds draws it where it really is.
    painter.setTransform(renderer.transformForElement(element_id))
    renderer.render(painter, element_id, renderer.boundsOnElement(element_id))
    painter.end()
    recorder = device.recorder
    outline = recorder.filled if not recorder.filled.isEmpty() else recorder.stroked
    return outline.simplified()


def extract_outlines(renderer: QSvgRenderer, element_ids: Iterable[str]) -> dict[str, QPainterPath]:
    """Outlines of several elements, keyed by id, in the order given.

    Args:
        renderer: The renderer holding the document.
        element_ids: The ids to extract; ids missing from the document are left out.

    Returns:
        Each present element's outline in document coordinates.
    """
    outlines: dict[str, QPainterPath] = {}
    for element_id in element_ids:
        path = extract_outline(renderer, element_id)
        if not path.isEmpty():
            outlines[element_id] = path
    return outlines


def region_ids_in_paint_order(svg: bytes) -> list[str]:
    """Ids of the elements marked ``class="region"``, in document (painting) order.

    Later elements are painted over earlier ones, so a hit test must try them last to first.

    Args:
        svg: The SVG document.

    Returns:
        The region ids; an unparsable document gives an empty list.
    """
    # Imported here: only measuring the map needs it, and the start-up uses the cached geometry.
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(svg)
    except ET.ParseError:
        return []
    # Templates inside <defs> report a bogus position, so they never count as regions.
    templates = {id(node) for defs in root.iter(f"{_SVG_NS}defs") for node in defs.iter()}
    ids: list[str] = []
    for element in root.iter():
        element_id = element.get("id")
        if (
            element_id
            and _REGION_CLASS in element.get("class", "").split()
            and id(element) not in templates
        ):
            ids.append(element_id)
    return ids

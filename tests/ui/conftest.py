"""Fixtures for the body map tests.

A small test SVG with its regions, the real art when present, and a pixel reference that labels
every widget pixel by rendering each region in its own colour.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.ui.pixels import PixelReference

from massage_desktop.domain.content import Region
from massage_desktop.domain.enums import Side, View
from massage_desktop.ui.bodymap import BodyMapWidget
from massage_desktop.ui.theme import apply_theme

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).resolve().parents[2]
SVG_NS = "http://www.w3.org/2000/svg"
SHAPES = {
    *("path", "rect", "circle", "ellipse", "polygon", "polyline", "line"),
    *("text", "use", "image"),
}

# (id, name, side, area) in keyboard order, head to toe, front then back. front-toes-left is
# listed but not drawn: the map must leave it out.
_TEST_REGIONS = [
    ("front-face", "Face", Side.CENTRE, "head", ["forehead", "cheeks"]),
    ("front-chest", "Chest", Side.CENTRE, "chest", []),
    ("front-upper-arm-right", "Right upper arm", Side.RIGHT, "upper-arm", ["biceps"]),
    ("front-upper-arm-left", "Left upper arm", Side.LEFT, "upper-arm", ["biceps"]),
    ("front-thigh-right", "Right thigh", Side.RIGHT, "thigh", []),
    ("front-thigh-left", "Left thigh", Side.LEFT, "thigh", []),
    ("front-kneecap-left", "Left kneecap", Side.LEFT, "knee", ["patella"]),
    ("front-toes-left", "Left toes", Side.LEFT, "foot", []),
    ("back-neck", "Back of the neck", Side.CENTRE, "neck", []),
    ("back-upper-back", "Upper back", Side.CENTRE, "back", []),
    ("back-hand-right", "Back of the right hand", Side.RIGHT, "hand", []),
    ("back-hand-left", "Back of the left hand", Side.LEFT, "hand", []),
    ("back-lower-back", "Lower back", Side.CENTRE, "back", []),
    ("back-calf-right", "Right calf", Side.RIGHT, "lower-leg", []),
    ("back-calf-left", "Left calf", Side.LEFT, "lower-leg", []),
]


@pytest.fixture
def test_svg() -> bytes:
    """The small test body map."""
    return (DATA / "test_map.svg").read_bytes()


@pytest.fixture
def test_regions() -> list[Region]:
    """The regions of the test body map, in keyboard order (one of them not drawn)."""
    return [
        Region(
            id=rid,
            name=name,
            view=View(rid.split("-", 1)[0]),
            side=side,
            area=area,
            aliases=aliases,
        )
        for rid, name, side, area, aliases in _TEST_REGIONS
    ]


@pytest.fixture
def real_art() -> tuple[bytes, list[Region]]:
    """The shipped body map SVG with the regions of data/regions.yaml; skips until it exists."""
    svg = REPO / "resources" / "body_map.svg"
    regions_file = REPO / "data" / "regions.yaml"
    if not svg.is_file() or not regions_file.is_file():
        pytest.skip("resources/body_map.svg is not drawn yet (tools/draw_body_map.py)")
    raw = yaml.safe_load(regions_file.read_text(encoding="utf-8"))
    return svg.read_bytes(), [Region.model_validate(item) for item in raw["regions"]]


MapFactory = Callable[..., BodyMapWidget]


@pytest.fixture
def make_map(qtbot: QtBot, test_svg: bytes, test_regions: list[Region]) -> MapFactory:
    """Build, size and show a body map; defaults to the test SVG at 300x400 pixels."""

    def make(
        svg: bytes | None = None,
        regions: Sequence[Region] | None = None,
        size: QSize | None = None,
    ) -> BodyMapWidget:
        widget = BodyMapWidget(svg or test_svg, regions if regions is not None else test_regions)
        qtbot.addWidget(widget)
        widget.resize(size or QSize(300, 400))
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return make


def _label_svg(svg: bytes, region_ids: Sequence[str]) -> tuple[bytes, dict[int, str]]:
    """The SVG with every region in a unique flat colour, strokes off and decorations hidden."""
    ET.register_namespace("", SVG_NS)
    root = ET.fromstring(svg)
    colours: dict[int, str] = {}
    wanted = set(region_ids)
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        element_id = element.get("id", "")
        if element_id in wanted:
            rgb = (len(colours) + 1) * 3 * 256 * 256 + 123 * 256 + 45
            colours[rgb] = element_id
            element.set("fill", f"#{rgb:06x}")
            element.set("stroke", "none")
            element.attrib.pop("style", None)
            element.attrib.pop("opacity", None)
        elif tag in SHAPES:
            element.set("display", "none")
    return ET.tostring(root), colours


Labels = Callable[[BodyMapWidget, bytes], PixelReference]


@pytest.fixture
def reference_labels() -> Labels:
    """A pixel reference: for a shown map, a function giving the region id drawn at a pixel.

    Independent of the widget's outline extraction: QSvgRenderer paints each region in its own
    colour through the widget's document-to-widget transform, and colours are read back.
    """

    def labels_for(widget: BodyMapWidget, source: bytes) -> PixelReference:
        svg, colours = _label_svg(source, widget.region_ids())
        renderer = QSvgRenderer(QByteArray(svg))
        image = QImage(widget.size(), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setTransform(QTransform(widget.document_to_widget()))
        renderer.render(painter, renderer.viewBoxF())
        painter.end()
        # One read of the pixels: QImage.pixel() per lookup would dominate the test's run time.
        width = image.width()
        pixels = memoryview(bytes(image.constBits())).cast("I")
        stride = image.bytesPerLine() // 4
        names = [
            colours.get(pixels[y * stride + x] & 0xFFFFFF)
            if pixels[y * stride + x] >> 24 == 0xFF
            else None
            for y in range(image.height())
            for x in range(width)
        ]
        return PixelReference(names, width)

    return labels_for


@pytest.fixture(params=("light", "dark"))
def theme(request: pytest.FixtureRequest) -> Iterator[str]:
    """The app in the light or the dark theme, back to light afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, request.param)
    yield request.param
    apply_theme(app, "light")

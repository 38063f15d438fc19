"""The body map's heat layer: a tint on the regions given, nothing anywhere else."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QSize
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.bodymap import BodyMapWidget
from massage_desktop.ui.bodymap.highlights import heat_fill
from massage_desktop.ui.bodymap.palette import MapColours
from massage_desktop.ui.design.tokens import DARK, LIGHT

KNEE, THIGH, FACE = "front-knee-left", "front-thigh-left", "front-face"


def make_map(qtbot: QtBot, catalog: Catalog, svg: bytes) -> BodyMapWidget:
    widget = BodyMapWidget(svg, list(catalog.regions.values()))
    qtbot.addWidget(widget)
    widget.resize(QSize(320, 560))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def inside(widget: BodyMapWidget, region_id: str) -> QPoint:
    """A widget pixel well inside a region (its neighbours 3 px away are inside too)."""
    outline = widget.document_to_widget().map(widget.region_outline(region_id))
    box = outline.boundingRect().toAlignedRect()
    for y in range(box.top(), box.bottom()):
        for x in range(box.left(), box.right()):
            near = [QPointF(x + dx, y + dy) for dx in (-3, 0, 3) for dy in (-3, 0, 3)]
            if all(outline.contains(point) for point in near):
                return QPoint(x, y)
    raise AssertionError(f"no inner pixel in {region_id}")


def pixels(widget: BodyMapWidget, points: list[QPoint]) -> list[QColor]:
    image: QImage = widget.grab().toImage()
    ratio = widget.devicePixelRatioF()
    return [image.pixelColor(round(p.x() * ratio), round(p.y() * ratio)) for p in points]


def test_heat_tints_only_the_regions_given(qtbot: QtBot, catalog: Catalog, svg: bytes) -> None:
    widget = make_map(qtbot, catalog, svg)
    points = [inside(widget, region) for region in (KNEE, THIGH, FACE)]
    plain = pixels(widget, points)
    widget.set_region_heat({KNEE: 1.0, THIGH: 0.1, "back-neck": 1.0})
    tinted = pixels(widget, points)
    assert tinted[2] == plain[2]  # the face was not massaged
    heat = MapColours.from_palette(widget.palette()).heat
    for before, after in zip(plain[:2], tinted[:2], strict=True):
        assert after != before
        # Cooler, never redder: red over a body reads as pain or inflammation.
        assert after.red() - after.green() < before.red() - before.green()
        assert after.blue() - after.red() > before.blue() - before.red()
    # The stronger level tints more: the knee moved further towards the heat colour.
    knee_shift = abs(tinted[0].green() - plain[0].green())
    thigh_shift = abs(tinted[1].green() - plain[1].green())
    assert knee_shift > thigh_shift
    assert heat.alpha() == 255
    assert heat.name() in {LIGHT.accent, DARK.accent}  # the accent's shades, one per theme
    widget.set_region_heat({})
    assert pixels(widget, points) == plain
    assert widget.region_heat() == {}


def test_heat_levels_are_clamped_and_zero_is_no_tint(
    qtbot: QtBot, catalog: Catalog, svg: bytes
) -> None:
    widget = make_map(qtbot, catalog, svg)
    widget.set_region_heat({KNEE: 3.0, THIGH: 0.0, FACE: -1.0})
    assert widget.region_heat() == {KNEE: 1.0}
    colours = MapColours.from_palette(widget.palette())
    assert heat_fill(colours, 0.0).alpha() < heat_fill(colours, 1.0).alpha()
    assert heat_fill(colours, 5.0).alpha() == heat_fill(colours, 1.0).alpha()


def test_heat_labels_reach_tooltips_and_screen_readers(
    qtbot: QtBot, catalog: Catalog, svg: bytes
) -> None:
    widget = make_map(qtbot, catalog, svg)
    assert widget.region_description(KNEE) == ""
    widget.set_region_heat({KNEE: 0.5}, {KNEE: "Massaged in 3 sessions"})
    assert widget.region_description(KNEE) == "Massaged in 3 sessions"
    assert widget.tooltip_text(KNEE) == "<p><b>Left knee</b></p><p>Massaged in 3 sessions</p>"
    widget.set_region_heat({})
    assert widget.region_description(KNEE) == ""

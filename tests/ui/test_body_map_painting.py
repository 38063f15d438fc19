"""What the body map draws: palette-derived colours, restrictions, marks, overlays, legend."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from typing import Literal

import pytest
from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QTransform
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from massage_desktop.domain.content import Region
from massage_desktop.domain.enums import View
from massage_desktop.ui.bodymap import BodyMapWidget
from massage_desktop.ui.bodymap.palette import MapColours
from massage_desktop.ui.theme import build_palette

MapFactory = Callable[..., BodyMapWidget]


def _pixel(widget: BodyMapWidget, x: float, y: float) -> QColor:
    """The rendered colour at document point (x, y), read from a grab of the widget."""
    image = widget.grab().toImage()
    pos = widget.document_to_widget().map(QPointF(x, y)) * image.devicePixelRatio()
    return image.pixelColor(pos.toPoint())


def _distance(first: QColor, second: QColor) -> int:
    return (
        abs(first.red() - second.red())
        + abs(first.green() - second.green())
        + abs(first.blue() - second.blue())
    )


def _dark_palette() -> QPalette:
    palette = QPalette(QColor("#2b2b2b"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    return palette


def test_dark_palette_changes_the_rendered_fill(make_map: MapFactory) -> None:
    widget = make_map()
    light = _pixel(widget, 100, 120)
    assert _distance(light, MapColours.from_palette(widget.palette()).fill) < 6
    widget.setPalette(_dark_palette())
    dark = _pixel(widget, 100, 120)
    assert _distance(dark, MapColours.from_palette(_dark_palette()).fill) < 6
    # A little deeper than on a light window, never brighter, so it does not glare.
    assert dark.lightness() < light.lightness() - 10
    # Still a warm skin tone, not brown-grey: red above green above blue, clearly saturated.
    assert dark.red() > dark.green() > dark.blue()
    assert dark.red() - dark.blue() > 50
    assert dark.hslSaturationF() > 0.35


def test_region_fill_reads_on_both_backgrounds() -> None:
    for palette in (QPalette(QColor("#efefef")), _dark_palette()):
        colours = MapColours.from_palette(palette)
        window = palette.color(QPalette.ColorRole.Window)
        assert _distance(colours.fill, window) > 60
        assert _distance(colours.outline, colours.fill) > 120


def test_restrictions_are_drawn_and_described(make_map: MapFactory) -> None:
    widget = make_map()
    plain_thigh, plain_chest = _pixel(widget, 84, 160), _pixel(widget, 100, 120)
    widget.set_region_states(
        {
            "front-thigh-right": ("blocked", "Varicose veins"),
            "front-chest": ("caution", "Recent bruise"),
        }
    )
    assert _distance(_pixel(widget, 84, 160), plain_thigh) > 60
    centre = widget.document_to_widget().map(QPointF(100, 105))  # the chest's "!" badge
    image = widget.grab().toImage()
    badge = image.pixelColor((centre * image.devicePixelRatio()).toPoint())
    assert _distance(badge, plain_chest) > 60
    assert widget.tooltip_text("front-thigh-right") == (
        "<p><b>Right thigh</b></p><p>Ruled out: Varicose veins</p>"
    )
    assert widget.region_description("front-chest") == "Caution: Recent bruise"
    widget.set_region_states({})
    assert widget.region_description("front-chest") == ""
    with pytest.raises(ValueError, match="forbidden"):
        widget.set_region_states({"front-chest": ("forbidden", "")})


def test_marks_selection_hover_and_focus_ring_each_change_the_picture(
    qtbot: QtBot, make_map: MapFactory
) -> None:
    widget = make_map()
    images = [widget.grab().toImage()]
    widget.set_marked_regions(["front-face"], "Matches the search")
    images.append(widget.grab().toImage())
    widget.select_region("front-chest")
    images.append(widget.grab().toImage())
    QTest.mouseMove(widget, widget.document_to_widget().map(QPointF(84, 200)).toPoint())
    images.append(widget.grab().toImage())
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    widget.set_focused_region("front-thigh-left")
    images.append(widget.grab().toImage())
    assert all(first != second for first, second in itertools.pairwise(images))
    assert "Matches the search" in widget.region_description("front-face")


class _RecordingOverlay:
    def __init__(self) -> None:
        self.calls: list[tuple[QTransform, list[str]]] = []

    def paint(
        self, painter: QPainter, doc_to_widget: QTransform, outlines: Mapping[str, QPainterPath]
    ) -> None:
        self.calls.append((doc_to_widget, list(outlines)))
        painter.fillRect(self.bounds(doc_to_widget, outlines), "#00ff00")

    def bounds(self, doc_to_widget: QTransform, outlines: Mapping[str, QPainterPath]) -> QRectF:
        return doc_to_widget.mapRect(outlines["front-face"].boundingRect())


def test_overlays_paint_after_the_regions(make_map: MapFactory) -> None:
    widget = make_map()
    overlay = _RecordingOverlay()
    widget.add_overlay(overlay)
    assert _pixel(widget, 100, 40) == QColor("#00ff00")
    transform, ids = overlay.calls[-1]
    assert transform == widget.document_to_widget()
    assert ids == [
        "front-face",
        "front-chest",
        "front-upper-arm-left",
        "front-upper-arm-right",
        "front-thigh-right",
        "front-thigh-left",
        "front-kneecap-left",
    ]
    widget.remove_overlay(overlay)
    assert _pixel(widget, 100, 40) != QColor("#00ff00")


def test_legend_is_written_when_the_svg_has_none(make_map: MapFactory) -> None:
    widget = make_map()
    widget.set_view(View.BACK)
    image = widget.grab().toImage()
    strip = image.copy(0, image.height() - 30, image.width(), 30)
    background = strip.pixelColor(0, 0)
    assert any(
        _distance(strip.pixelColor(x, y), background) > 100
        for x in range(strip.width())
        for y in range(strip.height())
    )
    # Nothing is drawn over the figure's legend area in the front view, which has its own.
    widget.set_view(View.FRONT)
    assert widget.document_to_widget().map(QPointF(100, 262)).y() < widget.height() - 10


def test_background_is_rendered_at_the_device_pixel_ratio(make_map: MapFactory) -> None:
    widget = make_map()
    pixmap = widget._renderer.background(
        [(View.FRONT, widget.document_to_widget())], QSize(300, 400), 2.0
    )
    assert pixmap.devicePixelRatio() == 2.0
    assert pixmap.size() == QSize(600, 800)


def test_real_art_fits_every_region_inside_the_widget(
    make_map: MapFactory, real_art: tuple[bytes, list[Region]]
) -> None:
    svg, regions = real_art
    widget = make_map(svg, regions, QSize(380, 620))
    for view in View:
        widget.set_view(view)
        for region_id in widget.region_ids():
            shown = widget.document_to_widget().mapRect(
                widget.region_outline(region_id).boundingRect()
            )
            assert widget.rect().toRectF().contains(shown), region_id


def _row_distances(widget: BodyMapWidget, y: float, xs: range, fill: QColor) -> list[int]:
    """How far each pixel along a document row is from the skin colour."""
    image = widget.grab().toImage()
    to_widget = widget.document_to_widget()
    ratio = image.devicePixelRatio()
    return [
        _distance(image.pixelColor((to_widget.map(QPointF(x, y)) * ratio).toPoint()), fill)
        for x in xs
    ]


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_real_art_keeps_region_borders_subtle_and_the_contour_clear(
    make_map: MapFactory, real_art: tuple[bytes, list[Region]], dark: bool
) -> None:
    svg, regions = real_art
    widget = make_map(svg, regions, QSize(380, 620))
    if dark:
        widget.setPalette(_dark_palette())
    fill = MapColours.from_palette(widget.palette()).fill
    # Across the right thigh (three regions side by side) and across the cheeks (face, jaw and
    # temple regions): the borders between regions are faint, no pinstripes, no lens lines...
    thigh = _row_distances(widget, 560, range(250 - 76, 250 - 14), fill)
    face = _row_distances(widget, 110, range(250 - 33, 250 + 34), fill)
    assert max(thigh) < 70, thigh
    assert max(face) < 70, face
    # ...while the figure's own outline stands out from the skin.
    across = _row_distances(widget, 560, range(250 - 95, 250 - 70), fill)
    assert max(across) > 120, across
    # Hovering or selecting a region is what draws its border.
    widget.select_region("front-thigh-right")
    assert max(_row_distances(widget, 560, range(250 - 76, 250 - 14), fill)) > 120


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_real_art_selection_is_unmistakable_and_hover_a_tint(
    make_map: MapFactory, real_art: tuple[bytes, list[Region]], theme: Literal["light", "dark"]
) -> None:
    svg, regions = real_art
    widget = make_map(svg, regions, QSize(380, 620))
    widget.setPalette(build_palette(theme))
    fill = MapColours.from_palette(widget.palette()).fill
    inside = (250 - 48, 560)  # the middle of the right thigh, away from contours
    plain = _distance(_pixel(widget, *inside), fill)
    QTest.mouseMove(widget, widget.document_to_widget().map(QPointF(*inside)).toPoint())
    hovered = _distance(_pixel(widget, *inside), fill)
    widget.select_region("front-thigh-right")
    QTest.mouseMove(widget, widget.document_to_widget().map(QPointF(250, 100)).toPoint())
    selected = _distance(_pixel(widget, *inside), fill)
    assert plain < 10
    assert 30 < hovered < selected / 1.8
    assert selected > 120


def test_ruled_out_reads_as_the_do_not_red_in_both_themes() -> None:
    # A grey wash over the whole figure (DVT) read as the map being disabled in the dark
    # theme (walk 6): the hatching is the "do not" red, as on the printed card.
    for palette in (QPalette(QColor("#efefef")), _dark_palette()):
        colours = MapColours.from_palette(palette)
        for colour in (colours.blocked_fill, colours.blocked_hatch):
            assert colour.hslHue() < 15 or colour.hslHue() > 345, colour.name()
            assert colour.hslSaturationF() > 0.15, colour.name()

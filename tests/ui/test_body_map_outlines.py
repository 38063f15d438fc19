"""Outline extraction, the hit-test index and the map document, without any widget."""

from __future__ import annotations

import math
import re

import pytest
from PySide6.QtCore import QByteArray, QPointF, QRectF
from PySide6.QtGui import QColor, QPainterPath, QPalette
from PySide6.QtSvg import QSvgRenderer

from massage_desktop.domain.content import Region
from massage_desktop.domain.enums import View
from massage_desktop.ui.bodymap.document import MapDocument
from massage_desktop.ui.bodymap.geometry import element_bounds
from massage_desktop.ui.bodymap.hittest import OutlineIndex
from massage_desktop.ui.bodymap.outlines import extract_outline, region_ids_in_paint_order
from massage_desktop.ui.bodymap.palette import SVG_COLOURS, MapColours, recolour_svg


def _rotated(origin: QPointF, degrees: float, x: float, y: float) -> QPointF:
    angle = math.radians(degrees)
    return origin + QPointF(
        x * math.cos(angle) - y * math.sin(angle), x * math.sin(angle) + y * math.cos(angle)
    )


@pytest.mark.usefixtures("qapp")
def test_outline_respects_nested_parent_transforms(test_svg: bytes) -> None:
    renderer = QSvgRenderer(QByteArray(test_svg))
    arm = extract_outline(renderer, "front-upper-arm-left")
    origin = QPointF(133, 70)  # translate(133 70) then rotate(-8) around it
    for x, y in ((9, 2), (9, 66), (2, 34), (16, 34)):
        assert arm.contains(_rotated(origin, -8, x, y))
    # Just outside the rotated rectangle, where the unrotated one would still be.
    assert not arm.contains(_rotated(origin, -8, 19.5, 60))
    assert not arm.contains(QPointF(135, 137))


@pytest.mark.usefixtures("qapp")
def test_outline_of_back_view_includes_group_translation(test_svg: bytes) -> None:
    renderer = QSvgRenderer(QByteArray(test_svg))
    hand = extract_outline(renderer, "back-hand-left").boundingRect()
    # translate(200 0) on the view, translate(40 90) scale(1.5) on the hand's group.
    assert hand.left() == pytest.approx(240, abs=0.01)
    assert hand.top() == pytest.approx(90, abs=0.01)
    assert hand.width() == pytest.approx(18, abs=0.01)
    assert hand.height() == pytest.approx(24, abs=0.01)


@pytest.mark.usefixtures("qapp")
def test_curved_outline_is_exact_not_a_bounding_box(test_svg: bytes) -> None:
    renderer = QSvgRenderer(QByteArray(test_svg))
    face = extract_outline(renderer, "front-face")
    assert face.contains(QPointF(100, 40))
    assert face.contains(QPointF(100, 64))
    assert not face.contains(QPointF(78, 18))  # inside the bounding box, outside the circle


@pytest.mark.usefixtures("qapp")
def test_unknown_element_gives_empty_outline_and_bounds(test_svg: bytes) -> None:
    renderer = QSvgRenderer(QByteArray(test_svg))
    assert extract_outline(renderer, "front-nowhere").isEmpty()
    assert element_bounds(renderer, "front-nowhere").isEmpty()


def test_paint_order_skips_templates_in_defs(test_svg: bytes) -> None:
    ids = region_ids_in_paint_order(test_svg)
    assert "front-template" not in ids
    assert ids.index("front-thigh-left") < ids.index("front-kneecap-left")
    assert ids[0] == "front-face"
    assert ids[-1] == "back-calf-right"
    assert region_ids_in_paint_order(b"<svg") == []


@pytest.mark.usefixtures("qapp")
def test_index_prefers_later_regions_and_snaps_within_tolerance() -> None:
    big, small = QPainterPath(), QPainterPath()
    big.addRect(QRectF(0, 0, 100, 100))
    small.addEllipse(QPointF(50, 50), 10, 10)
    right = QPainterPath()
    right.addRect(QRectF(104, 0, 50, 100))
    index = OutlineIndex([("big", big), ("small", small), ("right", right)])
    assert index.region_at(QPointF(50, 50)) == "small"
    assert index.region_at(QPointF(5, 5)) == "big"
    assert index.region_at(QPointF(101, 50)) is None
    assert index.region_at(QPointF(101, 50), tolerance=4) == "big"
    assert index.region_at(QPointF(103.5, 50), tolerance=4) == "right"
    assert index.region_at(QPointF(200, 50), tolerance=4) is None


@pytest.mark.usefixtures("qapp")
def test_document_view_rects_cover_each_view_and_legend(
    test_svg: bytes, test_regions: list[Region]
) -> None:
    document = MapDocument(test_svg, test_regions)
    front, back = document.view_rect(View.FRONT), document.view_rect(View.BACK)
    assert front.right() < back.left()
    assert front.contains(QRectF(49, 15, 82, 220))
    assert front.bottom() > 262  # the legend's baseline
    assert back.contains(QRectF(240, 48, 120, 192))
    assert document.has_legend(View.FRONT)
    assert not document.has_legend(View.BACK)
    assert [r.id for r in document.regions(View.FRONT)][-1] == "front-kneecap-left"
    assert document.region("front-toes-left") is None  # listed but not drawn
    assert document.region_at(View.FRONT, QPointF(116, 215)) == "front-kneecap-left"
    assert document.region_at(View.BACK, QPointF(116, 215)) is None
    assert document.outline("front-toes-left").isEmpty()


@pytest.mark.usefixtures("qapp")
def test_anchor_lies_inside_a_concave_region() -> None:
    svg = b"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
      <g id="view-front"><path id="front-hip-left" class="region" fill="#F2D5C4"
         d="M0 0 H100 V20 H20 V80 H100 V100 H0 Z"/></g></svg>"""
    region = Region(id="front-hip-left", name="Left hip", view=View.FRONT, side="left", area="hip")
    document = MapDocument(svg, [region])
    anchor = document.anchor("front-hip-left")
    assert document.outline("front-hip-left").contains(anchor)


@pytest.mark.usefixtures("qapp")
def test_recolouring_replaces_every_contract_colour_in_any_case(test_svg: bytes) -> None:
    colours = MapColours.from_palette(QPalette(QColor("#202020")))
    assert colours.dark
    recoloured = recolour_svg(test_svg, colours).decode().lower()
    for original in SVG_COLOURS.values():
        assert original.lower() not in recoloured
    assert colours.fill.name() in recoloured
    assert colours.outline.name() in recoloured


def test_real_art_paints_only_with_contract_colours(real_art: tuple[bytes, list[Region]]) -> None:
    # Each colour the illustrator uses has a role the palette recolours for the theme: a colour
    # outside the contract would stay light-theme skin (or hair) on a dark window.
    svg, _ = real_art
    used = {match.upper() for match in re.findall(rb"#[0-9A-Fa-f]{6}\b", svg)}
    contract = {colour.upper().encode() for colour in SVG_COLOURS.values()}
    assert used <= contract, used - contract
    # The seams, the outer contour and the shading are each drawn.
    for role in ("fill", "outline", "seam", "contour", "shade", "hair", "hair_line"):
        assert SVG_COLOURS[role].encode() in svg, role

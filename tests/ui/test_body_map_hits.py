"""Hit testing of the map widget against an independent pixel reference, and the side rule."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPointF, QSize
from tests.ui.pixels import PixelReference

from massage_desktop.domain.content import Region
from massage_desktop.domain.enums import Side, View
from massage_desktop.ui.bodymap import BodyMapWidget

MapFactory = Callable[..., BodyMapWidget]
Labels = Callable[[BodyMapWidget, bytes], PixelReference]

SAMPLES = 10_000
EDGE = 2  # pixels next to a boundary are antialiased in the reference: skipped
SNAP = 5  # background pixels this close to a region may be snapped to it (gap tolerance 4)


def _compare(widget: BodyMapWidget, label: PixelReference, seed: int) -> tuple[int, list[str]]:
    """Sample points; return how many were compared and the mismatches found."""
    rng = random.Random(seed)
    width, height = widget.width(), widget.height()
    compared, mismatches = 0, []
    for _ in range(SAMPLES):
        x, y = rng.randrange(SNAP, width - SNAP), rng.randrange(SNAP, height - SNAP)
        expected = label(x, y)
        radius = EDGE if expected is not None else SNAP
        if label.near(x, y, radius) != {expected}:
            continue
        compared += 1
        got = widget.region_at(QPointF(x + 0.5, y + 0.5))
        if got != expected:
            mismatches.append(f"({x}, {y}): widget {got}, reference {expected}")
    return compared, mismatches


# 10,000 hit tests each: measured line by line for the coverage report they took about three
# times as long (10 s of CPU for the module). The hit code is covered by the tests below.
@pytest.mark.no_cover
@pytest.mark.parametrize("view", list(View))
def test_hits_match_the_pixel_reference(
    make_map: MapFactory, reference_labels: Labels, test_svg: bytes, view: View
) -> None:
    widget = make_map()
    widget.set_view(view)
    compared, mismatches = _compare(widget, reference_labels(widget, test_svg), seed=1)
    assert compared > SAMPLES // 2
    assert mismatches == []


@pytest.mark.no_cover  # as above
def test_hits_match_the_reference_when_zoomed(
    make_map: MapFactory, reference_labels: Labels, test_svg: bytes
) -> None:
    widget = make_map()
    widget.zoom_by(2.5, QPointF(180, 300))
    compared, mismatches = _compare(widget, reference_labels(widget, test_svg), seed=2)
    assert compared > SAMPLES // 2
    assert mismatches == []


@pytest.mark.no_cover  # as above
@pytest.mark.parametrize("view", list(View))
def test_real_art_hits_match_the_pixel_reference(
    make_map: MapFactory,
    reference_labels: Labels,
    real_art: tuple[bytes, list[Region]],
    view: View,
) -> None:
    svg, regions = real_art
    widget = make_map(svg, regions, QSize(420, 640))
    widget.set_view(view)
    compared, mismatches = _compare(widget, reference_labels(widget, svg), seed=3)
    assert compared > SAMPLES // 3
    assert mismatches == []


def test_small_region_drawn_over_a_larger_one_wins(make_map: MapFactory) -> None:
    widget = make_map()
    transform = widget.document_to_widget()
    assert widget.region_at(transform.map(QPointF(116, 215))) == "front-kneecap-left"
    assert widget.region_at(transform.map(QPointF(104, 200))) == "front-thigh-left"


def test_thin_gap_goes_to_the_nearest_region_within_four_pixels(make_map: MapFactory) -> None:
    widget = make_map()
    transform = widget.document_to_widget()
    scale = transform.m11()
    chest_edge = transform.map(QPointF(130, 100))  # the arm starts 3 units further right
    assert widget.region_at(chest_edge + QPointF(1.0, 0)) == "front-chest"
    far = transform.map(QPointF(60, 200))  # beside the right thigh, far from everything
    assert widget.region_at(far) is None
    below = transform.map(QPointF(84, 235)) + QPointF(0, 3.0)
    assert widget.region_at(below) == "front-thigh-right"
    assert widget.region_at(below + QPointF(0, 2.5)) is None
    assert scale > 1  # the pixel distances above are smaller than the document ones


def _check_sides(widget: BodyMapWidget, regions: list[Region]) -> list[str]:
    wrong = []
    middle = widget.width() / 2
    for view in View:
        widget.set_view(view)
        for region in regions:
            if region.view is not view or region.side is Side.CENTRE:
                continue
            if region.id not in widget.region_ids():
                continue
            centre = widget.region_rect(region.id).center().x()
            # Front: the person faces the viewer, so their left is on the viewer's right.
            on_right = centre > middle
            wants_right = (region.side is Side.LEFT) == (view is View.FRONT)
            if on_right != wants_right:
                wrong.append(f"{region.id} at x={centre} (middle {middle})")
    return wrong


def test_sides_follow_the_side_rule(make_map: MapFactory, test_regions: list[Region]) -> None:
    widget = make_map()
    assert _check_sides(widget, test_regions) == []


def test_real_art_sides_follow_the_side_rule(
    make_map: MapFactory, real_art: tuple[bytes, list[Region]]
) -> None:
    svg, regions = real_art
    widget = make_map(svg, regions, QSize(420, 640))
    assert _check_sides(widget, regions) == []

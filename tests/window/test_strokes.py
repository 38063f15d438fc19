"""Arrows are drawn for every step that has a direction, pointing the way the content says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPainterPath, QTransform

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Heading, View
from massage_desktop.ui.guide import stroke_overlay
from massage_desktop.ui.guide.stroke_overlay import StrokeOverlay
from massage_desktop.ui.guide.strokes import StrokeShape, stroke_shapes
from massage_desktop.ui.main_window import MainWindow


def outlines_by_view(window: MainWindow) -> dict[View, dict[str, QPainterPath]]:
    body_map = window.map_pane.map
    out: dict[View, dict[str, QPainterPath]] = {}
    for view in View:
        out[view] = {r: body_map.region_outline(r) for r in body_map.view_region_ids(view)}
    return out


def test_every_step_with_a_direction_gets_a_shape(window: MainWindow, catalog: Catalog) -> None:
    views = outlines_by_view(window)
    for technique in catalog.techniques.values():
        drawn: set[int] = set()
        for outlines in views.values():
            drawn |= {s.step for s in stroke_shapes(catalog, technique, outlines)}
        wanted = {i for i, step in enumerate(technique.steps) if step.stroke is not None}
        assert drawn == wanted, technique.id


def test_arrows_point_the_right_way(window: MainWindow, catalog: Catalog) -> None:
    views = outlines_by_view(window)
    front = views[View.FRONT]
    xs = [p.boundingRect().center().x() for p in front.values()]
    union_mid = (min(xs) + max(xs)) / 2
    for technique_id, focus in (
        ("leg-effleurage-self", "front-shin-left"),
        ("quadriceps-thumb-stripping", "front-thigh-left"),
        ("thigh-fanning", "front-thigh-left"),
        ("it-band-strokes", "front-outer-thigh-left"),
    ):
        technique = catalog.techniques[technique_id]
        shapes = stroke_shapes(catalog, technique, front, focus)
        assert shapes, technique_id
        for shape in shapes:
            start, end = shape.points[0], shape.points[-1]
            if shape.heading in (Heading.UP, Heading.ALONG) and technique_id != "thigh-fanning":
                assert end.y() < start.y(), technique_id  # towards the head: up the screen
            if shape.heading is Heading.DOWN:
                assert end.y() > start.y(), technique_id
            if shape.heading is Heading.OUTWARD:
                assert abs(end.x() - union_mid) > abs(start.x() - union_mid), technique_id
            # The person's left is on the viewer's right in the front view.
            assert all(p.x() > union_mid for p in shape.points), technique_id


def test_overlay_paints_the_selected_technique(window: MainWindow) -> None:
    window.select_region("front-thigh-left")
    window.guide.show_technique("quadriceps-thumb-stripping")
    overlay = window.controller.overlay
    body_map = window.map_pane.map
    image = QImage(body_map.size(), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    overlay.paint(
        painter,
        body_map.document_to_widget(),
        {r: body_map.region_outline(r) for r in body_map.view_region_ids(View.FRONT)},
    )
    painter.end()
    assert overlay.last_shapes
    # The middle line runs over the front of the thigh; the inner and outer lines have their
    # own regions and show when those are chosen.
    assert {s.step for s in overlay.last_shapes} == {1}


def test_strokes_stay_inside_their_bounds(window: MainWindow, catalog: Catalog) -> None:
    """The map repaints only ``bounds`` when the strokes change: nothing may fall outside."""
    body_map = window.map_pane.map
    blank = QImage(body_map.size(), QImage.Format.Format_ARGB32_Premultiplied)
    blank.fill(0)
    for view, outlines in outlines_by_view(window).items():
        body_map.set_view(view)
        transform = body_map.document_to_widget()
        for technique in catalog.techniques.values():
            for focus in (None, f"{view.value}-thigh-left", f"{view.value}-thigh-right"):
                overlay = StrokeOverlay(catalog)
                overlay.set_technique(technique.id, 0, focus)
                image = QImage(blank)
                painter = QPainter(image)
                # Another world transform makes the overlay draw directly, not through the
                # layer that is cut to its bounds.
                painter.translate(1, 0)
                overlay.paint(painter, transform * QTransform.fromTranslate(-1, 0), outlines)
                painter.resetTransform()
                painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
                painter.fillRect(overlay.bounds(transform, outlines), Qt.GlobalColor.transparent)
                painter.end()
                assert image == blank, (view, technique.id, focus)


def test_techniques_shown_again_reuse_their_strokes(
    window: MainWindow, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    body_map = window.map_pane.map
    outlines = outlines_by_view(window)[View.FRONT]
    body_map.set_view(View.FRONT)
    transform = body_map.document_to_widget()
    image = QImage(body_map.size(), QImage.Format.Format_ARGB32_Premultiplied)
    overlay = StrokeOverlay(catalog)

    def shown(technique_id: str, focus: str) -> list[StrokeShape]:
        overlay.set_technique(technique_id, None, focus)
        painter = QPainter(image)
        overlay.paint(painter, transform, outlines)
        painter.end()
        return overlay.last_shapes

    first = shown("leg-effleurage-self", "front-shin-left")
    # Only the side of the focus region counts.
    assert shown("leg-effleurage-self", "front-thigh-left") is first
    shown("quadriceps-thumb-stripping", "front-thigh-left")
    assert shown("leg-effleurage-self", "front-shin-left") is first
    layers = len(overlay._layers)
    assert layers == 2
    monkeypatch.setattr(stroke_overlay, "_LAYER_BUDGET", 1)
    shown("thigh-fanning", "front-thigh-left")
    assert len(overlay._layers) == 1


def test_a_near_path_runs_from_just_above_the_knee_to_just_below(
    window: MainWindow, catalog: Catalog
) -> None:
    """The guide: start a little above the knee and end a little below, not mid-thigh to ankle."""
    front = outlines_by_view(window)[View.FRONT]
    technique = catalog.techniques["knee-warm-up-effleurage"]
    assert technique.steps[0].stroke is not None
    assert technique.steps[0].stroke.ends == "near"
    [shape] = stroke_shapes(catalog, technique, front, "front-knee-left")
    knee = front["front-knee-left"].boundingRect()
    thigh = front["front-thigh-left"].boundingRect()
    shin = front["front-shin-left"].boundingRect()
    start, end = shape.points[0], shape.points[-1]
    assert end.y() > start.y()  # down over the knee
    assert thigh.center().y() < start.y() < knee.top() + knee.height() / 2
    assert knee.top() + knee.height() / 2 < end.y() < shin.center().y()

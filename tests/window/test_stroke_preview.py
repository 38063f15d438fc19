"""The guide's preview draws a technique's strokes where the person chose it, never on hatching."""

from __future__ import annotations

from PySide6.QtGui import QImage, QPainter

from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.sides import side_of
from massage_desktop.ui.guide.strokes import StrokeShape
from massage_desktop.ui.main_window import MainWindow


def drawn(window: MainWindow) -> list[StrokeShape]:
    """The strokes the overlay paints over the view shown."""
    body_map = window.map_pane.map
    overlay = window.controller.overlay
    image = QImage(body_map.size(), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    outlines = {r: body_map.region_outline(r) for r in body_map.view_region_ids(body_map.view())}
    overlay.paint(painter, body_map.document_to_widget(), outlines)
    painter.end()
    return list(overlay.last_shapes)


def choose(window: MainWindow, region_id: str, technique_id: str) -> list[StrokeShape]:
    window.select_region(region_id)
    window.guide.show_technique(technique_id)
    return drawn(window)


def with_profile(window: MainWindow, **conditions: list[str]) -> None:
    profile = HealthProfile(
        conditions=list(conditions), regions={k: v for k, v in conditions.items() if v}
    )
    window._health.save(profile)
    window.apply_health_profile()


def test_kneading_the_chest_draws_on_the_chest_alone(window: MainWindow) -> None:
    shapes = choose(window, "front-chest", "kneading")
    assert shapes
    assert {r for s in shapes for r in s.region_ids} == {"front-chest"}


def test_stroking_the_neck_draws_no_marks_on_wrists_or_heels(window: MainWindow) -> None:
    shapes = choose(window, "back-neck", "stroking")
    assert shapes
    assert all("back-neck" in s.region_ids for s in shapes)


def test_a_limb_stroke_runs_along_the_chosen_leg_only(window: MainWindow) -> None:
    shapes = choose(window, "front-knee-left", "leg-effleurage-self")
    assert shapes
    assert all("front-knee-left" in s.region_ids for s in shapes)
    assert any(len(s.region_ids) > 1 for s in shapes)  # along the leg, not a dot on the knee
    assert all(side_of(r) is not side_of("front-knee-right") for s in shapes for r in s.region_ids)


def test_a_chosen_region_the_profile_rules_out_gets_no_strokes(window: MainWindow) -> None:
    with_profile(window, **{"acute-injury": ["front-knee-left"]})
    assert not choose(window, "front-knee-left", "leg-effleurage-self")
    assert not choose(window, "front-knee-left", "knee-warm-up-effleurage")


def test_a_limb_stroke_stops_short_of_a_ruled_out_knee(window: MainWindow) -> None:
    with_profile(window, **{"acute-injury": ["front-knee-left"]})
    shapes = choose(window, "front-shin-left", "leg-effleurage-self")
    assert shapes
    assert all("front-knee-left" not in s.region_ids for s in shapes)


def test_an_area_resting_today_gets_no_strokes(window: MainWindow) -> None:
    window.flow.pain_rest.note(["front-chest"])
    window.apply_health_profile()
    assert not choose(window, "front-chest", "kneading")


def test_no_strokes_anywhere_once_dvt_hatches_the_whole_figure(window: MainWindow) -> None:
    with_profile(window, dvt=[])
    assert not choose(window, "front-knee-right", "leg-effleurage-self")
    assert not choose(window, "front-chest", "kneading")

"""A step on both sides at once is lit and named on both (walk 8, finding 10)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import InMemoryRecorder
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.plan import build_plan
from massage_desktop.engine.session import Session
from massage_desktop.ui.bodymap.thumbnail import RegionThumbnail
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.display import display_of, session_worked_regions
from massage_desktop.ui.player.room_parts import show_place


def test_rubbing_both_palms_lights_and_names_both(
    qtbot: QtBot, window: MainWindow, catalog: Catalog
) -> None:
    # Room mode said "Right palm" under a figure lighting the right palm alone, for a step
    # that rubs both palms together.
    plan = build_plan(catalog, catalog.techniques["warm-oil"])
    clock = ManualClock()
    session = Session(plan, InMemoryRecorder(), clock=clock, wall=clock.wall, performer="self")
    display = display_of(catalog, session)
    assert display.place == "Right palm and left palm"
    assert display.place_id == "front-palm-right"
    assert display.lit_ids == ("front-palm-left",)
    figure = RegionThumbnail(*window.map_pane.map.figure())
    qtbot.addWidget(figure)
    show_place(figure, display)
    assert figure.current_region() == "front-palm-right"
    assert figure.lit_regions() == ("front-palm-left",)


def test_a_step_on_one_side_names_that_side_only(catalog: Catalog) -> None:
    plan = build_plan(catalog, catalog.techniques["kneading-ankles"])
    clock = ManualClock()
    session = Session(plan, InMemoryRecorder(), clock=clock, wall=clock.wall, performer="self")
    display = display_of(catalog, session)
    assert display.place.startswith("Right ")
    assert " and " not in display.place
    assert display.lit_ids == ()


def test_warming_the_oil_for_a_partner_lights_none_of_the_partner(catalog: Catalog) -> None:
    # Walk 9, P1-l: step 1 of Partner leg massage, "Warming the oil, both sides", lit both of
    # the partner's hands as "Now"; the oil is warmed in the giver's own hands.
    plan = build_plan(catalog, catalog.routines["partner-leg"])
    clock = ManualClock()
    session = Session(plan, InMemoryRecorder(), clock=clock, wall=clock.wall, performer="partner")
    preparing = [e for e in plan.entries if e.prepares]
    assert preparing
    session.start()
    while session.current is None or not session.current.prepares:
        session.skip()
    display = display_of(catalog, session)
    assert "side" not in display.technique
    assert display.region_ids == ()
    assert display.place_id == ""
    assert display.lit_ids == ()
    assert display.place == "Your own hands"
    assert session_worked_regions(catalog, session) == ()

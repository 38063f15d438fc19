"""The editor's draft: sides, order, times within bounds, total, and round trips."""

from __future__ import annotations

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.routines import SideOrder
from massage_desktop.engine.plan import build_plan
from massage_desktop.storage.own_routines import OwnRoutines
from massage_desktop.storage.routine_draft import ItemSide, RoutineDraft


def test_draft_builds_a_routine_the_store_accepts(own_catalog: Catalog, store: OwnRoutines) -> None:
    draft = RoutineDraft(own_catalog)
    assert draft.total_s() == 0
    first = draft.add("knee-warm-up-effleurage", "front-knee-left")
    second = draft.add("quadriceps-kneading", "front-thigh-right")
    draft.set_side(first, ItemSide.RIGHT)
    assert draft.has_sides(first)
    draft.move(second, 0)
    assert [i.technique for i in draft.items] == ["quadriceps-kneading", "knee-warm-up-effleurage"]
    before = draft.total_s()
    draft.set_duration(0, 9999)  # clamped to the most the content allows
    bounds = draft.bounds(0)
    assert bounds is not None
    assert draft.items[0].duration_s == bounds.high
    assert draft.total_s() > before
    draft.name = "Knee, right"
    routine = draft.to_routine(store.new_id(draft.name), "My routine.")
    assert routine.items[1].regions == ["front-knee-right"]
    assert routine.items[0].regions == ["front-thigh"]
    assert routine.sources == ["knee-clinical"]
    assert store.problems(routine) == []
    assert store.save(routine)
    again = RoutineDraft.from_routine(own_catalog, routine)
    assert again.items == draft.items
    assert again.to_routine(routine.id, "My routine.") == routine


def test_default_time_is_the_guides(own_catalog: Catalog) -> None:
    draft = RoutineDraft(own_catalog)
    draft.add("warm-hands")
    draft.name = "Warm"
    bounds = draft.bounds(0)
    assert bounds is not None
    assert (bounds.low, bounds.high, bounds.source) == (5, 15, "kneading")
    draft.set_duration(0, bounds.default)
    assert draft.items[0].duration_s is None
    assert draft.to_routine("my-x", "s").items[0].number_source is None


def test_alternating_sides_and_built_in_round_trip(own_catalog: Catalog) -> None:
    knee = own_catalog.routines["knee-care"]
    draft = RoutineDraft.from_routine(own_catalog, knee)
    rebuilt = draft.to_routine(knee.id, knee.summary)
    assert build_plan(own_catalog, rebuilt).entries == build_plan(own_catalog, knee).entries
    ankles = RoutineDraft.from_routine(own_catalog, own_catalog.routines["ankles-kneading"])
    switches = {}
    for order in SideOrder:
        ankles.sides = order
        plan = build_plan(own_catalog, ankles.to_routine("my-x", "s"))
        switches[order] = sum(e.switches for e in plan.entries)
    # One side then the other switches once; alternating switches at every sided step.
    assert switches[SideOrder.ROUTINE] == 1
    assert switches[SideOrder.STEP] > switches[SideOrder.TECHNIQUE] > 1

"""Counted steps in a routine: its own count, the bounds, the plan, the checks, the editor."""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import SUGGESTED
from massage_desktop.domain.routines import Routine, RoutineItem
from massage_desktop.engine.card import routine_card
from massage_desktop.engine.plan import build_plan
from massage_desktop.messages import MessageBus
from massage_desktop.storage.own_routines import OwnRoutines
from massage_desktop.storage.routine_check import item_count_bounds
from massage_desktop.storage.routine_draft import DraftItem, RoutineDraft
from massage_desktop.ui.guide.lists import ID_ROLE
from massage_desktop.ui.main_window import MainWindow


def routine(*items: RoutineItem) -> Routine:
    return Routine(
        id="my-counts",
        name="Counts",
        summary="Counted steps.",
        performer="partner",
        items=list(items),
        sources=["partner-leg", "partner-knee-thigh"],
    )


def test_item_count_runs_on_each_side_with_its_source(own_catalog: Catalog) -> None:
    item = RoutineItem(technique="thigh-fanning", repetitions=7, number_source=SUGGESTED)
    entries = build_plan(own_catalog, routine(item)).entries
    assert [(e.side, e.repetitions, e.number_source) for e in entries] == [
        ("right", 7, SUGGESTED),
        ("left", 7, SUGGESTED),
    ]
    guide = build_plan(own_catalog, routine(RoutineItem(technique="thigh-fanning"))).entries
    assert [e.repetitions for e in guide] == [4, 4]
    # Seven strokes take longer than four: the total and the player's estimate follow.
    assert entries[0].estimated_s == pytest.approx(guide[0].estimated_s * 7 / 4)


def test_item_count_leaves_timed_steps_and_their_source_alone(own_catalog: Catalog) -> None:
    item = RoutineItem(technique="calf-kneading", repetitions=2, number_source=SUGGESTED)
    entries = build_plan(own_catalog, routine(item)).entries
    counted = [e for e in entries if e.counted]
    timed = [e for e in entries if not e.counted]
    assert {(e.repetitions, e.number_source) for e in counted} == {(2, SUGGESTED)}
    assert {(e.planned_s, e.number_source) for e in timed} == {(30.0, "partner-leg")}


def test_item_count_is_shared_out_over_several_counted_steps(own_catalog: Catalog) -> None:
    # The guide's 1, 1 and 4 strokes (6 in all) doubled: each step twice its count. The
    # fewest allowed: one stroke for each single one, half of the four: 1 + 1 + 2.
    item = RoutineItem(technique="leg-effleurage-partner", repetitions=12, number_source=SUGGESTED)
    entries = build_plan(own_catalog, routine(item)).entries
    by_step = {e.step_index: e.repetitions for e in entries}
    assert by_step == {0: 2, 1: 2, 2: 8}
    bounds = item_count_bounds(own_catalog, item)
    assert bounds is not None
    assert (bounds.low, bounds.high, bounds.default, bounds.source) == (4, 12, 6, SUGGESTED)


def test_count_bounds_come_from_the_guide_or_are_suggested(own_catalog: Catalog) -> None:
    flushing = item_count_bounds(own_catalog, RoutineItem(technique="flushing"))
    assert flushing is not None
    assert (flushing.low, flushing.high, flushing.default) == (5, 6, 5)
    assert flushing.source == "partner-leg"
    fanning = item_count_bounds(own_catalog, RoutineItem(technique="thigh-fanning"))
    assert fanning is not None
    assert (fanning.low, fanning.high, fanning.source) == (2, 8, SUGGESTED)
    assert item_count_bounds(own_catalog, RoutineItem(technique="quadriceps-kneading")) is None


def test_a_count_needs_its_source() -> None:
    with pytest.raises(ValidationError, match="number_source together with duration_s or"):
        RoutineItem(technique="flushing", repetitions=5)
    with pytest.raises(ValidationError):
        RoutineItem(technique="flushing", repetitions=0, number_source=SUGGESTED)


def test_store_refuses_a_count_outside_the_bounds_or_on_a_timed_technique(
    store: OwnRoutines,
) -> None:
    too_many = routine(RoutineItem(technique="flushing", repetitions=9, number_source=SUGGESTED))
    (problem,) = store.problems(too_many)
    assert problem.field == "items.0.repetitions"
    assert "9 times" in problem.message
    assert "5–6 times" in problem.message
    timed = routine(
        RoutineItem(technique="quadriceps-kneading", repetitions=3, number_source=SUGGESTED)
    )
    (problem,) = store.problems(timed)
    assert problem.field == "items.0.repetitions"
    assert "timed, not counted" in problem.message
    fine = routine(RoutineItem(technique="flushing", repetitions=6, number_source="partner-leg"))
    assert store.problems(fine) == []


def test_draft_count_is_clamped_suggested_and_round_trips(
    own_catalog: Catalog, store: OwnRoutines
) -> None:
    draft = RoutineDraft(own_catalog)
    draft.add("thigh-fanning", "front-thigh-right")
    assert draft.bounds(0) is None
    bounds = draft.count_bounds(0)
    assert bounds is not None
    before = draft.total_s()
    draft.set_repetitions(0, 99)
    assert draft.items[0].repetitions == bounds.high == 8
    assert draft.total_s() > before
    draft.name = "Fanning"
    saved = draft.to_routine(store.new_id(draft.name), "Mine.")
    assert (saved.items[0].repetitions, saved.items[0].number_source) == (8, SUGGESTED)
    assert store.problems(saved) == []
    assert RoutineDraft.from_routine(own_catalog, saved).to_routine(saved.id, "Mine.") == saved
    assert store.save(saved)
    assert "repetitions: 8" in (store.folder / f"{saved.id}.yaml").read_text(encoding="utf-8")
    fresh = OwnRoutines(store.folder, own_catalog, MessageBus())
    assert fresh.load() == []
    assert fresh.get(saved.id) == saved
    draft.set_repetitions(0, bounds.default)
    item = draft.routine_item(0)
    assert (item.repetitions, item.number_source) == (None, None)
    assert draft.total_s() == pytest.approx(before)


def test_draft_keeps_a_guide_time_source_when_a_count_goes_back(own_catalog: Catalog) -> None:
    draft = RoutineDraft(own_catalog)
    draft.add("calf-kneading")
    draft.items[0] = DraftItem("calf-kneading", duration_s=40, number_source="partner-leg")
    draft.set_repetitions(0, 2)
    assert draft.routine_item(0).number_source == SUGGESTED
    draft.set_repetitions(0, None)
    assert draft.routine_item(0).number_source == SUGGESTED  # the time is no longer the guide's


def test_editor_shows_a_count_box_for_a_counted_step(window: MainWindow) -> None:
    window.select_region("front-thigh-right")
    editor = window.routine_actions.new_routine()
    view = editor.view
    ids = [str(view.techniques.item(i).data(ID_ROLE)) for i in range(view.techniques.count())]
    for technique in ("thigh-fanning", "quadriceps-kneading"):
        view.techniques.setCurrentRow(ids.index(technique))
        QTest.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    view.steps.setCurrentRow(0)
    assert view.time_box.isHidden()
    assert not view.count_box.isHidden()
    assert view.time_label.buddy() is view.count_box
    assert view.time_label.text() == "&Count"
    assert (view.count_box.minimum(), view.count_box.maximum(), view.count_box.value()) == (2, 8, 4)
    assert "half to twice the guide's count" in view.bounds_label.text()
    before = view.total_label.text()
    view.count_box.setValue(8)
    assert editor.draft.routine_item(0).repetitions == 8
    assert "8 times" in view.steps.item(0).text()
    assert view.total_label.text() != before
    view.steps.setCurrentRow(1)
    assert view.count_box.isHidden()
    assert not view.time_box.isHidden()
    assert view.time_label.buddy() is view.time_box
    view.steps.setCurrentRow(0)
    assert view.count_box.value() == 8


def test_the_card_prints_the_routines_count(own_catalog: Catalog) -> None:
    item = RoutineItem(technique="thigh-fanning", repetitions=7, number_source=SUGGESTED)
    (step,) = routine_card(own_catalog, routine(item)).steps
    assert [side.repetitions for side in step.sides] == [7, 7]
    assert step.number_source == SUGGESTED


def test_editor_says_a_both_sides_time_is_shared_and_a_counted_part_waits(
    window: MainWindow,
) -> None:
    """A time shared by both sides says so, and a counted part says it waits for Done.

    Walk 7, finding 5: the knee warm-up's "2 min 30 s" became "5 min (from 4 to 6 min)" with
    no word of both knees, and "Finger and thumb rotations · 1 min" first played a count.
    """
    window.select_region("front-knee-right")
    editor = window.routine_actions.new_routine()
    view = editor.view
    ids = [str(view.techniques.item(i).data(ID_ROLE)) for i in range(view.techniques.count())]
    view.techniques.setCurrentRow(ids.index("knee-warm-up-effleurage"))
    QTest.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    view.steps.setCurrentRow(0)
    assert view.time_box.value() == 300
    hint = view.bounds_label.text()
    assert hint == "From 4 min to 6 min for both sides together, as the guide gives."
    assert "“" not in hint  # no guide title as bookkeeping (walk 7, finding 13)
    window.select_region("front-palm-right")
    ids = [str(view.techniques.item(i).data(ID_ROLE)) for i in range(view.techniques.count())]
    view.techniques.setCurrentRow(ids.index("finger-thumb-rotations"))
    QTest.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    view.steps.setCurrentRow(1)
    assert "Both sides · 2 min + 1 time" in view.steps.item(1).text()
    assert view.bounds_label.text().endswith(
        "Part of it is counted, not timed (1 time): it waits for you to press Done."
    )

"""History lists a session's ratings as the session went: rated places first, unreached ones said.

Walk 10 (b42): after a tour ended at the feet, the History read "Arms: 3 → not rated, Back:
5 → 3, Feet and ankles: 3 → 2, Hands …, Legs …, Neck …, Stomach …": sorted by key as the store
returns them, the two rated places buried between five "not rated" lines for places the
session never reached.
"""

from __future__ import annotations

from datetime import timedelta

from tests.history.conftest import TODAY, WindowFactory, at

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import Outcome, SessionRecord, StepRecord, StepStatus
from massage_desktop.engine.plan import build_plan
from massage_desktop.storage.history import HistoryStore
from massage_desktop.ui.history.rating_lines import rating_lines

_BEFORE = {
    "back": 5,
    "foot": 3,
    "stomach": 2,
    "leg": 4,
    "arm": 3,
    "hand": 2,
    "neck-shoulders": 6,
}


def _tour_ended_at_the_feet(catalog: Catalog) -> SessionRecord:
    """The self-massage tour: back steps, then stopped in the first foot step."""
    plan = build_plan(catalog, catalog.routines["self-massage-tour"])
    foot = next(
        e.index
        for e in plan.entries
        if any((catalog.zone_of(r) or "").startswith("foot") for r in e.region_ids)
    )
    start = at(TODAY, 9)
    steps = [
        StepRecord(
            position=entry.index,
            technique_id=entry.technique_id,
            step_index=entry.step_index,
            region_ids=list(entry.region_ids),
            side=entry.side,
            planned_s=30.0,
            actual_s=20.0,
            status=StepStatus.DONE if entry.index < foot else StepStatus.SKIPPED,
            started_at=start + timedelta(minutes=entry.index),
        )
        for entry in plan.entries[: foot + 1]
    ]
    return SessionRecord(
        id="tour",
        started_at=start,
        ended_at=start + timedelta(minutes=len(steps)),
        kind="routine",
        subject_id="self-massage-tour",
        performer="self",
        outcome=Outcome.STOPPED_EARLY,
        ratings_before=dict(_BEFORE),
        ratings_after={"foot": 2, "back": 3},
        steps=steps,
    )


def test_rated_places_come_first_in_the_tours_order_and_unreached_say_not_massaged(
    store: HistoryStore, make_window: WindowFactory, catalog: Catalog
) -> None:
    store.insert_many([_tour_ended_at_the_feet(catalog)])
    window = make_window()
    window.sessions.select_session("tour")
    lines = window.details.texts()["ratings"].split("<br>")
    assert lines[:2] == ["Back: 5 → 3 (2 better)", "Feet and ankles: 3 → 2 (1 better)"], lines
    # The tour's order (stomach, legs, arms, hands, neck), each said as it was: not massaged.
    assert lines[2:] == [
        "Stomach: 2 → not massaged",
        "Legs: 4 → not massaged",
        "Arms: 3 → not massaged",
        "Hands: 2 → not massaged",
        "Neck and shoulders: 6 → not massaged",
    ], lines


def test_german_says_nicht_massiert(catalog: Catalog, german: None) -> None:
    lines = rating_lines(catalog, _tour_ended_at_the_feet(catalog))
    assert lines[2] == "Stomach: 2 → nicht massiert", lines


def test_a_place_reached_but_not_rated_after_stays_not_rated(catalog: Catalog) -> None:
    record = _tour_ended_at_the_feet(catalog)
    record.ratings_after = {"foot": 2}  # the back was massaged, its after-rating skipped
    lines = rating_lines(catalog, record)
    assert lines[:2] == ["Feet and ankles: 3 → 2 (1 better)", "Back: 5 → not rated"], lines

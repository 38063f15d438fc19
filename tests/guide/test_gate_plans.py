"""The guide's gate keeps each plan while its routine is the same, and no longer.

The main window sets the health profile and today's rests after the guide first showed its
cards; what the cards and Start then say must be what a gate built with that profile says,
and a routine edited meanwhile must be read as edited.
"""

from __future__ import annotations

from dataclasses import replace

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.plan_book import PlanBook
from massage_desktop.engine.screening import Screening
from massage_desktop.ui.guide.gate import StartGate

LEFT_KNEE = HealthProfile(
    conditions=("acute-injury",), regions={"acute-injury": ("front-knee-left",)}
)


def test_a_profile_set_later_gives_what_a_gate_started_with_it_gives(catalog: Catalog) -> None:
    gate = StartGate(catalog)
    for routine_id in catalog.routines:
        gate.routine(routine_id, None)
        gate.technique(next(iter(catalog.techniques)), "front-knee-left")
    gate.screening = Screening(catalog, LEFT_KNEE)
    gate.rest(["front-thigh-right"])

    fresh = StartGate(catalog)
    fresh.screening = Screening(catalog, LEFT_KNEE)
    fresh.rest(["front-thigh-right"])
    for routine_id in catalog.routines:
        for region_id in (None, "front-knee-left", "front-knee-right"):
            assert gate.routine(routine_id, region_id) == fresh.routine(routine_id, region_id)
    for technique_id in catalog.techniques:
        assert gate.technique(technique_id, "front-knee-left") == fresh.technique(
            technique_id, "front-knee-left"
        )
    # The profile does reach the cards: knee care on the left knee loses steps.
    assert gate.routine("knee-care", "front-knee-left") != StartGate(catalog).routine(
        "knee-care", "front-knee-left"
    )


def test_an_edited_routine_is_planned_again(catalog: Catalog) -> None:
    routines = dict(catalog.routines)
    edited_catalog = replace(catalog, routines=routines)
    gate = StartGate(edited_catalog)
    tour = routines["self-massage-tour"]
    before = len(gate.routine(tour.id, None).plan)

    # A saved edit is a new routine object under the same id, as the own-routines store makes.
    routines[tour.id] = tour.model_copy(update={"items": tour.items[:1]})

    after = gate.routine(tour.id, None).plan
    assert len(after) < before
    assert after == StartGate(edited_catalog).routine(tour.id, None).plan


def test_gates_sharing_a_book_each_plan_their_own_language(
    catalog: Catalog, german_catalog: Catalog
) -> None:
    book = PlanBook()  # one run's plans, as every window of a run (and the suite) shares them
    english, german = StartGate(catalog, book), StartGate(german_catalog, book)
    for routine_id in catalog.routines:
        shown_english = english.routine(routine_id, "front-knee-left")
        shown_german = german.routine(routine_id, "front-knee-left")
        assert shown_english == StartGate(catalog).routine(routine_id, "front-knee-left")
        assert shown_german == StartGate(german_catalog).routine(routine_id, "front-knee-left")
    knee = german.routine("knee-care", None).plan
    assert (
        knee.title
        == german_catalog.routines["knee-care"].name
        != catalog.routines["knee-care"].name
    )
    assert [e.instruction for e in knee.entries] != [
        e.instruction for e in english.routine("knee-care", None).plan.entries
    ]


def test_an_edited_routine_is_planned_again_by_every_gate_of_the_book(catalog: Catalog) -> None:
    routines = dict(catalog.routines)
    edited_catalog = replace(catalog, routines=routines)
    book = PlanBook()
    first = StartGate(edited_catalog, book)
    tour = routines["self-massage-tour"]
    before = len(first.routine(tour.id, None).plan)

    routines[tour.id] = tour.model_copy(update={"items": tour.items[:1]})

    # A window opened after the edit (the same run's book) reads the routine as edited.
    later = StartGate(edited_catalog, book)
    assert len(later.routine(tour.id, None).plan) < before
    assert later.routine(tour.id, None) == StartGate(edited_catalog).routine(tour.id, None)


def test_the_book_keeps_a_screening_per_profile_and_catalog(catalog: Catalog) -> None:
    book = PlanBook()
    first = book.screening(catalog, LEFT_KNEE)
    # Saved again with the same answers: a new object, the same screening.
    again = HealthProfile.model_validate(LEFT_KNEE.model_dump())
    assert again is not LEFT_KNEE
    assert book.screening(catalog, again) is first
    # Other answers, or another catalog (another language), screen afresh.
    assert book.screening(catalog, HealthProfile()) is not first
    other_catalog = replace(catalog, routines=dict(catalog.routines))
    assert book.screening(other_catalog, LEFT_KNEE) is not first


def test_a_kept_screening_screens_each_plan_as_a_new_one_does(catalog: Catalog) -> None:
    book = PlanBook()
    kept = book.screening(catalog, LEFT_KNEE)
    plan = book.plan(catalog, catalog.routines["knee-care"])
    screened = kept.screen_plan(plan)
    assert kept.screen_plan(plan) is screened  # worked out once
    assert screened == Screening(catalog, LEFT_KNEE).screen_plan(plan)
    # The left knee's steps are left out for the injury; the right knee's are not.
    assert any(e.blocked_reason for e in screened.entries)
    assert not all(e.blocked_reason for e in screened.entries)
    # Another plan object (an edited routine plans anew) is screened anew.
    other = book.plan(catalog, catalog.routines["knee-care"].model_copy())
    assert other is not plan
    assert kept.screen_plan(other) == screened

"""The guide's gate keeps each plan while its routine is the same, and no longer.

The main window sets the health profile and today's rests after the guide first showed its
cards; what the cards and Start then say must be what a gate built with that profile says,
and a routine edited meanwhile must be read as edited.
"""

from __future__ import annotations

from dataclasses import replace

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
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

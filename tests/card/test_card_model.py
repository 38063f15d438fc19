"""The card's model (no Qt): the plan folded into numbered steps, screened, with its warnings."""

from __future__ import annotations

import pytest

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Side
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.card import routine_card
from massage_desktop.engine.phases import Timing
from massage_desktop.engine.plan import build_plan
from massage_desktop.engine.screening import Screening


def test_every_plan_entry_is_one_side_of_one_card_step(catalog: Catalog) -> None:
    for routine in catalog.routines.values():
        plan = build_plan(catalog, routine)
        card = routine_card(catalog, routine)
        sides = [side for step in card.steps for side in step.sides]
        assert len(sides) == len(plan.entries), routine.id
        assert [s.number for s in card.steps] == list(range(1, len(card.steps) + 1))
        assert card.total_s == pytest.approx(plan.total_s(Timing()))
        assert card.estimated_s == pytest.approx(plan.estimated_s)
        assert not card.screened
        assert card.left_out == 0
        assert card.left_out_regions == ()


def test_a_step_on_both_sides_is_one_step_right_first(catalog: Catalog) -> None:
    card = routine_card(catalog, catalog.routines["partner-leg"])
    both = [step for step in card.steps if len(step.sides) == 2]
    assert both
    assert all([s.side for s in step.sides] == [Side.RIGHT, Side.LEFT] for step in both)
    # 24 plan entries, printed as 13 steps a person can follow on paper.
    assert len(card.steps) < len(build_plan(catalog, catalog.routines["partner-leg"]).entries)


def test_warnings_are_listed_once_with_the_steps_they_apply_to(catalog: Catalog) -> None:
    card = routine_card(catalog, catalog.routines["knee-care"])
    keys = [(w.warning.title, w.warning.text) for w in card.warnings]
    assert len(keys) == len(set(keys))
    for item in card.warnings:
        for number in item.steps:
            assert item.warning.text in {w.text for w in card.steps[number - 1].warnings}
    ranks = [w.warning.severity.rank for w in card.warnings]
    assert ranks == sorted(ranks)


def test_a_profile_leaves_steps_out_with_the_reason(catalog: Catalog) -> None:
    profile = HealthProfile(conditions=("varicose-veins",))
    card = routine_card(catalog, catalog.routines["partner-leg"], Screening(catalog, profile))
    left_out = [step for step in card.steps if step.blocked]
    assert card.screened
    assert card.left_out == len(left_out) > 0
    assert {step.technique_id for step in left_out} >= {"flushing"}
    assert all(step.blocked_reason for step in left_out)
    # What is left out is neither shaded nor drawn with arrows, nor counted in the time.
    assert all((step.technique_id, step.step_index) not in card.strokes for step in left_out)
    assert card.estimated_s < routine_card(catalog, catalog.routines["partner-leg"]).estimated_s


def test_an_injured_left_calf_leaves_only_that_side_out(catalog: Catalog) -> None:
    profile = HealthProfile(
        conditions=("acute-injury",), regions={"acute-injury": ("back-calf-left",)}
    )
    card = routine_card(catalog, catalog.routines["partner-leg"], Screening(catalog, profile))
    one_sided = [step for step in card.steps if step.left_out_sides]
    assert one_sided
    assert all(step.left_out_sides == (Side.LEFT,) and not step.blocked for step in one_sided)
    assert not any("back-calf-left" in step.region_ids for step in one_sided)
    assert "back-calf-left" not in card.worked_regions
    assert "back-calf-right" in card.worked_regions
    assert "back-calf-left" in card.left_out_regions
    assert not set(card.left_out_regions) & set(card.worked_regions)

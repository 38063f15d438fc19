"""A one-side routine moves away from a ruled-out knee instead of working around it."""

from __future__ import annotations

import pytest

from massage_desktop.content import load_catalog
from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Side
from massage_desktop.engine.one_side import no_side, one_side_choice, side_options
from massage_desktop.engine.plan import build_plan
from massage_desktop.resources import data_dir

INJURED_LEFT = {"front-knee-left", "front-kneecap-left"}


@pytest.fixture(scope="module")
def real_catalog() -> Catalog:
    """The shipped content (tests/engine's own catalog has no one-side routine)."""
    return load_catalog(data_dir())


def test_the_routine_runs_on_the_other_knee_when_the_chosen_one_is_ruled_out(
    real_catalog: Catalog,
) -> None:
    plan = build_plan(real_catalog, real_catalog.routines["knee-care"])
    choice = one_side_choice(real_catalog, plan, "front-kneecap-left", INJURED_LEFT)
    assert choice.switched
    assert choice.region == "front-kneecap-right"
    assert set(choice.ruled_out) == INJURED_LEFT


def test_the_chosen_side_stays_when_it_is_clear(real_catalog: Catalog) -> None:
    plan = build_plan(real_catalog, real_catalog.routines["knee-care"])
    choice = one_side_choice(real_catalog, plan, "front-knee-right", INJURED_LEFT)
    assert (choice.region, choice.switched, choice.ruled_out) == ("front-knee-right", False, ())
    # Nothing chosen: the right side, as the guides order them, named by a right-side region.
    nothing = one_side_choice(real_catalog, plan, None, set())
    assert nothing.region is not None
    assert nothing.region.endswith("-right")
    assert not nothing.switched


def test_with_both_sides_ruled_out_the_side_does_not_change(real_catalog: Catalog) -> None:
    plan = build_plan(real_catalog, real_catalog.routines["knee-care"])
    both = INJURED_LEFT | {"front-knee-right"}
    choice = one_side_choice(real_catalog, plan, "front-knee-left", both)
    assert not choice.switched
    assert choice.region == "front-knee-left"
    assert "front-knee-left" in choice.ruled_out  # the caller leaves those steps out


def test_the_routine_leaves_a_ruled_out_knee_for_one_whose_only_hit_is_elsewhere(
    real_catalog: Catalog,
) -> None:
    # Walk 6: the left knee injured, the right hip resting after a pain stop. Both sides had
    # a hit, so the sheet offered the injured knee first, without six of its steps.
    plan = build_plan(real_catalog, real_catalog.routines["knee-care"])
    hits = INJURED_LEFT | {"front-hip-right"}
    choice = one_side_choice(real_catalog, plan, "front-knee-left", hits)
    assert choice.switched
    assert choice.region == "front-knee-right"


def test_the_injured_knee_is_not_offered_when_the_other_knee_may_be_massaged(
    real_catalog: Catalog,
) -> None:
    plan = build_plan(real_catalog, real_catalog.routines["knee-care"])
    hits = INJURED_LEFT | {"front-hip-right"}
    options = {
        (o.side, o.both): o.allowed
        for o in side_options(real_catalog, plan, "front-knee-left", hits)
    }
    assert options[(Side.RIGHT, False)]
    assert not options[(Side.LEFT, False)]  # walk 6: it was offered, and chosen first
    assert not options[(Side.RIGHT, True)]


# Walk 7, finding 3: the left knee injured, the right one resting after "Stop – it hurts".
RIGHT_RESTING = {"front-knee-right", "front-kneecap-right", "front-thigh-right", "front-shin-right"}


def test_a_routine_with_both_knees_out_offers_no_side(real_catalog: Catalog) -> None:
    plan = build_plan(real_catalog, real_catalog.routines["knee-care"])
    out = INJURED_LEFT | {"back-knee-left"} | RIGHT_RESTING
    for chosen in (None, "front-kneecap-right", "front-kneecap-left", "front-thigh-left"):
        options = side_options(real_catalog, plan, chosen, out)
        assert not any(o.allowed for o in options), chosen
    # Every area of each side that is out, as the Start sheet says "Not this side: …" of it
    # (walk 9, P1-b: the guide's list left out the left back of the knee).
    said = {r for o in options for r in o.ruled_out if not o.both}
    assert set(no_side(plan, out)) == said == out


def test_a_knee_ruled_out_is_never_offered_though_the_other_has_a_hit(
    real_catalog: Catalog,
) -> None:
    # Both sides hit, only the left at the knee: the right runs without its thigh steps.
    plan = build_plan(real_catalog, real_catalog.routines["knee-care"])
    out = INJURED_LEFT | {"front-thigh-right"}
    options = {(o.side, o.both): o.allowed for o in side_options(real_catalog, plan, None, out)}
    assert options == {
        (Side.LEFT, False): False,
        (Side.RIGHT, False): True,
        (Side.RIGHT, True): False,
    }
    assert no_side(plan, out) == ()
    # Chosen on the injured knee, it still moves to the right one.
    choice = one_side_choice(real_catalog, plan, "front-thigh-left", out)
    assert choice.switched
    assert choice.region == "front-thigh-right"

"""The screening API around the rules: the map, routines, plans, profiles and the daily check."""

from __future__ import annotations

import pytest

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import RuleEffect, Severity
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.health import TODAY_QUESTIONS, WHOLE_BODY, TodayCheck
from massage_desktop.engine.plan import build_plan
from massage_desktop.engine.screening import Screening

PROFILES = [
    HealthProfile(),
    HealthProfile(conditions=("dvt",)),
    HealthProfile(conditions=("varicose-veins", "severe-osteoporosis")),
    HealthProfile(
        conditions=("inflamed-joints", "recent-surgery"),
        regions={"inflamed-joints": ("front-knee-left",), "recent-surgery": ("back-lower-back",)},
    ),
    HealthProfile(conditions=("recent-surgery",), regions={"recent-surgery": ("front-knee",)}),
]


@pytest.mark.parametrize("profile", PROFILES)
def test_blocked_map_matches_region_states(catalog: Catalog, profile: HealthProfile) -> None:
    screening = Screening(catalog, profile)
    states = screening.blocked_map()
    for region_id in catalog.regions:
        verdict = screening.region_state(region_id)
        if verdict is None or verdict.effect is RuleEffect.INFO:
            assert region_id not in states
            continue
        state, reason = states[region_id]
        assert state == ("blocked" if verdict.blocked else "caution")
        assert reason == verdict.text
        assert reason


def test_empty_profile_changes_nothing(catalog: Catalog) -> None:
    screening = Screening(catalog, HealthProfile())
    assert screening.blocked_map() == {}
    assert all(v.effect is None for _, v in screening.routine_verdicts("knee-care"))
    assert screening.technique_verdict("flushing").effect is None


def test_partly_blocked_region_is_a_caution_naming_what_is_left_out(catalog: Catalog) -> None:
    screening = Screening(catalog, HealthProfile(conditions=("varicose-veins",)))
    verdict = screening.region_state("back-knee-left")
    assert verdict is not None
    assert verdict.effect is RuleEffect.CAUTION
    assert verdict.left_out == ("Thumb strokes up the calf",)
    assert verdict.text.startswith("Left out here: Thumb strokes up the calf.")


def test_strongest_effect_wins_and_all_reasons_are_kept(catalog: Catalog) -> None:
    profile = HealthProfile(conditions=("dvt", "severe-osteoporosis"))
    verdict = Screening(catalog, profile).technique_verdict("pummelling", "front-thigh-left")
    assert verdict.effect is RuleEffect.BLOCK
    assert set(verdict.conditions) == {"dvt", "severe-osteoporosis"}
    assert len(verdict.reasons) >= 2


def test_technique_over_its_regions_names_the_blocked_ones(catalog: Catalog) -> None:
    profile = HealthProfile(
        conditions=("acute-injury",), regions={"acute-injury": ("back-calf-left",)}
    )
    verdict = Screening(catalog, profile).technique_verdict("calf-wringing")
    assert verdict.effect is RuleEffect.CAUTION  # the other calf and the ankles are fine
    assert verdict.blocked_regions == ("back-calf-left",)
    assert verdict.left_out == ("Left calf",)
    assert verdict.text.startswith("Left out on: Left calf.")


def test_routine_verdicts_mark_the_blocked_items(catalog: Catalog) -> None:
    verdicts = Screening(catalog, HealthProfile(conditions=("dvt",))).routine_verdicts(
        "partner-leg"
    )
    routine = catalog.routines["partner-leg"]
    assert [i for i, _ in verdicts] == list(range(len(routine.items)))
    blocked = {routine.items[i].technique for i, v in verdicts if v.blocked}
    # A clot (now or suspected) needs a doctor before any massage: every item, the oil
    # warmed in the hands included, is ruled out.
    assert blocked == {routine.items[i].technique for i in range(len(routine.items))}
    assert "leg-effleurage-partner" in blocked
    assert dict(verdicts)[0].blocked


def test_routine_item_limited_to_regions_is_judged_there(catalog: Catalog) -> None:
    profile = HealthProfile(conditions=("varicose-veins",))
    verdicts = dict(Screening(catalog, profile).routine_verdicts("thighs-calves-kneading"))
    routine = catalog.routines["thighs-calves-kneading"]
    for index, item in enumerate(routine.items):
        regions = catalog.expand(item.regions or catalog.techniques[item.technique].regions)
        if not any(r.startswith("back-calf") for r in regions):
            assert verdicts[index].effect is None, item.technique
    kneading = verdicts[2]  # thighs and calves: only the calves are left out
    assert kneading.effect is RuleEffect.CAUTION
    assert set(kneading.blocked_regions) == {"back-calf-left", "back-calf-right"}


def test_screen_plan_blocks_entries_and_adds_cautions(catalog: Catalog) -> None:
    profile = HealthProfile(
        conditions=("varicose-veins", "severe-osteoporosis"), cleared=("severe-osteoporosis",)
    )
    plan = Screening(catalog, profile).screen_plan(
        build_plan(catalog, catalog.routines["partner-leg"])
    )
    flushing = [e for e in plan.entries if e.technique_id == "flushing"]
    assert flushing
    assert all(e.blocked_reason and "varicose" in e.blocked_reason for e in flushing)
    wringing = [e for e in plan.entries if e.technique_id == "calf-wringing"]
    assert all(e.blocked for e in wringing)  # every wringing entry touches a calf
    effleurage = [e for e in plan.entries if e.technique_id == "leg-effleurage-partner"]
    assert not any(e.blocked for e in effleurage)
    thigh_push = [e for e in plan.entries if e.technique_id == "thigh-push"]
    assert not any(e.blocked for e in thigh_push)  # light: no osteoporosis caution
    bones = HealthProfile(conditions=("severe-osteoporosis",), cleared=("severe-osteoporosis",))
    kneading = Screening(catalog, bones).screen_plan(
        build_plan(catalog, catalog.techniques["calf-kneading"])
    )
    titles = [w.title for e in kneading.entries for w in e.warnings]
    assert "Severe osteoporosis" in titles
    for entry in kneading.entries:
        ranks = [w.severity.rank for w in entry.warnings]
        assert ranks == sorted(ranks)
        assert any(w.severity is Severity.LIGHT_PRESSURE for w in entry.warnings)


def test_screen_plan_keeps_earlier_block_reasons(catalog: Catalog) -> None:
    plan = build_plan(catalog, catalog.techniques["flushing"], {"flushing": "Chosen to skip."})
    screened = Screening(catalog, HealthProfile(conditions=("varicose-veins",))).screen_plan(plan)
    assert {e.blocked_reason for e in screened.entries} == {"Chosen to skip."}


def test_unknown_ids_in_the_profile_are_ignored(catalog: Catalog) -> None:
    profile = HealthProfile(conditions=("no-such-condition",), cleared=("dvt",))
    assert Screening(catalog, profile).blocked_map() == {}


def test_only_unknown_regions_named_fails_safe(catalog: Catalog) -> None:
    profile = HealthProfile(
        conditions=("skin-damage",), regions={"skin-damage": ("front-tail-left",)}
    )
    states = Screening(catalog, profile).blocked_map()
    assert set(states) == set(catalog.regions)


def test_profile_round_trips_through_json() -> None:
    profile = HealthProfile(
        conditions=("recent-surgery", "dvt"),
        regions={"recent-surgery": ("front-knee-left", "front-kneecap")},
        cleared=("recent-surgery",),
    )
    again = HealthProfile.model_validate_json(profile.model_dump_json())
    assert again == profile
    assert again.has("dvt")
    assert not again.has("fragile-skin")
    assert again.regions_for("recent-surgery") == ("front-knee-left", "front-kneecap")
    assert again.regions_for("dvt") == ()
    assert again.is_cleared("recent-surgery")


@pytest.mark.parametrize("key", [key for key, _, _ in TODAY_QUESTIONS])
def test_any_yes_in_the_daily_check_means_stop(key: str) -> None:
    verdict = TodayCheck(**{key: True}).verdict()
    assert verdict.blocked
    assert verdict.advice[0] == "Do not massage today."
    # Its own reason, then why it is every area: the question does not ask where.
    assert verdict.reasons[1:] == (WHOLE_BODY,)


def test_all_no_in_the_daily_check_means_go() -> None:
    assert TodayCheck().verdict().effect is None
    three = TodayCheck(swelling=True, sharp_pain=True, new_injury=True).verdict()
    assert len(three.reasons) == 4
    assert three.reasons[-1] == WHOLE_BODY
    assert any("medical care now" in a for a in three.advice)


def test_severe_osteoporosis_waits_for_a_doctor_as_the_guide_says(catalog: Catalog) -> None:
    """The knee guide: avoid massage with severe osteoporosis (walk 6, finding 25).

    The safety page said "Do not massage" while the screening ran light massage without
    asking; now everything waits for a doctor's or physical therapist's word.
    """
    profile = HealthProfile(conditions=("severe-osteoporosis",))
    verdict = Screening(catalog, profile).technique_verdict("leg-effleurage-self")
    assert verdict.blocked
    assert "doctor or physical therapist" in " ".join(verdict.advice)
    assert catalog.conditions["severe-osteoporosis"].asks_clearance
    cleared = HealthProfile(conditions=("severe-osteoporosis",), cleared=("severe-osteoporosis",))
    assert not Screening(catalog, cleared).technique_verdict("leg-effleurage-self").blocked
    assert Screening(catalog, cleared).technique_verdict("pummelling").blocked

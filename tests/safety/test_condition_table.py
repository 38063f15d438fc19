"""Every shipped condition against a hand-written table of what it must block and caution.

The tables were written by reading data/contraindications.yaml and the technique files, not by
running the evaluator. A new condition fails ``test_every_condition_is_tabled`` until it has a row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import RuleEffect
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.screening import Screening

ALL = "all"
BLOCK, CAUTION, INFO = RuleEffect.BLOCK, RuleEffect.CAUTION, RuleEffect.INFO

# Every part of the legs: the hip, thigh, knee, lower-leg, ankle and foot areas of regions.yaml.
LEG_PARTS = [
    "front-hip", "back-buttock",
    "front-thigh", "front-inner-thigh", "front-outer-thigh", "back-outer-thigh", "back-hamstring",
    "front-knee", "front-kneecap", "back-knee",
    "front-shin", "back-calf",
    "front-ankle", "back-ankle",
    "front-foot", "front-toes", "back-heel", "back-sole",
]  # fmt: skip

# Regions where every technique is light (allowing for per-area pressure, e.g. kneading is
# light on the face) and none strikes: "moderate or firmer" rules leave them alone.
ALL_LIGHT_PARTS = [
    "front-face", "front-temple", "front-armpit", "front-abdomen", "front-hip", "front-fingers",
    "front-knee", "front-kneecap", "front-shin", "front-ankle", "back-wrist", "back-fingers",
    "back-outer-thigh", "back-knee",
    "front-neck",  # only neck-and-shoulder kneading is listed there, light on the neck
]  # fmt: skip

PERCUSSION = ["pummelling", "cupping", "tapping"]


@dataclass(frozen=True)
class Case:
    """One profile and what it must do: region sets (parts or ALL) and technique checks."""

    condition: str
    regions: tuple[str, ...] = ()
    cleared: bool = False
    blocked: list[str] | str = field(default_factory=list)
    caution: list[str] | str = field(default_factory=list)
    caution_except: list[str] = field(default_factory=list)
    techniques: list[tuple[str, str, RuleEffect | None]] = field(default_factory=list)
    blocked_everywhere: list[str] = field(default_factory=list)


CASES = [
    Case(
        "dvt",
        # The legs for the clot itself; everywhere else because its advice is a doctor
        # before any massage.
        blocked=ALL,
        techniques=[
            ("flushing", "back-calf-left", BLOCK),
            ("leg-effleurage-self", "front-shin-right", BLOCK),
            ("thigh-push", "back-outer-thigh-left", BLOCK),
            ("kneading", "back-upper-back", BLOCK),
            ("warm-hands", "front-palm-left", BLOCK),
        ],
        blocked_everywhere=[
            "flushing",
            "calf-kneading",
            "thigh-fanning",
            "leg-effleurage-self",
            "kneading",
            "warm-hands",
        ],
    ),
    Case(
        "acute-injury",
        regions=("back-calf-left",),
        blocked=["back-calf-left"],
        techniques=[("kneading", "back-calf-left", BLOCK), ("kneading", "back-calf-right", None)],
    ),
    Case(
        "skin-damage",
        regions=("front-forearm-right", "front-shin"),  # a part without a side: both shins
        blocked=["front-forearm-right", "front-shin-left", "front-shin-right"],
        techniques=[
            ("arm-effleurage", "front-forearm-right", BLOCK),
            ("arm-effleurage", "front-forearm-left", None),
            ("leg-effleurage-self", "front-shin-left", BLOCK),
            ("leg-effleurage-self", "front-foot-left", None),
        ],
    ),
    # The knee guide: avoid massage with severe osteoporosis; the app asks a doctor's word first.
    Case("severe-osteoporosis", blocked=ALL, blocked_everywhere=["leg-effleurage-self"]),
    Case(
        "severe-osteoporosis",
        cleared=True,
        caution=ALL,
        caution_except=ALL_LIGHT_PARTS,
        techniques=[
            ("pummelling", "front-thigh-left", BLOCK),
            ("cupping", "front-biceps-right", BLOCK),
            ("tapping", "back-forearm-left", BLOCK),
            ("kneading-thighs-calves", "front-thigh-left", CAUTION),  # firm
            ("knuckling", "back-lower-back", CAUTION),  # moderate
            ("kneading", "front-face", None),  # light on the face
            ("kneading", "back-calf-right", CAUTION),  # firm on the lower leg
            ("leg-effleurage-self", "front-shin-left", None),
        ],
        blocked_everywhere=PERCUSSION,
    ),
    Case("bleeding-disorder", blocked=ALL, blocked_everywhere=["leg-effleurage-self", "warm-oil"]),
    Case(
        "bleeding-disorder",
        cleared=True,
        caution=ALL,
        caution_except=ALL_LIGHT_PARTS,
        techniques=[
            ("tapping", "front-shoulder-left", BLOCK),
            ("finger-thumb-rotations", "front-jaw-left", CAUTION),
            ("temple-rub", "front-temple-left", None),
        ],
        blocked_everywhere=PERCUSSION,
    ),
    Case("fragile-skin", blocked=ALL, blocked_everywhere=["temple-rub"]),
    Case(
        "fragile-skin",
        cleared=True,
        caution=ALL,  # the stomach's kneading is blocked (it rubs), its light stroking is not
        techniques=[
            ("calf-wringing", "back-calf-left", BLOCK),  # rubs to and fro
            ("knuckling", "back-lower-back", BLOCK),
            ("foot-rub-toe-stretch", "front-foot-left", BLOCK),
            ("foot-rub-toe-stretch", "front-toes-left", CAUTION),  # only the stretch is there
            ("kneading-stomach", "front-abdomen", BLOCK),  # ends rubbing up and down
            ("temple-rub", "front-temple-right", CAUTION),
        ],
        blocked_everywhere=PERCUSSION,
    ),
    Case("high-blood-pressure", blocked=ALL, blocked_everywhere=["finger-massage"]),
    Case(
        "recent-surgery",
        regions=("front-knee-left",),
        blocked=["front-knee-left"],
        techniques=[
            ("patellar-mobilisation", "front-knee-left", BLOCK),
            ("patellar-mobilisation", "front-knee-right", None),
        ],
    ),
    Case(
        "recent-surgery",
        regions=("front-knee-left",),
        cleared=True,
        techniques=[("patellar-mobilisation", "front-knee-left", INFO)],
    ),
    Case("recent-surgery", blocked=ALL),  # nowhere named: fail safe, the whole body
    Case(
        "varicose-veins",
        caution=["back-calf", "back-ankle", "back-knee"],
        techniques=[
            ("flushing", "back-knee-left", BLOCK),
            ("calf-kneading", "back-calf-left", BLOCK),
            ("calf-wringing", "back-calf-right", BLOCK),
            ("kneading", "back-calf-left", BLOCK),
            ("calf-kneading-stripping", "back-calf-left", BLOCK),
            # Light stroking stays, with the veins named (walk 5, finding 3).
            ("leg-effleurage-partner", "back-calf-left", CAUTION),
            ("leg-effleurage-partner", "back-knee-left", None),
            ("calf-wringing", "back-ankle-left", None),
        ],
        blocked_everywhere=["flushing", "calf-kneading", "calf-kneading-stripping"],
    ),
    Case(
        "inflamed-joints",
        regions=("front-knee-left", "back-ankle"),
        caution=["front-knee-left", "back-ankle"],
        techniques=[
            ("quadriceps-kneading", "front-knee-left", BLOCK),
            ("quadriceps-kneading", "front-knee-right", None),
            ("kneading-ankles", "back-ankle-left", BLOCK),
            ("kneading-ankles", "front-ankle-left", None),
            ("kneecap-thumb-circles", "front-knee-left", CAUTION),
            ("ankle-thumbing", "back-ankle-right", CAUTION),
        ],
    ),
    Case(
        "unexplained-pain",
        regions=("back-lower-back",),
        blocked=["back-lower-back"],  # the knee guide: avoid massage, get it checked
        techniques=[
            ("knuckling", "back-lower-back", BLOCK),
            ("kneading", "back-upper-back", None),
        ],
    ),
    Case(
        "unexplained-pain",
        regions=("front-knee-left",),
        cleared=True,
        caution=["front-knee-left"],
        techniques=[
            ("patellar-mobilisation", "front-knee-left", CAUTION),
            ("patellar-mobilisation", "front-knee-right", None),
        ],
    ),
    Case("unexplained-pain", blocked=ALL),  # nowhere named: fail safe, the whole body
    Case(
        "mild-knee-pain",
        caution=["front-knee", "front-kneecap", "back-knee"],
        techniques=[
            ("finishing-strokes", "front-knee-left", CAUTION),
            ("flushing", "back-calf-left", None),
        ],
    ),
]


def _ids(catalog: Catalog, spec: list[str] | str, minus: list[str] | None = None) -> set[str]:
    chosen = set(catalog.regions) if spec == ALL else set(catalog.expand(spec))
    return chosen - set(catalog.expand(minus or []))


def _screening(catalog: Catalog, case: Case) -> Screening:
    profile = HealthProfile(
        conditions=(case.condition,),
        regions={case.condition: case.regions} if case.regions else {},
        cleared=(case.condition,) if case.cleared else (),
    )
    return Screening(catalog, profile)


def test_every_condition_is_tabled(catalog: Catalog) -> None:
    assert {case.condition for case in CASES} == set(catalog.conditions)


def _case_id(case: Case) -> str:
    where = "+".join(case.regions) or "anywhere"
    return f"{case.condition}-{where}{'-cleared' if case.cleared else ''}"


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_condition_effects(catalog: Catalog, case: Case) -> None:
    screening = _screening(catalog, case)
    states = {r: screening.region_state(r) for r in catalog.regions}
    blocked = {r for r, v in states.items() if v is not None and v.effect is BLOCK}
    caution = {r for r, v in states.items() if v is not None and v.effect is CAUTION}
    assert blocked == _ids(catalog, case.blocked)
    assert caution == _ids(catalog, case.caution, case.caution_except)
    for technique_id, region_id, effect in case.techniques:
        verdict = screening.technique_verdict(technique_id, region_id)
        assert verdict.effect is effect, (technique_id, region_id)
        if effect is not None:
            assert case.condition in verdict.conditions
            assert verdict.reasons
            assert verdict.advice
    for technique_id in case.blocked_everywhere:
        assert screening.technique_verdict(technique_id).blocked, technique_id

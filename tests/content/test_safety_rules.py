"""Safety rules the shipped content must keep, checked over every technique and region.

Each test states one rule from the expert read of the content against the guides (issue 14)
and checks it over the whole catalog, so a new technique or region cannot slip past it.
"""

from __future__ import annotations

import pytest

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Technique
from massage_desktop.domain.enums import PressureLevel, Severity, StrokePattern

LEG_AREAS = {"hip", "thigh", "knee", "lower-leg", "ankle", "foot"}
OWN_ADVICE = "Massage Desktop's own advice"


def _step_regions(catalog: Catalog, technique: Technique) -> list[list[str]]:
    """The regions each step works on, as the session plan expands them."""
    return [catalog.expand(s.regions or technique.regions) for s in technique.steps]


def _texts(technique: Technique) -> str:
    """Everything a technique tells the user, in one lower-case string."""
    parts = [technique.summary, technique.pressure.advice, *technique.preparation]
    parts += [s.instruction for s in technique.steps]
    parts += [w.text for w in technique.warnings]
    return " ".join(parts).lower()


def test_every_leg_region_carries_the_dvt_warning(catalog: Catalog) -> None:
    legs = [r for r in catalog.regions.values() if r.area in LEG_AREAS]
    assert len(legs) == 36  # 18 parts of the hips and legs, both sides
    for region in legs:
        assert "dvt" in region.contraindications, region.id


def test_every_technique_on_a_leg_shows_dvt_with_or_without_a_region(catalog: Catalog) -> None:
    checked = 0
    for technique in catalog.techniques.values():
        regions = catalog.expand(technique.regions)
        legs = [r for r in regions if catalog.regions[r].area in LEG_AREAS]
        if not legs:
            continue
        checked += 1
        # Opened from the list or search (no region) and from every leg region on the map.
        assert "dvt" in {c.id for c in catalog.warnings_for(technique)}, technique.id
        for region_id in legs:
            ids = {c.id for c in catalog.warnings_for(technique, region_id)}
            assert "dvt" in ids, (technique.id, region_id)
    # The techniques the expert read found without it are among those checked.
    for technique_id in (
        "thigh-push", "ankle-thumbing", "it-band-strokes", "patellar-mobilisation",
        "peripatellar-friction", "kneecap-heel-slide", "kneecap-thumb-circles",
        "kneecap-base-circles", "foot-rub-toe-stretch", "kneading-ankles", "finishing-strokes",
        "kneading",
    ):  # fmt: skip
        assert "dvt" in catalog.techniques[technique_id].contraindications, technique_id
    assert checked >= 25


def test_no_step_works_on_the_front_of_the_neck(catalog: Catalog) -> None:
    for technique in catalog.techniques.values():
        for index, regions in enumerate(_step_regions(catalog, technique)):
            assert "front-neck" not in regions, (technique.id, index)


def test_front_of_the_neck_has_its_own_warning(catalog: Catalog) -> None:
    region = catalog.regions["front-neck"]
    throat = catalog.contraindications["front-of-throat"]
    assert throat.id in region.contraindications
    assert throat.severity.rank <= Severity.AVOID.rank
    for word in ("windpipe", "carotid", "knead", "press"):
        assert word in throat.text, word
    assert "own-advice" in throat.sources  # shown as the box's source tag
    # Every technique listed on the front of the neck shows it there, in full.
    listed = catalog.techniques_for_region("front-neck")
    assert listed
    for technique in listed:
        assert throat in catalog.warnings_for(technique, "front-neck"), technique.id


@pytest.mark.parametrize("technique_id", ["knuckling", "lower-back-dimples"])
def test_lower_back_work_stays_beside_the_spine(catalog: Catalog, technique_id: str) -> None:
    technique = catalog.techniques[technique_id]
    instructions = " ".join(s.instruction for s in technique.steps).lower()
    assert "beside the spine" in instructions
    assert "never on its bones" in instructions
    ids = {c.id for c in catalog.warnings_for(technique)}
    assert "beside-the-spine" in ids


def test_every_technique_on_the_lower_back_shows_the_spine_warning(catalog: Catalog) -> None:
    techniques = catalog.techniques_for_region("back-lower-back")
    assert len(techniques) >= 3
    for technique in techniques:
        ids = {c.id for c in catalog.warnings_for(technique, "back-lower-back")}
        assert "beside-the-spine" in ids, technique.id


def test_stomach_massage_warns_about_meals_pregnancy_and_pain(catalog: Catalog) -> None:
    expected = {"stomach-after-meal": "heavy meal", "stomach-ask-first": "pregnant"}
    for technique in catalog.techniques_for_region("front-abdomen"):
        for with_region in (None, "front-abdomen"):
            shown = {c.id: c for c in catalog.warnings_for(technique, with_region)}
            for warning_id in expected:
                assert warning_id in shown, (technique.id, with_region, warning_id)
    for warning_id, words in expected.items():
        warning = catalog.contraindications[warning_id]
        assert words in f"{warning.title} {warning.text}".lower()
        # Generic safe practice, not from the guides: its source says whose advice it is (the
        # guide shows that as a source tag on the box; tests/ui/test_guide_html.py).
        assert "own-advice" in warning.sources
    assert "hurts" in catalog.contraindications["stomach-ask-first"].text


def test_own_advice_starts_with_the_advice_and_is_tagged_by_its_source(catalog: Catalog) -> None:
    marked = [c for c in catalog.contraindications.values() if "own-advice" in c.sources]
    assert len(marked) >= 5
    for warning in marked:
        # The provenance is the box's source tag (shown from ``sources``), not an opening
        # clause that pushed the advice itself out of sight.
        assert not warning.text.startswith(OWN_ADVICE), warning.id
        assert "not from the guides" not in warning.text, warning.id
        assert "own-advice" in catalog.guides, "the source tag names a known pseudo-guide"
    for principle in [*catalog.principles, *catalog.seek_help]:
        if "own-advice" in principle.sources:
            assert "Massage Desktop" in principle.text, principle.id
    # The app's advice is not a guide and no technique claims it as its source.
    for technique in catalog.techniques.values():
        assert "own-advice" not in technique.sources, technique.id


def test_every_foot_region_says_to_wipe_off_the_oil(catalog: Catalog) -> None:
    feet = [r for r in catalog.regions.values() if r.area == "foot"]
    assert feet
    for region in feet:
        assert "oily-feet" in region.contraindications, region.id
    assert "wipe" in (catalog.contraindications["oily-feet"].advice or "").lower()


def test_essential_oils_are_diluted_and_patch_tested(catalog: Catalog) -> None:
    warm_oil = catalog.techniques["warm-oil"]
    assert "essential" in _texts(warm_oil)
    warning = next(c for c in catalog.warnings_for(warm_oil) if c.id == "essential-oils")
    said = f"{warning.text} {warning.advice}".lower()
    for word in ("undiluted", "carrier oil", "small patch of skin"):
        assert word in said, word


def test_pressure_beyond_light_says_what_it_should_feel_like(catalog: Catalog) -> None:
    principle = next(p for p in catalog.principles if p.id == "deep-but-comfortable")
    assert "deep but comfortable" in principle.text
    for technique in catalog.techniques.values():
        pressure = technique.pressure
        if pressure.level is not PressureLevel.LIGHT:
            assert "comfortabl" in pressure.advice.lower(), technique.id
        for band in pressure.by_area:
            if band.level is not PressureLevel.LIGHT:
                assert "comfortabl" in band.advice.lower(), (technique.id, band.areas)


def test_partner_techniques_prompt_the_giver_to_ask_about_pressure(catalog: Catalog) -> None:
    partner = [t for t in catalog.techniques.values() if t.performer == "partner"]
    hands_on = [t for t in partner if t.phase != "prepare"]
    assert len(hands_on) >= 10
    for technique in hands_on:
        # In the first step that presses, so the player shows and speaks it early.
        asks = [s for s in technique.steps[:2] if "ask your partner" in s.instruction.lower()]
        assert asks, technique.id
        assert "pressure" in asks[0].instruction, technique.id
    for routine in catalog.routines.values():
        if routine.performer == "partner":
            techniques = [catalog.techniques[i.technique] for i in routine.items]
            assert any(t in hands_on for t in techniques), routine.id


def test_oil_advice_for_stroking_and_kneading(catalog: Catalog) -> None:
    oil = next(p for p in catalog.principles if p.id == "how-much-oil")
    assert "little or no oil" in oil.text
    assert "for kneading" in oil.text.lower()
    assert "own advice" in oil.text  # the kneading part is not from the guides
    for technique in catalog.techniques.values():
        kneads = technique.id == "kneading" or technique.variant_of == "kneading"
        strokes = technique.phase in ("warm_up", "finish") and any(
            s.stroke is not None and s.stroke.pattern is StrokePattern.GLIDE
            for s in technique.steps
        )
        preparation = " ".join(technique.preparation).lower()
        if kneads:
            assert "little or no oil" in preparation, technique.id
        elif strokes:
            assert "oil" in preparation, technique.id

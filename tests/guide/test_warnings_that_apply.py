"""The guide's warnings: a place's only where they apply, this person's first, conditions calm.

Walk 5, finding 12: a thigh's card opened with a red "⚠ Do not massage: Deep vein thrombosis"
box for someone without DVT, the shoulder showed the stomach's "not straight after a heavy
meal", and the same warning had two headings ("Do not massage:" and "Do not massage if you
have:"). Nothing may be dropped on the way: every contraindication that applies is still on
the card.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.screening import Screening
from massage_desktop.ui.core_text import severity_label
from massage_desktop.ui.guide.panel import GuidePanel
from massage_desktop.ui.guide.warning_boxes import if_you_have

SHOULDER = "back-shoulder-right"
THIGH = "front-inner-thigh-right"
CALF = "back-calf-left"


def _panel(qtbot: QtBot, catalog: Catalog) -> GuidePanel:
    panel = GuidePanel(catalog)
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    return panel


def _card(panel: GuidePanel, region: str, technique: str) -> str:
    panel.show_region(region)
    panel.show_technique(technique)
    return panel.column.detail.plain_text()


def test_the_stomach_warnings_are_not_on_the_shoulder(qtbot: QtBot, catalog: Catalog) -> None:
    panel = _panel(qtbot, catalog)
    meal = catalog.contraindications["stomach-after-meal"].title
    pregnancy = catalog.contraindications["stomach-ask-first"].title
    shoulder = _card(panel, SHOULDER, "stroking")
    assert meal not in shoulder
    assert pregnancy not in shoulder
    assert catalog.contraindications["dvt"].title in shoulder, "a warning about no place stays"
    # On the stomach itself both are there.
    stomach = _card(panel, "front-abdomen", "stroking")
    assert meal in stomach
    assert pregnancy in stomach


def test_every_warning_that_applies_to_a_region_is_on_its_card(
    qtbot: QtBot, catalog: Catalog
) -> None:
    """Never dropped: worked out from the data, not from the code under test."""
    panel = _panel(qtbot, catalog)
    checked = 0
    for region_id in (SHOULDER, THIGH, CALF, "front-abdomen", "front-knee-left", "front-neck"):
        region = catalog.regions[region_id]
        for technique in catalog.techniques_for_region(region_id):
            card = _card(panel, region_id, technique.id)
            expected = list(region.contraindications) + [
                c
                for c in technique.contraindications
                if not catalog.contraindications[c].regions
                or region_id in catalog.expand(catalog.contraindications[c].regions)
            ]
            for warning_id in expected:
                title = catalog.contraindications[warning_id].title
                assert card.count(title) == 1, (region_id, technique.id, warning_id)
            checked += 1
    assert checked >= 15


def test_conditions_are_one_calm_box_under_the_warnings_that_apply(
    qtbot: QtBot, catalog: Catalog
) -> None:
    panel = _panel(qtbot, catalog)
    card = _card(panel, THIGH, "kneading")
    dvt = catalog.contraindications["dvt"]
    joints = catalog.contraindications["inflamed-joints"]
    # No red "Do not massage:" box opens the card of someone without DVT: DVT is a line of
    # the conditions box, with its advice, under one heading.
    assert f"⚠ {severity_label(dvt.severity)}" not in card
    assert card.count(if_you_have(dvt.severity)) == 1
    assert f"{dvt.title} – {dvt.advice}" in " ".join(card.split())
    assert f"{joints.title} – " in card
    assert card.index(if_you_have(dvt.severity)) < card.index(joints.title)
    warnings = panel.column.detail.warnings.text()
    assert warnings.count("<table") == 1, "one box, not one a condition"
    assert "Why? See Safety" in card


def test_this_persons_condition_comes_first_and_whole(qtbot: QtBot, catalog: Catalog) -> None:
    panel = _panel(qtbot, catalog)
    # Cleared by a doctor: the guide's caution (light pressure only) instead of a block.
    cleared = HealthProfile(conditions=("severe-osteoporosis",), cleared=("severe-osteoporosis",))
    panel.set_screening(Screening(catalog, cleared))
    bones = catalog.contraindications["severe-osteoporosis"]
    others = catalog.contraindications["dvt"].title  # a line of the conditions box
    checked = boxed = 0
    for region_id in ("back-lower-back", "back-upper-back", THIGH):
        for technique in catalog.techniques_for_region(region_id):
            if "severe-osteoporosis" not in technique.contraindications:
                continue
            card = " ".join(_card(panel, region_id, technique.id).split())
            if "(your health profile)" not in card or "Not for you" in card:
                continue
            # Whole (its text and advice, not only its name), under the profile's caution
            # and above the conditions box of everyone else's conditions.
            assert f"{bones.title}. {bones.text}" in card, (region_id, technique.id)
            assert card.index("(your health profile)") < card.index(bones.title)
            if others in card:
                assert card.index(bones.title) < card.index(others), (region_id, technique.id)
                assert card.count(bones.title) == 1, "not listed again in the box"
                boxed += 1
            checked += 1
    assert checked >= 2
    assert boxed >= 1


def test_a_condition_has_one_heading_on_every_card(qtbot: QtBot, catalog: Catalog) -> None:
    panel = _panel(qtbot, catalog)
    for region_id in catalog.regions:
        for technique in catalog.techniques_for_region(region_id)[:2]:
            card = _card(panel, region_id, technique.id)
            assert "Do not massage:" not in card, (region_id, technique.id)

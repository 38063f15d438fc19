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
from massage_desktop.ui.guide.panel import GuidePanel

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

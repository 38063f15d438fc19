"""Each warning is shown once on the guide: in full on the card, the guide below points to it."""

from __future__ import annotations

import re

from pytestqt.qtbot import QtBot
from tests.guide_parts import guide_view

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Severity
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.screening import Screening
from massage_desktop.ui.core_text import severity_label
from massage_desktop.ui.guide.panel import GuidePanel

SEE_ABOVE = "See the warnings above before you start."
CASES = [
    ("back-calf-left", "flushing"),
    ("front-knee-left", None),
    ("front-abdomen", "kneading-stomach"),
    ("front-neck", None),
    ("back-lower-back", None),
]


def _panel(qtbot: QtBot, catalog: Catalog) -> GuidePanel:
    panel = GuidePanel(catalog)
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    return panel


def _cases(catalog: Catalog) -> list[tuple[str, str]]:
    return [
        (region, technique or catalog.techniques_for_region(region)[0].id)
        for region, technique in CASES
    ]


def test_every_warning_is_on_the_card_once_and_not_repeated_below(
    qtbot: QtBot, catalog: Catalog
) -> None:
    panel = _panel(qtbot, catalog)
    for region, technique_id in _cases(catalog):
        panel.show_region(region)
        panel.show_technique(technique_id)
        technique = catalog.techniques[technique_id]
        card = panel.column.detail.plain_text()
        below = guide_view(panel).toPlainText()
        warnings = catalog.warnings_for(technique, region)
        assert warnings, (region, technique_id)
        for warning in warnings:
            # Never dropped: each contraindication is on the region's guide, on the card.
            assert card.count(warning.title) == 1, (region, technique_id, warning.id)
            assert warning.title not in below, (region, technique_id, warning.id)
        for own in technique.warnings:
            assert card.count(own.text) == 1, (region, technique_id)
            assert own.text not in below
        assert SEE_ABOVE in below
        assert below.index(SEE_ABOVE) < below.index("Steps"), "the pointer sits above the steps"
        assert panel.guide_text().startswith(card)


def test_the_strongest_warning_comes_first(qtbot: QtBot, catalog: Catalog) -> None:
    """Boxes about this place or move strongest first; the conditions box after them all."""
    panel = _panel(qtbot, catalog)
    labels = {severity: f"⚠ {severity_label(severity)}" for severity in Severity}
    boxed = 0
    for region, technique_id in _cases(catalog):
        panel.show_region(region)
        panel.show_technique(technique_id)
        card = panel.column.detail.plain_text()
        # The box headings in the order shown: "⚠ Avoid this area…:" or "⚠ Light pressure…".
        found = [
            (match.start(), severity)
            for severity, label in labels.items()
            for match in re.finditer(re.escape(label), card)
        ]
        ranks = [severity.rank for _where, severity in sorted(found, key=lambda f: f[0])]
        assert ranks == sorted(ranks), (region, technique_id, card)
        boxed += bool(found)
        if "Why? See Safety" in card:
            calm = card.index("•")  # the conditions box lists its conditions so
            assert all(where < calm for where, _severity in found), (region, technique_id)
    assert boxed >= 3


def test_a_condition_in_the_profile_is_not_listed_again(qtbot: QtBot, catalog: Catalog) -> None:
    panel = _panel(qtbot, catalog)
    panel.set_screening(Screening(catalog, HealthProfile(conditions=("dvt",))))
    panel.show_region("front-knee-left")
    panel.show_technique(catalog.techniques_for_region("front-knee-left")[0].id)
    card = panel.column.detail.plain_text()
    assert "Not for you right now" in card
    assert card.count("Get medical care now") == 1
    assert catalog.contraindications["dvt"].title not in card, "the verdict says it already"
    below = guide_view(panel).toPlainText()
    assert "Not for you right now" not in below
    assert SEE_ABOVE in below

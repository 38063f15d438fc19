"""The guide names the person's own located condition where it applies, elsewhere calmly.

Walk 5, finding 2 (still there in walk 6): with a fresh injury at the LEFT knee, the right hip's
IT-band strokes said "Do not massage if you have: • Fresh injury or inflammation – Leave the
area alone…" above an enabled Start: to a person with that very condition, the app seemed to
contradict itself.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.screening import Screening
from massage_desktop.ui.guide.panel import GuidePanel

INJURED_LEFT_KNEE = HealthProfile(
    conditions=("acute-injury",), regions={"acute-injury": ("front-knee-left",)}
)


def _card(qtbot: QtBot, catalog: Catalog, profile: HealthProfile, region: str, tid: str) -> str:
    panel = GuidePanel(catalog)
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.set_screening(Screening(catalog, profile))
    panel.show_region(region)
    panel.show_technique(tid)
    return " ".join(panel.column.detail.plain_text().split())


def test_the_right_hip_says_the_injury_is_at_the_left_knee(qtbot: QtBot, catalog: Catalog) -> None:
    injury = catalog.contraindications["acute-injury"]
    card = _card(qtbot, catalog, INJURED_LEFT_KNEE, "front-hip-right", "it-band-strokes")
    assert f"In your health profile, not here: • {injury.title} (Left knee)" in card, card
    assert f"• {injury.title} – " not in card
    assert card.count(injury.title) == 1
    # A blood clot can go unnoticed, and the hip names it on every leg step: it stays whole.
    dvt = catalog.contraindications["dvt"]
    assert f"Do not massage if you have: • {dvt.title} – {dvt.advice}" in card
    # An operation the person did not tick is named, not listed as if it applied (walk 5, #3).
    surgery = catalog.contraindications["after-surgery"]
    assert f"Not ticked in your health profile: {surgery.title}." in card
    assert "Ask a professional first if you have" not in card


def test_the_left_knee_itself_is_ruled_out_by_name(qtbot: QtBot, catalog: Catalog) -> None:
    card = _card(qtbot, catalog, INJURED_LEFT_KNEE, "front-knee-left", "patellar-mobilisation")
    assert "Not on your left knee: fresh injury or inflammation." in card
    assert "not here" not in card


def test_without_a_place_named_the_injury_is_listed_as_before(
    qtbot: QtBot, catalog: Catalog
) -> None:
    """Named nowhere, an injury applies everywhere (fail safe): never "not here"."""
    nowhere = HealthProfile(conditions=("acute-injury",))
    card = _card(qtbot, catalog, nowhere, "front-hip-right", "it-band-strokes")
    assert "not here" not in card

"""The guide shows each technique once, and its link looks like the app (walk 6, finding 12).

Right front of the hip showed "Gentle IT-band strokes" three times: its card, a list holding
that one card, and the full guide under the same name and summary. "Why? See Safety" was the
system's blue, underlined web link.
"""

from __future__ import annotations

from tests.guide_parts import guide_view, techniques_list

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.design.tokens import colours
from massage_desktop.ui.main_window import MainWindow


def test_a_region_with_one_technique_shows_it_once(window: MainWindow, catalog: Catalog) -> None:
    window.select_region("front-hip-right")
    guide = window.guide
    technique = catalog.techniques[guide.technique() or ""]
    assert [t.id for t in catalog.techniques_for_region("front-hip-right")] == [technique.id]
    assert guide.column.detail.isVisible()
    assert not techniques_list(guide).isVisible(), "no list of the one card shown above it"
    below = guide_view(guide).toPlainText()
    assert technique.name not in below, "the full guide follows its card, unnamed"
    assert technique.summary not in below
    text = guide.guide_text()
    assert text.count(technique.summary) == 1
    for step in technique.steps:
        assert step.instruction in below, "every step in full, once"


def test_a_region_with_several_techniques_keeps_its_cards_and_names_the_guide(
    window: MainWindow, catalog: Catalog
) -> None:
    window.select_region("front-knee-right")
    guide = window.guide
    cards = techniques_list(guide)
    assert cards.count() > 1
    assert cards.isVisible(), "the cards to choose from"
    technique = catalog.techniques[guide.technique() or ""]
    # The cards stand between the chosen card and its guide: the guide says whose it is.
    assert technique.name in guide_view(guide).toPlainText()


def test_why_see_safety_is_in_the_app_accent_without_an_underline(window: MainWindow) -> None:
    window.select_region("front-hip-right")
    card = window.guide.column.detail
    html = card.warnings.text()
    assert "Why? See Safety" in html
    accent = colours("light").accent
    assert f"color:{accent}" in html.replace(" ", ""), "the accent of the app's buttons"
    assert "#0000ff" not in html.lower()
    assert "text-decoration:none" in html.replace(" ", "")


def test_the_card_says_which_part_of_the_session_in_plain_words(window: MainWindow) -> None:
    """A bare "Main" and the grey "iliotibial band" headed the card (walk 6, finding 12)."""
    window.select_region("front-hip-right")
    meta = window.guide.column.detail.meta.text()
    assert meta.startswith("Main part · "), meta
    assert "iliotibial" not in meta


def test_a_region_with_one_routine_shows_it_once(window: MainWindow, catalog: Catalog) -> None:
    window.select_region("front-hip-right")
    routine = catalog.routines_for_region("front-hip-right")
    assert len(routine) == 1
    window.guide.show_routine(routine[0].id)
    guide = window.guide
    assert not guide.column.routines.isVisible(), "no list of the one card shown above it"
    text = guide.guide_text()
    assert text.count(routine[0].name) == 1, "named once, on its card"
    assert guide_view(guide).toPlainText().strip(), "the page with its techniques follows"

"""A routine card's line reads as plain words (walk 9, P3-l, P2-e).

An own routine's line began lowercase ("yours · 4 min"), and the German partner routine was
"Beinmassage mit Partner" over "Für eine andere Person": one person, two words.
"""

from __future__ import annotations

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.guide.cards import SEPARATOR
from massage_desktop.ui.guide.lists import routine_card_text


def test_an_own_routines_line_begins_with_a_capital(catalog: Catalog) -> None:
    routine = catalog.routines["knee-care"]
    line = routine_card_text(catalog, routine, own=True).split(SEPARATOR, 1)[1]
    assert line.startswith("Your routine · "), line


def test_the_german_partner_card_calls_the_partner_a_partner(
    german_catalog: Catalog, german: None
) -> None:
    card = routine_card_text(german_catalog, german_catalog.routines["partner-leg"])
    assert card.startswith("Beinmassage mit Partner")
    assert "Für einen Partner" in card, card
    assert "andere Person" not in card


def test_latin_muscle_names_stay_in_the_how_to_not_under_the_name(
    catalog: Catalog, german_catalog: Catalog
) -> None:
    # "Calf kneading and deep strokes · gastrocnemius and soleus" under the name read as
    # jargon (walk 9, P3-e); the how-to names the muscle plainly, the Latin in brackets.
    for shown, latin in ((catalog, "(gastrocnemius)"), (german_catalog, "(Gastrocnemius)")):
        calf = shown.techniques["calf-kneading-stripping"]
        assert not calf.term
        assert latin in calf.steps[0].instruction
    for shown, latin in ((catalog, "(trapezius)"), (german_catalog, "(Trapezmuskel)")):
        shoulder = shown.techniques["shoulder-grab-release"]
        assert not shoulder.term
        assert latin in " ".join(shoulder.steps[0].instruction.split())

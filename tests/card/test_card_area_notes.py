"""A step's sentence about some areas only is printed where the step works there (walk 6, #24).

Kneading in a thigh routine printed "For small parts like the jaw, the hands or the feet, use
your fingers and thumb instead." on the card and in the player.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPalette
from tests.card.conftest import pdf_pages

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.routines import Routine
from massage_desktop.engine.card import routine_card
from massage_desktop.engine.plan import build_plan
from massage_desktop.ui.card.document import Paper
from massage_desktop.ui.card.figure import CardFigure
from massage_desktop.ui.card.output import write_pdf
from massage_desktop.ui.guide.colours import guide_colours
from massage_desktop.ui.guide.html import technique_html

SMALL_PARTS = "For small parts like the jaw, the hands or the feet"


def test_the_arms_kneading_of_the_tour_says_nothing_of_jaws(
    catalog: Catalog, figure: CardFigure, tmp_path: Path
) -> None:
    card = routine_card(catalog, catalog.routines["self-massage-tour"])
    assert any(step.technique_id == "kneading" for step in card.steps)
    target = tmp_path / "tour.pdf"
    write_pdf(target, catalog, card, figure, Paper.A4)
    text = " ".join(words for _, _, words in pdf_pages(target))
    assert SMALL_PARTS not in text
    assert "Squeeze, roll, then ease your grip." in text


def _kneading_on(region: str) -> Routine:
    """A routine of one's own, as the walk's "My thighs": kneading on one place."""
    return Routine.model_validate(
        {
            "id": "mine",
            "name": "Mine",
            "summary": "Kneading.",
            "performer": "self",
            "items": [{"technique": "kneading", "regions": [region]}],
            "sources": ["kneading"],
        }
    )


def test_the_note_is_said_where_it_fits_and_the_whole_guide_keeps_it(catalog: Catalog) -> None:
    kneading = catalog.techniques["kneading"]
    on = {"front-inner-thigh": False, "front-jaw": True, "back-hand": True, "back-sole": True}
    for region, said in on.items():
        plan = build_plan(catalog, _kneading_on(region))
        first = next(e for e in plan.entries if e.step_index == 0)
        assert (SMALL_PARTS in first.instruction) is said, region
    html = technique_html(catalog, kneading, None, guide_colours(QPalette()))
    assert SMALL_PARTS in html


def test_the_german_note_is_translated(german_catalog: Catalog) -> None:
    plan = build_plan(german_catalog, _kneading_on("front-jaw"))
    first = next(e for e in plan.entries if e.step_index == 0)
    assert "Für kleine Stellen wie Kiefer, Hände oder Füße" in first.instruction

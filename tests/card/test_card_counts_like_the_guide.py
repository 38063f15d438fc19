"""The printed card counts a routine as the guide's card does: one count, in one unit.

Found by fresh users: the card's header said "13 steps (8 techniques)" for the partner leg
massage, which the guide's card counts "24 parts (13 steps, 11 of them on each side)" and the player
"Part 14 of 24"; with a health profile it said "13 steps, 5 left out" beside the guide's
"24 parts, 10 left out".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.card.conftest import pdf_pages

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.card import routine_card
from massage_desktop.engine.screening import Screening
from massage_desktop.ui.card.document import Paper
from massage_desktop.ui.card.figure import CardFigure
from massage_desktop.ui.card.output import write_pdf
from massage_desktop.ui.guide.cards import SEPARATOR
from massage_desktop.ui.guide.gate import StartGate
from massage_desktop.ui.guide.lists import routine_card_text


def _guide_count(card_text: str) -> str:
    """The count on a guide card's line: "24 parts (13 steps, 11 of them on each side)"."""
    details = card_text.split(SEPARATOR, 1)[1].split(" · ")
    (count,) = [d for d in details if " steps" in d or " parts" in d]
    return count


def _first_page(tmp_path: Path, catalog: Catalog, figure: CardFigure, card: object) -> str:
    target = tmp_path / "card.pdf"
    write_pdf(target, catalog, card, figure, Paper.A4)  # type: ignore[arg-type]
    return pdf_pages(target)[0][2]


@pytest.mark.parametrize(
    ("routine_id", "count"),
    [("partner-leg", "24 parts (13 steps, 11 of them on each side)"), ("knee-care", "16 steps")],
)
def test_the_card_counts_in_the_guides_unit(
    catalog: Catalog, figure: CardFigure, tmp_path: Path, routine_id: str, count: str
) -> None:
    routine = catalog.routines[routine_id]
    assert _guide_count(routine_card_text(catalog, routine)) == count
    page = _first_page(tmp_path, catalog, figure, routine_card(catalog, routine))
    assert count in page
    assert "techniques)" not in page


def test_a_screened_card_counts_what_is_left_out_as_the_guide_does(
    catalog: Catalog, figure: CardFigure, tmp_path: Path
) -> None:
    screening = Screening(catalog, HealthProfile(conditions=("varicose-veins",)))
    gate = StartGate(catalog)
    gate.screening = screening
    routine = catalog.routines["partner-leg"]
    guide = _guide_count(routine_card_text(catalog, routine, gate.routine(routine.id, None)))
    assert guide == "24 parts (13 steps, 11 of them on each side), 10 parts left out"
    page = _first_page(tmp_path, catalog, figure, routine_card(catalog, routine, screening))
    assert guide in page
    # Said once: the screening line points to the marked steps instead of counting again.
    assert "steps, 5 left out" not in page
    assert "Checked against the health profile: what it leaves out is marked below." in page

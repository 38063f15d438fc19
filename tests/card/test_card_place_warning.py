"""A place's warning on the technique being done says where not to press (walk 6, finding 13).

"⚠ Avoid this area or technique: Beside the spine, never on it" read as "avoid this technique"
on the very technique being printed.
"""

from __future__ import annotations

from pathlib import Path

from tests.card.conftest import pdf_pages

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.card import routine_card
from massage_desktop.ui.card.document import Paper
from massage_desktop.ui.card.figure import CardFigure
from massage_desktop.ui.card.output import write_pdf

AVOID = "Avoid this area or technique"
WHERE = "Where not to press: Never on the spine itself; press beside it"
FACT = "Never press, knead or roll on the bones of the spine itself."


def test_the_printed_card_says_where_not_to_press(
    catalog: Catalog, figure: CardFigure, tmp_path: Path
) -> None:
    card = routine_card(catalog, catalog.routines["self-massage-tour"])
    target = tmp_path / "tour.pdf"
    write_pdf(target, catalog, card, figure, Paper.A4)
    text = " ".join(words for _, _, words in pdf_pages(target))
    assert WHERE in text
    assert FACT in text
    assert f"{AVOID}:" not in text

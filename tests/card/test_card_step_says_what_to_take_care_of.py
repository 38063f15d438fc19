"""Each step of the printed card says what to take care of, as the player's strip does.

Every step showed a bare "⚠ Take care" line; what to take care of was only in the boxes on
page 3 or 4, "Warnings for these steps" (walks 15-16). Each warning is still printed there
in full.
"""

from __future__ import annotations

from pathlib import Path

from tests.card.conftest import pdf_pages

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Severity
from massage_desktop.engine.card import routine_card
from massage_desktop.ui.card.document import Paper
from massage_desktop.ui.card.figure import CardFigure
from massage_desktop.ui.card.output import write_pdf
from massage_desktop.ui.guide.warning_boxes import place_label

OIL = "When you pour massage oil into your hand, do not let it drip onto your partner."


def _text(catalog: Catalog, figure: CardFigure, folder: Path, routine_id: str) -> str:
    card = routine_card(catalog, catalog.routines[routine_id])
    target = folder / f"{routine_id}.pdf"
    write_pdf(target, catalog, card, figure, Paper.A4)
    return " ".join(words for _, _, words in pdf_pages(target))


def test_a_step_says_what_to_take_care_of(
    catalog: Catalog, figure: CardFigure, tmp_path: Path
) -> None:
    text = _text(catalog, figure, tmp_path, "partner-knee-thigh")
    steps, _, boxes = text.partition("Warnings for these steps")
    assert (
        "⚠ Take care: Keep oil from dripping. Dilute essential oils and test them first." in steps
    )
    # No bare label left on any step.
    assert "⚠ Take care " not in steps.replace("⚠ Take care:", "")
    # The whole warning is still printed after the steps.
    assert OIL in boxes


def test_every_step_of_the_tour_names_its_caution(
    catalog: Catalog, figure: CardFigure, tmp_path: Path
) -> None:
    steps = _text(catalog, figure, tmp_path, "self-massage-tour").partition(
        "Warnings for these steps"
    )[0]
    assert "⚠ Take care: Not straight after a heavy meal." in steps
    assert "⚠ Take care: Wipe oily feet before standing up." in steps
    assert "⚠ Light pressure only: The nutcracker works very close to the spine." in steps
    for bare in ("⚠ Take care ", "⚠ Light pressure only "):
        assert bare not in steps, bare


def test_the_german_card_says_it_in_german(
    german_catalog: Catalog, figure: CardFigure, tmp_path: Path, german: None
) -> None:
    steps = _text(german_catalog, figure, tmp_path, "partner-knee-thigh").partition(
        "Warnhinweise zu diesen Schritten"
    )[0]
    title = german_catalog.contraindications["oil-drips"].title
    assert f"⚠ {place_label(Severity.TAKE_CARE)}: {title}" in steps
    assert "Take care" not in steps

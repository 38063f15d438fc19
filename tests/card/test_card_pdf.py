"""Routine cards as PDF: every built-in routine on A4 and Letter, read back with Qt PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.card.conftest import pdf_pages

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.card import routine_card
from massage_desktop.engine.screening import Screening
from massage_desktop.resources import data_dir
from massage_desktop.ui.card.document import MARGIN, CardDocument, Paper
from massage_desktop.ui.card.figure import CardFigure
from massage_desktop.ui.card.output import CardWriteError, render_page, write_pdf
from massage_desktop.ui.card.typeset import Typesetter
from massage_desktop.ui.guide.html import stop_rule

ROUTINES = sorted(p.stem for p in (data_dir() / "routines").glob("*.yaml"))
SIZES = {Paper.A4: (595, 842), Paper.LETTER: (612, 792)}


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("paper", list(Paper))
@pytest.mark.parametrize("routine_id", ROUTINES)
def test_card_pdf_has_the_routine_its_steps_and_the_stop_rule_on_every_page(
    catalog: Catalog, figure: CardFigure, tmp_path: Path, routine_id: str, paper: Paper
) -> None:
    card = routine_card(catalog, catalog.routines[routine_id])
    target = tmp_path / f"{routine_id}.pdf"
    count = write_pdf(target, catalog, card, figure, paper)
    pages = pdf_pages(target)
    assert len(pages) == count >= 1
    assert all(round(w) == SIZES[paper][0] and round(h) == SIZES[paper][1] for w, h, _ in pages)
    text = " ".join(words for _, _, words in pages)
    assert _words(card.routine.name) in pages[0][2]
    for step in card.steps:
        assert _words(step.technique_name) in text, step.technique_name
    for number, (_, _, words) in enumerate(pages, start=1):
        assert _words(stop_rule()) in words, f"page {number}"
        assert f"Page {number} of {count}" in words


def test_a_long_routine_takes_several_pages_and_no_step_is_split(
    catalog: Catalog, figure: CardFigure, qapp: object
) -> None:
    card = routine_card(catalog, catalog.routines["self-massage-tour"])
    image = render_page(catalog, card, figure, Paper.A4, dpi=30)
    document = CardDocument(catalog, card, figure, Paper.A4, Typesetter(image))
    assert document.page_count > 1
    bottom = Paper.A4.points.height() - MARGIN
    for page in document.pages:
        # Every block (a step, a warning box) lies whole on its page, above the stop rule.
        assert all(top >= MARGIN and top + block.height <= bottom for block, top in page)
    blocks = [block for page in document.pages for block, _ in page]
    # The top (title and figure), the steps heading, one block per step, then the warnings.
    assert len(blocks) >= 2 + len(card.steps)


def test_a_screened_card_marks_left_out_steps_and_says_why(
    catalog: Catalog, figure: CardFigure, tmp_path: Path
) -> None:
    profile = HealthProfile(conditions=("varicose-veins",))
    card = routine_card(catalog, catalog.routines["partner-leg"], Screening(catalog, profile))
    target = tmp_path / "screened.pdf"
    write_pdf(target, catalog, card, figure, Paper.A4)
    text = " ".join(words for _, _, words in pdf_pages(target))
    # Counted as the guide and the player count (walk 7, finding 4): 5 marked steps, each
    # left out or kept to one side.
    assert (card.count.left_out, card.count.one_sided) == (5, 0)
    # Counted once, as the guide's card counts it (each side a part); not again in steps.
    assert "24 parts (13 steps, 11 of them on each side), 10 parts left out" in text
    assert "Checked against the health profile: what it leaves out is marked below." in text
    # Each step left out is marked; the reason is given in full once, then pointed to.
    assert text.count("Left out by the health profile") == card.left_out == 5
    first: dict[str, int] = {}
    for step in (s for s in card.steps if s.blocked):
        reason = step.blocked_reason or ""
        if reason in first:
            assert f"Left out by the health profile (see step {first[reason]})." in text
        first.setdefault(reason, step.number)
    assert len(first) == 2  # flushing itself, and firm work on the calves
    assert all(text.count(_words(reason)) == 1 for reason in first)


def test_an_unscreened_card_says_so(catalog: Catalog, figure: CardFigure, tmp_path: Path) -> None:
    card = routine_card(catalog, catalog.routines["stomach-kneading"])
    write_pdf(tmp_path / "card.pdf", catalog, card, figure, Paper.LETTER)
    assert "No health profile is filled in" in pdf_pages(tmp_path / "card.pdf")[0][2]


def test_a_card_cannot_be_written_into_a_missing_folder(
    catalog: Catalog, figure: CardFigure, tmp_path: Path
) -> None:
    card = routine_card(catalog, catalog.routines["knee-care"])
    with pytest.raises(CardWriteError, match="cannot be written"):
        write_pdf(tmp_path / "missing" / "card.pdf", catalog, card, figure, Paper.A4)


def test_the_preview_image_is_the_page_at_the_given_resolution(
    catalog: Catalog, figure: CardFigure
) -> None:
    card = routine_card(catalog, catalog.routines["knee-care"])
    image = render_page(catalog, card, figure, Paper.A4, dpi=72)
    assert (image.width(), image.height()) == (595, 842)
    # Something is drawn: the figure's skin and the accent of the step numbers, on white.
    colours = {image.pixelColor(x, y).name() for x in range(0, 595, 7) for y in range(0, 842, 7)}
    assert "#ffffff" in colours
    assert len(colours) > 20


def _red_in_figure(catalog: Catalog, figure: CardFigure, profile: HealthProfile | None) -> int:
    screening = Screening(catalog, profile) if profile else None
    card = routine_card(catalog, catalog.routines["partner-leg"], screening)
    image = render_page(catalog, card, figure, Paper.A4, dpi=72)
    red = 0
    for x in range(40, 300):  # the figure's area on page 1, in points
        for y in range(80, 380, 2):
            colour = image.pixelColor(x, y)
            red += colour.red() > 150 and colour.green() < 110 and colour.blue() < 110
    return red


def test_parts_left_out_are_hatched_red_on_the_figure(catalog: Catalog, figure: CardFigure) -> None:
    injured = HealthProfile(
        conditions=("acute-injury",), regions={"acute-injury": ("back-calf-left",)}
    )
    assert _red_in_figure(catalog, figure, None) == 0
    assert _red_in_figure(catalog, figure, injured) > 50


@pytest.mark.usefixtures("german")
def test_a_card_write_failure_is_explained_in_german(
    catalog: Catalog, figure: CardFigure, tmp_path: Path
) -> None:
    card = routine_card(catalog, catalog.routines["knee-care"])
    with pytest.raises(CardWriteError) as caught:
        write_pdf(tmp_path / "missing" / "card.pdf", catalog, card, figure, Paper.A4)
    assert str(caught.value).endswith("card.pdf kann nicht geschrieben werden (nicht gefunden)")


def test_a_condition_is_headed_as_on_the_screen(
    catalog: Catalog, figure: CardFigure, tmp_path: Path
) -> None:
    """One heading a condition everywhere: "Avoid this area or technique if you have:".

    The card headed painful joints "Avoid this area or technique", the guide "…if you have:".
    """
    card = routine_card(catalog, catalog.routines["arms-kneading"])
    target = tmp_path / "arms.pdf"
    write_pdf(target, catalog, card, figure, Paper.A4)
    text = " ".join(words for _, _, words in pdf_pages(target))
    joints = catalog.contraindications["inflamed-joints"].title
    assert _words(f"Avoid this area or technique if you have: {joints}") in text
    assert _words(f"Avoid this area or technique {joints}") not in text

"""A German card: German content and German interface words, the stop rule on every page."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.card.conftest import pdf_pages

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.card import routine_card
from massage_desktop.ui.card.document import Paper
from massage_desktop.ui.card.figure import CardFigure
from massage_desktop.ui.card.output import write_pdf


@pytest.mark.usefixtures("german")
def test_german_card(german_catalog: Catalog, svg: bytes, tmp_path: Path) -> None:
    figure = CardFigure(german_catalog, svg)  # its legend in German: VORNE, HINTEN
    card = routine_card(german_catalog, german_catalog.routines["knee-care"])
    target = tmp_path / "knie.pdf"
    count = write_pdf(target, german_catalog, card, figure, Paper.A4)
    pages = pdf_pages(target)
    assert len(pages) == count
    assert "Kniepflege" in pages[0][2]
    text = " ".join(words for _, _, words in pages)
    for step in card.steps:
        assert " ".join(step.technique_name.split()) in text
    for number, (_, _, words) in enumerate(pages, start=1):
        assert "Bei stechenden Schmerzen, Taubheit oder Kribbeln sofort aufhören." in words
        assert f"Seite {number} von {count}" in words
    assert "Schritte" in text
    assert "Gesamtdauer" in pages[0][2]
    assert "VORNE" in pages[0][2]
    for english in ("Steps", "Pressure", "Page 1", "No health profile"):
        assert english not in text

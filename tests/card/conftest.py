"""Fixtures for the routine card: the figure (measured once) and a PDF reader helper."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtWidgets import QApplication

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.card.figure import CardFigure


@pytest.fixture(scope="session")
def figure(qapp: QApplication, catalog: Catalog, svg: bytes) -> CardFigure:
    """The card's figure for the English catalog (the outlines do not depend on language)."""
    return CardFigure(catalog, svg)


def pdf_pages(path: Path) -> list[tuple[float, float, str]]:
    """Each page's width and height in points and its text, whitespace folded to spaces.

    Read with PDFium (Chromium's PDF engine, through pypdfium2): a reader independent of Qt's
    PDF writer, in C. pypdf, read before, parsed the thousands of path operators of the card's
    figure in Python: 1.3 s of CPU a card, a tenth of the whole suite's CPU. Qt's PDF writer
    places words one by one; the font's ligatures ("\ufb02" in "Kniepflege") are read back as the
    letters they stand for.

    Raises:
        ValueError: when the file is not a PDF the reader can open.
    """
    try:
        document = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as error:
        raise ValueError(f"{path}: not a readable PDF ({error})") from error
    pages: list[tuple[float, float, str]] = []
    try:
        for page in document:
            width, height = page.get_size()
            text = page.get_textpage().get_text_range()
            words = " ".join(unicodedata.normalize("NFKC", text).split())
            pages.append((width, height, words))
    finally:
        document.close()
    return pages

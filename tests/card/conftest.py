"""Fixtures for the routine card: the figure (measured once) and a PDF reader helper."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.card.figure import CardFigure


@pytest.fixture(scope="session")
def figure(qapp: QApplication, catalog: Catalog, svg: bytes) -> CardFigure:
    """The card's figure for the English catalog (the outlines do not depend on language)."""
    return CardFigure(catalog, svg)


def pdf_pages(path: Path) -> list[tuple[float, float, str]]:
    """Each page's width and height in points and its text, whitespace folded to spaces.

    Read with Qt PDF, which is PDFium (Chromium's PDF engine), not Qt's PDF writer: an
    independent reader, and about 25 times faster than pypdf was on the card's figure, whose
    thousands of path operators pypdf parsed in Python (1.3 s of CPU a card). Qt's PDF writer
    places words one by one; the font's ligatures ("ﬂ" in "Kniepflege") are read back as the
    letters they stand for.

    Raises:
        ValueError: when the file is not a PDF the reader can open.
    """
    document = QPdfDocument()
    error = document.load(str(path))
    if error != QPdfDocument.Error.None_:
        raise ValueError(f"{path}: not a readable PDF ({error.name})")
    pages = []
    for index in range(document.pageCount()):
        size = document.pagePointSize(index)
        text = document.getAllText(index).text()
        words = " ".join(unicodedata.normalize("NFKC", text).split())
        pages.append((size.width(), size.height(), words))
    document.close()
    return pages

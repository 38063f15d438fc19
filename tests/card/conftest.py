"""Fixtures for the routine card: the figure (measured once) and a PDF reader helper."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pypdf
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

    Qt's PDF writer places words one by one and pypdf joins them with tabs or newlines; the
    font's ligatures ("ﬂ" in "Kniepflege") are read back as the letters they stand for.
    """
    reader = pypdf.PdfReader(path)
    return [
        (
            float(page.mediabox.width),
            float(page.mediabox.height),
            " ".join(unicodedata.normalize("NFKC", page.extract_text()).split()),
        )
        for page in reader.pages
    ]

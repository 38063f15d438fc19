"""Fixtures for the routine card: the figure (measured once) and a PDF reader helper."""

from __future__ import annotations

import importlib
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

    Read with Qt PDF where the installed PySide6 has it: PDFium (Chromium's PDF engine), an
    independent reader, and about 25 times faster than pypdf on the card's figure, whose
    thousands of path operators pypdf parses in Python (1.3 s of CPU a card). The PySide6
    6.12 wheels ship no QtPdf module, so there pypdf reads. Qt's PDF writer places words one
    by one; the font's ligatures ("ﬂ" in "Kniepflege") are read back as the letters they
    stand for.

    Raises:
        ValueError: when the file is not a PDF the reader can open.
    """
    try:
        # By name: mypy checks against the installed PySide6, which may have no QtPdf.
        qtpdf = importlib.import_module("PySide6.QtPdf")
    except ImportError:
        return _pypdf_pages(path)
    document = qtpdf.QPdfDocument()
    error = document.load(str(path))
    if error != qtpdf.QPdfDocument.Error.None_:
        raise ValueError(f"{path}: not a readable PDF ({error.name})")
    pages: list[tuple[float, float, str]] = []
    for index in range(document.pageCount()):
        size = document.pagePointSize(index)
        text = document.getAllText(index).text()
        words = " ".join(unicodedata.normalize("NFKC", text).split())
        pages.append((size.width(), size.height(), words))
    document.close()
    return pages


def _pypdf_pages(path: Path) -> list[tuple[float, float, str]]:
    try:
        reader = pypdf.PdfReader(path)
    except pypdf.errors.PdfReadError as error:
        raise ValueError(f"{path}: not a readable PDF ({error})") from error
    return [
        (
            float(page.mediabox.width),
            float(page.mediabox.height),
            " ".join(unicodedata.normalize("NFKC", page.extract_text()).split()),
        )
        for page in reader.pages
    ]

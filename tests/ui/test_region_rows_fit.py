"""Every region's name stays within the region drawer, in German too, breaking sensibly.

Walk 12: word wrap alone cut "Rechte Oberschenkelvorderseite" at the drawer's edge with no
"…": one word was wider than the row. Fresh users (German, extra-large text, 1024x700): the
word then broke wherever the row ended, without a hyphen ("Rechte Oberschenkeli" over
"nnenseite"). A word wider than the row now breaks between its compound's parts, with a
hyphen; a word that fits is never broken, and every letter stays.
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QListView
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.bodymap import RegionListPanel
from massage_desktop.ui.bodymap.name_lines import compound_cuts
from massage_desktop.ui.bodymap.region_rows import drawn_lines, row_lines
from massage_desktop.ui.design.tokens import BODY

LONGEST_PART = 12  # "Oberschenkel": a part as long fits every drawer


_KEPT: list[RegionListPanel] = []


def _rows(qtbot: QtBot, catalog: Catalog) -> tuple[QFont, list[tuple[str, QModelIndex]]]:
    panel = RegionListPanel(list(catalog.regions.values()))
    qtbot.addWidget(panel)
    _KEPT.append(panel)  # the rows' model lives as long as the test
    panel.show()  # the drawer makes its rows when it first opens
    view = panel.findChild(QListView)
    assert view is not None
    model = view.model()
    rows = [(str(model.index(r, 0).data()), model.index(r, 0)) for r in range(model.rowCount())]
    assert len(rows) > len(catalog.regions)  # every region, under its heading
    return QFont(view.font()), rows


def _unbroken(lines: list[str]) -> str:
    """The text the lines show, read across their breaks."""
    text = ""
    for line in lines:
        if text.endswith("-") and text[-2:-1].isalpha() and line[:1].isalpha():
            text = text[:-1] + line  # a word broken with a hyphen
        else:
            text = f"{text} {line}" if text else line
    return text


@pytest.mark.parametrize("width", [120, 150, 180])
def test_every_german_name_fits_a_narrow_drawer_with_every_letter(
    qtbot: QtBot, german_catalog: Catalog, german: None, width: int
) -> None:
    font, rows = _rows(qtbot, german_catalog)
    for name, index in rows:
        for box in row_lines(font, index, width):
            assert box.width() <= width, (name, box.width())
        # Every letter, and a line ends between words or inside one with a hyphen: read
        # across the breaks, the lines are the name.
        lines = drawn_lines(font, index, width)
        assert _unbroken(lines) == name, lines


def test_a_compound_breaks_between_its_parts_and_a_word_that_fits_stays_whole(
    qtbot: QtBot, german_catalog: Catalog, german: None
) -> None:
    font, rows = _rows(qtbot, german_catalog)
    body = QFont(font)
    body.setPixelSize(BODY)
    metrics = QFontMetrics(body)
    index = dict(rows)["Rechte Oberschenkelinnenseite"]
    # Narrower than the word, as the drawer was: the break is where a reader splits it.
    width = metrics.horizontalAdvance("Oberschenkelinnenseite") - 10
    lines = drawn_lines(font, index, width)
    assert lines in (
        ["Rechte Oberschenkel-", "innenseite"],
        ["Rechte", "Oberschenkelinnen-", "seite"],
        ["Rechte Ober-", "schenkelinnen-", "seite"],
    ), lines
    # Wide enough for the word: it moves to a line of its own, whole.
    width = metrics.horizontalAdvance("Oberschenkelinnenseite") + 4
    assert drawn_lines(font, index, width) == ["Rechte", "Oberschenkelinnenseite"]


def test_every_long_word_of_a_region_name_breaks_into_known_parts(
    catalog: Catalog, german_catalog: Catalog
) -> None:
    # A new region with a long compound name gets its parts in COMPOUND_PARTS.
    for shown in (catalog, german_catalog):
        for region in shown.regions.values():
            for word in region.name.split():
                core = word.strip("()")
                cuts = [0, *compound_cuts(core), len(core)]
                pieces = [core[a:b] for a, b in pairwise(cuts)]
                assert max(len(p) for p in pieces) <= LONGEST_PART, (region.name, pieces)

"""Every region's name stays within the region drawer, in German too (walk 12).

Word wrap alone cut "Rechte Oberschenkelvorderseite" at the drawer's edge with no "…": one
word was wider than the row. Such a word now breaks inside itself; others wrap between words.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListView
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.bodymap import RegionListPanel
from massage_desktop.ui.bodymap.region_rows import row_lines


def test_every_german_name_fits_a_narrow_drawer(
    qtbot: QtBot, german_catalog: Catalog, german: None
) -> None:
    panel = RegionListPanel(list(german_catalog.regions.values()))
    qtbot.addWidget(panel)
    view = panel.findChild(QListView)
    assert view is not None
    model = view.model()
    font = QFont(view.font())
    width = 180  # narrower than "Oberschenkelvorderseite" in the body type
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        for box in row_lines(font, index, width):
            assert box.width() <= width, (index.data(), box.width())

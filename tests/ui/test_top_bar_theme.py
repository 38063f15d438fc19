"""The header is as tall in a window built in a theme as after switching to it (walk 8, finding 10).

QToolBar's layout read the style sheet's padding and spacing only on a style change: the
header of a window started in the light theme was 16 px lower than after a switch to dark.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from massage_desktop.content.search import SearchIndex
from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.search_box import SearchBox
from massage_desktop.ui.theme import apply_theme
from massage_desktop.ui.top_bar import TopBar


def test_the_header_keeps_its_height_and_spacing_across_themes(
    qtbot: QtBot, qapp: QApplication, catalog: Catalog
) -> None:
    seen: set[tuple[str, int, int]] = set()
    try:
        for first, then in (("light", "dark"), ("dark", "light")):
            apply_theme(qapp, first)
            bar = TopBar(SearchBox(SearchIndex(catalog)))
            qtbot.addWidget(bar)
            bar.resize(1280, 80)
            bar.show()
            for theme in (first, then, first):
                apply_theme(qapp, theme)
                qapp.processEvents()
                layout = bar.layout()
                assert layout is not None
                seen.add((f"built {first}", bar.sizeHint().height(), layout.spacing()))
    finally:
        apply_theme(qapp, "system")
    heights = {height for _, height, _ in seen}
    spacings = {spacing for _, _, spacing in seen}
    assert len(heights) == 1, seen
    assert len(spacings) == 1, seen

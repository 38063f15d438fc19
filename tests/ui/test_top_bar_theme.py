"""The header keeps its height between the light and the dark theme (walk 8, finding 10).

The top bar's layout took its margins from the style only on a style change: 4 px in light,
12 px after the dark theme's switch to Fusion, a header 16 px taller in dark.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from massage_desktop.content.search import SearchIndex
from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.design.tokens import XS, M, S
from massage_desktop.ui.search_box import SearchBox
from massage_desktop.ui.theme import apply_theme
from massage_desktop.ui.top_bar import TopBar


def test_the_header_is_as_tall_in_light_as_in_dark(
    qtbot: QtBot, qapp: QApplication, catalog: Catalog
) -> None:
    bar = TopBar(SearchBox(SearchIndex(catalog)))
    qtbot.addWidget(bar)
    bar.resize(1280, bar.sizeHint().height())
    bar.show()
    heights: dict[str, set[int]] = {}
    try:
        for theme in ("light", "dark", "light"):
            apply_theme(qapp, theme)
            qapp.processEvents()
            layout = bar.layout()
            assert layout is not None
            assert layout.contentsMargins() == QMargins(M, XS, M, XS), theme
            assert layout.spacing() == S
            heights.setdefault(theme, set()).add(bar.sizeHint().height())
    finally:
        apply_theme(qapp, "system")
    assert heights["light"] == heights["dark"], heights

"""The menu bar and its menus follow the theme (walk 3, finding 20).

Checked offscreen by the pixels Qt draws; under Xvfb with openbox the same bar and menus
were looked at by eye (the window manager's title bar is openbox's own and stays as its
theme draws it).
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu
from pytestqt.qtbot import QtBot

from massage_desktop.ui.design.tokens import ThemeName, colours
from massage_desktop.ui.theme import apply_theme

THEMES: list[ThemeName] = ["light", "dark"]


@pytest.mark.parametrize("theme", THEMES)
def test_the_menu_bar_and_a_menu_are_drawn_in_the_themes_colours(
    qtbot: QtBot, theme: ThemeName
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    c = colours(theme)
    apply_theme(app, theme)
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        menu = window.menuBar().addMenu("&File")
        menu.addAction("&History…")
        menu.addSeparator()
        menu.addAction("&Quit")
        window.resize(400, 200)
        window.show()
        qtbot.waitExposed(window)
        bar = window.menuBar().grab().toImage()
        # Right of the last entry: the bar's own background.
        assert bar.pixelColor(bar.width() - 5, bar.height() // 2) == QColor(c.surface)
        popup = QMenu()
        qtbot.addWidget(popup)
        popup.addAction("&History…")
        popup.ensurePolished()
        shown = popup.grab().toImage()
        assert shown.pixelColor(shown.width() // 2, 3) == QColor(c.surface)
        ink = popup.palette().color(popup.foregroundRole())
        assert ink == QColor(c.text)
    finally:
        apply_theme(app, "system")

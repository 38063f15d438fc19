"""The main window's menu bar, as a table: menu, entry, shortcut, what it does."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from massage_desktop.ui.main_window import MainWindow

Shortcut = QKeySequence.StandardKey | str | None
Entry = tuple[str, Shortcut, Callable[[], object]] | None  # None draws a separator


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _menus(w: MainWindow) -> list[tuple[str, list[Entry]]]:
    history, body_map, keys = w.history_actions, w.map_pane.map, QKeySequence.StandardKey
    settings: list[Entry] = []
    if w.preferences is not None:
        settings.append((_tr("&Preferences…"), "Ctrl+,", w.preferences.edit))
    settings.append((_tr("&Health profile…"), None, w.edit_health_profile))
    return [
        (
            _tr("&File"),
            [
                (_tr("&History…"), "Ctrl+H", history.show_history),
                None,
                (_tr("&Export history…"), None, history.export),
                (_tr("&Import history…"), None, history.import_),
                (_tr("Export &unsaved sessions…"), None, history.export_unsaved),
                None,
                (_tr("&Quit"), keys.Quit, w.quit_app),
            ],
        ),
        (
            _tr("&View"),
            [
                (_tr("&Find…"), keys.Find, w.search.setFocus),
                None,
                (_tr("&Front of the body"), "Ctrl+1", lambda: w.set_view("front")),
                (_tr("&Back of the body"), "Ctrl+2", lambda: w.set_view("back")),
                None,
                (_tr("Zoom &in"), keys.ZoomIn, body_map.zoom_in),
                (_tr("Zoom &out"), keys.ZoomOut, body_map.zoom_out),
                (_tr("&Fit figure"), "Ctrl+0", body_map.reset_zoom),
                None,
                (_tr("F&ull screen"), "F11", w.toggle_full_screen),
            ],
        ),
        (_tr("&Settings"), settings),
        (
            _tr("&Help"),
            [
                (_tr("&Safety information"), "F1", w.show_safety),
                (_tr("&Before you start…"), None, lambda: w.first_run(force=True)),
                (_tr("&About Massage Desktop"), None, w.show_about),
            ],
        ),
    ]


def build_menus(window: MainWindow) -> dict[str, QAction]:
    """Fill the window's menu bar; returns the actions by their text, for tests."""
    actions: dict[str, QAction] = {}
    bar = window.menuBar()
    for title, entries in _menus(window):
        menu = bar.addMenu(title)
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            text, shortcut, slot = entry
            action = QAction(text, window)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            window.addAction(action)  # shortcuts work even while the menu bar is hidden
            menu.addAction(action)
            actions[text.replace("&", "")] = action
    return actions

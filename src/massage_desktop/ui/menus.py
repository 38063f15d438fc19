"""The main window's menu bar, as a table: menu, entry, shortcut, what it does."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from massage_desktop.ui.main_window import MainWindow

Shortcut = QKeySequence.StandardKey | str | None


@dataclass(frozen=True)
class Submenu:
    """A menu inside a menu: its title and entries."""

    title: str
    entries: list[Entry]


Entry = tuple[str, Shortcut, Callable[[], object]] | Submenu | None  # None draws a separator
# Entry texts are marked with QT_TRANSLATE_NOOP (so lupdate finds them) and translated in
# build_menus; the English text, without "&", stays the key of the returned actions.


def _menus(w: MainWindow) -> list[tuple[str, list[Entry]]]:
    history, body_map, keys = w.history_actions, w.map_pane.map, QKeySequence.StandardKey
    routines = w.routine_actions
    settings: list[Entry] = []
    if w.preferences is not None:
        settings.append(
            (QT_TRANSLATE_NOOP("MainWindow", "&App settings…"), "Ctrl+,", w.preferences.edit)
        )
    settings.append(
        (QT_TRANSLATE_NOOP("MainWindow", "&Health profile…"), None, w.edit_health_profile)
    )
    # Only a rest day's notice offered the check again: an answer given by mistake, or a
    # new swelling since, had no way back to it on a normal day. It goes the notice's way
    # (the guide's request), which keeps a pass as today's check and shows a rest day.
    settings.append(
        (
            QT_TRANSLATE_NOOP("MainWindow", "&Take today's quick check again…"),
            None,
            lambda: w.guide.checkAgainRequested.emit(),
        )
    )
    return [
        (
            QT_TRANSLATE_NOOP("MainWindow", "&File"),
            [
                (QT_TRANSLATE_NOOP("MainWindow", "&History…"), "Ctrl+H", history.show_history),
                None,
                (QT_TRANSLATE_NOOP("MainWindow", "&New routine…"), "Ctrl+N", routines.new_routine),
                (
                    QT_TRANSLATE_NOOP("MainWindow", "Import r&outine…"),
                    None,
                    lambda: routines.import_(),
                ),
                None,
                # Used seldom, and four of them made the File menu long (walk 4).
                Submenu(
                    QT_TRANSLATE_NOOP("MainWindow", "&Backup"),
                    [
                        (QT_TRANSLATE_NOOP("MainWindow", "&Export history…"), None, history.export),
                        (
                            QT_TRANSLATE_NOOP("MainWindow", "&Import history…"),
                            None,
                            history.import_,
                        ),
                        (
                            QT_TRANSLATE_NOOP("MainWindow", "Export &unsaved sessions…"),
                            None,
                            history.export_unsaved,
                        ),
                        (
                            QT_TRANSLATE_NOOP("MainWindow", "&Restore a backup…"),
                            None,
                            history.restore_backup,
                        ),
                    ],
                ),
                None,
                (
                    QT_TRANSLATE_NOOP("MainWindow", "&Print routine…"),
                    keys.Print,
                    w.card_actions.print_routine,
                ),
                None,
                (QT_TRANSLATE_NOOP("MainWindow", "&Quit"), keys.Quit, w.quit_app),
            ],
        ),
        (
            QT_TRANSLATE_NOOP("MainWindow", "&View"),
            [
                (QT_TRANSLATE_NOOP("MainWindow", "&Start page"), "Alt+Home", w.go_home),
                (QT_TRANSLATE_NOOP("MainWindow", "&Find…"), keys.Find, w.search.activate),
                None,
                (
                    QT_TRANSLATE_NOOP("MainWindow", "F&ront of the body"),
                    "Ctrl+1",
                    lambda: w.set_view("front"),
                ),
                (
                    QT_TRANSLATE_NOOP("MainWindow", "&Back of the body"),
                    "Ctrl+2",
                    lambda: w.set_view("back"),
                ),
                None,
                (QT_TRANSLATE_NOOP("MainWindow", "Zoom &in"), keys.ZoomIn, body_map.zoom_in),
                (QT_TRANSLATE_NOOP("MainWindow", "Zoom &out"), keys.ZoomOut, body_map.zoom_out),
                (QT_TRANSLATE_NOOP("MainWindow", "Fit fi&gure"), "Ctrl+0", body_map.reset_zoom),
                None,
                (QT_TRANSLATE_NOOP("MainWindow", "F&ull screen"), "F11", w.toggle_full_screen),
            ],
        ),
        (QT_TRANSLATE_NOOP("MainWindow", "&Settings"), settings),
        (
            QT_TRANSLATE_NOOP("MainWindow", "&Help"),
            [
                (QT_TRANSLATE_NOOP("MainWindow", "&Safety information"), "F1", w.show_safety),
                (
                    QT_TRANSLATE_NOOP("MainWindow", "&Welcome…"),
                    None,
                    lambda: w.first_run(force=True),
                ),
                (QT_TRANSLATE_NOOP("MainWindow", "&About Massage Desktop"), None, w.show_about),
            ],
        ),
    ]


def build_menus(window: MainWindow) -> dict[str, QAction]:
    """Fill the window's menu bar; returns the actions by their English text, for tests."""
    actions: dict[str, QAction] = {}
    bar = window.menuBar()
    for title, entries in _menus(window):
        menu = bar.addMenu(QCoreApplication.translate("MainWindow", title))
        _fill(window, menu, entries, actions)
    return actions


def _fill(
    window: MainWindow, menu: QMenu, entries: list[Entry], actions: dict[str, QAction]
) -> None:
    """Add ``entries`` to ``menu``, each action also to ``actions`` by its English text."""
    for entry in entries:
        if entry is None:
            menu.addSeparator()
            continue
        if isinstance(entry, Submenu):
            inner = menu.addMenu(QCoreApplication.translate("MainWindow", entry.title))
            _fill(window, inner, entry.entries, actions)
            continue
        text, shortcut, slot = entry
        action = QAction(QCoreApplication.translate("MainWindow", text), window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        window.addAction(action)  # shortcuts work even while the menu bar is hidden
        menu.addAction(action)
        actions[text.replace("&", "")] = action

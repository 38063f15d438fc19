"""No two visible entries of one menu or one dialog share an Alt letter, in English and German.

Alt+T was both "Theme" and "Test sound" in the settings (walk 8, finding 9): Qt then only
cycles the focus between the two, and the press does not do what the letter promised.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.window.test_clipping import HEIGHT, WIDTH, _dialogs

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.main_window import MainWindow

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The Alt letter ``text`` carries ("&Theme" → "t"), or None."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def clashes(named: list[str]) -> dict[str, list[str]]:
    """The letters that more than one of ``named`` carries, with the texts that carry them."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in named:
        letter = mnemonic(text)
        if letter is not None:
            by_letter[letter].append(text)
    return {letter: texts for letter, texts in by_letter.items() if len(texts) > 1}


def submenus(owner: QWidget) -> list[QMenu]:
    """The menus ``owner`` (a menu bar or a menu) opens."""
    return [menu for action in owner.actions() if isinstance(menu := action.menu(), QMenu)]


def menu_clashes(menus: list[QMenu]) -> list[str]:
    """Clashes inside each menu (and its submenus), and among the menu bar's titles."""
    found = []
    for menu in menus:
        texts = [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        if bad := clashes(texts):
            found.append(f"{menu.title()}: {bad}")
        found += menu_clashes(submenus(menu))
    return found


def widget_texts(root: QWidget) -> list[str]:
    """The texts with an Alt letter that ``root`` shows: buttons, buddy labels, tabs, boxes."""
    texts = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
    return texts


def test_no_menu_shares_an_alt_letter(main: MainWindow) -> None:
    bar = main.menuBar()
    titles = [a.text() for a in bar.actions() if a.isVisible()]
    assert not clashes(titles), clashes(titles)
    menus = submenus(bar)
    assert menus
    assert not menu_clashes(menus)


def _every_dialog(main: MainWindow, catalog: Catalog) -> Iterator[QWidget]:
    yield from _dialogs(main, catalog)
    history = main.history_actions.show_history()
    assert history is not None
    yield history
    # The routine editor with step cards (Side, Time or Count, Remove step on each).
    yield main.routine_actions.copy("knee-care").view


def test_no_dialog_shares_an_alt_letter(main: MainWindow, shown: Catalog, qtbot: QtBot) -> None:
    main.select_region("front-knee-left")
    found = []
    for dialog in _every_dialog(main, shown):
        if isinstance(dialog, QDialog):
            qtbot.addWidget(dialog)
        dialog.show()
        dialog.resize(dialog.size().boundedTo(QSize(WIDTH, HEIGHT)))
        if bad := clashes(widget_texts(dialog)):
            found.append(f"{type(dialog).__name__}: {bad}")
        dialog.close()
    assert not found, "\n".join(found)


def test_the_settings_once_shared_alt_t() -> None:
    """The check itself: "&Theme" and "&Test sound" clash; "T&heme" does not."""
    assert clashes(["&Theme", "&Test sound", "Save && close"]) == {"t": ["&Theme", "&Test sound"]}
    assert not clashes(["T&heme", "&Test sound"])

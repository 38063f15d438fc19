"""The guide panel's parts as a screen reader finds them: by accessible name or object name.

Tests reach the lists, the start button and the guide text through Qt's public object tree
instead of the panel's private attributes, so they hold whatever the panel calls its fields.
The names are the English ones: German tests look up their own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QListWidget, QPushButton, QTextBrowser, QWidget

from massage_desktop.ui.guide.stop_banner import StopBanner

_Part = TypeVar("_Part", bound=QWidget)


def _one(panel: QWidget, kind: type[_Part], wanted: Callable[[_Part], bool], what: str) -> _Part:
    found = [child for child in panel.findChildren(kind) if wanted(child)]
    assert len(found) == 1, f"{len(found)} widgets are the {what}"
    return found[0]


def techniques_list(panel: QWidget) -> QListWidget:
    """The list of the region's techniques."""
    name = "Techniques for this region"
    return _one(panel, QListWidget, lambda w: w.accessibleName() == name, "technique list")


def routines_list(panel: QWidget) -> QListWidget:
    """The list of routines (suggested ones when no region is chosen)."""
    name = "Routines that include this region"
    return _one(panel, QListWidget, lambda w: w.accessibleName() == name, "routine list")


def start_button(panel: QWidget) -> QPushButton:
    """The one primary button: start the chosen technique or routine."""
    return _one(panel, QPushButton, lambda w: w.objectName() == "primaryButton", "start button")


def guide_view(panel: QWidget) -> QTextBrowser:
    """The guide text."""
    return _one(panel, QTextBrowser, lambda w: w.objectName() == "guideText", "guide text")


def stop_banner(panel: QWidget) -> StopBanner:
    """The banner with the stop rule, always on top of the guide."""
    return _one(panel, StopBanner, lambda w: True, "stop banner")


def list_texts(rows: QListWidget) -> list[str]:
    """The text of every row."""
    return [rows.item(i).text() for i in range(rows.count())]

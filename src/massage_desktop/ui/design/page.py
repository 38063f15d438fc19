"""A designed dialog's scrolling page: frameless, transparent, vertical only.

A long translation or a large font scrolls rather than clips; the page takes the height its
wrapped text needs at the width it really has.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea, QVBoxLayout, QWidget

from massage_desktop.ui.design.tokens import L, M


def tab_stop_only_when_scrolling(area: QAbstractScrollArea) -> None:
    """Let ``area`` take a Tab stop only while it has more than it shows.

    A page that fits gave the keyboard a stop that showed nothing: on the Welcome the first
    Tab went to it, so Tab, Tab, Enter pressed "Not now" and skipped the health profile
    (walk 9, P3-b). A page that scrolls keeps its stop, for the keyboard to scroll it, and
    shows it focused (``dialog_sheet``).
    """

    def follow(_low: int, high: int) -> None:
        area.setFocusPolicy(Qt.FocusPolicy.StrongFocus if high > 0 else Qt.FocusPolicy.NoFocus)

    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.verticalScrollBar().rangeChanged.connect(follow)


def scroll_page(owner: QWidget, name: str) -> tuple[QScrollArea, QWidget, QVBoxLayout]:
    """A page that scrolls vertically, the widget it scrolls (object name ``name``), its column."""
    area = QScrollArea(owner)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    inner = QWidget(area)
    inner.setObjectName(name)
    inner.setStyleSheet(f"#{name} {{ background: transparent; }}")
    # QScrollArea sizes its widget to at least its minimum size hint, which for wrapped
    # text is its height at the narrowest width: a page that fitted still scrolled. An
    # explicit minimum lets the area use the page's height for the width it really has.
    inner.setMinimumHeight(1)
    area.viewport().setAutoFillBackground(False)
    column = QVBoxLayout(inner)
    column.setContentsMargins(0, 0, M, 0)
    column.setSpacing(L)
    area.setWidget(inner)
    tab_stop_only_when_scrolling(area)
    return area, inner, column

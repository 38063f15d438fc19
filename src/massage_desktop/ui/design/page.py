"""A designed dialog's scrolling page: frameless, transparent, vertical only.

A long translation or a large font scrolls rather than clips; the page takes the height its
wrapped text needs at the width it really has.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from massage_desktop.ui.design.tokens import L, M


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
    return area, inner, column

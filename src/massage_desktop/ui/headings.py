"""Bold headings, without the form builders: start-up needs these and not the dialogs' fields."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def bold(widget: W, scale: float = 1.0) -> W:
    """``widget`` with its own font made bold and ``scale`` times larger; returns it."""
    font = widget.font()
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    widget.setFont(font)
    return widget

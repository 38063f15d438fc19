"""A combo box the mouse wheel does not change by passing over it.

Scrolling the History page with the wheel changed its region filter as the pointer crossed
the closed box, and the list went empty ("No sessions match these filters"; walk 9, P2-c).
Qt gives a combo box's wheel events to it whatever its focus; this one takes them only once
it has the focus (clicked or tabbed to) and otherwise ignores them, and Qt then hands an
ignored wheel event on to the parent, the scrolling page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget


class QuietComboBox(QComboBox):
    """A ``QComboBox`` that the wheel changes only while it has the keyboard focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Wheel focus (the default) would give it the focus on the first wheel turn.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Change the choice only when focused; else let the page under it scroll."""
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()

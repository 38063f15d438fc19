"""The thin bar showing how far through the session the player is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QProgressBar, QWidget

STEPS = 1000
"""The bar's range: fine enough for a pixel of any bar width the player has."""


class SessionProgress(QProgressBar):
    """A QProgressBar (a screen reader reads it as one, with its value) that repaints lazily."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, STEPS)
        self.setTextVisible(False)
        self.setMaximumHeight(8)
        self.setAccessibleName(
            QCoreApplication.translate("PlayerPanel", "Progress through the session")
        )

    def set_fraction(self, fraction: float) -> None:
        """Show ``fraction`` (0 to 1) of the session done, painted with the next update."""
        value = round(min(max(fraction, 0.0), 1.0) * STEPS)
        if value == self.value():
            return
        # QProgressBar::setValue calls repaint() at once whenever repaintRequired() says so,
        # which under a style sheet (chunk width 0) is every change: about 20 ms per player
        # wake-up, a synchronous paint of the window around the bar. With updates disabled
        # repaint() does nothing while the value, valueChanged and the accessibility event
        # still go out; enabling them again schedules an ordinary update(), painted with the
        # rest of the wake-up's changes.
        self.setUpdatesEnabled(False)
        try:
            self.setValue(value)
        finally:
            self.setUpdatesEnabled(True)

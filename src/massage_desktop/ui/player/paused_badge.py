"""The "Paused" badge every view of a running session shows while it is paused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from massage_desktop.domain.enums import Severity
from massage_desktop.ui.design.tokens import RADIUS_CARD
from massage_desktop.ui.guide.colours import app_tone


class PausedBadge(QLabel):
    """A bold "Paused" on an amber pill, hidden until the session is paused.

    Amber, like the ring while paused: seen from across the room before a word is read.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(QCoreApplication.translate("PlayerPanel", "Paused"), parent)
        self.setObjectName("pausedBadge")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.setVisible(False)
        self._restyling = False
        self._apply_palette()

    def changeEvent(self, event: QEvent) -> None:
        """Recolour when the theme changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._restyling:
            self._apply_palette()

    def _apply_palette(self) -> None:
        # The application's palette: the badge's own style sheet changes its palette.
        tone = app_tone(Severity.LIGHT_PRESSURE)
        # A style sheet can re-polish the palette and send PaletteChange back to us.
        self._restyling = True
        self.setStyleSheet(
            f"#pausedBadge {{ color: {tone.ink}; background: {tone.paper};"
            f" border: 2px solid {tone.ink}; border-radius: {RADIUS_CARD}px;"
            " padding: 2px 12px; }"
        )
        self._restyling = False


def place_over_ring(badge: QLabel, ring: QWidget) -> None:
    """Float ``badge`` centred over ``ring`` (a sibling), above its circle or over its top.

    In no layout: beside the title or in the phase's place it took room from the instruction,
    which moved and wrapped anew the moment one paused (walk 8). The arc is dimmed while
    paused, so the badge may cover a little of it; it covers nothing one reads.
    """
    box = ring.geometry()
    side = min(box.width(), box.height()) - 8  # the circle, as the ring draws it
    circle_top = box.top() + (box.height() - side) // 2
    hint = badge.sizeHint()
    badge.resize(hint)
    badge.move(box.center().x() - hint.width() // 2, max(box.top(), circle_top - hint.height() - 4))
    badge.raise_()

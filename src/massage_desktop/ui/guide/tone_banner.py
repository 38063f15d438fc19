"""A box over the guide in one severity's colours: a bold heading, advice and one button.

The "no massage for now" banner and the rest-day notice are this box with their own words;
the colours come from the application's palette, so the theme decides (the box's own style
sheet repaints its Window role with the box colour, see ``stop_banner``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from massage_desktop.domain.enums import Severity
from massage_desktop.ui.design.tokens import RADIUS_CONTROL, XS, S
from massage_desktop.ui.guide.colours import app_tone
from massage_desktop.ui.headings import bold


class ToneBanner(QFrame):
    """The box; a subclass words it in ``retranslate`` and connects ``button``.

    Args:
        name: The object name its style sheet is scoped to.
        severity: Whose colours it takes.
        edge_px: The width of its border.
        parent: The guide panel.
    """

    def __init__(
        self, name: str, severity: Severity, edge_px: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._severity = severity
        self._edge_px = edge_px
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setProperty("role", "body")
        bold(self.heading)
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.advice.setProperty("role", "body")
        self.button = QPushButton(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(S + XS, S, S + XS, S)
        layout.setSpacing(XS)
        layout.addWidget(self.heading)
        layout.addWidget(self.advice)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self._restyling = False
        self.retranslate()
        self._apply_palette()
        self.hide()

    def retranslate(self) -> None:
        """Word the box in the user interface's language (the subclass's words)."""

    def focus_order(self) -> list[QWidget]:
        """The box's Tab stop: its button."""
        return [self.button]

    def changeEvent(self, event: QEvent) -> None:
        """Recolour when the theme changes; word it again when the language does."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._restyling:
            self._apply_palette()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _apply_palette(self) -> None:
        tone = app_tone(self._severity)
        name = self.objectName()
        self._restyling = True  # setStyleSheet sends a PaletteChange of its own
        self.setStyleSheet(
            f"#{name} {{ background: {tone.paper}; border: {self._edge_px}px solid {tone.edge};"
            f" border-radius: {RADIUS_CONTROL}px; }}"
            f" #{name} QLabel {{ color: {tone.ink}; background: transparent; border: none; }}"
            f" #{name} QPushButton {{ color: {tone.ink}; background: transparent;"
            f" border: 1px solid {tone.ink}; border-radius: 6px; padding: 4px 12px; }}"
            f" #{name} QPushButton:focus {{ border: 2px solid {tone.ink}; outline: none; }}"
        )
        self._restyling = False

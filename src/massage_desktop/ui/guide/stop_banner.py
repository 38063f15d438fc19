"""The always-visible stop rule, with a way to the safety page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from massage_desktop.domain.enums import Severity
from massage_desktop.ui.design.tokens import RADIUS_CONTROL
from massage_desktop.ui.guide.colours import app_tone
from massage_desktop.ui.guide.html import stop_rule
from massage_desktop.ui.guide.text_scale import scaled_font
from massage_desktop.ui.headings import bold


class StopBanner(QFrame):
    """A strip that states the stop rule; it is never hidden.

    Signals:
        safetyRequested(): the user asked for the full safety page.
    """

    safetyRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stopBanner")
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bold(self._label)
        # The guide's text size (text_scale.scale_texts) sizes this label's font too.
        self._label.setProperty("scaledFont", True)
        self._button = QPushButton(self)
        self._button.clicked.connect(self.safetyRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._button)
        self.retranslate()
        self._restyling = False
        self._apply_palette()

    def retranslate(self) -> None:
        """Word the rule and its button in the user interface's language."""
        rule = stop_rule()
        self._label.setText(f"⚠ {rule}")
        self._button.setText(QCoreApplication.translate("StopBanner", "Safety…"))
        self._button.setToolTip(
            QCoreApplication.translate(
                "StopBanner", "When not to massage, and when to see a professional"
            )
        )
        self.setAccessibleName(rule)

    def focus_order(self) -> list[QWidget]:
        """The banner's Tab stop: its Safety button."""
        return [self._button]

    def set_text_scale(self, scale: float) -> None:
        """Show the rule and its button ``scale`` times the normal text size.

        The guide sizes its banner through ``text_scale.scale_texts``; a view that does not
        (the player) calls this with its own text size.
        """
        self._label.setFont(scaled_font(scale, bold=True))
        self._button.setFont(scaled_font(scale))

    def text(self) -> str:
        """The rule as shown."""
        return self._label.text()

    def changeEvent(self, event: QEvent) -> None:
        """Recolour when the theme changes; word it again when the language does."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._restyling:
            self._apply_palette()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _apply_palette(self) -> None:
        # The application's palette, not the banner's: its own style sheet paints its Window
        # role with the box colour, which would keep a banner dark after a switch to light.
        tone = app_tone(Severity.DO_NOT_MASSAGE)
        fill, ink = tone.paper, tone.ink
        # A style sheet can re-polish the palette and send PaletteChange back to us.
        self._restyling = True
        self.setStyleSheet(
            f"#stopBanner {{ background: {fill}; border: 1px solid {tone.edge};"
            f" border-radius: {RADIUS_CONTROL}px; }}"
            f" #stopBanner QLabel {{ color: {ink}; background: transparent; border: none; }}"
            f" #stopBanner QPushButton {{ color: {ink}; background: transparent;"
            f" border: 1px solid {ink}; border-radius: 6px; padding: 3px 10px; }}"
            f" #stopBanner QPushButton:focus {{ border: 2px solid {ink}; outline: none; }}"
        )
        self._restyling = False

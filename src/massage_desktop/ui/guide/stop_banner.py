"""The always-visible stop rule, with a way to the safety page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from massage_desktop.domain.enums import Severity
from massage_desktop.ui.design.tokens import RADIUS_CONTROL, TARGET
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
        # The rule keeps its gap to the strip's edges; the button fills the strip's end.
        self._label.setContentsMargins(0, 6, 0, 6)
        self._button = QPushButton(self)
        # The strip's end is the touch target (its 1-px edges and the button, 44 px): the
        # button was 22 px, the smallest on the screen, though it leads to when not to
        # massage. Filling the end, it grows the strip by what the target adds and no more:
        # the player's ring and instruction share the rest of a 700-px screen.
        self._button.setMinimumHeight(TARGET - 2)
        self._button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self._button.clicked.connect(self.safetyRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
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
            # The strip's rounded end, parted from the rule by a line in the rule's colour.
            f" #stopBanner QPushButton {{ color: {ink}; background: transparent; border: none;"
            f" border-left: 1px solid {ink}; border-top-right-radius: {RADIUS_CONTROL - 1}px;"
            f" border-bottom-right-radius: {RADIUS_CONTROL - 1}px; padding: 5px 12px; }}"
            # A thicker parting line, its padding given back so the label stays put; the
            # app's ring shows the focus around it.
            f" #stopBanner QPushButton:focus {{ border-left: 2px solid {ink};"
            " padding-left: 11px; outline: none; }"
        )
        self._restyling = False

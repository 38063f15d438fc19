"""A calm notice over the guide while today is a rest day.

After today's quick check said not to massage today, the main window kept a live Start with no
sign of it (walk 7, finding 8): only pressing Start said so. The notice says it where the person
chooses what to do, and offers the check again for an answer given by mistake.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from massage_desktop.domain.enums import Severity
from massage_desktop.ui.design.tokens import RADIUS_CONTROL, XS, S
from massage_desktop.ui.guide.colours import app_tone
from massage_desktop.ui.headings import bold


class RestDayBanner(QFrame):
    """A notice that today is a rest day, with "Take the check again…".

    Signals:
        checkAgainRequested(): the person wants to answer today's quick check again.
    """

    checkAgainRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restDayBanner")
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setProperty("role", "body")
        bold(self.heading)
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.advice.setProperty("role", "body")
        self.button = QPushButton(self)
        self.button.clicked.connect(self.checkAgainRequested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(S + XS, S, S + XS, S)
        layout.setSpacing(XS)
        layout.addWidget(self.heading)
        layout.addWidget(self.advice)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()
        self._restyling = False
        self._apply_palette()
        self.hide()

    def retranslate(self) -> None:
        """Word the notice in the user interface's language."""
        self.heading.setText(
            QCoreApplication.translate(
                "RestDayBanner", "Rest day: today's check said not to massage today."
            )
        )
        self.advice.setText(
            QCoreApplication.translate(
                "RestDayBanner",
                "Rest, and have anything new checked by a doctor or other health "
                "professional first.",
            )
        )
        self.button.setText(QCoreApplication.translate("RestDayBanner", "Take the check again…"))
        self.setAccessibleName(self.heading.text())
        self.setAccessibleDescription(self.advice.text())

    def text(self) -> str:
        """The notice as read: heading, then the advice; empty when hidden."""
        return f"{self.heading.text()}\n{self.advice.text()}" if not self.isHidden() else ""

    def focus_order(self) -> list[QWidget]:
        """The notice's Tab stop: its button."""
        return [self.button]

    def changeEvent(self, event: QEvent) -> None:
        """Recolour when the theme changes; word it again when the language does."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._restyling:
            self._apply_palette()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _apply_palette(self) -> None:
        # Calm, not alarming: the "take care" colours, as the everywhere banner takes its
        # own from the application's palette so the theme decides.
        tone = app_tone(Severity.TAKE_CARE)
        self._restyling = True
        self.setStyleSheet(
            f"#restDayBanner {{ background: {tone.paper}; border: 1px solid {tone.edge};"
            f" border-radius: {RADIUS_CONTROL}px; }}"
            f" #restDayBanner QLabel {{ color: {tone.ink}; background: transparent;"
            f" border: none; }}"
            f" #restDayBanner QPushButton {{ color: {tone.ink}; background: transparent;"
            f" border: 1px solid {tone.ink}; border-radius: 6px; padding: 4px 12px; }}"
            f" #restDayBanner QPushButton:focus {{ border: 2px solid {tone.ink};"
            " outline: none; }"
        )
        self._restyling = False

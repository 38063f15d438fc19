"""A calm notice over the guide while today is a rest day.

After today's quick check said not to massage today, the main window kept a live Start with no
sign of it (walk 7, finding 8): only pressing Start said so. The notice says it where the person
chooses what to do, and offers the check again for an answer given by mistake.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from massage_desktop.domain.enums import Severity
from massage_desktop.ui.guide.tone_banner import ToneBanner


class RestDayBanner(ToneBanner):
    """A notice that today is a rest day, with "Take the check again…".

    Signals:
        checkAgainRequested(): the person wants to answer today's quick check again.
    """

    checkAgainRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        # Calm, not alarming: the "take care" colours.
        super().__init__("restDayBanner", Severity.TAKE_CARE, 1, parent)
        self.button.clicked.connect(self.checkAgainRequested)

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

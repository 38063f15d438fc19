"""A calm notice over the guide while today is a rest day.

After today's quick check said not to massage today, the main window kept a live Start with no
sign of it (walk 7, finding 8): only pressing Start said so. The notice says it where the person
chooses what to do, and offers the check again for an answer given by mistake.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

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
        # The way out right under the heading: last, under the advice, it was below the
        # guide column's view at the largest text size in German at 1024x700 (walk 9, P2-j).
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.removeWidget(self.button)
            layout.insertWidget(1, self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.button.clicked.connect(self.checkAgainRequested)

    def retranslate(self) -> None:
        """Word the notice in the user interface's language."""
        # A short heading: the whole reason in bold took four lines at the largest text size
        # in German, and "Take the check again…" under it was out of view (walk 9, P2-j).
        self.heading.setText(
            QCoreApplication.translate("RestDayBanner", "Rest day: no massage today.")
        )
        self.advice.setText(
            QCoreApplication.translate(
                "RestDayBanner",
                "Today's check said so. Rest, and have anything new checked by a doctor or "
                "other health professional first.",
            )
        )
        self.button.setText(QCoreApplication.translate("RestDayBanner", "Take the check again…"))
        self.setAccessibleName(self.heading.text())
        self.setAccessibleDescription(self.advice.text())

    def text(self) -> str:
        """The notice as read: heading, then the advice; empty when hidden."""
        return f"{self.heading.text()}\n{self.advice.text()}" if not self.isHidden() else ""

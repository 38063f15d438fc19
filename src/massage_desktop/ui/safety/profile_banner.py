"""A calm line on the home screen while the first-run health check waits ("Not now").

"Not now" on the first-run screens once brought them back at every start; now this line
stays under the map instead, one press away from the check, until the check is done.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from massage_desktop.ui.design.icons import icon
from massage_desktop.ui.design.screen import dialog_colours
from massage_desktop.ui.design.tokens import BODY_SMALL, RADIUS_CONTROL, M, S

GLYPH = 20


class HealthCheckBanner(QFrame):
    """The line "Health check not done yet · takes about 1 min" and [Do it now], softly tinted.

    Args:
        parent: The owning widget.

    Signals:
        checkRequested(): "Do it now" was pressed.
    """

    checkRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("healthCheckBanner")
        self.setAccessibleName(QCoreApplication.translate("HealthCheckBanner", "Health check"))
        self._badge = QLabel(self)
        self._badge.setAccessibleName(self.accessibleName())
        self.label = QLabel(
            QCoreApplication.translate(
                "HealthCheckBanner", "Health check not done yet · takes about 1 min"
            ),
            self,
        )
        self.label.setObjectName("healthCheckText")
        # Wraps rather than clips in a narrow pane or a long translation.
        self.label.setWordWrap(True)
        self.button = QPushButton(
            QCoreApplication.translate("HealthCheckBanner", "Do it &now"), self
        )
        self.button.setObjectName("quietButton")
        self.button.setAccessibleDescription(
            QCoreApplication.translate(
                "HealthCheckBanner",
                "Tick what applies to you, so the app can leave out what could do harm",
            )
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(M, S, S, S)
        layout.setSpacing(M)
        layout.addWidget(self._badge, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.button.clicked.connect(self.checkRequested)
        self._restyle()

    def text(self) -> str:
        """What the line says."""
        return self.label.text()

    def changeEvent(self, event: QEvent) -> None:
        """Take the new theme's colours when it changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()

    def _restyle(self) -> None:
        # The theme from the pane around: the line's own sheet sets its own paper.
        c = dialog_colours(self.parentWidget() or self)
        self._badge.setPixmap(icon("care", c.accent, GLYPH).pixmap(GLYPH, GLYPH))
        # The button keeps the application's quiet look; only the line's own paper is set.
        sheet = (
            f"#healthCheckBanner {{ background: {c.accent_tint}; border: 1px solid {c.accent};"
            f" border-radius: {RADIUS_CONTROL + 2}px; }}"
            f" #healthCheckText {{ color: {c.text}; font-size: {BODY_SMALL + 1}px;"
            " background: transparent; }"
        )
        if sheet != self.styleSheet():  # a new sheet changes the palette: no loop
            self.setStyleSheet(sheet)

"""The safety page: contraindications, general principles and when to seek help."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.guide.colours import guide_colours
from massage_desktop.ui.guide.html import safety_html
from massage_desktop.ui.guide.text_scale import scaled_font


class SafetyDialog(QDialog):
    """A readable, non-modal window with everything the guides say about safety."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("SafetyDialog", "Massage safely"))
        self.resize(640, 720)
        self._browser = QTextBrowser(self)
        self._browser.setOpenExternalLinks(False)
        self._browser.setAccessibleName(
            QCoreApplication.translate("SafetyDialog", "Safety information")
        )
        self._browser.setHtml(safety_html(catalog, guide_colours(self.palette())))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._browser)
        layout.addWidget(buttons)

    def set_text_scale(self, scale: float) -> None:
        """Show the page ``scale`` times the normal text size (Settings ▸ Text size)."""
        self._browser.setFont(scaled_font(scale))
        for button in self.findChildren(QPushButton):
            button.setFont(scaled_font(scale))

    def text(self) -> str:
        """The page as plain text."""
        return self._browser.toPlainText()

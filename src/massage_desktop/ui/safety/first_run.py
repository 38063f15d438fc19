"""The first-run notice: what the app is and is not, when not to massage, and the stop rule."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Contraindication
from massage_desktop.domain.enums import Severity
from massage_desktop.ui.headings import bold
from massage_desktop.ui.safety.notice import Notice, stop_rule_html


def _items(warnings: list[Contraindication]) -> str:
    return "".join(f"<li><b>{escape(w.title)}.</b> {escape(w.text)}</li>" for w in warnings)


def first_run_html(catalog: Catalog) -> str:
    """The body of the notice; the warnings are listed from the catalog, so they stay current."""
    general = list(catalog.contraindications.values())
    never = [w for w in general if w.severity is Severity.DO_NOT_MASSAGE]
    ask = [w for w in general if w.severity is Severity.ASK_PROFESSIONAL]
    parts = [
        "<p><b>{}</b> {}</p>".format(
            QCoreApplication.translate("FirstRunDialog", "What this app is."),
            QCoreApplication.translate(
                "FirstRunDialog",
                "Massage Desktop shows you, step by step, how to give yourself or a partner "
                "a gentle massage at home, as five massage guides describe it.",
            ),
        ),
        "<p><b>{}</b> {}</p>".format(
            QCoreApplication.translate("FirstRunDialog", "What it is not."),
            QCoreApplication.translate(
                "FirstRunDialog",
                "It is not medical care and does not replace advice from a doctor, a physical "
                "therapist or a licensed massage therapist. It cannot tell whether massage is "
                "safe for you. If in doubt, ask a professional first.",
            ),
        ),
        "<h3>{}</h3><ul>{}</ul>".format(
            QCoreApplication.translate("FirstRunDialog", "Do not massage if any of these apply"),
            _items(never),
        ),
        "<h3>{}</h3><ul>{}</ul>".format(
            QCoreApplication.translate("FirstRunDialog", "Ask a professional first"), _items(ask)
        ),
        "<p>{}</p>".format(
            QCoreApplication.translate(
                "FirstRunDialog",
                "In <b>Health profile</b> you can tick what applies to you. The app then "
                "leaves out the massage that could do harm and marks it on the body map.",
            )
        ),
    ]
    return "".join(parts)


class FirstRunDialog(QDialog):
    """Plain-language safety notice that the user confirms with "I understand".

    Args:
        catalog: The loaded content; its contraindications and stop rule are shown.
        parent: The owning window.

    Signals:
        None of its own. ``accepted`` means the user pressed "I understand"; ``rejected``
        means "Not now" or closing the window. Read ``acknowledged()`` after ``exec()``.
    """

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("FirstRunDialog", "Before you start"))
        self.setObjectName("firstRunDialog")
        self.resize(620, 680)

        title = QLabel(
            QCoreApplication.translate(
                "FirstRunDialog", "Welcome. Please read this before your first massage."
            ),
            self,
        )
        bold(title, 1.25)
        title.setWordWrap(True)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(
            QCoreApplication.translate("FirstRunDialog", "Safety notice")
        )
        self.browser.setHtml(first_run_html(catalog))
        self.stop_rule = Notice(stop_rule_html(catalog), Severity.DO_NOT_MASSAGE, self)
        self.stop_rule.setAccessibleName(QCoreApplication.translate("FirstRunDialog", "Stop rule"))

        self.buttons = QDialogButtonBox(self)
        self.understand_button = QPushButton(
            QCoreApplication.translate("FirstRunDialog", "I &understand"), self
        )
        self.understand_button.setDefault(True)
        self.not_now_button = QPushButton(
            QCoreApplication.translate("FirstRunDialog", "&Not now"), self
        )
        self.buttons.addButton(self.understand_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.not_now_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.stop_rule)
        layout.addWidget(self.buttons)

        self.understand_button.clicked.connect(self._on_understand_button_clicked)
        self.not_now_button.clicked.connect(self._on_not_now_button_clicked)
        self.understand_button.setFocus()

    def acknowledged(self) -> bool:
        """Whether the user pressed "I understand"."""
        return self.result() == QDialog.DialogCode.Accepted

    def text(self) -> str:
        """Everything the notice says, as plain text."""
        rule = QTextDocumentFragment.fromHtml(self.stop_rule.text()).toPlainText()
        return f"{self.browser.toPlainText()}\n{rule}"

    def _on_understand_button_clicked(self) -> None:
        self.accept()

    def _on_not_now_button_clicked(self) -> None:
        self.reject()

"""The first-run notes: four short screens, acknowledged with "I understand" at the end.

What the app is and is not, when not to massage, when to ask a professional first, and the
stop rule with the health profile. The warnings are listed from the catalog, so they stay
current; nothing the notes said as one long text is left out (tests/safety/test_dialogs.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Contraindication
from massage_desktop.domain.enums import Severity
from massage_desktop.ui.design.icons import icon
from massage_desktop.ui.design.screen import Card, DesignedDialog, bullet_list, text_label
from massage_desktop.ui.design.tokens import BODY_SMALL, XL, M, S
from massage_desktop.ui.guide.html import stop_rule
from massage_desktop.ui.i18n import fill
from massage_desktop.ui.safety.notice import stop_rule_html

WIDTH = 660
PAGE_HEIGHT = 480
"""The most a screen's content takes before it scrolls: the dialog stays under 700 px."""


@dataclass(frozen=True)
class _Page:
    heading: str
    icon: str
    tone: Severity | None


def warning_items(warnings: list[Contraindication], muted: str) -> list[str]:
    """Rich text per warning: its title in bold over its text in the muted colour."""
    return [
        f"<b>{escape(w.title)}</b><br/>"
        f"<span style='color:{muted}; font-size:{BODY_SMALL}px'>{escape(w.text)}</span>"
        for w in warnings
    ]


class FirstRunDialog(DesignedDialog):
    """The safety notes as short screens that the user confirms with "I understand".

    Args:
        catalog: The loaded content; its contraindications and stop rule are shown.
        parent: The owning window.

    Signals:
        healthProfileRequested(): "Set up my health profile" on the last screen was pressed;
            the notes are then accepted too, and the window opens the profile once they
            have closed.

    ``accepted`` means the user pressed "I understand" (or the profile button) on the last
    screen; ``rejected`` means "Not now" or closing the window. Read ``acknowledged()`` after
    ``exec()``.
    """

    healthProfileRequested = Signal()

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        self._pages = [
            _Page(
                QCoreApplication.translate("FirstRunDialog", "Welcome to Massage Desktop"),
                "spa",
                None,
            ),
            _Page(
                QCoreApplication.translate(
                    "FirstRunDialog", "Do not massage if any of these apply"
                ),
                "stop",
                Severity.DO_NOT_MASSAGE,
            ),
            _Page(
                QCoreApplication.translate("FirstRunDialog", "Ask a professional first"),
                "care",
                Severity.ASK_PROFESSIONAL,
            ),
            _Page(
                stop_rule(),  # "Stop at once on sharp pain, numbness or tingling."
                "shield",
                Severity.DO_NOT_MASSAGE,
            ),
        ]
        super().__init__(
            QCoreApplication.translate("FirstRunDialog", "Before you start"),
            self._pages[0].heading,
            self._pages[0].icon,
            parent=parent,
        )
        self.setObjectName("designedDialog")
        self.setAccessibleName(QCoreApplication.translate("FirstRunDialog", "Safety notice"))
        self.setMinimumWidth(WIDTH)
        general = list(catalog.contraindications.values())
        self._contents: list[tuple[QWidget, QVBoxLayout]] = []
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._welcome())
        self.stack.addWidget(self._warnings(general, Severity.DO_NOT_MASSAGE))
        self.stack.addWidget(self._warnings(general, Severity.ASK_PROFESSIONAL))
        self.stop_rule = Card(Severity.DO_NOT_MASSAGE, self)
        self.stop_rule.setAccessibleName(QCoreApplication.translate("FirstRunDialog", "Stop rule"))
        self.stop_rule.add_text(stop_rule_html(catalog))
        self.stack.addWidget(self._last())
        self.body.addWidget(self.stack)
        self.dots = QLabel(self)
        self.dots.setObjectName("pageDots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.addWidget(self.dots)
        self._buttons()
        self._show_page(0)
        self._fit_pages()

    def _fit_pages(self) -> None:
        # Tall enough for the longest screen without scrolling, up to what a 700 px high
        # screen leaves; the style sheet's fonts count only once the labels are polished.
        self.ensurePolished()
        # The width a page's text wraps to: the dialog's, less its margins, the page's own
        # right margin and room for the scroll bar; a little slack for rounding in the labels.
        width = WIDTH - 2 * XL - S - M
        needed = max(layout.heightForWidth(width) for _inner, layout in self._contents) + M
        self.stack.setMinimumHeight(min(needed, PAGE_HEIGHT))

    def _buttons(self) -> None:
        self.not_now_button = QPushButton(
            QCoreApplication.translate("FirstRunDialog", "&Not now"), self
        )
        self.not_now_button.setObjectName("quietButton")
        self.not_now_button.setAutoDefault(False)
        self.footer.insertWidget(0, self.not_now_button)  # apart from the page buttons
        self.back_button = self.add_secondary(QCoreApplication.translate("FirstRunDialog", "&Back"))
        self.next_button = QPushButton(QCoreApplication.translate("FirstRunDialog", "Ne&xt"), self)
        self.next_button.setObjectName("primaryButton")
        self.understand_button = self.set_primary(
            QCoreApplication.translate("FirstRunDialog", "I &understand")
        )
        self.footer.insertWidget(self.footer.indexOf(self.understand_button), self.next_button)
        self.not_now_button.clicked.connect(self._on_not_now_button_clicked)
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)

    def _page(self) -> tuple[QScrollArea, QVBoxLayout]:
        # Each screen scrolls rather than clip if a long translation or a large font needs it.
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(area)
        inner.setObjectName("firstRunPage")
        inner.setStyleSheet("#firstRunPage { background: transparent; }")
        # QScrollArea sizes its widget to at least the minimum size hint, which for wrapped
        # text is its height at the narrowest width: a page that fitted still scrolled. An
        # explicit minimum lets the area use the page's height for the width it really has.
        inner.setMinimumHeight(1)
        area.viewport().setAutoFillBackground(False)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, S, 0)
        layout.setSpacing(M)
        area.setWidget(inner)
        self._contents.append((inner, layout))
        return area, layout

    def _welcome(self) -> QWidget:
        area, layout = self._page()
        layout.addWidget(
            text_label(
                escape(
                    QCoreApplication.translate(
                        "FirstRunDialog",
                        "Massage Desktop shows you, step by step, how to give yourself or a "
                        "partner a gentle massage at home, as five massage guides describe it.",
                    )
                )
            )
        )
        card = Card(Severity.ASK_PROFESSIONAL, self)
        card.add_text(
            "<b>{}</b>".format(
                escape(QCoreApplication.translate("FirstRunDialog", "It is not medical care."))
            )
        )
        card.add_text(
            escape(
                QCoreApplication.translate(
                    "FirstRunDialog",
                    "It does not replace advice from a doctor, a physical therapist or a "
                    "licensed massage therapist, and it cannot tell whether massage is safe "
                    "for you.",
                )
            )
        )
        card.add_text(
            escape(
                QCoreApplication.translate(
                    "FirstRunDialog", "If in doubt, ask a professional first."
                )
            )
        )
        layout.addWidget(card)
        layout.addStretch(1)
        return area

    def _warnings(self, general: list[Contraindication], severity: Severity) -> QWidget:
        area, layout = self._page()
        chosen = [w for w in general if w.severity is severity]
        layout.addWidget(bullet_list(warning_items(chosen, self.colours.muted), self))
        layout.addStretch(1)
        return area

    def _last(self) -> QWidget:
        area, layout = self._page()
        layout.addWidget(self.stop_rule)
        profile = QCoreApplication.translate(
            "FirstRunDialog",
            "In <b>Health profile</b> you can tick what applies to you. The app then "
            "leaves out the massage that could do harm and marks it on the body map.",
        )
        row = Card(None, self)
        row.add_text(profile)
        # The way there, right under what it does (the footer has no room for a fourth button).
        self.profile_button = QPushButton(
            QCoreApplication.translate("FirstRunDialog", "Set up my &health profile"), row
        )
        self.profile_button.setObjectName("quietButton")
        self.profile_button.setAutoDefault(False)
        self.profile_button.clicked.connect(self._on_profile_button_clicked)
        row.body.addWidget(self.profile_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(row)
        layout.addStretch(1)
        return area

    def _show_page(self, index: int) -> None:
        page = self._pages[index]
        self.stack.setCurrentIndex(index)
        self.heading.setText(escape(page.heading))
        self.heading.setAccessibleName(page.heading)
        self.badge.setProperty("tone", page.tone.value if page.tone else None)
        ink = self.colours.accent if page.tone is None else self.colours.severity[page.tone].ink
        self.badge.setPixmap(icon(page.icon, ink, 26).pixmap(26, 26))
        self.badge.style().unpolish(self.badge)
        self.badge.style().polish(self.badge)
        last = index == len(self._pages) - 1
        self.back_button.setVisible(index > 0)  # nothing to go back to on the first screen
        self.next_button.setVisible(not last)
        self.understand_button.setVisible(last)
        (self.understand_button if last else self.next_button).setDefault(True)
        (self.understand_button if last else self.next_button).setFocus()
        self.dots.setText(" ".join("●" if i == index else "○" for i in range(len(self._pages))))
        self.dots.setAccessibleName(
            fill(
                QCoreApplication.translate("FirstRunDialog", "Page %1 of %2"),
                index + 1,
                len(self._pages),
            )
        )

    def page(self) -> int:
        """The index of the screen shown (0 to 3)."""
        return self.stack.currentIndex()

    def acknowledged(self) -> bool:
        """Whether the user pressed "I understand"."""
        return self.result() == QDialog.DialogCode.Accepted

    def text(self) -> str:
        """Everything the notes say on all screens, as plain text, screen by screen."""
        parts: list[str] = []
        for page, (inner, _layout) in zip(self._pages, self._contents, strict=True):
            parts.append(page.heading)
            for label in inner.findChildren(QLabel):
                parts.append(QTextDocumentFragment.fromHtml(label.text()).toPlainText())
        return "\n".join(parts)

    def _on_next_button_clicked(self) -> None:
        self._show_page(min(self.page() + 1, len(self._pages) - 1))

    def _on_back_button_clicked(self) -> None:
        self._show_page(max(self.page() - 1, 0))

    def _on_profile_button_clicked(self) -> None:
        # Pressed on the last screen, after the notes: as good as "I understand".
        self.healthProfileRequested.emit()
        self.accept()

    def _on_not_now_button_clicked(self) -> None:
        self.reject()

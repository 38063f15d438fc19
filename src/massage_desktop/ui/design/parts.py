"""The parts a designed dialog is built of: cards, bullet lists, text labels, icon badges.

Kept apart from ``screen`` (the dialog itself) so each stays a small module (house rule 9).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.domain.enums import Severity
from massage_desktop.ui.design.dialog_sheet import BADGE, px
from massage_desktop.ui.design.icons import icon
from massage_desktop.ui.design.tokens import (
    XS,
    Colours,
    L,
    M,
    S,
)


class Card(QFrame):
    """A rounded card; with a severity it takes that severity's paper, edge and ink."""

    def __init__(self, tone: Severity | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        if tone is not None:
            self.setProperty("tone", tone.value)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(L, M, L, M)
        self.body.setSpacing(S)

    def add_text(self, html: str, role: str = "body") -> QLabel:
        """A word-wrapped label in the card (rich text: escape plain text)."""
        label = text_label(html, role, self)
        self.body.addWidget(label)
        return label

    def add_bullets(self, items: list[str]) -> QWidget:
        """A bulleted list in the card (rich text allowed in each item)."""
        box = bullet_list(items, self)
        self.body.addWidget(box)
        return box


def bullet_list(items: list[str], parent: QWidget | None = None) -> QWidget:
    """Word-wrapped items (rich text allowed) with hanging bullets, one label per item.

    One label per item rather than an HTML list or table: QLabel indents ``<ul>`` by 40 px
    and under-reports the height of a wrapped table, so a long German item was cut off.
    """
    box = QWidget(parent)
    layout = QGridLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setHorizontalSpacing(S)
    layout.setVerticalSpacing(XS)
    for row, item in enumerate(items):
        layout.addWidget(text_label("•", "body", box), row, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(text_label(item, "body", box), row, 1)
    layout.setColumnStretch(1, 1)
    return box


def text_label(html: str, role: str = "body", parent: QWidget | None = None) -> QLabel:
    """A word-wrapped label with a type-scale ``role`` (heading, title, body, muted...).

    The text is always rich text, so plain text must be escaped (``html.escape``): with
    Qt's automatic detection an escaped "&" or "'" in a text without tags showed as "&amp;".
    """
    label = QLabel(html, parent)
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def icon_badge(
    name: str, c: Colours, tone: Severity | None, scale: float, parent: QWidget
) -> QLabel:
    """The icon ``name`` on a round tinted badge, in the accent or the severity's ink."""
    size = px(BADGE, scale)
    badge = QLabel(parent)
    badge.setObjectName("iconBadge")
    if tone is not None:
        badge.setProperty("tone", tone.value)
    ink = c.accent if tone is None else c.severity[tone].ink
    glyph = px(26, scale)
    badge.setPixmap(icon(name, ink, glyph).pixmap(glyph, glyph))
    badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
    badge.setFixedSize(size, size)
    return badge

"""Technique and routine rows drawn as rounded cards: a bold name over a muted detail line.

A row's text is ``"Name  · detail · detail"``; the delegate draws the part before the first
``"  · "`` as the card's title and the rest as its second line, so the list model (and the
tests and screen readers that read it) keeps one plain string per row.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QListWidget, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from massage_desktop.ui.design.tokens import RADIUS_CONTROL, XS, M, S

SEPARATOR = "  · "
_Index = QModelIndex | QPersistentModelIndex


def split_row(text: str) -> tuple[str, str]:
    """The card's title and its detail line."""
    title, _, detail = text.partition(SEPARATOR)
    return title, detail


class CardDelegate(QStyledItemDelegate):
    """Paints each row as a card; selection is a tinted card with a 2 px accent edge."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        title.setPointSizeF(option.font.pointSizeF() * 1.1)
        detail = QFont(option.font)
        detail.setPointSizeF(option.font.pointSizeF() * 0.95)
        return title, detail

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        """Two lines of text with the card's padding."""
        title, detail = self._fonts(option)
        height = QFontMetrics(title).height() + QFontMetrics(detail).height() + 2 * M + XS
        return QSize(option.rect.width(), height + 2 * XS)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """Draw the card, its title and detail, elided to the card's width."""
        # The style sheet makes the list's own Base transparent: take the application's.
        palette = QGuiApplication.palette()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        accent = palette.color(QPalette.ColorRole.Highlight)
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        card = QRectF(option.rect.adjusted(1, XS, -1, -XS))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = _mix(accent, base, 0.14) if selected else base
        if selected:
            edge, width = accent, 2.0
        elif hovered:
            edge, width = palette.color(QPalette.ColorRole.Mid), 1.0
        else:
            edge, width = _mix(text, base, 0.16), 1.0
        painter.setBrush(fill)
        painter.setPen(QPen(edge, width))
        painter.drawRoundedRect(
            card.adjusted(width / 2, width / 2, -width / 2, -width / 2),
            RADIUS_CONTROL + 2,
            RADIUS_CONTROL + 2,
        )
        if focused:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(accent, 2.0, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(card.adjusted(3, 3, -3, -3), RADIUS_CONTROL, RADIUS_CONTROL)
        title_text, detail_text = split_row(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        title_font, detail_font = self._fonts(option)
        inner = card.toRect().adjusted(M, S, -M, -S)
        painter.setFont(title_font)
        painter.setPen(text)
        title_height = painter.fontMetrics().height()
        elided = painter.fontMetrics().elidedText(
            title_text, Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), title_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            elided,
        )
        painter.setFont(detail_font)
        painter.setPen(text if selected else muted)
        detail = painter.fontMetrics().elidedText(
            detail_text.replace(SEPARATOR, " · "), Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(
            QRect(
                inner.left(),
                inner.top() + title_height + XS,
                inner.width(),
                painter.fontMetrics().height(),
            ),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            detail,
        )
        painter.restore()


def make_card_list(view: QListWidget) -> None:
    """Turn a plain list into a list of cards (no frame, hover tracking, smooth scrolling)."""
    view.setObjectName("cardList")
    view.setItemDelegate(CardDelegate(view))
    view.setFrameShape(QListWidget.Shape.NoFrame)
    view.setMouseTracking(True)
    view.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # The list shows all its cards; the guide's column around it scrolls.
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``amount`` of ``a`` over ``b``."""
    return QColor.fromRgbF(
        a.redF() * amount + b.redF() * (1 - amount),
        a.greenF() * amount + b.greenF() * (1 - amount),
        a.blueF() * amount + b.blueF() * (1 - amount),
    )

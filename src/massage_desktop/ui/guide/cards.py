"""Technique and routine rows drawn as rounded cards: a bold name over a muted detail line.

A row's text is ``"Name  · detail · detail"``; the delegate draws the part before the first
``"  · "`` as the card's title and the rest as its detail line, so the list model (and the
tests and screen readers that read it) keeps one plain string per row. A technique's
technical term (``TERM_ROLE``, e.g. "effleurage") follows the name in grey.

Titles wrap instead of being cut with "…": German names such as "Mit dem Handballen über die
Kniescheibe gleiten" need two lines on a narrow guide, and each card is as tall as its text.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontInfo,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QListWidget, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from massage_desktop.ui.design.tokens import RADIUS_CONTROL, XS, M, S

SEPARATOR = "  · "
TERM_ROLE = Qt.ItemDataRole.UserRole + 1
"""Item data: the technique's technical term, drawn in grey after its name."""
_Index = QModelIndex | QPersistentModelIndex
_TITLE_SCALE = 1.1
_DETAIL_SCALE = 0.95
_HEIGHTS: dict[tuple[str, str, str, int, float], float] = {}
"""A card text's height by its text, term, font and width; the colours do not change it.

Lists ask each row's size many times (each fit of the guide's column, each resize), and
laying out a fresh document every time was a sixth of a main window's start. Plain numbers,
kept for the process: a few thousand cards at most, cleared when more.

Module-level, yet not one of the global singletons docs/architecture.md rules out: it holds
the results of a pure measurement keyed by all it depends on, so nothing behaves differently
whether it is empty or full, and nothing needs handing down or resetting. Kept across windows
on purpose: an object a window owned would measure every card again in each new window (each
test builds its own), which was the cost removed here.
"""
_HEIGHTS_KEPT = 4096


def split_row(text: str) -> tuple[str, str]:
    """The card's title and its detail line."""
    title, _, detail = text.partition(SEPARATOR)
    return title, detail


def card_document(
    text: str, term: str, font: QFont, width: float, ink: QColor, muted: QColor
) -> QTextDocument:
    """The card's text laid out at ``width``: name (and term) wrapped, then the details."""
    title, detail = split_row(text)
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    # Pixels, not points: a style sheet may have set the font in pixels (pointSizeF is -1).
    size = QFontInfo(font).pixelSize()
    grey = f' <span style="color:{muted.name()}; font-weight:400;">· {escape(term)}</span>'
    parts = [
        f'<div style="color:{ink.name()}; font-size:{round(size * _TITLE_SCALE)}px;">'
        f"<b>{escape(title)}</b>{grey if term else ''}</div>"
    ]
    if detail:
        shown = escape(detail.replace(SEPARATOR, " · "))
        parts.append(
            f'<div style="color:{muted.name()}; font-size:{round(size * _DETAIL_SCALE)}px;'
            f' margin-top:{XS}px;">{shown}</div>'
        )
    document.setHtml("".join(parts))
    document.setTextWidth(max(40.0, width))
    return document


class CardDelegate(QStyledItemDelegate):
    """Paints each row as a card; selection is a tinted card with a 2 px accent edge."""

    def _document(self, option: QStyleOptionViewItem, index: _Index, width: float) -> QTextDocument:
        palette = QGuiApplication.palette()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        ink = palette.color(QPalette.ColorRole.Text)
        muted = ink if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        term = str(index.data(TERM_ROLE) or "")
        return card_document(text, term, option.font, width, ink, muted)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        """The wrapped text with the card's padding, at the list's width."""
        view = option.widget
        width = view.width() if view is not None else option.rect.width()
        height = self.text_height(option, index, width - 2 - 2 * M) + 2 * S + 2 * XS
        return QSize(max(1, option.rect.width()), int(height) + 1)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """Draw the card and its wrapped title and detail."""
        card = QRectF(option.rect.adjusted(1, XS, -1, -XS))
        painter.save()
        draw_card(painter, option, card, RADIUS_CONTROL + 2, focus_width=2.0)
        inner = card.adjusted(M, S, -M, -S)
        document = self._document(option, index, inner.width())
        painter.translate(inner.topLeft())
        document.drawContents(painter, QRectF(0, 0, inner.width(), inner.height()))
        painter.restore()

    def text_height(self, option: QStyleOptionViewItem, index: _Index, width: float) -> float:
        """The height the card's text needs at ``width`` (tests check nothing is cut)."""
        font = option.font
        key = (
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            str(index.data(TERM_ROLE) or ""),
            font.key(),
            QFontInfo(font).pixelSize(),
            width,
        )
        height = _HEIGHTS.get(key)
        if height is None:
            if len(_HEIGHTS) >= _HEIGHTS_KEPT:
                _HEIGHTS.clear()
            height = _HEIGHTS[key] = float(self._document(option, index, width).size().height())
        return height


class CardList(QListWidget):
    """A list of cards that Tab only focuses: choosing a card takes arrows, Enter or Space.

    Qt makes the first row current when Tab brings focus to a list with none, and the guide
    shows the current card: tabbing past the welcome's routines opened Knee care and turned
    Start into "Start · 12:00" (walk 5, finding 26). Here that first row only gets the
    focus ring, without ``currentItemChanged``; arrow keys then move and show as before, and
    Enter or Space choose the ringed card through ``itemActivated``.
    """

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: D102 - QWidget API
        if self.currentItem() is not None:
            super().focusInEvent(event)
            return
        self.blockSignals(True)
        try:
            super().focusInEvent(event)
        finally:
            self.blockSignals(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: D102 - QWidget API
        item = self.currentItem()
        if event.key() == Qt.Key.Key_Space and item is not None and not event.modifiers():
            # Space chooses like Enter; Qt would only select the row, which shows nothing.
            self.itemActivated.emit(item)
            event.accept()
            return
        super().keyPressEvent(event)


def make_card_list(view: QListWidget) -> None:
    """Turn a plain list into a list of cards (no frame, hover tracking, smooth scrolling)."""
    view.setObjectName("cardList")
    view.setItemDelegate(CardDelegate(view))
    view.setFrameShape(QListWidget.Shape.NoFrame)
    view.setMouseTracking(True)
    view.setWordWrap(True)
    # Cards are as tall as their wrapped text, which depends on the width.
    view.setResizeMode(QListWidget.ResizeMode.Adjust)
    view.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # The list shows all its cards; the guide's column around it scrolls.
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def draw_card(
    painter: QPainter,
    option: QStyleOptionViewItem,
    card: QRectF,
    radius: float,
    *,
    focus_width: float,
) -> None:
    """A list row's rounded card: accent edge and tint when selected, a solid focus ring."""
    # The style sheet makes the list's own Base transparent: take the application's.
    palette = QGuiApplication.palette()
    accent = palette.color(QPalette.ColorRole.Highlight)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if option.state & QStyle.StateFlag.State_Selected:
        edge, width, fill = accent, 2.0, _mix(accent, base, 0.14)
    elif option.state & QStyle.StateFlag.State_MouseOver:
        edge, width, fill = palette.color(QPalette.ColorRole.Mid), 1.0, base
    else:
        edge, width, fill = _mix(text, base, 0.16), 1.0, base
    painter.setBrush(fill)
    painter.setPen(QPen(edge, width))
    half = width / 2
    painter.drawRoundedRect(card.adjusted(half, half, -half, -half), radius, radius)
    if option.state & QStyle.StateFlag.State_HasFocus:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # Solid, inside the edge: a dashed ring read as Qt's default focus rectangle (walk 4).
        painter.setPen(QPen(accent, focus_width))
        painter.drawRoundedRect(card.adjusted(3, 3, -3, -3), RADIUS_CONTROL, RADIUS_CONTROL)


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``amount`` of ``a`` over ``b``."""
    return QColor.fromRgbF(
        a.redF() * amount + b.redF() * (1 - amount),
        a.greenF() * amount + b.greenF() * (1 - amount),
        a.blueF() * amount + b.blueF() * (1 - amount),
    )

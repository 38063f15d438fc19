"""The routine's steps as compact rows: a drag handle, the name, and the side and time.

A row's text stays one plain string, ``"Name  · side · time"`` (``guide.cards.SEPARATOR``),
for tests and screen readers; the delegate draws it on one line, the name elided at its end
and the details on the right (cut at their end too when short of room), so a 16-step
routine shows most of its steps at once.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from massage_desktop.ui.design.dialog_sheet import px
from massage_desktop.ui.design.tokens import BODY, RADIUS_CONTROL, XL, M, S
from massage_desktop.ui.guide.cards import SEPARATOR, draw_card, split_row
from massage_desktop.ui.guide.text_scale import scaled_font

HANDLE = "⠿"
"""The drag handle drawn at the start of each row."""
ROW_HEIGHT = 36
GAP = 2
"""Above and below each row's card."""
_Index = QModelIndex | QPersistentModelIndex


class StepRowDelegate(QStyledItemDelegate):
    """One line per step: handle, bold name (elided), details right-aligned in full."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        """One line of text with a little padding; at least ``ROW_HEIGHT``."""
        height = QFontMetrics(option.font).height() + 2 * S + 2
        return QSize(option.rect.width(), max(ROW_HEIGHT, height))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """Draw the row's card, handle, name and details."""
        palette = QGuiApplication.palette()
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        # The gap between rows is inside each row: the list's spacing would shift the rows
        # right by as much and cut their right edge.
        card = QRectF(option.rect.adjusted(1, GAP, -1, -GAP))
        painter.save()
        draw_card(painter, option, card, RADIUS_CONTROL, focus_width=1.0)
        title, detail = split_row(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        detail = detail.replace(SEPARATOR, " · ")
        inner = card.toRect().adjusted(S, 0, -M, 0)
        font = option.font
        painter.setFont(font)
        metrics = painter.fontMetrics()
        painter.setPen(muted)
        handle_width = metrics.horizontalAdvance(HANDLE) + S
        painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter, HANDLE)
        inner.setLeft(inner.left() + handle_width)
        painter.setPen(text)
        shown_detail = shown_details(metrics, detail, inner.width())
        detail_width = metrics.horizontalAdvance(shown_detail) + 2
        painter.drawText(
            QRect(inner.right() - detail_width + 1, inner.top(), detail_width, inner.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            shown_detail,
        )
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        room = inner.width() - detail_width - M
        name = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, room)
        painter.drawText(
            QRect(inner.left(), inner.top(), room, inner.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            name,
        )
        painter.restore()


def shown_details(metrics: QFontMetrics, detail: str, width: int) -> str:
    """A row's details as drawn in a row ``width`` pixels wide: at most half of it.

    Short of room, the place they start with is shortened at its end and the side, time
    and marks stay whole; cut at the front, "…wrist · Both sides · 2 min" lost the place
    (walk 9, P3-g). The row's tooltip has the whole line.
    """
    # A pixel of slack: elidedText measured a little wider than horizontalAdvance.
    room = min(metrics.horizontalAdvance(detail) + 2, width // 2)
    if metrics.horizontalAdvance(detail) + 2 <= room:
        return detail
    place, sep, rest = detail.partition(" · ")
    left = room - metrics.horizontalAdvance(sep + rest) - 2
    if rest and left >= metrics.horizontalAdvance(place[:4] + "…"):
        return metrics.elidedText(place, Qt.TextElideMode.ElideRight, left) + sep + rest
    return metrics.elidedText(detail, Qt.TextElideMode.ElideRight, room)


class StepList(QListWidget):
    """The routine's steps; drag one to a new place, or move it with Alt+Up and Alt+Down.

    Signals:
        moveRequested(int, int): move the step at the first row to the second.
    """

    moveRequested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(StepRowDelegate(self))
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setMouseTracking(True)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.model().rowsMoved.connect(self._on_model_rows_moved)
        self._empty_text = ""
        self._text_scale = 1.0

    def set_text_scale(self, scale: float) -> None:
        """Draw the rows and the empty list's sentence ``scale`` times their size."""
        self._text_scale = scale
        self.setFont(scaled_font(scale))
        self.viewport().update()

    def set_empty_text(self, text: str) -> None:
        """What the list says while the routine has no steps: how to add the first one."""
        self._empty_text = text
        self.setAccessibleDescription(text)
        self.viewport().update()

    def empty_text(self) -> str:
        """The sentence shown while the list is empty."""
        return self._empty_text

    def paintEvent(self, event: QPaintEvent) -> None:
        """The rows; with none, the way to add the first step, in the middle of the list."""
        super().paintEvent(event)
        if self.count() or not self._empty_text:
            return
        painter = QPainter(self.viewport())
        font = QFont(self.font())
        font.setPixelSize(px(BODY, self._text_scale))  # read, not skimmed: body text's size
        painter.setFont(font)
        painter.setPen(QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(XL, XL, -XL, -XL)
        painter.drawText(
            area,
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            self._empty_text,
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Alt+Up and Alt+Down move the current step; other keys as usual."""
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
        row = self.currentRow()
        if step and event.modifiers() == Qt.KeyboardModifier.AltModifier and row >= 0:
            if 0 <= row + step < self.count():
                self.moveRequested.emit(row, row + step)
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_model_rows_moved(
        self,
        _parent: QModelIndex | QPersistentModelIndex,
        start: int,
        _end: int,
        _destination: QModelIndex | QPersistentModelIndex,
        row: int,
    ) -> None:
        # The model reports the row *before which* the item was dropped, counted before the
        # move; the controller re-fills the list from its draft, which stays the one truth.
        self.moveRequested.emit(start, row if row < start else row - 1)

"""A table cell that wraps at word boundaries, and inside a word only when it must.

Qt's item views wrap at word boundaries only and cut a word wider than its cell with "…":
at large text a German step name such as "Aufwärmstreichungen für das Knie" lost the end of
its first word. This delegate lays the text out with ``WrapAtWordBoundaryOrAnywhere``, and
``wrapped_lines`` tells the table how many lines a cell needs.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

MARGIN = 4
"""Pixels between the cell's edge and its text, each side (as Qt's own cells)."""


def _option() -> QTextOption:
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


def wrapped_lines(text: str, font: QFont, width: int) -> int:
    """How many lines ``text`` takes in ``font`` within ``width`` px (at least 1)."""
    layout = QTextLayout(text, font)
    layout.setTextOption(_option())
    layout.beginLayout()
    lines = 0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        lines += 1
    layout.endLayout()
    return max(1, lines)


class WrapAnywhereDelegate(QStyledItemDelegate):
    """Draws a cell's text wrapped, breaking a word only where it is wider than the cell."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """The cell's background and focus as Qt draws them, then the wrapped text."""
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text = item.text
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(item.font)
        painter.setPen(item.palette.color(role))
        area = QRectF(item.rect).adjusted(MARGIN, 0, -MARGIN, 0)
        lines = wrapped_lines(text, item.font, int(area.width()))
        height = lines * painter.fontMetrics().lineSpacing()
        top = area.top() + max(0.0, (area.height() - height) / 2)
        text_option = _option()
        text_option.setAlignment(Qt.AlignmentFlag.AlignLeft)
        painter.setClipRect(item.rect)
        painter.drawText(QRectF(QPointF(area.left(), top), area.size()), text, text_option)
        painter.restore()

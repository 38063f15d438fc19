"""A table cell that wraps at word boundaries only, and elides what it cannot show.

Qt's item views wrap with ``WrapAtWordBoundaryOrAnywhere``: at large text a German step name
such as "Aufwärmstreichungen für das Knie" was cut inside its first word ("Aufwärmstreichun"
over "gen für das Knie"), which reads as two words that do not exist (walk 4). This delegate
breaks lines where the text allows it (spaces, hyphens, soft hyphens, shown as "-"); a word
wider than the cell ends in "…", as does the last line that fits when more lines follow.
The cell's tooltip has the whole text; ``wrapped_lines`` tells the table how many lines a
cell needs.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from massage_desktop.ui.design.text_lines import layout_lines

MARGIN = 4
"""Pixels between the cell's edge and its text, each side (as Qt's own cells)."""
ELLIPSIS = "\u2026"


def wrapped_text(text: str, font: QFont, width: int, max_lines: int | None = None) -> list[str]:
    """The lines ``text`` is drawn as in ``font`` within ``width`` px, broken between words.

    Args:
        text: The cell's text.
        font: The cell's font.
        width: The room for a line, in pixels.
        max_lines: At most this many lines; the last one shown ends in "…" when more follow.

    Returns:
        The lines as drawn: a line ends inside a word only with "…".
    """
    width = max(1, width)
    metrics = QFontMetrics(font)
    lines: list[str] = []
    for line in layout_lines(text, font, width):
        if metrics.horizontalAdvance(line) > width:  # one word wider than the cell
            line = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
        lines.append(line)
    if max_lines is not None and len(lines) > max(1, max_lines):
        keep = max(1, max_lines)
        last = lines[keep - 1].rstrip(ELLIPSIS) + ELLIPSIS
        while metrics.horizontalAdvance(last) > width and len(last) > 1:
            last = last[:-2].rstrip() + ELLIPSIS
        lines = [*lines[: keep - 1], last]
    return lines or [""]


def wrapped_lines(text: str, font: QFont, width: int) -> int:
    """How many lines ``text`` takes in ``font`` within ``width`` px (at least 1)."""
    return len(wrapped_text(text, font, width))


class WordWrapDelegate(QStyledItemDelegate):
    """Draws a cell's text wrapped between words, eliding a word wider than the cell."""

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
        spacing = painter.fontMetrics().lineSpacing()
        fit = max(1, int(area.height() // spacing))
        lines = wrapped_text(text, item.font, int(area.width()), fit)
        top = area.top() + max(0.0, (area.height() - len(lines) * spacing) / 2)
        painter.setClipRect(item.rect)
        for number, line in enumerate(lines):
            box = QRectF(QPointF(area.left(), top + number * spacing), area.size())
            painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), line)
        painter.restore()

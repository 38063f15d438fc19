"""The rows of the region list: their roles, the filter that keeps headings, and the painter.

Split from ``region_list.py`` (the panel) to keep both small: the panel builds the model with
these roles, the filter hides what does not match, and the delegate draws a name with its
status under it ("Ruled out", "Resting today").
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from massage_desktop.ui.bodymap.name_lines import name_lines
from massage_desktop.ui.design.screen import dialog_colours
from massage_desktop.ui.design.tokens import BODY, BODY_SMALL, CAPTION, XS, M, S, colours

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
VIEW_ROLE = Qt.ItemDataRole.UserRole + 3
HEADING_ROLE = Qt.ItemDataRole.UserRole + 4
STATUS_ROLE = Qt.ItemDataRole.UserRole + 5
Index = QModelIndex | QPersistentModelIndex


class RegionFilter(QSortFilterProxyModel):
    """Keeps the rows whose name or aliases contain every word typed, in any letter case."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []

    def set_text(self, text: str) -> None:
        """Keep the rows whose search text holds every word of ``text``."""
        # invalidateFilter() is deprecated from Qt 6.10 and begin/endFilterChange() only exist
        # from 6.9, while the app supports 6.6: invalidate() works on all of them.
        self._terms = text.casefold().split()
        self.invalidate()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        """A region that matches, or a heading while any region of its view does."""
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if index.data(HEADING_ROLE):
            # A heading stays while any region under it passes.
            view = index.data(VIEW_ROLE)
            return any(
                self._matches(model.index(row, 0, source_parent))
                for row in range(model.rowCount(source_parent))
                if not model.index(row, 0, source_parent).data(HEADING_ROLE)
                and model.index(row, 0, source_parent).data(VIEW_ROLE) == view
            )
        return self._matches(index)

    def _matches(self, index: QModelIndex) -> bool:
        haystack = str(index.data(SEARCH_ROLE))
        return all(term in haystack for term in self._terms)


class RegionDelegate(QStyledItemDelegate):
    """Draws a view's heading as a quiet caption, and a region's status in words under it.

    A long name wraps rather than being cut: the drawer is narrow, and "Right armpit and
    lower shoulder" or a German name did not fit one line. A word wider than the row breaks
    with a hyphen, between the parts of a compound where it can (``name_lines``).
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """A heading as tall as a caption with room above; a row its lines and padding."""
        widget = option.widget
        if index.data(HEADING_ROLE):
            return QSize(0, CAPTION + M + S + XS)
        width = widget.viewport().width() if isinstance(widget, QAbstractItemView) else 240
        font = QFont(option.font)
        height = sum(rect.height() for rect in row_lines(font, index, width - 2 * M))
        return QSize(width, height + 2 * S)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """The row's background by the style sheet, then the name and the status line."""
        widget = option.widget
        # The window's palette: the list's own takes its transparent background (read as dark).
        c = dialog_colours(widget.window()) if widget is not None else colours("light")
        rect = QRect(option.rect).adjusted(M, 0, -M, 0)
        painter.save()
        font = QFont(option.font)
        if index.data(HEADING_ROLE):
            font.setPixelSize(CAPTION)
            font.setBold(True)
            font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1)
            painter.setFont(font)
            painter.setPen(QColor(c.muted))
            painter.drawText(
                rect.adjusted(0, 0, 0, -XS),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                str(index.data()).upper(),
            )
            painter.restore()
            return
        style_option = QStyleOptionViewItem(option)
        self.initStyleOption(style_option, index)
        style_option.text = ""
        if widget is not None:
            widget.style().drawControl(
                QStyle.ControlElement.CE_ItemViewItem, style_option, painter, widget
            )
        top = rect.top() + S
        for (text, role), box in zip(
            _texts(index), row_lines(font, index, rect.width()), strict=True
        ):
            painter.setFont(_font(font, role))
            painter.setPen(QColor(c.text if role == "name" else c.muted))
            area = QRect(rect.left(), top, rect.width(), box.height())
            painter.drawText(area, _FLAGS, _broken(_font(font, role), text, rect.width()))
            top += box.height()
        painter.restore()


_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


def _broken(font: QFont, text: str, width: int) -> str:
    """``text`` broken into the lines it is drawn as (``name_lines``), one per line.

    Qt's wrap broke a word wider than the row wherever the row ended, without a hyphen
    ("Oberschenkeli" over "nnenseite"); word wrap alone cut it at the edge (walk 12).
    """
    return "\n".join(name_lines(text, font, width))


def _texts(index: Index) -> list[tuple[str, str]]:
    """A row's texts: its name, then its status, after the ⊘ the guide marks them with too."""
    texts = [(str(index.data()), "name")]
    status = index.data(STATUS_ROLE)
    if status:
        texts.append((f"\u2298 {status}", "status"))
    return texts


def _font(base: QFont, role: str) -> QFont:
    font = QFont(base)
    font.setPixelSize(BODY if role == "name" else BODY_SMALL)
    return font


def drawn_lines(base: QFont, index: Index, width: int) -> list[str]:
    """The lines a row is drawn as at ``width``: its name's, then its status's."""
    return [
        line for text, role in _texts(index) for line in name_lines(text, _font(base, role), width)
    ]


def row_lines(base: QFont, index: Index, width: int) -> list[QRect]:
    """The wrapped size of each of a row's texts at ``width``."""
    return [
        QFontMetrics(_font(base, role)).boundingRect(
            QRect(0, 0, max(1, width), 10_000), _FLAGS, _broken(_font(base, role), text, width)
        )
        for text, role in _texts(index)
    ]

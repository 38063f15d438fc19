"""The search field's drop-down: results as designed rows, or a line saying nothing matched.

Each row shows the name at the left, elided when it is too long (the whole text is in the
tooltip and the accessible name), and what it is (technique, routine, region) at the right,
so a long German name never pushes the kind out of sight or brings a horizontal scroll bar.
The alias that matched stays whole and the name is cut before it: it says why the row is
there, and "(hamstring m…" said nothing (walk 5, finding 21).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.content.search import Hit
from massage_desktop.ui.design.tokens import XS, M, S, colours
from massage_desktop.ui.theme import is_dark

MIN_ROWS = 6
"""Rows shown at once when there are that many results and the screen has room."""
MAX_ROWS = 8
MIN_WIDTH = 360
HIT_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
MATCH_ROLE = Qt.ItemDataRole.UserRole + 3
"""The alias that matched, as shown after the name ("(back of thigh massage)"), or ""."""

Index = QModelIndex | QPersistentModelIndex


class _RowDelegate(QStyledItemDelegate):
    """Paints a result: the name (elided) at the left, its kind in muted text at the right."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """One line of text with room around it: rows easy to hit and to tell apart.

        No width of its own: a row is as wide as the list and elides its name to fit, so the
        list never needs a horizontal scroll bar.
        """
        return QSize(1, option.fontMetrics.height() + 2 * S + XS)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """The row's background from the style sheet, then the two texts."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = opt.rect.adjusted(M, 0, -M, 0)
        metrics = opt.fontMetrics
        kind = str(index.data(KIND_ROLE) or "")
        name = fit_name(metrics, index, name_room(opt.rect.width(), metrics, kind))
        centred = Qt.AlignmentFlag.AlignVCenter
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(opt.palette.ColorRole.Text))
        painter.drawText(rect, centred | Qt.AlignmentFlag.AlignLeft, name)
        painter.setPen(QColor(_muted()))
        painter.drawText(rect, centred | Qt.AlignmentFlag.AlignRight, kind)
        painter.restore()


def name_room(row_width: int, metrics: QFontMetrics, kind: str) -> int:
    """The width left for the name in a row ``row_width`` wide (margins included)."""
    return max(0, row_width - 2 * M - metrics.horizontalAdvance(kind) - M)


def fit_name(metrics: QFontMetrics, index: Index, width: int) -> str:
    """The row's name in ``width``: the name cut before a matched alias, which stays whole.

    When the alias alone takes most of the room, the whole text is cut at its end instead.
    """
    name = str(index.data(NAME_ROLE) or "")
    alias = str(index.data(MATCH_ROLE) or "")
    whole = f"{name} {alias}" if alias else name
    room = width - metrics.horizontalAdvance(f" {alias}")
    if not alias or metrics.horizontalAdvance(whole) <= width or room < width // 3:
        return metrics.elidedText(whole, Qt.TextElideMode.ElideRight, width)
    return f"{metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)} {alias}"


def _muted() -> str:
    app = QApplication.instance()
    dark = isinstance(app, QApplication) and is_dark(app)
    return colours("dark" if dark else "light").muted


class SearchPopup(QFrame):
    """A frameless window under the search field; it never takes the keyboard focus."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        # ToolTip: shown without activating, so typing goes on in the field underneath.
        self.setWindowFlags(Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("searchPopup")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list = QListWidget(self)
        self.list.setObjectName("searchResults")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setUniformItemSizes(True)
        self.list.setMouseTracking(True)  # hover tint
        self.list.setItemDelegate(_RowDelegate(self.list))
        self.empty = QLabel(self)
        self.empty.setObjectName("searchEmpty")
        self.empty.setWordWrap(True)
        self.empty.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(XS, XS, XS, XS)
        layout.setSpacing(0)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)

    def set_hits(self, hits: list[Hit], kinds: list[str]) -> None:
        """Show ``hits`` (with the translated kind of each), the first one current."""
        self.list.clear()
        for hit, kind in zip(hits, kinds, strict=True):
            alias, label = "", hit.label
            if hit.matched.casefold() not in hit.label.casefold():
                alias = f"({hit.matched})"
                # The alias that matched says why the row is there; the label's own term in
                # brackets beside it made two: "… (flushing) (calf flushing)" (walk 9, P3-e).
                if label.endswith(")") and " (" in label:
                    label = label.rsplit(" (", 1)[0]
            name = f"{label} {alias}" if alias else label
            whole = f"{name} — {kind}"
            item = QListWidgetItem(whole)  # the text screen readers read
            item.setToolTip(whole)
            item.setData(HIT_ROLE, hit)
            item.setData(NAME_ROLE, label)
            item.setData(MATCH_ROLE, alias)
            item.setData(KIND_ROLE, kind)
            self.list.addItem(item)
        self.list.setCurrentRow(0 if hits else -1)
        self.list.setVisible(bool(hits))
        self.empty.hide()

    def set_empty(self, text: str) -> None:
        """Say that nothing matched, instead of listing results."""
        self.list.clear()
        self.list.hide()
        self.empty.setText(text)
        self.empty.setAccessibleName(text)
        self.empty.show()

    def shown_name(self, row: int) -> str:
        """The name as row ``row`` draws it at the list's width now (cut to fit)."""
        item = self.list.item(row)
        metrics = self.list.fontMetrics()
        kind = str(item.data(KIND_ROLE) or "")
        width = name_room(self.list.viewport().width(), metrics, kind)
        return fit_name(metrics, self.list.indexFromItem(item), width)

    def _widest_row(self) -> int:
        """The width the widest row needs to show its name whole, beside its kind."""
        metrics = self.list.fontMetrics()
        widest = 0
        for row in range(self.list.count()):
            item = self.list.item(row)
            kind = str(item.data(KIND_ROLE) or "")
            whole = fit_name(metrics, self.list.indexFromItem(item), 1 << 20)
            # name_room's inverse: the margins either side, the kind and the gap before it.
            need = metrics.horizontalAdvance(whole) + 3 * M + metrics.horizontalAdvance(kind)
            widest = max(widest, need)
        scroll = self.list.verticalScrollBar()
        return widest + (scroll.sizeHint().width() if self.list.count() > MAX_ROWS else 0)

    def hits(self) -> list[Hit]:
        """The results listed, best first."""
        return [self.list.item(i).data(HIT_ROLE) for i in range(self.list.count())]

    def place_under(self, field: QWidget) -> None:
        """Open below ``field``, as wide as it or as its widest row, within the screen's area.

        Wider than the field when a row needs it: at 1024x700 in German the rows read
        "Daumenstreichunge… (Nacken reiben)" beside room to spare (walk 15, G3).
        """
        origin = field.mapToGlobal(QPoint(0, field.height() + XS))
        screen = field.screen()
        area = screen.availableGeometry() if screen is not None else QRect(0, 0, 4096, 4096)
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else self.contentsMargins()
        sides = margins.left() + margins.right() + 2 * self.frameWidth()
        widest = self._widest_row() + 2 * self.list.frameWidth() + sides
        width = min(max(field.width(), MIN_WIDTH, widest), area.width())
        left = max(area.left(), min(origin.x(), area.right() + 1 - width))
        chrome = margins.top() + margins.bottom() + 2 * self.frameWidth()
        if self.list.count():
            row = max(self.list.sizeHintForRow(0), 1)
            room = max(1, (area.bottom() - origin.y() - chrome) // row)
            rows = min(self.list.count(), MAX_ROWS, room)
            height = rows * row + 2 * self.list.frameWidth() + chrome
        else:
            inner = width - margins.left() - margins.right() - 2 * self.frameWidth()
            height = self.empty.heightForWidth(inner) + chrome
        self.setGeometry(left, origin.y(), width, height)
        self.show()
        self.raise_()

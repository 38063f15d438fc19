"""A filterable list of every body region, beside the map for keyboard and screen-reader users.

A designed drawer, not a stock list: the regions under "Front" and "Back" headings (a
heading stays while any of its regions passes the filter), in the body size with room
around each row, and a ruled-out or resting region says so in words under its name
("Ruled out", "Resting today"), as the map's hatching says it in pattern.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.domain.content import Region
from massage_desktop.domain.enums import View
from massage_desktop.ui.design.screen import dialog_colours
from massage_desktop.ui.design.tokens import BODY, BODY_SMALL, CAPTION, XS, M, S, colours
from massage_desktop.ui.scroll_bar import BandedScrollBar

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
_VIEW_ROLE = Qt.ItemDataRole.UserRole + 3
_HEADING_ROLE = Qt.ItemDataRole.UserRole + 4
_STATUS_ROLE = Qt.ItemDataRole.UserRole + 5
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_Index = QModelIndex | QPersistentModelIndex


class _RegionFilter(QSortFilterProxyModel):
    """Keeps the rows whose name or aliases contain every word typed, in any letter case."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []

    def set_text(self, text: str) -> None:
        # invalidateFilter() is deprecated from Qt 6.10 and begin/endFilterChange() only exist
        # from 6.9, while the app supports 6.6: invalidate() works on all of them.
        self._terms = text.casefold().split()
        self.invalidate()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if index.data(_HEADING_ROLE):
            # A heading stays while any region under it passes.
            view = index.data(_VIEW_ROLE)
            return any(
                self._matches(model.index(row, 0, source_parent))
                for row in range(model.rowCount(source_parent))
                if not model.index(row, 0, source_parent).data(_HEADING_ROLE)
                and model.index(row, 0, source_parent).data(_VIEW_ROLE) == view
            )
        return self._matches(index)

    def _matches(self, index: QModelIndex) -> bool:
        haystack = str(index.data(_SEARCH_ROLE))
        return all(term in haystack for term in self._terms)


class _RegionDelegate(QStyledItemDelegate):
    """Draws a view's heading as a quiet caption, and a region's status in words under it.

    A long name wraps rather than being cut: the drawer is narrow, and "Right armpit and
    lower shoulder" or a German name did not fit one line.
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        """A heading as tall as a caption with room above; a row its lines and padding."""
        widget = option.widget
        if index.data(_HEADING_ROLE):
            return QSize(0, CAPTION + M + S + XS)
        width = widget.viewport().width() if isinstance(widget, QAbstractItemView) else 240
        font = QFont(option.font)
        height = sum(rect.height() for rect in _lines(font, index, width - 2 * M))
        return QSize(width, height + 2 * S)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """The row's background by the style sheet, then the name and the status line."""
        widget = option.widget
        # The window's palette: the list's own takes its transparent background (read as dark).
        c = dialog_colours(widget.window()) if widget is not None else colours("light")
        rect = QRect(option.rect).adjusted(M, 0, -M, 0)
        painter.save()
        font = QFont(option.font)
        if index.data(_HEADING_ROLE):
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
        for (text, role), box in zip(_texts(index), _lines(font, index, rect.width()), strict=True):
            painter.setFont(_font(font, role))
            painter.setPen(QColor(c.text if role == "name" else c.muted))
            area = QRect(rect.left(), top, rect.width(), box.height())
            painter.drawText(area, _WRAP, text)
            top += box.height()
        painter.restore()


_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


def _texts(index: _Index) -> list[tuple[str, str]]:
    """A row's texts: its name, then its status, after the ⊘ the guide marks them with too."""
    texts = [(str(index.data()), "name")]
    status = index.data(_STATUS_ROLE)
    if status:
        texts.append((f"\u2298 {status}", "status"))
    return texts


def _font(base: QFont, role: str) -> QFont:
    font = QFont(base)
    font.setPixelSize(BODY if role == "name" else BODY_SMALL)
    return font


def _lines(base: QFont, index: _Index, width: int) -> list[QRect]:
    """The wrapped size of each of a row's texts at ``width``."""
    return [
        QFontMetrics(_font(base, role)).boundingRect(
            QRect(0, 0, max(1, width), 10_000), _WRAP, text
        )
        for text, role in _texts(index)
    ]


class RegionListPanel(QWidget):
    """Every region in a list under "Front" and "Back" headings, with a filter field above it.

    Signals:
        regionActivated(str): A region was clicked, or chosen with Enter in the list (or in the
            filter field, which picks the highlighted or first match).
    """

    regionActivated = Signal(str)

    def __init__(self, regions: Sequence[Region], parent: QWidget | None = None) -> None:
        """Build the list.

        Args:
            regions: The regions in display order (regions.yaml: front view, then back view).
            parent: The parent widget.
        """
        super().__init__(parent)
        self._model = QStandardItemModel(self)
        self._regions = {region.id: region for region in regions}
        views = {
            View.FRONT: QCoreApplication.translate("RegionListPanel", "front"),
            View.BACK: QCoreApplication.translate("RegionListPanel", "back"),
        }
        headings = {
            View.FRONT: QCoreApplication.translate("RegionListPanel", "Front"),
            View.BACK: QCoreApplication.translate("RegionListPanel", "Back"),
        }
        for view in (View.FRONT, View.BACK):
            members = [region for region in regions if region.view is view]
            if not members:
                continue
            heading = QStandardItem(headings[view])
            # Not enabled: the arrow keys and the mouse pass over it to the regions.
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            heading.setData(True, _HEADING_ROLE)
            heading.setData(view.value, _VIEW_ROLE)
            self._model.appendRow(heading)
            for region in members:
                item = QStandardItem(region.name)
                item.setEditable(False)
                item.setData(region.id, _ID_ROLE)
                item.setData(view.value, _VIEW_ROLE)
                # The view's word still matches ("calf back"), though no row repeats it.
                words = [region.name, views[view], *region.aliases]
                item.setData("\n".join(words).casefold(), _SEARCH_ROLE)
                self._model.appendRow(item)
                self._describe(item, region, views[view], "", "")
        self._proxy = _RegionFilter(self)
        self._proxy.setSourceModel(self._model)
        self._views = views

        self._filter = QLineEdit(self)
        self._filter.setObjectName("search")
        self._filter.setPlaceholderText(
            QCoreApplication.translate("RegionListPanel", "Filter regions\u2026")
        )
        self._filter.setAccessibleName(
            QCoreApplication.translate("RegionListPanel", "Filter regions")
        )
        self._filter.setClearButtonEnabled(True)
        self._list = QListView(self)
        self._list.setObjectName("regionList")
        self._list.setModel(self._proxy)
        self._list.setItemDelegate(_RegionDelegate(self._list))
        self._list.setAccessibleName(QCoreApplication.translate("RegionListPanel", "Body regions"))
        self._list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._list.setFrameShape(QListView.Shape.NoFrame)
        # Rows wrap to the width: lay them out again when the drawer is resized.
        # (QListView lays out again on a resize only when it wraps its items' text.)
        self._list.setResizeMode(QListView.ResizeMode.Adjust)
        self._list.setWordWrap(True)
        self._list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._list.setVerticalScrollBar(BandedScrollBar(self._list))

        layout = QVBoxLayout(self)
        # Off the window's edge, as the guide's cards are.
        layout.setContentsMargins(M, M, S, 0)
        layout.setSpacing(S)
        layout.addWidget(self._filter)
        layout.addWidget(self._list)
        self.setFocusProxy(self._filter)

        self._filter.textChanged.connect(self._on_filter_text_changed)
        self._filter.returnPressed.connect(self._on_filter_return_pressed)
        self._list.clicked.connect(self._on_list_clicked)
        # Enter is caught before QListView turns it into activated(), which also fires on
        # double-click and would report a double-click twice together with clicked().
        self._list.installEventFilter(self)
        self._filter.installEventFilter(self)

    def _describe(
        self, item: QStandardItem, region: Region, view: str, status: str, reason: str
    ) -> None:
        """Set a row's status line, and the words its tooltip and a screen reader give."""
        item.setData(status or None, _STATUS_ROLE)
        spoken = ", ".join(part for part in (region.name, view, status) if part)
        item.setData(spoken, Qt.ItemDataRole.AccessibleTextRole)
        # The full name first: a narrow list cuts long names ("Right armpit and lower…").
        tip = [f"{region.name} ({view})"]
        if region.aliases:
            tip.append(", ".join(region.aliases))
        if reason:
            tip.append(reason)
        item.setToolTip("\n".join(tip))

    def set_region_states(
        self, states: Mapping[str, tuple[str, str]], resting: Collection[str] = ()
    ) -> None:
        """Say under each region what the map hatches: ruled out, resting today, or take care.

        Args:
            states: Region id to ``(state, reason)``, as the map's ``set_region_states``
                ("blocked" or "caution").
            resting: The regions resting today after a stop for pain (hatched "blocked" too).
        """
        words = {
            "blocked": QCoreApplication.translate("RegionListPanel", "Ruled out"),
            "caution": QCoreApplication.translate("RegionListPanel", "Take care"),
        }
        rest = QCoreApplication.translate("RegionListPanel", "Resting today")
        for row in range(self._model.rowCount()):
            item = self._model.item(row)
            region = self._regions.get(str(item.data(_ID_ROLE)))
            if item.data(_HEADING_ROLE) or region is None:
                continue
            state, reason = states.get(region.id, ("", ""))
            status = rest if region.id in resting else words.get(state, "")
            self._describe(item, region, self._views[region.view], status, reason)

    def region_status(self, region_id: str) -> str:
        """The words under a region's name ("" when there are none)."""
        matches = self._model.match(
            self._model.index(0, 0), _ID_ROLE, region_id, 1, Qt.MatchFlag.MatchExactly
        )
        return str(matches[0].data(_STATUS_ROLE) or "") if matches else ""

    def headings(self) -> list[str]:
        """The view headings the filter leaves, in list order."""
        rows = (self._proxy.index(row, 0) for row in range(self._proxy.rowCount()))
        return [str(index.data()) for index in rows if index.data(_HEADING_ROLE)]

    def _first_region(self) -> QModelIndex:
        for row in range(self._proxy.rowCount()):
            index = self._proxy.index(row, 0)
            if not index.data(_HEADING_ROLE):
                return index
        return QModelIndex()

    def showEvent(self, event: QShowEvent) -> None:
        """Opened: bring the region the map shows into view (it was chosen while closed)."""
        super().showEvent(event)
        # Once the rows are laid out at the drawer's width (they wrap), not before.
        QTimer.singleShot(0, self._on_shown_timer_timeout)

    def _on_shown_timer_timeout(self) -> None:
        index = self._list.currentIndex()
        if index.isValid():
            self._list.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def filter_text(self) -> str:
        """The text in the filter field."""
        return self._filter.text()

    def set_filter_text(self, text: str) -> None:
        """Type ``text`` into the filter field, as the user would."""
        self._filter.setText(text)

    def visible_region_ids(self) -> list[str]:
        """Ids of the regions the filter lets through, in list order."""
        rows = (self._proxy.index(row, 0) for row in range(self._proxy.rowCount()))
        return [str(index.data(_ID_ROLE)) for index in rows if not index.data(_HEADING_ROLE)]

    def current_region(self) -> str | None:
        """The id of the highlighted row, if any."""
        index = self._list.currentIndex()
        return str(index.data(_ID_ROLE)) if index.isValid() else None

    def set_current_region(self, region_id: str | None) -> None:
        """Highlight a region's row without emitting ``regionActivated`` (to follow the map).

        Args:
            region_id: The region; None, or a region hidden by the filter, clears the highlight.
        """
        selection = self._list.selectionModel()
        matches = self._model.match(
            self._model.index(0, 0), _ID_ROLE, region_id, 1, Qt.MatchFlag.MatchExactly
        )
        index = self._proxy.mapFromSource(matches[0]) if region_id and matches else QModelIndex()
        if not index.isValid():
            selection.clear()
            return
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._list.scrollTo(index)

    def _emit_for(self, index: QModelIndex) -> None:
        if index.isValid() and not index.data(_HEADING_ROLE):
            self.regionActivated.emit(str(index.data(_ID_ROLE)))

    def _on_filter_text_changed(self, text: str) -> None:
        self._proxy.set_text(text)

    def _on_filter_return_pressed(self) -> None:
        index = self._list.currentIndex()
        self._emit_for(index if index.isValid() else self._first_region())

    def _on_list_clicked(self, index: QModelIndex) -> None:
        self._emit_for(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the list activates its row; Down in the filter field moves into the list."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self._list and event.key() in _ENTER_KEYS:
                self._emit_for(self._list.currentIndex())
                return True
            if watched is self._filter and event.key() == Qt.Key.Key_Down:
                self._list.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self._list.currentIndex().isValid():
                    self._list.setCurrentIndex(self._first_region())
                return True
        return super().eventFilter(watched, event)

"""A filterable list of every body region, beside the map for keyboard and screen-reader users."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QVBoxLayout, QWidget

from massage_desktop.domain.content import Region
from massage_desktop.domain.enums import View
from massage_desktop.ui.scroll_bar import BandedScrollBar

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


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
        index = self.sourceModel().index(source_row, 0, source_parent)
        haystack = str(index.data(_SEARCH_ROLE))
        return all(term in haystack for term in self._terms)


class RegionListPanel(QWidget):
    """Every region as a list ("Left knee — front") with a filter field above it.

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
        views = {
            View.FRONT: QCoreApplication.translate("RegionListPanel", "front"),
            View.BACK: QCoreApplication.translate("RegionListPanel", "back"),
        }
        for region in regions:
            label = f"{region.name} \u2014 {views[region.view]}"
            item = QStandardItem(label)
            item.setEditable(False)
            item.setData(region.id, _ID_ROLE)
            item.setData("\n".join([label, *region.aliases]).casefold(), _SEARCH_ROLE)
            # The full name first: a narrow list cuts long names ("Right armpit and lower…").
            tip = label + (f"\n({', '.join(region.aliases)})" if region.aliases else "")
            item.setToolTip(tip)
            self._model.appendRow(item)
        self._proxy = _RegionFilter(self)
        self._proxy.setSourceModel(self._model)

        self._filter = QLineEdit(self)
        self._filter.setPlaceholderText(
            QCoreApplication.translate("RegionListPanel", "Filter regions\u2026")
        )
        self._filter.setAccessibleName(
            QCoreApplication.translate("RegionListPanel", "Filter regions")
        )
        self._filter.setClearButtonEnabled(True)
        self._list = QListView(self)
        self._list.setModel(self._proxy)
        self._list.setAccessibleName(QCoreApplication.translate("RegionListPanel", "Body regions"))
        self._list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._list.setUniformItemSizes(True)
        self._list.setVerticalScrollBar(BandedScrollBar(self._list))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
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

    def filter_text(self) -> str:
        """The text in the filter field."""
        return self._filter.text()

    def set_filter_text(self, text: str) -> None:
        """Type ``text`` into the filter field, as the user would."""
        self._filter.setText(text)

    def visible_region_ids(self) -> list[str]:
        """Ids of the regions the filter lets through, in list order."""
        return [
            str(self._proxy.index(row, 0).data(_ID_ROLE)) for row in range(self._proxy.rowCount())
        ]

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
        if index.isValid():
            self.regionActivated.emit(str(index.data(_ID_ROLE)))

    def _on_filter_text_changed(self, text: str) -> None:
        self._proxy.set_text(text)

    def _on_filter_return_pressed(self) -> None:
        index = self._list.currentIndex()
        self._emit_for(index if index.isValid() else self._proxy.index(0, 0))

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
                    self._list.setCurrentIndex(self._proxy.index(0, 0))
                return True
        return super().eventFilter(watched, event)

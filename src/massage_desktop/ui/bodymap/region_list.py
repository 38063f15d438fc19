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
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QKeyEvent,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.domain.content import Region
from massage_desktop.domain.enums import View
from massage_desktop.ui.bodymap.region_rows import (
    HEADING_ROLE,
    ID_ROLE,
    SEARCH_ROLE,
    STATUS_ROLE,
    VIEW_ROLE,
    RegionDelegate,
    RegionFilter,
)
from massage_desktop.ui.design.tokens import M, S
from massage_desktop.ui.scroll_bar import BandedScrollBar

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


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
        self._views = {
            View.FRONT: QCoreApplication.translate("RegionListPanel", "front"),
            View.BACK: QCoreApplication.translate("RegionListPanel", "back"),
        }
        # The rows are made when the drawer first opens or is asked about: it starts closed,
        # and its hundred rows with their words were a tenth of the main window's start.
        # Until then it keeps what the map told it, to say under the rows once they exist.
        self._filled = False
        self._states: tuple[Mapping[str, tuple[str, str]], Collection[str], Collection[str]]
        self._states = ({}, (), ())
        self._current: str | None = None
        self._proxy = RegionFilter(self)
        self._proxy.setSourceModel(self._model)

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
        self._list.setItemDelegate(RegionDelegate(self._list))
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

    def _fill(self) -> None:
        """Make the rows under their headings, saying what the map said meanwhile."""
        if self._filled:
            return
        self._filled = True
        headings = {
            View.FRONT: QCoreApplication.translate("RegionListPanel", "Front"),
            View.BACK: QCoreApplication.translate("RegionListPanel", "Back"),
        }
        rows: list[QStandardItem] = []
        for view in (View.FRONT, View.BACK):
            members = [region for region in self._regions.values() if region.view is view]
            if not members:
                continue
            heading = QStandardItem(headings[view])
            # Not enabled: the arrow keys and the mouse pass over it to the regions.
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            heading.setData(True, HEADING_ROLE)
            heading.setData(view.value, VIEW_ROLE)
            rows.append(heading)
            for region in members:
                item = QStandardItem(region.name)
                item.setEditable(False)
                item.setData(region.id, ID_ROLE)
                item.setData(view.value, VIEW_ROLE)
                # The view's word still matches ("calf back"), though no row repeats it.
                words = [region.name, self._views[view], *region.aliases]
                item.setData("\n".join(words).casefold(), SEARCH_ROLE)
                rows.append(item)
        # All at once: the filter keeps a heading by the rows under it, so they must be there.
        self._model.invisibleRootItem().appendRows(rows)
        self._say_states()
        self.set_current_region(self._current)

    def _describe(
        self, item: QStandardItem, region: Region, view: str, status: str, reason: str
    ) -> None:
        """Set a row's status line, and the words its tooltip and a screen reader give."""
        item.setData(status or None, STATUS_ROLE)
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
        self,
        states: Mapping[str, tuple[str, str]],
        resting: Collection[str] = (),
        partner: Collection[str] = (),
    ) -> None:
        """Say under each region what the map hatches: ruled out, resting today, or take care.

        Args:
            states: Region id to ``(state, reason)``, as the map's ``set_region_states``
                ("blocked" or "caution").
            resting: The regions resting today after a stop for pain (hatched "blocked" too).
            partner: Your partner's regions resting today (only their sessions leave them out).
        """
        self._states = (dict(states), set(resting), set(partner))
        if self._filled:
            self._say_states()

    def _say_states(self) -> None:
        states, resting, partner = self._states
        words = {
            "blocked": QCoreApplication.translate("RegionListPanel", "Ruled out"),
            "caution": QCoreApplication.translate("RegionListPanel", "Take care"),
        }
        rest = QCoreApplication.translate("RegionListPanel", "Resting today")
        theirs = QCoreApplication.translate("RegionListPanel", "Your partner's: resting today")
        for row in range(self._model.rowCount()):
            item = self._model.item(row)
            region = self._regions.get(str(item.data(ID_ROLE)))
            if item.data(HEADING_ROLE) or region is None:
                continue
            state, reason = states.get(region.id, ("", ""))
            status = (
                rest
                if region.id in resting
                else theirs
                if region.id in partner
                else words.get(state, "")
            )
            self._describe(item, region, self._views[region.view], status, reason)

    def region_status(self, region_id: str) -> str:
        """The words under a region's name ("" when there are none)."""
        self._fill()
        matches = self._model.match(
            self._model.index(0, 0), ID_ROLE, region_id, 1, Qt.MatchFlag.MatchExactly
        )
        return str(matches[0].data(STATUS_ROLE) or "") if matches else ""

    def headings(self) -> list[str]:
        """The view headings the filter leaves, in list order."""
        self._fill()
        rows = (self._proxy.index(row, 0) for row in range(self._proxy.rowCount()))
        return [str(index.data()) for index in rows if index.data(HEADING_ROLE)]

    def _first_region(self) -> QModelIndex:
        for row in range(self._proxy.rowCount()):
            index = self._proxy.index(row, 0)
            if not index.data(HEADING_ROLE):
                return index
        return QModelIndex()

    def showEvent(self, event: QShowEvent) -> None:
        """Opened: bring the region the map shows into view (it was chosen while closed)."""
        self._fill()
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
        self._fill()
        rows = (self._proxy.index(row, 0) for row in range(self._proxy.rowCount()))
        return [str(index.data(ID_ROLE)) for index in rows if not index.data(HEADING_ROLE)]

    def current_region(self) -> str | None:
        """The id of the highlighted row, if any."""
        self._fill()
        index = self._list.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def set_current_region(self, region_id: str | None) -> None:
        """Highlight a region's row without emitting ``regionActivated`` (to follow the map).

        Args:
            region_id: The region; None, or a region hidden by the filter, clears the highlight.
        """
        self._current = region_id
        if not self._filled:
            return
        selection = self._list.selectionModel()
        matches = self._model.match(
            self._model.index(0, 0), ID_ROLE, region_id, 1, Qt.MatchFlag.MatchExactly
        )
        index = self._proxy.mapFromSource(matches[0]) if region_id and matches else QModelIndex()
        if not index.isValid():
            selection.clear()
            return
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._list.scrollTo(index)

    def _emit_for(self, index: QModelIndex) -> None:
        if index.isValid() and not index.data(HEADING_ROLE):
            self.regionActivated.emit(str(index.data(ID_ROLE)))

    def _on_filter_text_changed(self, text: str) -> None:
        self._fill()  # a heading stays by its rows: the filter is worked out over all of them
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

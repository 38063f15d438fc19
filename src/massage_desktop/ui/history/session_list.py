"""The left side of the Sessions tab: filters, the count, and the sessions grouped by day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.domain.catalog import Catalog
from massage_desktop.storage.history import HistoryStore
from massage_desktop.storage.listing import SessionFilter
from massage_desktop.ui.design.tokens import M, S
from massage_desktop.ui.history import wording
from massage_desktop.ui.history.filters import FilterBar
from massage_desktop.ui.history.session_model import SessionListModel
from massage_desktop.ui.history.wrap_delegate import MARGIN, WordWrapDelegate, wrapped_lines
from massage_desktop.ui.i18n import fill, number

LIST_CHARS = 48
"""Narrower than this many average characters, the list leaves out the length column."""
ROW_LINES = 3
"""A session's row grows to this many lines for its name or result; beyond, it ends in "…"."""


class SessionListPane(QWidget):
    """Filters above a tree of days and sessions that loads more as it scrolls.

    Signals:
        sessionSelected(str): The current row became a session (its id).
        deleteRequested(str): Delete was pressed on a session in the list (its id).
    """

    sessionSelected = Signal(str)
    deleteRequested = Signal(str)

    def __init__(
        self,
        store: HistoryStore,
        catalog: Catalog,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        """Build the pane; nothing is read until ``reload`` or a filter change."""
        super().__init__(parent)
        self.filters = FilterBar(catalog, self)
        self.model = SessionListModel(store, catalog, today)
        self.model.setParent(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(
            QCoreApplication.translate("SessionListPane", "Sessions by day")
        )
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list, arrows move within it
        # A long name or result wraps onto a second line (the row grows, ``_size_rows``);
        # longer still, the second line ends in "…" and the row's tooltip has it all.
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        # Rows are sized as they load (``_size_rows``): measuring every row through the
        # header's ResizeToContents would defeat the lazy loading.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Name and result break between words, never inside one ("Abgeschloss" over "en").
        self._wrap = WordWrapDelegate(self.view)
        for column in (1, 3):
            self.view.setItemDelegateForColumn(column, self._wrap)
        header = self.view.horizontalHeader()
        # The name and the result share what time and length leave, so neither is cut first.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._count = QLabel(self)
        self._count.setAccessibleName(
            QCoreApplication.translate("SessionListPane", "Number of sessions")
        )
        self._empty = QLabel(self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setMargin(16)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self._empty)
        count_row = QLabel(QCoreApplication.translate("SessionListPane", "Sessions by &day:"), self)
        count_row.setBuddy(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(M, M, M, S)
        layout.addWidget(self.filters)
        layout.addWidget(count_row)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self._count)
        self.filters.filterChanged.connect(self._on_filters_filter_changed)
        self.model.modelReset.connect(self._on_model_model_reset)
        self.model.rowsInserted.connect(self._on_model_rows_inserted)
        self.model.totalChanged.connect(self._on_model_total_changed)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        header.sectionResized.connect(self._on_header_section_resized)
        self._columns = self.model.columnCount()
        self._fit_columns()
        self.view.installEventFilter(self)

    def _fit_columns(self) -> None:
        """Time and length as wide as their samples in the view's font (it follows text size)."""
        metrics = self.view.fontMetrics()
        self.view.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() + 8)
        header = self.view.horizontalHeader()
        # A length is given to the second below ten minutes: "9 min 59 s" is its widest.
        lengths = (wording.length_text(599), wording.length_text(45 * 60))
        for column, samples in ((0, ("00:00",)), (2, lengths)):
            # Wide enough for the column's title too ("Uhrzeit" is wider than "00:00").
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = max(metrics.horizontalAdvance(t) for t in (*samples, title))
            header.resizeSection(column, widest + 18)
        self._size_rows(0, self.model.rowCount() - 1)

    def _fit_length(self) -> None:
        """Leave out the length where name and result would be cut short without its room.

        Each day's heading gives that day's minutes and the details the session's, so at a
        large text size in a narrow list the name and the result matter more.
        """
        narrow = self.view.width() < self.view.fontMetrics().averageCharWidth() * LIST_CHARS
        self.view.setColumnHidden(2, narrow)

    def row_lines(self, row: int) -> int:
        """How many lines row ``row`` is tall (1 to ``ROW_LINES``, as its name or result wraps)."""
        line = self.view.fontMetrics().lineSpacing()
        return max(1, round((self.view.rowHeight(row) - 8) / line))

    def _size_rows(self, first: int, last: int) -> None:
        """One line per row, more where the name, the result or a day's heading wraps.

        Up to ``ROW_LINES`` for a session: at two, "Stopped because it hurt · no step…" was
        cut in the list one scans (walks 13 to 16); the whole text is in its tooltip.
        """
        metrics = self.view.fontMetrics()
        font = self.view.font()
        bold = QFont(font)
        bold.setBold(True)
        header = self.view.horizontalHeader()
        whole = self.view.viewport().width() - 8
        widths = {c: header.sectionSize(c) - 2 * MARGIN for c in (1, 3)}
        rows = self.view.verticalHeader()
        for row in range(first, last + 1):
            if self.model.is_heading(row):
                text = str(self.model.index(row, 0).data() or "")
                lines = min(ROW_LINES, wrapped_lines(text, bold, whole))
            else:
                texts = {c: str(self.model.index(row, c).data() or "") for c in widths}
                lines = max(
                    min(ROW_LINES, wrapped_lines(texts[c], font, w)) for c, w in widths.items()
                )
            height = lines * metrics.lineSpacing() + 8
            if rows.sectionSize(row) != height:
                rows.resizeSection(row, height)

    def reload(self) -> None:
        """Read the sessions again with the current filters, keeping the selection if loaded."""
        keep = self.current_session_id()
        if self.model.current_filter() != self.filters.current_filter():
            self.model.set_filter(self.filters.current_filter())
        else:
            self.model.reload()
        if keep is not None:
            self.select_session(keep)

    def current_session_id(self) -> str | None:
        """The id of the session in the current row, if the current row is a session."""
        summary = self.model.summary(self.view.currentIndex())
        return summary.id if summary else None

    def select_session(self, session_id: str) -> bool:
        """Make a loaded session the current row; False when it is not loaded."""
        index = self.model.index_of(session_id)
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def select_first_session(self) -> bool:
        """Make the newest session the current row; False when there is none."""
        return self.select_near(0)

    def select_near(self, row: int) -> bool:
        """Make the session at ``row`` current, else the next one below, else the nearest above.

        Used after a delete, so keyboard users carry on from the session that took its place.
        """
        for candidate in (row, row + 1, *range(row - 1, -1, -1)):
            index = self.model.index(candidate, 0)
            if self.model.summary(index) is not None:
                self.view.setCurrentIndex(index)
                return True
        return False

    def count_text(self) -> str:
        """The line under the list, e.g. "1,234 sessions"."""
        return self._count.text()

    def empty_text(self) -> str:
        """The sentence shown instead of the list ("" while the list is shown)."""
        return self._empty.text() if self._stack.currentWidget() is self._empty else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete in the list asks to delete the current session; a new font re-sizes rows."""
        if watched is self.view and event.type() == QEvent.Type.FontChange:
            self._fit_columns()
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self._fit_length()
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            session_id = self.current_session_id()
            if session_id is not None:
                self.deleteRequested.emit(session_id)
            return True
        return super().eventFilter(watched, event)

    def _span_headings(self, first: int, last: int) -> None:
        # A day's heading reads across the whole row instead of being cut off by "Time".
        for row in range(first, last + 1):
            if self.model.is_heading(row):
                self.view.setSpan(row, 0, 1, self._columns)

    def _on_filters_filter_changed(self) -> None:
        keep = self.current_session_id()
        self.model.set_filter(self.filters.current_filter())
        # The new list has no current row: the details kept a session the list no longer
        # showed, or, after a filter that matched nothing, stayed an empty box once "Reset
        # filters" brought the sessions back (walk 9, P2-d). The chosen session stays chosen
        # while it matches; else the newest one that does is shown.
        if keep is None or not self.select_session(keep):
            self.select_first_session()

    def _on_model_model_reset(self) -> None:
        self.view.clearSpans()
        self._span_headings(0, self.model.rowCount() - 1)
        self._size_rows(0, self.model.rowCount() - 1)

    def _on_model_rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._span_headings(first, last)
        self._size_rows(first, last)

    def _on_header_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column in (1, 3):  # the stretched columns: the room for name and result changed
            self._size_rows(0, self.model.rowCount() - 1)

    def _on_model_total_changed(self, total: int) -> None:
        filtered = self.model.current_filter() != SessionFilter()
        if total == 0:
            if self.model.failed():
                text = QCoreApplication.translate(
                    "SessionListPane", "The sessions could not be read."
                )
            elif filtered:
                text = QCoreApplication.translate(
                    "SessionListPane", "No sessions match these filters."
                )
            else:
                text = QCoreApplication.translate(
                    "SessionListPane", "No sessions yet \u2014 start one from the guide."
                )
            self._empty.setText(text)
            self._stack.setCurrentWidget(self._empty)
        else:
            self._stack.setCurrentWidget(self.view)
        if filtered:
            text = (
                QCoreApplication.translate("SessionListPane", "1 session matches the filters")
                if total == 1
                else QCoreApplication.translate(
                    "SessionListPane", "%1 sessions match the filters", None, total
                )
            )
        else:
            # "in all": beside the overview's figures of the last weeks, a bare "20 sessions"
            # read as the same period.
            text = (
                QCoreApplication.translate("SessionListPane", "1 session in all")
                if total == 1
                else QCoreApplication.translate(
                    "SessionListPane", "%1 sessions in all", None, total
                )
            )
        text = fill(text, number(total))
        self._count.setText(text)

    def _on_view_current_row_changed(
        self, current: QModelIndex | QPersistentModelIndex, _previous: QModelIndex
    ) -> None:
        summary = self.model.summary(current)
        if summary is not None:
            self.sessionSelected.emit(summary.id)

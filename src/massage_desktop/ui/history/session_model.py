"""The session list: a heading row per day, then its sessions, loaded a page at a time.

Pages of ``PAGE_SIZE`` summaries are read only when the view asks (``canFetchMore`` and
``fetchMore``, as it scrolls near the end), so a history of 100,000 sessions opens with one
page and one count. Show it in a ``QTableView``; see ``day_rows`` for why it is not a tree.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.summary import MASSAGED_S
from massage_desktop.storage.errors import StoreError
from massage_desktop.storage.history import HistoryStore
from massage_desktop.storage.listing import SessionFilter, SessionSummary
from massage_desktop.storage.stats import StepTally
from massage_desktop.ui.history import wording
from massage_desktop.ui.history.day_rows import DayRows, runs
from massage_desktop.ui.history.day_totals import day_totals_heading
from massage_desktop.ui.history.reach import listed_as_counted, skipped_to_end
from massage_desktop.ui.i18n import fill

PAGE_SIZE = 200
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
HEADING_ROLE = Qt.ItemDataRole.UserRole + 2  # True on a day's heading row
_DISPLAY = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
Index = QModelIndex | QPersistentModelIndex


class SessionListModel(QAbstractTableModel):
    """Days and their sessions from a ``HistoryStore``, newest first, fetched lazily.

    Signals:
        loadFailed(str): Reading the history failed; the text says why in plain words.
        totalChanged(int): The number of sessions the filter matches changed.
    """

    loadFailed = Signal(str)
    totalChanged = Signal(int)

    def __init__(
        self,
        store: HistoryStore,
        catalog: Catalog,
        today: Callable[[], date],
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__()
        self._store, self._catalog, self._today, self._page = store, catalog, today, page_size
        self._where = SessionFilter()
        self._rows = DayRows()
        self._tallies: dict[str, StepTally] = {}  # the result words need the done steps
        # Whether a session skipped through to its end, worked out once: it builds a plan
        # (some ms), and the cells are read on every repaint.
        self._reached: dict[str, bool] = {}
        self._loaded = self._total = 0
        self._failed = False
        self._headers = (
            QCoreApplication.translate("SessionListModel", "Time"),
            QCoreApplication.translate("SessionListModel", "Session"),
            # What the minutes are: a bare "Length" read as the session's span, pauses included.
            QCoreApplication.translate("SessionListModel", "Massage time"),
            QCoreApplication.translate("SessionListModel", "Result"),
        )

    def set_filter(self, where: SessionFilter) -> None:
        """Show the sessions ``where`` matches, starting again with one page."""
        self._where = where
        self._reset(self._page)

    def reload(self) -> None:
        """Read again with the same filter, keeping as many sessions loaded as before."""
        self._reset(max(self._page, self._loaded))

    def current_filter(self) -> SessionFilter:
        """The filter in use."""
        return self._where

    def total(self) -> int:
        """How many sessions the filter matches, loaded or not."""
        return self._total

    def loaded(self) -> int:
        """How many sessions have been read so far."""
        return self._loaded

    def failed(self) -> bool:
        """Whether the last attempt to read the list failed (so empty does not mean none)."""
        return self._failed

    def _reset(self, rows: int) -> None:
        self.beginResetModel()
        self._rows.clear()
        self._tallies.clear()
        self._reached.clear()
        self._failed = False
        try:
            self._total = self._store.count_sessions(self._where)
            page = self._store.list_sessions(self._where, limit=rows, offset=0)
            self._tallies.update(self._counted(page))
        except StoreError as error:
            self._total, page, self._failed = 0, [], True
            self.loadFailed.emit(str(error))
        self._loaded = len(page)
        for day, sessions in runs(page):
            self._rows.insert(*self._rows.place(day, sessions))
        self.endResetModel()
        self.totalChanged.emit(self._total)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: D102 - Qt API
        return not parent.isValid() and self._loaded < self._total

    def fetchMore(self, parent: Index) -> None:  # noqa: D102 - Qt API
        if not self.canFetchMore(parent):
            return
        try:
            page = self._store.list_sessions(self._where, limit=self._page, offset=self._loaded)
            self._tallies.update(self._counted(page))
        except StoreError as error:
            self._total = self._loaded  # stop asking; the message says what went wrong
            self.loadFailed.emit(str(error))
            return
        if not page:  # sessions were deleted elsewhere since the count
            self._total = self._loaded
            return
        self._loaded += len(page)
        for day, sessions in runs(page):
            position, rows = self._rows.place(day, sessions)
            self.beginInsertRows(QModelIndex(), position, position + len(rows) - 1)
            self._rows.insert(position, rows)
            self.endInsertRows()
            heading = self._rows.heading_row(day)
            if heading is not None and heading < position:  # the day's count and minutes grew
                self.dataChanged.emit(self.index(heading, 0), self.index(heading, 0))

    def remove_session(self, session_id: str) -> bool:
        """Drop a deleted session's row (and its day when that empties); False if not shown."""
        row = self._rows.locate(session_id)
        if row is None:
            return False
        summary = self.summary(self.index(row, 0))
        first, count = self._rows.removal(row)
        self.beginRemoveRows(QModelIndex(), first, first + count - 1)
        self._rows.remove(first, count)
        self.endRemoveRows()
        heading = self._rows.heading_row(summary.started_at.date()) if summary else None
        if heading is not None:  # the day's count and minutes shrank
            self.dataChanged.emit(self.index(heading, 0), self.index(heading, 0))
        self._loaded -= 1  # later pages move up by one
        self._total -= 1
        self.totalChanged.emit(self._total)
        return True

    def index_of(self, session_id: str) -> QModelIndex:
        """The row of a loaded session (column 0), or an invalid index."""
        row = self._rows.locate(session_id)
        return QModelIndex() if row is None else self.index(row, 0)

    def summary(self, index: Index) -> SessionSummary | None:
        """The session of a row; None for a heading row or an invalid index."""
        if not index.isValid():
            return None
        row = self._rows.rows[index.row()]
        return row if isinstance(row, SessionSummary) else None

    def is_heading(self, row: int) -> bool:
        """Whether a row is a day's heading."""
        return 0 <= row < len(self._rows.rows) and not isinstance(
            self._rows.rows[row], SessionSummary
        )

    # --- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, D102
        return 0 if parent.isValid() else len(self._rows.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, D102
        return 0 if parent.isValid() else len(self._headers)

    def flags(self, index: Index) -> Qt.ItemFlag:  # noqa: D102 - Qt API
        if index.isValid() and self.is_heading(index.row()):
            return Qt.ItemFlag.ItemIsEnabled  # a heading: reachable by keyboard, not selectable
        return super().flags(index)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: D102
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = 0) -> Any:  # noqa: D102 - Qt API
        if not index.isValid():
            return None
        row = self._rows.rows[index.row()]
        if not isinstance(row, SessionSummary):
            return self._heading_data(row, index.column(), role)
        summary = row
        if role == SESSION_ID_ROLE:
            return summary.id
        if role in _DISPLAY:
            return self._cells(summary)[index.column()]
        # A name or result cut on its second line is whole in the tip and for screen readers.
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            text = " \u2014 ".join(self._cells(summary, full=True))
            return f"{text}\n{summary.notes}" if summary.notes else text
        return None

    def _reached_end(self, summary: SessionSummary) -> bool:
        """Whether the session skipped through to its end (``reach.skipped_to_end``)."""
        known = self._reached.get(summary.id)
        if known is None:
            tally = self.tally(summary.id)
            known = skipped_to_end(
                self._catalog, summary.outcome, summary.kind, summary.subject_id, tally
            )
            self._reached[summary.id] = known
        return known

    def _counted(self, page: list[SessionSummary]) -> dict[str, StepTally]:
        """The page's step tallies, in the player's unit as the details count them."""
        return listed_as_counted(self._catalog, page, self._store.step_tallies(s.id for s in page))

    def tally(self, session_id: str) -> StepTally:
        """What happened to a loaded session's steps (an empty tally when not loaded)."""
        return self._tallies.get(session_id, StepTally())

    def _cells(self, summary: SessionSummary, full: bool = False) -> tuple[str, str, str, str]:
        name = wording.subject_name(self._catalog, summary.kind, summary.subject_id)
        if summary.kind == "routine" and self._catalog.former_routine_name(summary.subject_id):
            name = fill(
                QCoreApplication.translate("SessionListModel", "%1 (deleted routine)"), name
            )
        elif summary.kind == "routine":
            name = fill(QCoreApplication.translate("SessionListModel", "%1 (routine)"), name)
        return (
            f"{summary.started_at:%H:%M}",
            name,
            wording.length_text(summary.active_s),
            _outcome_cell(summary, self.tally(summary.id), full, self._reached_end(summary)),
        )

    def _heading_data(self, day: date, column: int, role: int) -> Any:
        if role == HEADING_ROLE:
            return True
        if role == Qt.ItemDataRole.BackgroundRole:  # read at paint time: follows theme changes
            return QGuiApplication.palette().brush(QPalette.ColorRole.AlternateBase)
        if column != 0:
            return None
        if role in _DISPLAY:
            count, seconds = self._rows.totals(day)
            # Counted as the overview counts (walk 9, P1-g; walk 16): the sessions with massage
            # time, then "plus 1 without massage time", never "3 sessions" under its "2 … plus 1".
            return day_totals_heading(day, self._today(), count, seconds, self._unmassaged(day))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _unmassaged(self, day: date) -> int:
        """How many of a day's sessions have no massage time (``stats._WORKED``'s rule)."""
        # Scans only that day's rows, which follow its heading.
        start = self._rows.heading_row(day)
        count = self._rows.totals(day)[0]
        if start is None:
            return 0
        rows = self._rows.rows[start + 1 : start + 1 + count]
        return sum(isinstance(row, SessionSummary) and row.active_s < MASSAGED_S for row in rows)


def _outcome_cell(summary: SessionSummary, tally: StepTally, full: bool, reached: bool) -> str:
    if summary.damaged or summary.outcome is None:
        # One flipped byte in the file: the row stays visible instead of breaking the list.
        return QCoreApplication.translate("SessionListModel", "Damaged, cannot be read")
    return wording.result_text(summary.outcome, tally, full, reached_end=reached)

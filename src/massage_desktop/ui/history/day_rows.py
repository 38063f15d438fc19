"""The session list's rows: a heading row per day followed by that day's sessions.

No Qt here. The model asks where a run of sessions goes, tells its views, then inserts; the
list stays flat because ``QTreeView`` fetches page after page while laying itself out, which
would defeat the lazy loading that keeps a 100,000-session history fast.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from itertools import groupby

from massage_desktop.domain.history import whole_seconds
from massage_desktop.storage.listing import SessionSummary

Row = date | SessionSummary  # a date is the heading row of that day


def day_of(summary: SessionSummary) -> date:
    """The day a session belongs to: its local start date, as recorded."""
    return summary.started_at.date()


def runs(page: Iterable[SessionSummary]) -> Iterator[tuple[date, list[SessionSummary]]]:
    """Consecutive sessions of the same day, in page order."""
    for day, sessions in groupby(page, key=day_of):
        yield day, list(sessions)


class DayRows:
    """Headings and sessions in list order, with each day's heading row and totals."""

    def __init__(self) -> None:
        self.rows: list[Row] = []
        self._heading: dict[date, int] = {}  # day -> row of its heading
        self._totals: dict[date, tuple[int, float]] = {}  # day -> (sessions, seconds)

    def clear(self) -> None:
        """Forget every row."""
        self.rows, self._heading, self._totals = [], {}, {}

    def totals(self, day: date) -> tuple[int, float]:
        """(sessions, active seconds) loaded for a day."""
        return self._totals.get(day, (0, 0.0))

    def heading_row(self, day: date) -> int | None:
        """The row of a day's heading, if the day is shown."""
        return self._heading.get(day)

    def place(self, day: date, sessions: list[SessionSummary]) -> tuple[int, list[Row]]:
        """Where a run of one day's sessions goes, and the rows to insert there.

        A day already shown gets the sessions after its last one (pages come newest first, so
        this is nearly always the end; sessions recorded in another time zone can come back to
        an earlier day). A new day starts with its heading at the end.
        """
        heading = self._heading.get(day)
        if heading is None:
            return len(self.rows), [day, *sessions]
        return heading + 1 + self.totals(day)[0], list(sessions)

    def insert(self, position: int, rows: list[Row]) -> None:
        """Insert rows returned by ``place`` at its position."""
        at_end = position == len(self.rows)
        self.rows[position:position] = rows
        for row in rows:
            if isinstance(row, SessionSummary):
                count, seconds = self.totals(day_of(row))
                self._totals[day_of(row)] = (count + 1, seconds + whole_seconds(row.active_s))
        if at_end:
            for offset, row in enumerate(rows):
                if not isinstance(row, SessionSummary):
                    self._heading[row] = position + offset
        else:
            self._reindex()

    def locate(self, session_id: str) -> int | None:
        """The row of a loaded session."""
        for index, row in enumerate(self.rows):
            if isinstance(row, SessionSummary) and row.id == session_id:
                return index
        return None

    def removal(self, row: int) -> tuple[int, int]:
        """(first row, count) to remove for the session at ``row``.

        The day's heading goes too when this was the day's last session.
        """
        summary = self.rows[row]
        assert isinstance(summary, SessionSummary)
        if self.totals(day_of(summary))[0] == 1:
            return row - 1, 2
        return row, 1

    def remove(self, first: int, count: int) -> None:
        """Remove the rows ``removal`` gave."""
        for row in self.rows[first : first + count]:
            if isinstance(row, SessionSummary):
                sessions, seconds = self.totals(day_of(row))
                self._totals[day_of(row)] = (sessions - 1, seconds - whole_seconds(row.active_s))
        del self.rows[first : first + count]
        self._reindex()

    def _reindex(self) -> None:
        self._heading = {
            row: index for index, row in enumerate(self.rows) if not isinstance(row, SessionSummary)
        }
        self._totals = {day: total for day, total in self._totals.items() if total[0] > 0}

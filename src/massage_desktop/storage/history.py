"""The session history store: a ``SessionRecorder`` on SQLite, plus the history view's queries.

Every recording call is its own committed transaction, so when it returns the change is on
disk and a crash loses at most the step in progress. Use a store from one thread only (the
connection is bound to the thread that opened it). Open it with ``opening.open_history``.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from pydantic import ConfigDict, TypeAdapter

from massage_desktop.domain.enums import Side
from massage_desktop.domain.history import (
    Outcome,
    Rating,
    SessionRecord,
    StepRecord,
    StepStatus,
)
from massage_desktop.storage import codec, listing
from massage_desktop.storage.db import connect, reading, write
from massage_desktop.storage.errors import (
    DuplicateSessionError,
    StoreError,
    StoreWriteError,
    UnknownSessionError,
)
from massage_desktop.storage.listing import SessionFilter, SessionSummary
from massage_desktop.storage.stats import HistoryStats, StepTally


class _TalliedStep(NamedTuple):
    """A stored step, as much of it as counting the session's steps needs."""

    position: int
    technique_id: str
    step_index: int
    side: Side | None
    status: StepStatus


_SIDE_VALUES = frozenset(side.value for side in Side)
_RATINGS = TypeAdapter(dict[str, Rating], config=ConfigDict(defer_build=True))
_SELECT = f"SELECT {codec.SESSION_COLUMNS} FROM sessions"


def _duplicate(session: SessionRecord) -> DuplicateSessionError:
    return DuplicateSessionError(
        f"Session {session.id!r} is already stored, or two of its steps share a position."
    )


class HistoryStore:
    """The history of guided sessions in one SQLite file.

    Implements ``domain.history.SessionRecorder`` (``begin``, ``add_step``, ``finish``).
    Writes raise ``StoreWriteError`` (disk full, read-only, damaged); the caller then switches
    to ``InMemoryRecorder`` and offers an export.

    Attributes:
        path: the database file.
        stats: the aggregate queries (calendar, streak, weekly minutes, trends, heat map).
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self.stats = HistoryStats(conn)
        self._live: set[str] = set()  # begun or resumed here: not "interrupted"

    @classmethod
    def reader(cls, path: Path) -> HistoryStore:
        """A second connection to an opened history, for reading on a worker thread (export).

        Raises:
            StoreWriteError: when the file cannot be opened.
        """
        with reading("open the history"):
            return cls(connect(path), path)

    # -- recording ---------------------------------------------------------------------------

    def begin(self, session: SessionRecord) -> None:
        """Store a new session (normally in progress with no steps yet).

        Raises:
            DuplicateSessionError: when a session with this id is already stored.
        """
        with write(self._conn, "start recording the session"):
            try:
                codec.insert_session(self._conn, session)
            except sqlite3.IntegrityError:
                raise _duplicate(session) from None
        self._live.add(session.id)

    def add_step(self, session_id: str, step: StepRecord) -> None:
        """Append one finished or skipped step; durable when this returns.

        Raises:
            UnknownSessionError: when there is no such session.
            DuplicateSessionError: when the session already has a step at this position.
        """
        with write(self._conn, "save the step"):
            try:
                codec.insert_step(self._conn, self._sid(session_id), step)
            except sqlite3.IntegrityError:
                raise DuplicateSessionError(f"Step {step.position} is already stored.") from None

    def remove_step(self, session_id: str, position: int) -> None:
        """Forget the step at ``position`` (it will be run again); durable when this returns."""
        with write(self._conn, "update the session"):
            codec.delete_step(self._conn, self._sid(session_id), position)

    def finish(
        self,
        session_id: str,
        outcome: Outcome,
        ended_at: datetime,
        ratings_after: dict[str, int],
        stop_reason: str | None = None,
    ) -> None:
        """Close a session with its outcome and after-ratings (0-10 per region)."""
        ratings = _RATINGS.validate_python(ratings_after)
        with write(self._conn, "save the end of the session"):
            sid = self._sid(session_id)
            self._conn.execute(
                "UPDATE sessions SET outcome = ?, ended_at = ?, stop_reason = ? WHERE sid = ?",
                (Outcome(outcome).value, ended_at.isoformat(), stop_reason, sid),
            )
            codec.insert_ratings(self._conn, sid, "after", ratings)
        self._live.discard(session_id)

    def interrupted_sessions(self) -> list[SessionRecord]:
        """Sessions still in progress that this store did not start: left by a crash."""
        with reading("read the history"):
            rows = self._conn.execute(
                f"{_SELECT} WHERE outcome = ? AND deleted_at IS NULL ORDER BY started_utc",
                (Outcome.IN_PROGRESS.value,),
            ).fetchall()
            damaged: list[str] = []
            records = codec.load_sessions(self._conn, rows, damaged)
        self._close_damaged(damaged)
        return [record for record in records if record.id not in self._live]

    def _close_damaged(self, session_ids: list[str]) -> None:
        # A crash left these in progress but they cannot be read back to resume: keep them as
        # interrupted so the offer does not come back at every start. Read-only: leave them.
        if not session_ids:
            return
        with contextlib.suppress(StoreWriteError), write(self._conn, "save the session"):
            self._conn.executemany(
                "UPDATE sessions SET outcome = ? WHERE id = ? AND outcome = ?",
                [(Outcome.INTERRUPTED.value, i, Outcome.IN_PROGRESS.value) for i in session_ids],
            )

    def adopt(self, session: SessionRecord) -> None:
        """Keep recording an interrupted session (``SessionRecorder``); see ``resume``."""
        self.get(session.id)  # raises UnknownSessionError for a session this store lacks
        self._live.add(session.id)

    def resume(self, session_id: str) -> SessionRecord:
        """Take over an interrupted session; the player continues after its last step."""
        record = self.get(session_id)
        self._live.add(session_id)
        return record

    def mark_interrupted(self, session_id: str) -> None:
        """Keep an interrupted session as it was; it ends when its last step ended."""
        record = self.get(session_id)
        ends = [s.started_at + timedelta(seconds=s.actual_s) for s in record.steps]
        ended_at = max(ends, default=None)
        with write(self._conn, "save the session"):
            self._conn.execute(
                "UPDATE sessions SET outcome = ?, ended_at = ? WHERE id = ?",
                (Outcome.INTERRUPTED.value, ended_at.isoformat() if ended_at else None, record.id),
            )
        self._live.discard(session_id)

    def interrupt_live(self) -> list[str]:
        """Keep every session this store is recording as interrupted (the app is stopping).

        Returns:
            The ids of the sessions marked; one that cannot be written stays in progress and
            is offered again at the next start.
        """
        marked = []
        for session_id in sorted(self._live):
            with contextlib.suppress(StoreError):
                self.mark_interrupted(session_id)
                marked.append(session_id)
        return marked

    # -- the history view ------------------------------------------------------------------

    def get(self, session_id: str) -> SessionRecord:
        """One session with its steps and ratings.

        Raises:
            UnknownSessionError: when there is no such session, or it was deleted.
        """
        with reading("read the session"):
            rows = self._conn.execute(
                f"{_SELECT} WHERE id = ? AND deleted_at IS NULL", (session_id,)
            ).fetchall()
            records = codec.load_sessions(self._conn, rows)
        if not records:
            raise UnknownSessionError(f"No session {session_id!r} in the history.")
        return records[0]

    def pain_stops_since(self, day: date) -> list[SessionRecord]:
        """The sessions stopped for pain that started on ``day`` (local) or later, with steps."""
        where = SessionFilter(outcomes=frozenset({Outcome.STOPPED_FOR_PAIN}), since=day)
        return [self.get(row.id) for row in self.list_sessions(where, limit=100)]

    def worked_sessions(self, limit: int = 20) -> list[SessionRecord]:
        """The newest sessions with a massage step done, newest first, with their steps.

        What "Recently" on the welcome offers again: a session whose every step was skipped
        or left out massaged nothing, so it is no suggestion of what to do again; nor is one
        that only got as far as warming the oil (a step that works no region, which is not
        massage time either).
        """
        with reading("read the history"):
            rows = self._conn.execute(
                f"{_SELECT} WHERE deleted_at IS NULL AND EXISTS (SELECT 1 FROM steps t"
                " WHERE t.sid = sessions.sid AND t.status = ? AND EXISTS (SELECT 1 FROM"
                " step_regions r WHERE r.sid = t.sid AND r.position = t.position))"
                " ORDER BY started_utc DESC, sid DESC LIMIT ?",
                (StepStatus.DONE.value, limit),
            ).fetchall()
            return codec.load_sessions(self._conn, rows)

    def list_sessions(
        self, where: SessionFilter | None = None, limit: int = 50, offset: int = 0
    ) -> list[SessionSummary]:
        """One page of the history list, newest first."""
        with reading("read the history"):
            return listing.list_page(self._conn, where or SessionFilter(), limit, offset)

    def count_sessions(self, where: SessionFilter | None = None) -> int:
        """How many sessions the filter matches."""
        with reading("read the history"):
            return listing.count(self._conn, where or SessionFilter())

    def step_tallies(self, session_ids: Iterable[str]) -> dict[str, StepTally]:
        """Done, skipped and blocked steps per session, for the list's result words.

        Sessions with no step at all get an empty tally, so every id asked for has one.
        """
        ids = list(dict.fromkeys(session_ids))
        found: dict[str, list[_TalliedStep]] = {sid: [] for sid in ids}
        # A page is at most a few hundred ids, far below SQLite's limit on parameters.
        for first in range(0, len(ids), 500):
            chunk = ids[first : first + 500]
            marks = ", ".join("?" * len(chunk))
            # Every step, not a count per status: both sides of a step are counted as one.
            with reading("read the history"):
                rows = self._conn.execute(
                    f"SELECT s.id, t.position, t.technique_id, t.step_index, t.side, t.status"
                    f" FROM sessions s JOIN steps t ON t.sid = s.sid WHERE s.id IN ({marks})",
                    chunk,
                ).fetchall()
            for sid, position, technique_id, step_index, side, status in rows:
                found[sid].append(
                    _TalliedStep(
                        int(position),
                        str(technique_id),
                        int(step_index),
                        Side(side) if side in _SIDE_VALUES else None,
                        StepStatus(status),
                    )
                )
        return {sid: StepTally.of_steps(steps) for sid, steps in found.items()}

    def update_notes(self, session_id: str, notes: str) -> None:
        """Replace a session's notes."""
        self._update(session_id, "notes = ?", (notes,), "deleted_at IS NULL", "save the notes")

    def delete(self, session_id: str) -> None:
        """Hide a session; ``undo_delete`` brings it back until the store is next opened."""
        stamp = datetime.now(UTC).isoformat()
        self._update(session_id, "deleted_at = ?", (stamp,), "deleted_at IS NULL", "delete")

    def undo_delete(self, session_id: str) -> None:
        """Bring back a session hidden by ``delete``."""
        self._update(session_id, "deleted_at = NULL", (), "deleted_at IS NOT NULL", "undo")

    def purge_deleted(self) -> int:
        """Remove deleted sessions for good (done on open); returns how many."""
        with write(self._conn, "clean up deleted sessions"):
            cursor = self._conn.execute("DELETE FROM sessions WHERE deleted_at IS NOT NULL")
        return cursor.rowcount

    # -- whole history ---------------------------------------------------------------------

    def insert_many(self, records: Iterable[SessionRecord]) -> tuple[int, int]:
        """Add sessions in one transaction, skipping ids already stored (import, undo).

        Returns:
            (added, skipped).
        """
        added = skipped = 0
        with write(self._conn, "import the sessions"):
            for record in records:
                found = self._conn.execute("SELECT 1 FROM sessions WHERE id = ?", (record.id,))
                if found.fetchone():
                    skipped += 1
                    continue
                try:
                    codec.insert_session(self._conn, record)
                except sqlite3.IntegrityError:
                    raise _duplicate(record) from None
                added += 1
        return added, skipped

    def iter_records(
        self, batch: int = 500, skipped: list[str] | None = None
    ) -> Iterator[SessionRecord]:
        """Every live session with steps and ratings, oldest first, loaded in batches.

        Sessions this version cannot read are left out; their ids are added to ``skipped``
        (when given) so an export can name them.
        """
        left_out: list[str] = [] if skipped is None else skipped
        last = 0
        while True:
            with reading("read the history"):
                rows = self._conn.execute(
                    f"{_SELECT} WHERE sid > ? AND deleted_at IS NULL ORDER BY sid LIMIT ?",
                    (last, batch),
                ).fetchall()
                records = codec.load_sessions(self._conn, rows, left_out)
            if not rows:
                return
            last = rows[-1][0]
            yield from records

    def close(self) -> None:
        """Close the file (folds the write-ahead log back into it)."""
        self._conn.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _sid(self, session_id: str) -> int:
        row = self._conn.execute(
            "SELECT sid FROM sessions WHERE id = ? AND deleted_at IS NULL", (session_id,)
        ).fetchone()
        if row is None:
            raise UnknownSessionError(f"No session {session_id!r} in the history.")
        return int(row[0])

    def _update(
        self, session_id: str, change: str, params: tuple[str, ...], when: str, action: str
    ) -> None:
        with write(self._conn, action):
            cursor = self._conn.execute(
                f"UPDATE sessions SET {change} WHERE id = ? AND {when}", (*params, session_id)
            )
        if cursor.rowcount == 0:
            raise UnknownSessionError(f"No session {session_id!r} to {action}.")

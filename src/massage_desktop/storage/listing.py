"""The history list: filters, one page of summaries, and the count for the pager."""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal

from massage_desktop.domain.history import Outcome

_COLUMNS = (
    "s.id, s.started_at, s.ended_at, s.kind, s.subject_id, s.performer, s.outcome,"
    " s.stop_reason, s.notes, s.active_s,"
    " (SELECT count(*) FROM steps t WHERE t.sid = s.sid)"
)


@dataclass(frozen=True)
class SessionFilter:
    """Which sessions the history list shows; None (or empty) means "any".

    ``region_id`` matches sessions with a step on that region (done, skipped or blocked).
    ``since`` and ``until`` are inclusive local dates of the session start.
    """

    region_id: str | None = None
    subject_id: str | None = None
    kind: Literal["technique", "routine"] | None = None
    outcomes: frozenset[Outcome] = frozenset()
    performer: Literal["self", "partner"] | None = None
    since: date | None = None
    until: date | None = None

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition on ``sessions s`` and its parameters."""
        # Literal "deleted_at IS NULL" lets SQLite use the partial indexes.
        terms = ["s.deleted_at IS NULL"]
        params: list[Any] = []
        for column, value in (
            ("subject_id", self.subject_id),
            ("kind", self.kind),
            ("performer", self.performer),
        ):
            if value is not None:
                terms.append(f"s.{column} = ?")
                params.append(value)
        if self.outcomes:
            terms.append(f"s.outcome IN ({','.join('?' * len(self.outcomes))})")
            params.extend(sorted(o.value for o in self.outcomes))
        if self.since is not None:
            terms.append("s.day >= ?")
            params.append(self.since.isoformat())
        if self.until is not None:
            terms.append("s.day <= ?")
            params.append(self.until.isoformat())
        if self.region_id is not None:
            terms.append(
                "EXISTS (SELECT 1 FROM session_regions g WHERE g.sid = s.sid AND g.region_id = ?)"
            )
            params.append(self.region_id)
        return " AND ".join(terms), params


@dataclass(frozen=True)
class SessionSummary:
    """One row of the history list (no steps or ratings: ``HistoryStore.get`` has those)."""

    id: str
    started_at: datetime
    ended_at: datetime | None
    kind: Literal["technique", "routine"]
    subject_id: str
    performer: Literal["self", "partner"]
    outcome: Outcome | None  # None: the stored value is damaged (see ``damaged``)
    stop_reason: str | None
    notes: str
    active_s: float
    step_count: int
    damaged: bool = False  # a value this version cannot read; shown as damaged, never hidden


def list_page(
    conn: sqlite3.Connection, where: SessionFilter, limit: int, offset: int
) -> list[SessionSummary]:
    """One page of sessions, newest first."""
    condition, params = where.where()
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM sessions s WHERE {condition}"
        " ORDER BY s.started_utc DESC, s.sid DESC LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return [_summary(row) for row in rows]


def count(conn: sqlite3.Connection, where: SessionFilter) -> int:
    """How many sessions match (for the pager)."""
    condition, params = where.where()
    row = conn.execute(f"SELECT count(*) FROM sessions s WHERE {condition}", params).fetchone()
    return int(row[0])


_FALLBACK_TIME = datetime(1970, 1, 1, tzinfo=UTC)


def _summary(row: tuple[Any, ...]) -> SessionSummary:
    try:
        return SessionSummary(
            id=row[0],
            started_at=datetime.fromisoformat(row[1]),
            ended_at=datetime.fromisoformat(row[2]) if row[2] else None,
            kind=_checked(row[3], ("technique", "routine")),
            subject_id=str(row[4]),
            performer=_checked(row[5], ("self", "partner")),
            outcome=Outcome(row[6]),
            stop_reason=row[7],
            notes=str(row[8]),
            active_s=float(row[9]),
            step_count=int(row[10]),
        )
    except (ValueError, TypeError, OverflowError):
        return _damaged_summary(row)


def _checked(value: Any, allowed: tuple[str, ...]) -> Any:
    if value not in allowed:
        raise ValueError(f"unexpected value {value!r}")
    return value


def _damaged_summary(row: tuple[Any, ...]) -> SessionSummary:
    """A row with a value this version rejects: what can be read, marked as damaged."""

    def time_or_none(text: Any) -> datetime | None:
        try:
            return datetime.fromisoformat(text)
        except (ValueError, TypeError):
            return None

    def number(value: Any) -> float:
        try:
            result = float(value)
        except (ValueError, TypeError, OverflowError):
            return 0.0
        return result if math.isfinite(result) else 0.0

    outcome = next((o for o in Outcome if o.value == row[6]), None)
    return SessionSummary(
        id=str(row[0]),
        started_at=time_or_none(row[1]) or _FALLBACK_TIME,
        ended_at=time_or_none(row[2]),
        kind="routine" if row[3] == "routine" else "technique",
        subject_id=str(row[4]),
        performer="partner" if row[5] == "partner" else "self",
        outcome=outcome,
        stop_reason=row[7] if isinstance(row[7], str) else None,
        notes=row[8] if isinstance(row[8], str) else "",
        active_s=number(row[9]),
        step_count=int(number(row[10])),
        damaged=True,
    )

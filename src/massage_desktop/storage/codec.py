"""Between ``SessionRecord`` objects and rows of the current schema.

Times are kept as ISO text with the offset they were recorded in (so an export gives back
exactly what the player wrote), plus UTC microseconds for ordering and the local date for the
calendar.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from massage_desktop.domain.history import SessionRecord, StepRecord, StepStatus
from massage_desktop.storage.errors import DamagedSessionError

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICRO = timedelta(microseconds=1)

SESSION_COLUMNS = (
    "sid, id, started_at, ended_at, kind, subject_id, performer, outcome, stop_reason, notes"
)

# Whether a region id names the left or the right side, by its suffix ("front-knee-left").
IS_LEFT = "substr({0}, -5) = '-left'"
IS_RIGHT = "substr({0}, -6) = '-right'"
# A set of sides, from whether it has the left ({0}) and the right ({1}): the one side it has,
# 'both', or NULL for neither (max() over no rows is NULL).
_ONE_SIDE = "CASE WHEN {0} THEN iif({1}, 'both', 'left') WHEN {1} THEN 'right' END"
# The side a session worked on, for ``sessions.worked_side``: 'left' or 'right', 'both', or
# NULL when nothing says; from its done steps' sides, else from the regions it rated. A step
# that runs once over both knees lists both, so its regions cannot say. Correlated on
# ``sessions.sid``, for an UPDATE of the sessions table.
WORKED_SIDE = (
    "coalesce((SELECT "
    + _ONE_SIDE.format("max(t.side = 'left')", "max(t.side = 'right')")
    + " FROM steps t WHERE t.sid = sessions.sid AND t.status = 'done'), (SELECT "
    + _ONE_SIDE.format(
        f"max({IS_LEFT.format('r.region_id')})", f"max({IS_RIGHT.format('r.region_id')})"
    )
    + " FROM ratings r WHERE r.sid = sessions.sid))"
)


def utc_micros(moment: datetime) -> int:
    """Microseconds since 1970 in UTC; naive times are taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    # Subtracting aware datetimes never overflows, unlike astimezone() near year 1 or 9999.
    return (moment - _EPOCH) // _MICRO


def utc_micros_of_text(text: str) -> int:
    """``utc_micros`` of an ISO date and time (a SQL function during migrations)."""
    return utc_micros(datetime.fromisoformat(text))


def insert_session(conn: sqlite3.Connection, record: SessionRecord) -> int:
    """Insert a session with its ratings and steps; returns its row key (sid).

    Raises:
        sqlite3.IntegrityError: when the id is already stored.
    """
    started = record.started_at.isoformat()
    cursor = conn.execute(
        "INSERT INTO sessions (id, started_at, started_utc, day, ended_at, kind, subject_id,"
        " performer, outcome, stop_reason, notes) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            record.id,
            started,
            utc_micros(record.started_at),
            started[:10],
            record.ended_at.isoformat() if record.ended_at else None,
            record.kind,
            record.subject_id,
            record.performer,
            record.outcome.value,
            record.stop_reason,
            record.notes,
        ),
    )
    sid = int(cursor.lastrowid or 0)
    _put_ratings(conn, sid, "before", record.ratings_before)
    _put_ratings(conn, sid, "after", record.ratings_after)
    for step in record.steps:
        _put_step(conn, sid, step)
    update_worked_side(conn, sid)  # once for the whole session, not per step (imports)
    return sid


def update_worked_side(conn: sqlite3.Connection, sid: int) -> None:
    """Work out again the side a session worked on, from its steps and ratings as stored.

    Kept on the session so the heat map reads it with the session row instead of scanning
    every session's steps and ratings (seconds at 100,000 sessions).
    """
    conn.execute(f"UPDATE sessions SET worked_side = {WORKED_SIDE} WHERE sid = ?", (sid,))


def insert_ratings(conn: sqlite3.Connection, sid: int, phase: str, ratings: dict[str, int]) -> None:
    """Replace one phase ("before" or "after") of a session's ratings."""
    _put_ratings(conn, sid, phase, ratings)
    update_worked_side(conn, sid)


def _put_ratings(conn: sqlite3.Connection, sid: int, phase: str, ratings: dict[str, int]) -> None:
    column = {"before": "before", "after": "after"}[phase]  # never a caller's text in SQL
    conn.execute(f"UPDATE ratings SET {column} = NULL WHERE sid = ?", (sid,))
    conn.executemany(
        f"INSERT INTO ratings (sid, region_id, {column}) VALUES (?,?,?)"
        f" ON CONFLICT DO UPDATE SET {column} = excluded.{column}",
        [(sid, region, value) for region, value in ratings.items()],
    )
    conn.execute("DELETE FROM ratings WHERE sid = ? AND before IS NULL AND after IS NULL", (sid,))


def insert_step(conn: sqlite3.Connection, sid: int, step: StepRecord) -> None:
    """Insert one step and add it to the session's totals, regions' summary and worked side.

    Raises:
        sqlite3.IntegrityError: when the session already has a step at this position.
    """
    _put_step(conn, sid, step)
    update_worked_side(conn, sid)


def _put_step(conn: sqlite3.Connection, sid: int, step: StepRecord) -> None:
    conn.execute(
        "INSERT INTO steps (sid, position, technique_id, step_index, side, planned_s,"
        " actual_s, repetitions, status, started_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            sid,
            step.position,
            step.technique_id,
            step.step_index,
            step.side.value if step.side else None,
            step.planned_s,
            step.actual_s,
            step.repetitions,
            step.status.value,
            step.started_at.isoformat(),
        ),
    )
    conn.executemany(
        "INSERT INTO step_regions (sid, position, ord, region_id) VALUES (?,?,?,?)",
        [(sid, step.position, i, region) for i, region in enumerate(step.region_ids)],
    )
    done = step.status is StepStatus.DONE
    # worked_s: the time on the region whatever became of the step (a stopped step's too), by
    # which the heat map counts it, as the history counts a session by its massage time.
    conn.executemany(
        "INSERT INTO session_regions (sid, region_id, done_steps, done_s, worked_s)"
        " VALUES (?,?,?,?,?) ON CONFLICT DO UPDATE SET"
        " done_steps = done_steps + excluded.done_steps, done_s = done_s + excluded.done_s,"
        " worked_s = worked_s + excluded.worked_s",
        [
            (sid, region, int(done), step.actual_s if done else 0.0, step.actual_s)
            for region in dict.fromkeys(step.region_ids)  # listed twice, worked once
        ],
    )
    # Kept on the session so weekly minutes never have to scan the steps table. Massage time
    # only: a step with no region got the hands or the oil ready (``RecordBook.record``), and
    # 7 s of warming the oil read as "7 s" of massage beside "no part finished" (v7).
    if step.region_ids:
        conn.execute(
            "UPDATE sessions SET active_s = active_s + ? WHERE sid = ?", (step.actual_s, sid)
        )


def delete_step(conn: sqlite3.Connection, sid: int, position: int) -> None:
    """Remove one step and take it back out of the session's totals, regions and worked side.

    The exact inverse of ``insert_step``; used when the person goes back to run a step again.
    """
    row = conn.execute(
        "SELECT actual_s, status FROM steps WHERE sid = ? AND position = ?", (sid, position)
    ).fetchone()
    if row is None:
        return
    actual_s, status = float(row[0]), str(row[1])
    done = status == StepStatus.DONE.value
    regions = [
        r[0]
        for r in conn.execute(
            "SELECT region_id FROM step_regions WHERE sid = ? AND position = ? ORDER BY ord",
            (sid, position),
        )
    ]
    conn.executemany(
        "UPDATE session_regions SET done_steps = done_steps - ?, done_s = done_s - ?,"
        " worked_s = worked_s - ? WHERE sid = ? AND region_id = ?",
        [(int(done), actual_s if done else 0.0, actual_s, sid, r) for r in dict.fromkeys(regions)],
    )
    conn.execute("DELETE FROM step_regions WHERE sid = ? AND position = ?", (sid, position))
    conn.execute("DELETE FROM steps WHERE sid = ? AND position = ?", (sid, position))
    conn.execute(
        "DELETE FROM session_regions WHERE sid = ? AND region_id NOT IN"
        " (SELECT region_id FROM step_regions WHERE sid = ?)",
        (sid, sid),
    )
    if regions:  # as ``insert_step`` added it
        conn.execute("UPDATE sessions SET active_s = active_s - ? WHERE sid = ?", (actual_s, sid))
    update_worked_side(conn, sid)


def load_sessions(
    conn: sqlite3.Connection, rows: Sequence[Sequence[Any]], damaged: list[str] | None = None
) -> list[SessionRecord]:
    """Build full records from session rows (``SESSION_COLUMNS``), keeping their order.

    Args:
        conn: the history connection.
        rows: session rows.
        damaged: when given, the ids of rows this version cannot read are added to it and the
            rows are left out, so one flipped byte never hides the rest of the history.

    Raises:
        DamagedSessionError: when a row cannot be read and ``damaged`` is None.
    """
    if not rows:
        return []
    # One query per child table for the whole batch, not one per session.
    sids = json.dumps([row[0] for row in rows])
    chosen = "sid IN (SELECT value FROM json_each(?))"
    steps: dict[int, list[dict[str, Any]]] = {}
    regions: dict[tuple[int, int], list[str]] = {}
    for sid, position, region in conn.execute(
        f"SELECT sid, position, region_id FROM step_regions WHERE {chosen} ORDER BY 1, 2, ord",
        (sids,),
    ):
        regions.setdefault((sid, position), []).append(region)
    for row in conn.execute(
        "SELECT sid, position, technique_id, step_index, side, planned_s, actual_s,"
        f" repetitions, status, started_at FROM steps WHERE {chosen} ORDER BY sid, position",
        (sids,),
    ):
        steps.setdefault(row[0], []).append(_step_fields(row, regions.get((row[0], row[1]), [])))
    ratings: dict[tuple[int, str], dict[str, int]] = {}
    for sid, region, before, after in conn.execute(
        f"SELECT sid, region_id, before, after FROM ratings WHERE {chosen}", (sids,)
    ):
        for phase, value in (("before", before), ("after", after)):
            if value is not None:
                ratings.setdefault((sid, phase), {})[region] = value
    records: list[SessionRecord] = []
    for row in rows:
        try:
            records.append(_session(row, steps.get(row[0], []), ratings))
        except (ValueError, TypeError, OverflowError):  # pydantic's errors are ValueErrors
            if damaged is None:
                raise DamagedSessionError(
                    f"The session {row[1]!r} in your history is damaged and cannot be shown. "
                    "The rest of your history is not affected."
                ) from None
            damaged.append(str(row[1]))
    return records


def _step_fields(row: Sequence[Any], region_ids: list[str]) -> dict[str, Any]:
    keys = ("position", "technique_id", "step_index", "side", "planned_s", "actual_s")
    fields = dict(zip(keys, row[1:7], strict=True))
    fields.update(repetitions=row[7], status=row[8], started_at=row[9], region_ids=region_ids)
    return fields


def _session(
    row: Sequence[Any],
    steps: Iterable[dict[str, Any]],
    ratings: dict[tuple[int, str], dict[str, int]],
) -> SessionRecord:
    sid, *values = row
    keys = SESSION_COLUMNS.split(", ")[1:]
    fields = dict(zip(keys, values, strict=True))
    fields.update(
        steps=list(steps),
        ratings_before=ratings.get((sid, "before"), {}),
        ratings_after=ratings.get((sid, "after"), {}),
    )
    # Validated, not constructed: a row edited by hand fails here instead of in the UI.
    return SessionRecord.model_validate(fields)

"""Build the committed fixture databases, one per schema version, with the historical DDL.

Run from the repository root after adding a migration:

    .venv/bin/python tests/storage/make_fixtures.py

Each ``history-vN.sqlite3`` holds the same sessions as its version could store them, and
``expected-vN.json`` holds those sessions as a JSON export: what opening the file must give
back after migrating to the current version. The DDL of published versions is frozen here on
purpose (it must not follow later edits of ``migrations.py``). The current version is written
through the store itself; when it becomes historical, freeze its DDL here too.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from massage_desktop.domain.enums import Side
from massage_desktop.domain.history import Outcome, SessionRecord, StepRecord, StepStatus
from massage_desktop.storage.codec import utc_micros_of_text
from massage_desktop.storage.opening import open_history
from massage_desktop.storage.paths import resolve_paths
from massage_desktop.storage.transfer import export_history

HERE = Path(__file__).resolve().parent / "fixtures"

V1 = (
    """CREATE TABLE sessions (
        id TEXT PRIMARY KEY, started_at TEXT NOT NULL, ended_at TEXT,
        kind TEXT NOT NULL, subject_id TEXT NOT NULL, performer TEXT NOT NULL,
        outcome TEXT NOT NULL, ratings_before TEXT NOT NULL DEFAULT '{}',
        ratings_after TEXT NOT NULL DEFAULT '{}')""",
    """CREATE TABLE steps (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        position INTEGER NOT NULL, technique_id TEXT NOT NULL, step_index INTEGER NOT NULL,
        region_ids TEXT NOT NULL DEFAULT '[]', side TEXT, planned_s REAL,
        actual_s REAL NOT NULL, repetitions INTEGER, status TEXT NOT NULL,
        started_at TEXT NOT NULL, PRIMARY KEY (session_id, position))""",
    "CREATE INDEX sessions_started ON sessions(started_at)",
)
V2 = (
    "ALTER TABLE sessions ADD COLUMN notes TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE sessions ADD COLUMN stop_reason TEXT",
    "CREATE INDEX sessions_subject ON sessions(subject_id, started_at)",
    "CREATE INDEX sessions_outcome ON sessions(outcome, started_at)",
)

# v3 rebuilt the tables from the v2 ones: the same statements, frozen.
V3_TABLES = (
    """CREATE TABLE sessions_v3 (
        sid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
        started_at TEXT NOT NULL, started_utc INTEGER NOT NULL, day TEXT NOT NULL,
        ended_at TEXT, kind TEXT NOT NULL, subject_id TEXT NOT NULL,
        performer TEXT NOT NULL, outcome TEXT NOT NULL, stop_reason TEXT,
        notes TEXT NOT NULL DEFAULT '', active_s REAL NOT NULL DEFAULT 0, deleted_at TEXT)""",
    """CREATE TABLE steps_v3 (
        sid INTEGER NOT NULL REFERENCES sessions(sid) ON DELETE CASCADE,
        position INTEGER NOT NULL, technique_id TEXT NOT NULL, step_index INTEGER NOT NULL,
        side TEXT, planned_s REAL, actual_s REAL NOT NULL, repetitions INTEGER,
        status TEXT NOT NULL, started_at TEXT NOT NULL,
        PRIMARY KEY (sid, position)) WITHOUT ROWID""",
    """CREATE TABLE step_regions (
        sid INTEGER NOT NULL, position INTEGER NOT NULL, ord INTEGER NOT NULL,
        region_id TEXT NOT NULL, PRIMARY KEY (sid, position, ord),
        FOREIGN KEY (sid, position) REFERENCES steps(sid, position) ON DELETE CASCADE
    ) WITHOUT ROWID""",
    # One row per region a session worked on (any step status): the region filter is one
    # key lookup, and the heat map reads a row per region and session, not per step.
    """CREATE TABLE session_regions (
        sid INTEGER NOT NULL REFERENCES sessions(sid) ON DELETE CASCADE,
        region_id TEXT NOT NULL, done_steps INTEGER NOT NULL, done_s REAL NOT NULL,
        PRIMARY KEY (sid, region_id)) WITHOUT ROWID""",
    # Before and after side by side: a trend is one row per session and region, no self-join.
    """CREATE TABLE ratings (
        sid INTEGER NOT NULL REFERENCES sessions(sid) ON DELETE CASCADE,
        region_id TEXT NOT NULL, before INTEGER, after INTEGER,
        PRIMARY KEY (sid, region_id)) WITHOUT ROWID""",
)

V3_COPY = (
    # An ISO date starts with the local date in its own offset: the day for the calendar.
    """INSERT INTO sessions_v3 (id, started_at, started_utc, day, ended_at, kind, subject_id,
        performer, outcome, stop_reason, notes)
       SELECT id, started_at, utc_micros(started_at), substr(started_at, 1, 10), ended_at,
        kind, subject_id, performer, outcome, stop_reason, notes
       FROM sessions ORDER BY started_at, id""",
    """INSERT INTO steps_v3 SELECT n.sid, s.position, s.technique_id, s.step_index, s.side,
        s.planned_s, s.actual_s, s.repetitions, s.status, s.started_at
       FROM steps s JOIN sessions_v3 n ON n.id = s.session_id""",
    """INSERT INTO step_regions SELECT n.sid, s.position, j.key, j.value
       FROM steps s JOIN sessions_v3 n ON n.id = s.session_id, json_each(s.region_ids) j""",
    """INSERT INTO session_regions SELECT r.sid, r.region_id, total(t.status = 'done'),
        total(iif(t.status = 'done', t.actual_s, 0))
       FROM (SELECT DISTINCT sid, position, region_id FROM step_regions) r
       JOIN steps_v3 t ON t.sid = r.sid AND t.position = r.position GROUP BY 1, 2""",
    """INSERT INTO ratings (sid, region_id, before) SELECT n.sid, j.key, j.value
       FROM sessions s JOIN sessions_v3 n ON n.id = s.id, json_each(s.ratings_before) j""",
    # "WHERE true" tells the parser that ON CONFLICT is not a join constraint.
    """INSERT INTO ratings (sid, region_id, after) SELECT n.sid, j.key, j.value
       FROM sessions s JOIN sessions_v3 n ON n.id = s.id, json_each(s.ratings_after) j
       WHERE true ON CONFLICT DO UPDATE SET after = excluded.after""",
    """UPDATE sessions_v3 SET active_s = (
        SELECT coalesce(sum(actual_s), 0) FROM steps_v3 t WHERE t.sid = sessions_v3.sid)""",
    "DROP TABLE steps",
    "DROP TABLE sessions",
    "ALTER TABLE sessions_v3 RENAME TO sessions",
    "ALTER TABLE steps_v3 RENAME TO steps",
    # Partial indexes: every history query asks for live rows only, so soft-deleted rows cost
    # nothing. The rowid (sid) ends every index, which breaks ties in "newest first".
    "CREATE INDEX sessions_started ON sessions(started_utc) WHERE deleted_at IS NULL",
    "CREATE INDEX sessions_subject ON sessions(subject_id, started_utc) WHERE deleted_at IS NULL",
    "CREATE INDEX sessions_outcome ON sessions(outcome, started_utc) WHERE deleted_at IS NULL",
    "CREATE INDEX sessions_day ON sessions(day, active_s) WHERE deleted_at IS NULL",
    "CREATE INDEX sessions_deleted ON sessions(deleted_at) WHERE deleted_at IS NOT NULL",
    "CREATE INDEX ratings_region ON ratings(region_id)",
)

# v4 added the side each session worked on: the same statements, frozen.
V4 = (
    "ALTER TABLE sessions ADD COLUMN worked_side TEXT",
    """UPDATE sessions SET worked_side = coalesce(
        (SELECT CASE WHEN max(t.side = 'left') THEN iif(max(t.side = 'right'), 'both', 'left')
            WHEN max(t.side = 'right') THEN 'right' END
         FROM steps t WHERE t.sid = sessions.sid AND t.status = 'done'),
        (SELECT CASE WHEN max(substr(r.region_id, -5) = '-left')
                THEN iif(max(substr(r.region_id, -6) = '-right'), 'both', 'left')
            WHEN max(substr(r.region_id, -6) = '-right') THEN 'right' END
         FROM ratings r WHERE r.sid = sessions.sid))""",
)


# v5 added the all-time totals and their triggers: the same statements, frozen.
# Whether a session-region row counts on the heat map: a done step, a live session, and not
# the other side of a one-sided session. {s} names the session row, {g} the region row.
V5_WORKED = (
    "{g}.done_steps > 0 AND {s}.deleted_at IS NULL AND CASE {s}.worked_side"
    " WHEN 'left' THEN substr({g}.region_id, -6) <> '-right'"
    " WHEN 'right' THEN substr({g}.region_id, -5) <> '-left' ELSE 1 END"
)
V5_RATED = "{g}.before IS NOT NULL AND {g}.after IS NOT NULL AND {s}.deleted_at IS NULL"
# Adds {sign} times region row {g} to the totals, for each row of {rows} matching {when}.
V5_ADD_REGIONS = (
    "INSERT INTO region_totals SELECT {g}.region_id, {sign}1, {sign}{g}.done_steps,"
    " {sign}CAST(round({g}.done_s * 1000) AS INTEGER) FROM {rows} WHERE {when}"
    " ON CONFLICT DO UPDATE SET sessions = sessions + excluded.sessions,"
    " steps = steps + excluded.steps, ms = ms + excluded.ms;"
)
V5_ADD_RATINGS = (
    "INSERT INTO rating_totals SELECT {g}.region_id, {sign}1, {sign}{g}.before, {sign}{g}.after"
    " FROM {rows} WHERE {when} ON CONFLICT DO UPDATE SET sessions = sessions + excluded.sessions,"
    " before = before + excluded.before, after = after + excluded.after;"
)


def _v5_row_triggers(table: str, add: str, test: str) -> tuple[str, ...]:
    """Triggers keeping one total table in step with inserts, updates and deletes of a row."""

    def change(row: str, sign: str) -> str:
        # The row's session: none when the session itself is being deleted (see below).
        when = f"s.sid = {row}.sid AND " + test.format(s="s", g=row)
        return add.format(sign=sign, g=row, rows="sessions s", when=when)

    return (
        f"CREATE TRIGGER {table}_totals_insert AFTER INSERT ON {table} BEGIN"
        f" {change('NEW', '+')} END",
        f"CREATE TRIGGER {table}_totals_delete AFTER DELETE ON {table} BEGIN"
        f" {change('OLD', '-')} END",
        f"CREATE TRIGGER {table}_totals_update AFTER UPDATE ON {table} BEGIN"
        f" {change('OLD', '-')} {change('NEW', '+')} END",
    )


def _v5_session_regions(row: str, sign: str) -> str:
    """Add or take away the region rows of one session (``OLD`` or ``NEW``) as they count."""
    return V5_ADD_REGIONS.format(
        sign=sign,
        g="g",
        rows="session_regions g",
        when=f"g.sid = {row}.sid AND " + V5_WORKED.format(s=row, g="g"),
    )


def _v5_session_ratings(row: str, sign: str) -> str:
    """Add or take away the rating rows of one session (``OLD`` or ``NEW``) as they count."""
    return V5_ADD_RATINGS.format(
        sign=sign,
        g="g",
        rows="ratings g",
        when=f"g.sid = {row}.sid AND " + V5_RATED.format(s=row, g="g"),
    )


V5 = (
    """CREATE TABLE region_totals (
        region_id TEXT PRIMARY KEY, sessions INTEGER NOT NULL, steps INTEGER NOT NULL,
        ms INTEGER NOT NULL) WITHOUT ROWID""",
    """CREATE TABLE rating_totals (
        region_id TEXT PRIMARY KEY, sessions INTEGER NOT NULL, before INTEGER NOT NULL,
        after INTEGER NOT NULL) WITHOUT ROWID""",
    *_v5_row_triggers("session_regions", V5_ADD_REGIONS, V5_WORKED),
    *_v5_row_triggers("ratings", V5_ADD_RATINGS, V5_RATED),
    # A session deleted, brought back or found one-sided: its rows leave the totals as they
    # counted before and join them as they count now (ratings do not depend on the side).
    "CREATE TRIGGER sessions_region_totals_update AFTER UPDATE OF deleted_at, worked_side"
    " ON sessions WHEN OLD.deleted_at IS NOT NEW.deleted_at"
    " OR OLD.worked_side IS NOT NEW.worked_side"
    f" BEGIN {_v5_session_regions('OLD', '-')} {_v5_session_regions('NEW', '+')} END",
    "CREATE TRIGGER sessions_rating_totals_update AFTER UPDATE OF deleted_at ON sessions"
    " WHEN OLD.deleted_at IS NOT NEW.deleted_at"
    f" BEGIN {_v5_session_ratings('OLD', '-')} {_v5_session_ratings('NEW', '+')} END",
    # Before the row goes: the cascade that deletes its region and rating rows runs after it,
    # when the row triggers above no longer find the session and add nothing.
    "CREATE TRIGGER sessions_totals_delete BEFORE DELETE ON sessions BEGIN"
    f" {_v5_session_regions('OLD', '-')} {_v5_session_ratings('OLD', '-')} END",
    "INSERT INTO region_totals SELECT g.region_id, count(*), sum(g.done_steps),"
    " sum(CAST(round(g.done_s * 1000) AS INTEGER)) FROM sessions s"
    f" JOIN session_regions g ON g.sid = s.sid WHERE {V5_WORKED.format(s='s', g='g')}"
    " GROUP BY 1",
    "INSERT INTO rating_totals SELECT g.region_id, count(*), sum(g.before), sum(g.after)"
    f" FROM sessions s JOIN ratings g ON g.sid = s.sid WHERE {V5_RATED.format(s='s', g='g')}"
    " GROUP BY 1",
)


# v6 counted a region row by the time the session spent on it: the same statements, frozen.
V6_WORKED = (
    "{g}.worked_s >= 0.5 AND {s}.deleted_at IS NULL AND CASE {s}.worked_side"
    " WHEN 'left' THEN substr({g}.region_id, -6) <> '-right'"
    " WHEN 'right' THEN substr({g}.region_id, -5) <> '-left' ELSE 1 END"
)
V6_ADD_REGIONS = (
    "INSERT INTO region_totals SELECT {g}.region_id, {sign}1, {sign}{g}.done_steps,"
    " {sign}CAST(round({g}.worked_s * 1000) AS INTEGER) FROM {rows} WHERE {when}"
    " ON CONFLICT DO UPDATE SET sessions = sessions + excluded.sessions,"
    " steps = steps + excluded.steps, ms = ms + excluded.ms;"
)


def _v6_session_regions(row: str, sign: str) -> str:
    """Add or take away the region rows of one session as v6 counts them."""
    return V6_ADD_REGIONS.format(
        sign=sign,
        g="g",
        rows="session_regions g",
        when=f"g.sid = {row}.sid AND " + V6_WORKED.format(s=row, g="g"),
    )


V6 = (
    "ALTER TABLE session_regions ADD COLUMN worked_s REAL NOT NULL DEFAULT 0",
    "DROP TRIGGER session_regions_totals_insert",
    "DROP TRIGGER session_regions_totals_delete",
    "DROP TRIGGER session_regions_totals_update",
    "DROP TRIGGER sessions_region_totals_update",
    "DROP TRIGGER sessions_totals_delete",
    """UPDATE session_regions SET worked_s = (
        SELECT total(t.actual_s) FROM steps t WHERE t.sid = session_regions.sid
        AND t.position IN (SELECT r.position FROM step_regions r
            WHERE r.sid = session_regions.sid AND r.region_id = session_regions.region_id))""",
    *_v5_row_triggers("session_regions", V6_ADD_REGIONS, V6_WORKED),
    "CREATE TRIGGER sessions_region_totals_update AFTER UPDATE OF deleted_at, worked_side"
    " ON sessions WHEN OLD.deleted_at IS NOT NEW.deleted_at"
    " OR OLD.worked_side IS NOT NEW.worked_side"
    f" BEGIN {_v6_session_regions('OLD', '-')} {_v6_session_regions('NEW', '+')} END",
    "CREATE TRIGGER sessions_totals_delete BEFORE DELETE ON sessions BEGIN"
    f" {_v6_session_regions('OLD', '-')} {_v5_session_ratings('OLD', '-')} END",
    "DELETE FROM region_totals",
    "INSERT INTO region_totals SELECT g.region_id, count(*), sum(g.done_steps),"
    " sum(CAST(round(g.worked_s * 1000) AS INTEGER)) FROM sessions s"
    f" JOIN session_regions g ON g.sid = s.sid WHERE {V6_WORKED.format(s='s', g='g')}"
    " GROUP BY 1",
)


def sessions() -> list[SessionRecord]:
    """Sessions covering every field; offsets differ so ISO text order != time order."""
    berlin, new_york = timezone(timedelta(hours=2)), timezone(timedelta(hours=-5))
    start = datetime(2025, 3, 10, 21, 30, tzinfo=new_york)  # 11 March 04:30 in Berlin

    def step(n: int, regions: list[str], **more: object) -> StepRecord:
        fields: dict[str, object] = {
            "position": n,
            "technique_id": "neck-kneading",
            "step_index": n,
            "region_ids": regions,
            "actual_s": 30.0 + n,
            "status": StepStatus.DONE,
            "started_at": start + timedelta(minutes=n),
        }
        return StepRecord.model_validate(fields | more)

    return [
        SessionRecord(
            id="a-completed",
            started_at=start,
            ended_at=start + timedelta(minutes=6),
            kind="technique",
            subject_id="neck-kneading",
            performer="self",
            outcome=Outcome.COMPLETED,
            ratings_before={"back-neck": 6, "back-shoulder-left": 4},
            ratings_after={"back-neck": 2, "back-shoulder-left": 3},
            notes="Felt looser afterwards.",
            steps=[
                step(0, ["back-neck"], planned_s=30.0),
                step(1, ["back-neck", "back-shoulder-left"], side=Side.LEFT, planned_s=45.0),
                step(2, [], repetitions=10, status=StepStatus.SKIPPED, actual_s=0.0),
            ],
        ),
        SessionRecord(
            id="b-pain",
            started_at=datetime(2025, 3, 11, 1, 0, tzinfo=berlin),  # earlier instant than a
            ended_at=datetime(2025, 3, 11, 1, 4, tzinfo=berlin),
            kind="routine",
            subject_id="evening-back",
            performer="partner",
            outcome=Outcome.STOPPED_FOR_PAIN,
            stop_reason="Sharp pain in the lower back",
            ratings_before={"back-lower": 7},
            steps=[step(0, ["back-lower"], side=Side.CENTRE, status=StepStatus.BLOCKED)],
        ),
        SessionRecord(
            id="c-open",
            started_at=datetime(2025, 3, 12, 9, 0, tzinfo=UTC),
            kind="technique",
            subject_id="hand-press",
            performer="self",
            steps=[step(0, ["front-hand-right"], side=Side.RIGHT)],
        ),
        SessionRecord(
            id="d-empty",
            started_at=datetime(2025, 3, 13, 18, 0, tzinfo=berlin),
            ended_at=datetime(2025, 3, 13, 18, 1, tzinfo=berlin),
            kind="routine",
            subject_id="evening-back",
            performer="self",
            outcome=Outcome.STOPPED_EARLY,
            stop_reason="Phone rang",
        ),
    ]


def as_of(version: int, record: SessionRecord) -> SessionRecord:
    """What a file of ``version`` can hold of a session (v1 had no notes or stop reason)."""
    if version >= 2:
        return record
    return record.model_copy(update={"notes": "", "stop_reason": None})


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def build_old(path: Path, version: int, records: Sequence[SessionRecord] | None = None) -> None:
    """Write a v1 to v6 file of ``records`` (the fixture sessions by default).

    v1 and v2 are written with their DDL and row layout; v3 to v6 as their migrations built
    them from v2.
    """
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in V1 + (V2 if version >= 2 else ()):
            conn.execute(statement)
        for r in sessions() if records is None else records:
            row = [r.id, _iso(r.started_at), _iso(r.ended_at), r.kind, r.subject_id]
            row += [r.performer, r.outcome.value]
            row += [json.dumps(r.ratings_before), json.dumps(r.ratings_after)]
            columns = "?,?,?,?,?,?,?,?,?"
            if version >= 2:
                row += [r.notes, r.stop_reason]
                columns += ",?,?"
            conn.execute(f"INSERT INTO sessions VALUES ({columns})", row)
            for s in r.steps:
                conn.execute(
                    "INSERT INTO steps VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (r.id, s.position, s.technique_id, s.step_index, json.dumps(s.region_ids),
                     s.side, s.planned_s, s.actual_s, s.repetitions, s.status.value,
                     _iso(s.started_at)),
                )  # fmt: skip
        if version >= 3:
            conn.create_function("utc_micros", 1, utc_micros_of_text, deterministic=True)
            later = (V4 if version >= 4 else ()) + (V5 if version >= 5 else ())
            later += V6 if version >= 6 else ()
            for statement in V3_TABLES + V3_COPY + later:
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version}")
    finally:
        conn.close()


def build_current(path: Path, version: int) -> None:
    """Write the current version through the store."""
    work = HERE / "_build"
    store, report = open_history(resolve_paths(work))
    assert report.writable
    with store:
        store.insert_many(sessions())
    conn = sqlite3.connect(work / "history.sqlite3")
    conn.execute("PRAGMA journal_mode=DELETE")  # no -wal files beside the committed copy
    conn.close()
    (work / "history.sqlite3").replace(path)
    for leftover in sorted(work.rglob("*"), reverse=True):
        leftover.rmdir() if leftover.is_dir() else leftover.unlink()
    work.rmdir()


def main() -> None:
    """Write every fixture and its expected sessions."""
    from massage_desktop.storage.migrations import CURRENT_VERSION

    for version in range(1, CURRENT_VERSION + 1):
        path = HERE / f"history-v{version}.sqlite3"
        (build_old if version < CURRENT_VERSION else build_current)(path, version)
        expected = [as_of(version, record) for record in sessions()]
        export_history(expected, HERE / f"expected-v{version}.json")
        print(f"wrote {path.name}")


if __name__ == "__main__":
    main()

"""The schema, as an ordered list of migrations: ``MIGRATIONS[n]`` takes version n to n + 1.

A new, empty file runs all of them, so there is one path to the current schema. Published
migrations are never edited; a change is a new migration at the end (and a new fixture in
``tests/storage/fixtures``).

History:
    v1: sessions (ratings as JSON text) and steps keyed by (session id, position).
    v2: notes and stop_reason columns; indexes for the subject and outcome filters.
    v3: built for 100,000 sessions: an integer session key, UTC microseconds for ordering
        (ISO text with mixed offsets does not sort), the local day for the calendar, the
        active seconds kept on the session, soft delete, and ratings and step regions in
        their own tables (with a per-session summary of regions) so trend and heat-map
        queries use keys and indexes instead of parsing JSON.
    v4: the side each session worked on (worked_side), kept at write time: the heat map
        leaves out the other side of a one-sided session, and working it out from every
        session's steps and ratings at each query made the all-time heat map 4x slower.
    v5: all-time totals per region for the heat map (region_totals) and for the rating
        changes (rating_totals), kept by triggers on every write, so the Progress tab reads
        a row per region instead of joining every session (0.5-0.7 s each at 100,000
        sessions, against a 500 ms budget). Seconds are kept in whole milliseconds, so that
        adding and taking away a step leaves the exact total.
    v6: the time each session spent on a region, whatever became of its steps
        (session_regions.worked_s). A region counts on the heat map when the session spent
        massage time on it, as a session counts in the history when it has massage time: a
        tour ended in its first foot step (19 s, feet rated 5 -> 3) left the feet off the map,
        which counted finished steps only (walk 10, a98/b117). The all-time totals are
        counted again by that rule, and their triggers follow it.
    v7: a session's active seconds are its massage time: the seconds of the steps that work
        a region. A step that only gets the hands ready (warming the oil) records no region,
        and a tour ended after 7 s of warming the oil listed "7 s" of massage time beside
        "no part finished". No new column: ``active_s`` is counted again by that rule.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from massage_desktop.storage.codec import utc_micros_of_text
from massage_desktop.storage.db import user_version, write
from massage_desktop.storage.errors import StoreWriteError

Migration = Callable[[sqlite3.Connection], None]

_V1 = (
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

_V2 = (
    "ALTER TABLE sessions ADD COLUMN notes TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE sessions ADD COLUMN stop_reason TEXT",
    "CREATE INDEX sessions_subject ON sessions(subject_id, started_at)",
    "CREATE INDEX sessions_outcome ON sessions(outcome, started_at)",
)

# v3 tables are built under new names, filled from the old ones, then renamed (SQLite's
# documented way to change a table's key). References name the final tables.
_V3_TABLES = (
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

_V3_COPY = (
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


# Spelled out here, not taken from codec.WORKED_SIDE: a published migration must not follow
# later edits. From the done steps' sides, else from the rated regions; NULL when neither says.
_V4 = (
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


# Whether a session-region row counts on the heat map: a done step, a live session, and not
# the other side of a one-sided session. {s} names the session row, {g} the region row.
_V5_WORKED = (
    "{g}.done_steps > 0 AND {s}.deleted_at IS NULL AND CASE {s}.worked_side"
    " WHEN 'left' THEN substr({g}.region_id, -6) <> '-right'"
    " WHEN 'right' THEN substr({g}.region_id, -5) <> '-left' ELSE 1 END"
)
_V5_RATED = "{g}.before IS NOT NULL AND {g}.after IS NOT NULL AND {s}.deleted_at IS NULL"
# Adds {sign} times region row {g} to the totals, for each row of {rows} matching {when}.
_V5_ADD_REGIONS = (
    "INSERT INTO region_totals SELECT {g}.region_id, {sign}1, {sign}{g}.done_steps,"
    " {sign}CAST(round({g}.done_s * 1000) AS INTEGER) FROM {rows} WHERE {when}"
    " ON CONFLICT DO UPDATE SET sessions = sessions + excluded.sessions,"
    " steps = steps + excluded.steps, ms = ms + excluded.ms;"
)
_V5_ADD_RATINGS = (
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


def _session_rows(add: str, table: str, test: str, row: str, sign: str) -> str:
    """Add or take away the ``table`` rows of one session (``OLD`` or ``NEW``) as they count."""
    return add.format(
        sign=sign,
        g="g",
        rows=f"{table} g",
        when=f"g.sid = {row}.sid AND " + test.format(s=row, g="g"),
    )


def _v5_session_regions(row: str, sign: str) -> str:
    """A session's region rows, counted by v5's rule (a done step)."""
    return _session_rows(_V5_ADD_REGIONS, "session_regions", _V5_WORKED, row, sign)


def _v5_session_ratings(row: str, sign: str) -> str:
    """A session's rating rows (rated before and after)."""
    return _session_rows(_V5_ADD_RATINGS, "ratings", _V5_RATED, row, sign)


_V5 = (
    """CREATE TABLE region_totals (
        region_id TEXT PRIMARY KEY, sessions INTEGER NOT NULL, steps INTEGER NOT NULL,
        ms INTEGER NOT NULL) WITHOUT ROWID""",
    """CREATE TABLE rating_totals (
        region_id TEXT PRIMARY KEY, sessions INTEGER NOT NULL, before INTEGER NOT NULL,
        after INTEGER NOT NULL) WITHOUT ROWID""",
    *_v5_row_triggers("session_regions", _V5_ADD_REGIONS, _V5_WORKED),
    *_v5_row_triggers("ratings", _V5_ADD_RATINGS, _V5_RATED),
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
    f" JOIN session_regions g ON g.sid = s.sid WHERE {_V5_WORKED.format(s='s', g='g')}"
    " GROUP BY 1",
    "INSERT INTO rating_totals SELECT g.region_id, count(*), sum(g.before), sum(g.after)"
    f" FROM sessions s JOIN ratings g ON g.sid = s.sid WHERE {_V5_RATED.format(s='s', g='g')}"
    " GROUP BY 1",
)


# v6: as v5, but a region row counts when the session spent massage time on it: at least what
# shows as "1 s" (engine.summary.MASSAGED_S, spelled out: a published migration must not follow
# later edits), whether its steps were done, skipped or stopped; seconds are all that time.
_V6_WORKED = (
    "{g}.worked_s >= 0.5 AND {s}.deleted_at IS NULL AND CASE {s}.worked_side"
    " WHEN 'left' THEN substr({g}.region_id, -6) <> '-right'"
    " WHEN 'right' THEN substr({g}.region_id, -5) <> '-left' ELSE 1 END"
)
_V6_ADD_REGIONS = (
    "INSERT INTO region_totals SELECT {g}.region_id, {sign}1, {sign}{g}.done_steps,"
    " {sign}CAST(round({g}.worked_s * 1000) AS INTEGER) FROM {rows} WHERE {when}"
    " ON CONFLICT DO UPDATE SET sessions = sessions + excluded.sessions,"
    " steps = steps + excluded.steps, ms = ms + excluded.ms;"
)


def _v6_session_regions(row: str, sign: str) -> str:
    """A session's region rows, counted by v6's rule (massage time on the region)."""
    return _session_rows(_V6_ADD_REGIONS, "session_regions", _V6_WORKED, row, sign)


_V6 = (
    "ALTER TABLE session_regions ADD COLUMN worked_s REAL NOT NULL DEFAULT 0",
    # The triggers that read the region rows go first: left in place, they moved the totals
    # at every row the fill below updates (5 s of a 5.4 s upgrade at 100,000 sessions). They
    # are made again with the new rule (the ratings' part of the session delete trigger is
    # v5's, unchanged), and the totals counted again.
    "DROP TRIGGER session_regions_totals_insert",
    "DROP TRIGGER session_regions_totals_delete",
    "DROP TRIGGER session_regions_totals_update",
    "DROP TRIGGER sessions_region_totals_update",
    "DROP TRIGGER sessions_totals_delete",
    # Each step once per region, however often it lists the region (as codec writes it).
    """UPDATE session_regions SET worked_s = (
        SELECT total(t.actual_s) FROM steps t WHERE t.sid = session_regions.sid
        AND t.position IN (SELECT r.position FROM step_regions r
            WHERE r.sid = session_regions.sid AND r.region_id = session_regions.region_id))""",
    *_v5_row_triggers("session_regions", _V6_ADD_REGIONS, _V6_WORKED),
    "CREATE TRIGGER sessions_region_totals_update AFTER UPDATE OF deleted_at, worked_side"
    " ON sessions WHEN OLD.deleted_at IS NOT NEW.deleted_at"
    " OR OLD.worked_side IS NOT NEW.worked_side"
    f" BEGIN {_v6_session_regions('OLD', '-')} {_v6_session_regions('NEW', '+')} END",
    "CREATE TRIGGER sessions_totals_delete BEFORE DELETE ON sessions BEGIN"
    f" {_v6_session_regions('OLD', '-')} {_v5_session_ratings('OLD', '-')} END",
    "DELETE FROM region_totals",
    "INSERT INTO region_totals SELECT g.region_id, count(*), sum(g.done_steps),"
    " sum(CAST(round(g.worked_s * 1000) AS INTEGER)) FROM sessions s"
    f" JOIN session_regions g ON g.sid = s.sid WHERE {_V6_WORKED.format(s='s', g='g')}"
    " GROUP BY 1",
)


# v7: active_s counts the steps with a region only (as codec.insert_step now adds them); the
# others got the hands or the oil ready.
_V7 = (
    """UPDATE sessions SET active_s = (
        SELECT total(t.actual_s) FROM steps t WHERE t.sid = sessions.sid
        AND EXISTS (SELECT 1 FROM step_regions r WHERE r.sid = t.sid AND r.position = t.position))
       WHERE EXISTS (SELECT 1 FROM steps t WHERE t.sid = sessions.sid
        AND NOT EXISTS (SELECT 1 FROM step_regions r
            WHERE r.sid = t.sid AND r.position = t.position))""",
)


def _run(statements: tuple[str, ...]) -> Migration:
    def migration(conn: sqlite3.Connection) -> None:
        # Not executescript(): it commits first, which would split the migration in two.
        for statement in statements:
            conn.execute(statement)

    return migration


def _to_v3(conn: sqlite3.Connection) -> None:
    conn.create_function("utc_micros", 1, utc_micros_of_text, deterministic=True)
    _run(_V3_TABLES + _V3_COPY)(conn)


MIGRATIONS: tuple[Migration, ...] = (
    _run(_V1),
    _run(_V2),
    _to_v3,
    _run(_V4),
    _run(_V5),
    _run(_V6),
    _run(_V7),
)
CURRENT_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, target: int = CURRENT_VERSION) -> list[int]:
    """Bring the file up to ``target``, one transaction per version.

    A failure rolls back only the version being applied; earlier ones stay committed, so the
    file is always at some published version.

    Returns:
        The versions reached, in order (empty when nothing was to do).

    Raises:
        StoreWriteError: when a migration fails (disk full, bad data in the old file).
    """
    reached: list[int] = []
    for number in range(user_version(conn), target):
        action = f"upgrade the history file to version {number + 1}"
        # Table rebuilds drop and rename tables: foreign keys are checked once at the end
        # instead. The pragma is a no-op inside a transaction, so it is set around it.
        conn.execute("PRAGMA foreign_keys=OFF")
        try:
            with write(conn, action):
                MIGRATIONS[number](conn)
                if conn.execute("PRAGMA foreign_key_check").fetchall():
                    raise StoreWriteError(f"Could not {action}: the old file is inconsistent.")
                conn.execute(f"PRAGMA user_version = {number + 1}")
        finally:
            conn.execute("PRAGMA foreign_keys=ON")
        reached.append(number + 1)
    return reached

"""A big history written straight into the current schema with SQL, for benchmarks.

Building 100,000 ``SessionRecord`` models and saving them one by one takes about 20 s; this
writes the same shape of data with ``executemany`` and ``INSERT ... SELECT`` in one transaction
(about a second per 100,000 sessions). Each session has five steps over two regions and before and
after ratings on two regions, spread evenly over the ten years before ``LAST_DAY``.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from massage_desktop.domain.history import Outcome
from massage_desktop.storage.codec import WORKED_SIDE

LAST_DAY = date(2026, 6, 1)
OUTCOMES = [o.value for o in Outcome if o is not Outcome.IN_PROGRESS]


def generate_history(
    database: Path,
    count: int,
    subjects: Sequence[tuple[str, str]],
    techniques: Sequence[str],
    regions: Sequence[str],
    seed: int = 7,
) -> None:
    """Add ``count`` finished sessions to the (already created) history database.

    Args:
        database: The history file; a store may have it open (WAL lets both write in turn).
        count: How many sessions to add.
        subjects: ``(kind, id)`` pairs the sessions pick from ("technique" or "routine").
        techniques: Technique ids the steps cycle through.
        regions: Region ids the steps and ratings cycle through.
        seed: Seed for the start times and subjects, so runs compare.
    """
    if count == 0:
        return
    rng = random.Random(seed)
    first = datetime(2016, 6, 1, 7, tzinfo=UTC)
    span = datetime.combine(LAST_DAY, datetime.min.time(), UTC) + timedelta(hours=21) - first
    rows = []
    for n in range(count):
        started = first + timedelta(seconds=span.total_seconds() * n / count + rng.uniform(0, 30))
        text = started.isoformat()
        micros = (started - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(microseconds=1)
        kind, subject = rng.choice(subjects)
        ended = (started + timedelta(minutes=6)).isoformat()
        rows.append(
            (f"s{n:07d}", text, micros, text[:10], ended, kind, subject, rng.choice(OUTCOMES))
        )
    conn = sqlite3.connect(database, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        first_sid = conn.execute("SELECT coalesce(max(sid), 0) FROM sessions").fetchone()[0]
        conn.executemany(
            "INSERT INTO sessions (id, started_at, started_utc, day, ended_at, kind, subject_id,"
            " performer, outcome, active_s) VALUES (?,?,?,?,?,?,?,'self',?,300)",
            rows,
        )
        conn.execute("CREATE TEMP TABLE names (n INTEGER PRIMARY KEY, id TEXT)")
        conn.executemany("INSERT INTO names VALUES (?, ?)", list(enumerate(regions)))
        conn.execute("CREATE TEMP TABLE techs (n INTEGER PRIMARY KEY, id TEXT)")
        conn.executemany("INSERT INTO techs VALUES (?, ?)", list(enumerate(techniques)))
        conn.execute(
            "INSERT INTO steps SELECT s.sid, p.value, t.id, p.value, NULL, 60, 60, NULL,"
            " 'done', s.started_at FROM sessions s, json_each('[0,1,2,3,4]') p"
            " JOIN techs t ON t.n = (s.sid * 3 + p.value) % ?",
            (len(techniques),),
        )
        conn.execute(
            "INSERT INTO step_regions SELECT t.sid, t.position, r.value, x.id"
            " FROM steps t, json_each('[0,1]') r JOIN names x ON x.n = (t.sid * 7 + r.value) % ?",
            (len(regions),),
        )
        conn.execute(
            "INSERT INTO ratings SELECT s.sid, x.id, (s.sid + r.value) % 8 + 2,"
            " (s.sid + r.value) % 6 FROM sessions s, json_each('[0,1]') r"
            " JOIN names x ON x.n = (s.sid * 7 + r.value) % ?",
            (len(regions),),
        )
        # As the store keeps it when steps and ratings are written. Before the region rows:
        # the triggers that keep the heat map's totals then add each row once, instead of
        # adding it and moving it again when the session's side is known.
        conn.execute(f"UPDATE sessions SET worked_side = {WORKED_SIDE} WHERE sid > ?", (first_sid,))
        conn.execute(
            "INSERT INTO session_regions SELECT r.sid, r.region_id, count(*), sum(t.actual_s),"
            " sum(t.actual_s)"
            " FROM step_regions r JOIN steps t USING (sid, position) GROUP BY 1, 2"
        )
        conn.execute("COMMIT")
    finally:
        conn.close()

"""Aggregates for the history view: calendar, streak, weekly minutes, rating trends, heat map.

Days are local dates of the session start, in the offset the session was recorded in. Weeks
start on Monday. Deleted sessions never count; every other session with massage time does,
whatever its outcome.
Regions count as touched when the session spent massage time on them (``_WORKED``'s rule for a
region: a step stopped or skipped after 19 s counts its 19 s, a step left out counts nothing), on
the side that was massaged: a step that runs once over a part with two sides (warm-up strokes
listed for both knees) lists both, but a session whose sided steps all ran on the left, or, with
no sided step, whose ratings name only the left, worked the left one only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from massage_desktop.domain.history import StepSide, StepStatus, counted_groups, counts_parts
from massage_desktop.engine.summary import MASSAGED_S
from massage_desktop.storage.codec import IS_LEFT, IS_RIGHT
from massage_desktop.storage.db import reading

_DAY = timedelta(days=1)
_WEEK = "date(s.day, '-6 days', 'weekday 1')"  # the Monday that starts the session's week
_LIVE = "s.deleted_at IS NULL"  # spelled out so SQLite can use the partial indexes
# CROSS JOIN fixes the order: from the sessions in the date range (day index) to their
# regions. Without ANALYZE statistics SQLite otherwise started from every row of a region.
# Region rows a session worked: a region on the other side of a one-sided session was listed
# by a step that runs once (both knees), not massaged. The side is kept on the session when
# its steps and ratings are written (codec.WORKED_SIDE).
_WORKED_REGIONS = (
    "sessions s CROSS JOIN session_regions g ON g.sid = s.sid"
    f" AND g.worked_s >= {MASSAGED_S!r}"
    " AND CASE s.worked_side"
    f" WHEN 'left' THEN NOT {IS_RIGHT.format('g.region_id')}"
    f" WHEN 'right' THEN NOT {IS_LEFT.format('g.region_id')} ELSE 1 END"
)
# One region's trend starts from its ratings (region index); changes over all regions start
# from the sessions in the date range, like the heat map.
_REGION_RATINGS = "ratings g CROSS JOIN sessions s ON s.sid = g.sid"
_ALL_RATINGS = "sessions s CROSS JOIN ratings g ON g.sid = s.sid"
_RATED = "g.before IS NOT NULL AND g.after IS NOT NULL"


@dataclass(frozen=True)
class WeekTotal:
    """Time spent massaging in one week.

    ``sessions`` counts sessions with massage time; ``unworked`` the week's others (ended
    before any massage time), which the History's list counts and names per day.
    """

    week_start: date
    minutes: float
    sessions: int
    unworked: int = 0


@dataclass(frozen=True)
class TrendPoint:
    """Mean before and after ratings of one region in one week (sessions with both)."""

    week_start: date
    sessions: int
    mean_before: float
    mean_after: float


@dataclass(frozen=True)
class RatingChange:
    """Mean before and after ratings of one region over a period (sessions with both)."""

    region_id: str
    sessions: int
    mean_before: float
    mean_after: float


@dataclass(frozen=True)
class RegionCount:
    """How much one region was worked on; a step on two regions counts for both."""

    region_id: str
    sessions: int
    steps: int
    seconds: float


@dataclass(frozen=True)
class StepTally:
    """What happened to the steps of one session: how many were done, skipped, left out."""

    done: int = 0
    skipped: int = 0
    blocked: int = 0
    one_sided: int = 0
    """Steps of ``done`` done on one side only, the other side skipped or not reached."""
    by_parts: bool = False
    """The counts are parts, each side of a step one, as the player counted them
    (``domain.history.counts_parts``); else steps, their sides folded together."""

    @classmethod
    def of(cls, statuses: Iterable[str]) -> StepTally:
        """Count the statuses of a session's steps ("done", "skipped", "blocked")."""
        found = list(statuses)
        return cls(found.count("done"), found.count("skipped"), found.count("blocked"))

    @classmethod
    def of_steps(cls, steps: Sequence[StepSide]) -> StepTally:
        """Count a session's steps as the player numbered them, both sides one step.

        A step is done when a side of it was done, skipped when none was and a side was
        skipped, left out when every side was; as the summary counts them (walk 5, finding 9:
        the summary said "1 of 12" where the card said "7 steps"). Where the player counted
        parts, so does this (``counted_groups``): "1 step done" stood under a summary's "1 of
        5 parts done" (walk 9, X-e).
        """
        done = skipped = blocked = one_sided = 0
        groups = counted_groups(steps)
        for sides in groups:
            found = {side.status for side in sides}
            if StepStatus.DONE in found:
                done += 1
                one_sided += StepStatus.SKIPPED in found
            elif StepStatus.SKIPPED in found:
                skipped += 1
            else:
                blocked += 1
        return cls(done, skipped, blocked, one_sided, counts_parts(steps))

    @property
    def total(self) -> int:
        """All steps of the session, whatever happened to them."""
        return self.done + self.skipped + self.blocked

    @property
    def runnable(self) -> int:
        """Steps that could run: the left-out ones are no steps of the session.

        "Mostly skipped · 1 of 16 done" counted the 2 the health profile left out, where the
        player had counted "Step 1 of 14" (walk 8, finding 4).
        """
        return self.done + self.skipped


def _from(since: date | None) -> str:
    # "" sorts before every ISO date, so no start date needs no second query.
    return since.isoformat() if since else ""


# The one rule of every total: a session counts when it has massage time, at least what
# shows as "1 s" (``MASSAGED_S``, the summary's "massaged"). A day counts as massaged by it,
# and the weekly sessions and minutes count it. A rule by steps *done* dropped a Knee care
# stopped for pain after 21 s and a leg massage skipped through with 6 s: the header said
# "0 sessions, 0 s" under a list saying "Today · 2 sessions, 27 s" (walk 9, P1-g). A session
# of 0 s still counts nowhere: "1 session, 0 s" beside "No sessions in the last 8 weeks"
# (walk 8, finding 5). The list shows such a session, and its day says how many had none.
# ``active_s`` is kept on the session row, so this reads the (day, active_s) index only.
_WORKED = f"s.active_s >= {MASSAGED_S!r}"


class HistoryStats:
    """Read-only aggregate queries on the history file."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def _rows(self, sql: str, params: Iterable[object]) -> list[tuple[Any, ...]]:
        with reading("read the history statistics"):
            return self._conn.execute(sql, tuple(params)).fetchall()

    def days_massaged(self, start: date, end: date) -> list[date]:
        """The days from ``start`` to ``end`` (inclusive) with at least one session."""
        rows = self._rows(
            f"SELECT DISTINCT day FROM sessions s WHERE {_LIVE} AND {_WORKED}"
            " AND day BETWEEN ? AND ? ORDER BY day",
            (start.isoformat(), end.isoformat()),
        )
        return [date.fromisoformat(row[0]) for row in rows]

    def current_streak(self, today: date) -> int:
        """Days in a row with a session, ending today (or yesterday: today is not over)."""
        streak, expected = 0, today
        with reading("read the history statistics"):
            cursor = self._conn.execute(
                f"SELECT DISTINCT day FROM sessions s WHERE {_LIVE} AND {_WORKED} AND day <= ?"
                " ORDER BY day DESC",
                (today.isoformat(),),
            )
            # Walks back from today through the index and stops at the first gap.
            for (text,) in cursor:
                day = date.fromisoformat(text)
                if streak == 0 and day == today - _DAY:
                    expected = day
                if day != expected:
                    break
                streak, expected = streak + 1, day - _DAY
        return streak

    def minutes_per_week(self, today: date, weeks: int = 12) -> list[WeekTotal]:
        """Minutes and sessions in each of the last ``weeks`` weeks, oldest first, gaps as zero.

        Only sessions with massage time count (``_WORKED``), as the calendar's days do; the
        others are counted apart (``WeekTotal.unworked``): the list's day said "3 sessions,
        2 without massage time" under a header of "1 session" (walk 10, b104).
        """
        first = today - timedelta(days=today.weekday(), weeks=weeks - 1)
        rows = self._rows(
            # Whole seconds, as each session's length is shown (``whole_seconds``).
            f"SELECT {_WEEK}, sum(CASE WHEN {_WORKED} THEN CAST(s.active_s + 0.5 AS INTEGER)"
            " ELSE 0 END),"
            f" sum({_WORKED}), count(*) FROM sessions s"
            f" WHERE {_LIVE} AND s.day BETWEEN ? AND ? GROUP BY 1",
            (first.isoformat(), today.isoformat()),
        )
        found = {row[0]: (float(row[1]), int(row[2]), int(row[3])) for row in rows}
        totals = []
        for n in range(weeks):
            start = first + timedelta(weeks=n)
            seconds, sessions, every = found.get(start.isoformat(), (0.0, 0, 0))
            totals.append(WeekTotal(start, seconds / 60, sessions, every - sessions))
        return totals

    def rating_trend(self, region_id: str, since: date | None = None) -> list[TrendPoint]:
        """Weekly before -> after ratings of one region, oldest first (weeks with data)."""
        rows = self._rows(
            f"SELECT {_WEEK}, count(*), avg(g.before), avg(g.after) FROM {_REGION_RATINGS}"
            f" WHERE g.region_id = ? AND {_RATED} AND {_LIVE} AND s.day >= ?"
            " GROUP BY 1 ORDER BY 1",
            (region_id, _from(since)),
        )
        return [
            TrendPoint(date.fromisoformat(w), int(n), float(b), float(a)) for w, n, b, a in rows
        ]

    def rating_changes(self, since: date | None = None) -> list[RatingChange]:
        """Mean before and after ratings per region since a day, by region id."""
        if since is None:
            # All time: the totals the triggers keep (migration v5), a row per region.
            rows = self._rows(
                "SELECT region_id, sessions, CAST(before AS REAL) / sessions,"
                " CAST(after AS REAL) / sessions FROM rating_totals WHERE sessions > 0"
                " ORDER BY 1",
                (),
            )
            return [RatingChange(r, int(n), float(b), float(a)) for r, n, b, a in rows]
        rows = self._rows(
            f"SELECT g.region_id, count(*), avg(g.before), avg(g.after) FROM {_ALL_RATINGS}"
            f" WHERE {_RATED} AND {_LIVE} AND s.day >= ? GROUP BY 1 ORDER BY 1",
            (_from(since),),
        )
        return [RatingChange(r, int(n), float(b), float(a)) for r, n, b, a in rows]

    def rated_by(self) -> dict[str, set[str]]:
        """The regions with ratings before and after a partner's session: who else was rated.

        Region id -> {"partner"}, or {"partner", "self"} when one's own sessions rated it too;
        regions only ever rated for oneself are left out. Progress named "Left leg" with no
        word of whose: the one rating was the partner's (walk 9, P1-m).
        """
        # From the partner's sessions (few), then one indexed look-up per region found: one
        # pass over every rating with its session took 110 ms at 100,000 sessions.
        partner = self._rows(
            f"SELECT DISTINCT g.region_id FROM {_ALL_RATINGS}"
            f" WHERE s.performer = 'partner' AND {_RATED} AND {_LIVE}",
            (),
        )
        people: dict[str, set[str]] = {}
        for (region_id,) in partner:
            own = self._rows(
                f"SELECT 1 FROM {_REGION_RATINGS} WHERE g.region_id = ?"
                f" AND s.performer = 'self' AND {_RATED} AND {_LIVE} LIMIT 1",
                (region_id,),
            )
            people[str(region_id)] = {"partner", "self"} if own else {"partner"}
        return people

    def region_counts(self, since: date | None = None) -> list[RegionCount]:
        """Per region: sessions, done steps and seconds since a day (the heat map).

        A session counts for a region it spent massage time on, done steps or not.
        """
        if since is None:
            # All time: the totals the triggers keep (migration v5), a row per region.
            rows = self._rows(
                "SELECT region_id, sessions, steps, ms / 1000.0 FROM region_totals"
                " WHERE sessions > 0 ORDER BY 1",
                (),
            )
            return [RegionCount(r, int(n), int(k), float(t)) for r, n, k, t in rows]
        rows = self._rows(
            "SELECT g.region_id, count(*), sum(g.done_steps), sum(g.worked_s)"
            f" FROM {_WORKED_REGIONS} WHERE {_LIVE} AND s.day >= ? GROUP BY 1 ORDER BY 1",
            (_from(since),),
        )
        return [RegionCount(r, int(n), int(k), float(t)) for r, n, k, t in rows]

    def untouched_regions(self, region_ids: Iterable[str], today: date, days: int) -> list[str]:
        """The given regions with no massage time in the last ``days`` days (today included)."""
        # "day >= the day after" is "day > the first day left out".
        first = today - timedelta(days=days - 1)
        rows = self._rows(
            f"SELECT DISTINCT g.region_id FROM {_WORKED_REGIONS} WHERE {_LIVE} AND s.day >= ?",
            (first.isoformat(),),
        )
        touched = {row[0] for row in rows}
        return [region for region in dict.fromkeys(region_ids) if region not in touched]

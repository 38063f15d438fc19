"""Clocks the engine reads: a monotonic one for durations and a wall clock for timestamps.

The engine never calls ``time`` or ``datetime`` itself. Both clocks are injected so that tests
(and screenshots of a session half-way through) can move time by hand, and so that all remaining
times are derived from one monotonic reading instead of from counting timer ticks, which drifts
when the event loop is busy.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

Clock = Callable[[], float]
"""Monotonic seconds; only differences between readings mean anything."""

WallClock = Callable[[], datetime]
"""The current time as an aware datetime, used only for timestamps in records."""


def monotonic() -> float:
    """The default ``Clock``: ``time.monotonic()``, the clock ``QElapsedTimer`` also uses."""
    return time.monotonic()


def utc_now() -> datetime:
    """The default ``WallClock``: the current time in UTC."""
    return datetime.now(UTC)


class ManualClock:
    """A monotonic clock and a matching wall clock that only move when told to.

    Tests drive sessions with it and never sleep; ``wall`` stays in step with ``now`` so that
    record timestamps can be checked too.
    """

    def __init__(
        self,
        start: float = 1000.0,
        wall_start: datetime = datetime(2024, 1, 1, 9, 0, tzinfo=UTC),
    ) -> None:
        """Create a clock reading ``start`` seconds, at ``wall_start`` on the wall clock.

        Args:
            start: First monotonic reading; not zero so that code cannot rely on it.
            wall_start: Wall-clock time matching ``start``; must be timezone-aware.
        """
        if wall_start.tzinfo is None:
            raise ValueError("wall_start must be timezone-aware")
        self._start = start
        self._now = start
        self._wall_start = wall_start

    def __call__(self) -> float:
        """Return the current monotonic reading."""
        return self._now

    def wall(self) -> datetime:
        """Return the wall-clock time matching the current monotonic reading."""
        return self._wall_start + timedelta(seconds=self._now - self._start)

    def advance(self, seconds: float) -> float:
        """Move the clock forward and return the new reading.

        Args:
            seconds: How far to move; negative values are refused as a monotonic clock
                never goes back.
        """
        if seconds < 0:
            raise ValueError("a monotonic clock never goes back")
        self._now += seconds
        return self._now

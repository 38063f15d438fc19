"""Session time: monotonic seconds since the start, with pauses taken out.

Every phase boundary is kept in this "active" time, so remaining time is always computed from
one clock reading. A phase that ends during a stall ends at its planned moment, not at the
late update that notices it, which is what keeps a long session free of drift.
"""

from __future__ import annotations

from massage_desktop.engine.clock import Clock


class Timeline:
    """Active time of one session: runs from ``start`` to ``stop``, stands still while paused."""

    def __init__(self, clock: Clock) -> None:
        """Create a timeline that reads ``clock``; it does not run until ``start``."""
        self._clock = clock
        self._started_at: float | None = None
        self._stopped_at: float | None = None
        self._paused_total = 0.0
        self._paused_since: float | None = None

    @property
    def started(self) -> bool:
        """Whether ``start`` has been called."""
        return self._started_at is not None

    @property
    def paused(self) -> bool:
        """Whether time is standing still because of a pause."""
        return self._paused_since is not None

    @property
    def stopped_at(self) -> float | None:
        """The clock reading at which the session ended, or None while it runs."""
        return self._stopped_at

    def now(self) -> float:
        """Read the clock."""
        return self._clock()

    def start(self, now: float) -> None:
        """Start counting at clock reading ``now``."""
        self._started_at = now

    def active(self, now: float) -> float:
        """Seconds of running time at clock reading ``now``: since the start, minus pauses."""
        if self._started_at is None:
            return 0.0
        end = now if self._stopped_at is None else min(now, self._stopped_at)
        return max(0.0, end - self._started_at - self.paused_s(end))

    def paused_s(self, now: float) -> float:
        """Seconds spent paused up to clock reading ``now``, including a pause still going on."""
        ongoing = 0.0 if self._paused_since is None else max(0.0, now - self._paused_since)
        return self._paused_total + ongoing

    def pause(self, now: float) -> None:
        """Stop the active time at ``now``; does nothing when already paused or stopped."""
        if self._paused_since is None and self._stopped_at is None:
            self._paused_since = now

    def resume(self, now: float) -> None:
        """Let the active time run again from ``now``; does nothing unless paused."""
        if self._paused_since is not None:
            self._paused_total += max(0.0, now - self._paused_since)
            self._paused_since = None

    def stop(self, active_at: float, now: float) -> None:
        """End the session at active time ``active_at``, which is at or before ``now``.

        A session that ends on a phase boundary found late ends at the boundary; the clock
        reading of that moment is reconstructed from ``now``, as no pause can lie in between
        (every pause first brings the session up to date).
        """
        self.resume(now)
        self._stopped_at = now - max(0.0, self.active(now) - active_at)

    def clock_at(self, active_at: float, now: float) -> float:
        """The clock reading at which active time was ``active_at`` (at or before ``now``)."""
        return now - max(0.0, self.active(now) - active_at)

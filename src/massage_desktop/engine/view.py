"""The read-only side of a session: what the player window polls to draw itself.

Queries read the state as of the last command or ``update``; times are computed from the
clock at the moment of the call, so a countdown drawn between updates is still exact.
"""

from __future__ import annotations

import math

from massage_desktop.domain.history import Outcome, StepRecord
from massage_desktop.engine.entry import PlanEntry
from massage_desktop.engine.phases import TIMED, WORK, SessionPhase
from massage_desktop.engine.plan import Plan
from massage_desktop.engine.runner import Runner
from massage_desktop.engine.step_count import step_number
from massage_desktop.engine.summary import Progress, SessionSummary, progress_of, summarise
from massage_desktop.engine.timeline import Timeline

_IDLE = (SessionPhase.NOT_STARTED, SessionPhase.FINISHED)


class SessionView:
    """Queries on a session's state; ``Session`` adds the commands."""

    plan: Plan
    _timeline: Timeline
    _runner: Runner
    _ratings_before: dict[str, int]
    _ratings_after: dict[str, int]
    _stop_reason: str | None
    _closed: bool

    @property
    def phase(self) -> SessionPhase:
        """The current phase."""
        return self._runner.phase

    @property
    def paused(self) -> bool:
        """Whether the session is paused."""
        return self._timeline.paused

    @property
    def closed(self) -> bool:
        """Whether ``finish`` or ``stop_for_pain`` has closed the session."""
        return self._closed

    @property
    def outcome(self) -> Outcome:
        """How the session ended; IN_PROGRESS until then."""
        return self._runner.outcome

    @property
    def current(self) -> PlanEntry | None:
        """The entry being prepared or run; None before the start and after the end."""
        return self._runner.entry

    @property
    def next_entry(self) -> PlanEntry | None:
        """The entry that will run after the current one (blocked ones are passed over)."""
        if self._runner.phase is SessionPhase.FINISHED:
            return None
        after = self._runner.index + 1 if self._timeline.started else 0
        return next((e for e in self.plan.entries[after:] if not e.blocked), None)

    @property
    def records(self) -> list[StepRecord]:
        """Step records so far in plan order, including any not yet handed to the recorder."""
        return self._runner.book.records

    @property
    def progress(self) -> Progress:
        """Current entry, entry count and share of the planned time behind us."""
        r = self._runner
        if r.stopped_index is not None:
            # Ended early: how far it got, not a full bar.
            return progress_of(self.plan, r.stopped_index, 0.0, ended=False)
        work = self.elapsed_s() if r.phase in WORK else 0.0
        return progress_of(self.plan, r.index, work, r.phase is SessionPhase.FINISHED)

    @property
    def at_shortest(self) -> bool:
        """Whether the running step is at its guide's shortest time: it cannot be shortened."""
        return self._runner.at_shortest

    def elapsed_s(self) -> float:
        """Seconds spent in the current phase, pauses excluded."""
        if self._runner.phase in _IDLE:
            return 0.0
        return max(0.0, self._active() - self._runner.phase_start)

    def remaining_s(self) -> float | None:
        """Seconds left in the current timed phase, never negative; None while counting."""
        r = self._runner
        if r.phase not in TIMED or r.phase_len is None:
            return None
        return max(0.0, r.phase_start + r.phase_len - self._active())

    def seconds_until_next_event(self) -> float | None:
        """Seconds until something changes: a phase ends, a cue is due, or a whole second.

        None while paused, before the start and after the end, when nothing changes by itself.
        """
        r = self._runner
        if self.paused or r.phase in _IDLE:
            return None
        remaining = self.remaining_s()
        if remaining is not None:
            # The countdown shows whole seconds, so it changes as ``remaining`` crosses one.
            waits = [remaining, remaining % 1.0 or 1.0]
        else:
            waits = [1.0 - self.elapsed_s() % 1.0]
        waits.extend(r.pending_cue_in(self._active()))
        return max(0.0, min(waits))

    def wake_up_ms(self, margin_ms: int = 5) -> int | None:
        """Milliseconds for a single-shot timer to fire just after the next event, or None.

        The margin makes the timer fire after the event rather than a hair before it, when
        ``update`` would find nothing to do and the display would lag a whole second.
        """
        wait = self.seconds_until_next_event()
        # The tolerance keeps float noise (0.7000000001 s) from adding a millisecond.
        return None if wait is None else math.ceil(wait * 1000 - 1e-6) + margin_ms

    def summary(self) -> SessionSummary:
        """Totals, step counts and before/after ratings; final once the session has ended."""
        r = self._runner
        now = self._timeline.now()
        stopped = self._timeline.stopped_at
        total = r.end_active if r.end_active is not None else self._active()
        paused = self._timeline.paused_s(now if stopped is None else stopped)
        return summarise(
            r.outcome,
            self.records,
            (total, r.lead_in_s, paused),
            self._ratings_before,
            self._ratings_after,
            self._stop_reason,
            stopped=None
            if r.stopped_index is None
            else (r.stopped_index, step_number(self.plan, r.stopped_index)[0]),
            plan=self.plan,
        )

    def _active(self) -> float:
        return self._timeline.active(self._timeline.now())

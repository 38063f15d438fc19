"""The phase machine inside a session: which entry is current, which phase, until when.

All times here are *active* seconds (see ``Timeline``). Every transition happens at an exact
active moment: the planned end of a timed phase, or the moment of the command. Time spent in
each phase goes to exactly one bucket (a lead-in total, or the entry's work time), which is
what makes records plus lead-ins plus pauses add up to the session's length.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from massage_desktop.domain.history import Outcome, StepStatus
from massage_desktop.engine import cues
from massage_desktop.engine.clock import WallClock
from massage_desktop.engine.cues import Cue, CueKind
from massage_desktop.engine.entry import PlanEntry
from massage_desktop.engine.phases import ACTIVE, LEAD_INS, TIMED, WORK, SessionPhase, Timing
from massage_desktop.engine.plan import Plan
from massage_desktop.engine.records import RecordBook
from massage_desktop.engine.step_count import step_number

EPSILON_S = 1e-6
"""Float noise in clock sums: a moment due within this is taken as reached."""


class Runner:
    """Moves through a plan's entries and phases, writing records and collecting cues."""

    def __init__(self, plan: Plan, timing: Timing, book: RecordBook, wall: WallClock) -> None:
        """Create a runner for ``plan``; nothing happens until ``begin``."""
        self.plan = plan
        self.timing = timing
        self.book = book
        self._wall = wall
        self.phase = SessionPhase.NOT_STARTED
        self.index = 0
        self.phase_start = 0.0
        self.phase_len: float | None = None  # None while counting repetitions
        self.run_planned: float | None = None  # planned seconds of the current run
        self.lead_in_s = 0.0
        self.outcome = Outcome.IN_PROGRESS
        self.stopped_index: int | None = None  # the entry a session was ended at, if early
        self.end_active: float | None = None
        self.outbox: list[Cue] = []
        self._now = 0.0  # active time of the latest sync; the "now" of every transition
        self._half_done: set[int] = set()  # half-time is said once per entry, ever
        self._beats = 0

    @property
    def entry(self) -> PlanEntry | None:
        """The current entry, or None before the start and after the end."""
        if self.phase in (SessionPhase.NOT_STARTED, SessionPhase.FINISHED):
            return None
        return self.plan.entries[self.index]

    def sync(self, active_now: float) -> None:
        """Run every phase whose time is up by ``active_now``, each ending on time."""
        self._now = active_now
        while True:
            if self.phase is SessionPhase.RUNNING:
                self._check_half_time()
            if self.phase in TIMED and self.phase_len is not None:
                end = self.phase_start + self.phase_len
                if active_now + EPSILON_S >= end:
                    self._close_phase(end)
                    if self.phase is SessionPhase.RUNNING:
                        self._leave(StepStatus.DONE, end, self.plan.entries[self.index].repetitions)
                    else:
                        self._start_work(end)
                    continue
            break
        if self.phase in WORK:
            self._check_beat()

    def pending_cue_in(self, active_now: float) -> list[float]:
        """Seconds until the next half-time or tempo beat of the current run, if one is due."""
        entry, waits = self.entry, []
        if entry is None:
            return []
        if self.phase is SessionPhase.RUNNING and self._half_pending(entry):
            waits.append(self.phase_start + (self.phase_len or 0.0) / 2 - active_now)
        beat_s = entry.beat_s
        if self.phase in WORK and beat_s and self._beats < self._beat_limit():
            waits.append(self.phase_start + (self._beats + 1) * beat_s - active_now)
        return [max(0.0, w) for w in waits]

    # Commands; the session syncs first, so each acts at ``self._now``.

    def begin(self, first: int = 0) -> None:
        """Enter the first runnable entry from ``first`` on (later than 0 when resuming)."""
        self._enter(first, 0.0, previous=None)

    def skip(self) -> None:
        """Leave the current entry as skipped."""
        if self.phase in ACTIVE:
            heard = self._beats_heard()
            self._close_phase(self._now)
            self._leave(StepStatus.SKIPPED, self._now, heard)

    def done(self, repetitions: int | None) -> None:
        """Finish a counted step; without ``repetitions``, with the count the ring shows.

        A step with a beat counts its strokes: Done at "1/4" is one stroke (the one under
        way), not four. The history said "4 times" after Done on the first (walk 6, #4).
        Without a beat the person counts, and only the planned count is known.
        """
        if self.phase is SessionPhase.REPS:
            self._close_phase(self._now)
            reps = repetitions if repetitions is not None else self._count_made()
            self._leave(StepStatus.DONE, self._now, reps)

    def _count_made(self) -> int | None:
        """The counted step's strokes as the ring numbers them: the one under way included."""
        planned = self.plan.entries[self.index].repetitions
        if planned is None or not self.plan.entries[self.index].beat_s:
            return planned
        return min(self._beats + 1, planned)

    def back(self) -> None:
        """Re-run the step just finished, or restart this one from get-ready if there is none."""
        if self.phase not in ACTIVE:
            return
        self._close_phase(self._now)
        target = self.book.back_target()
        if target is not None:
            self.book.void_revocable()
            self.index = target
            self.book.rerun(target, self._wall_at(self._now))
            self._emit_step_changed(self._now)
        self._lead_in(SessionPhase.GET_READY, self._now)

    def restart(self) -> None:
        """Start the current phase over: the lead-in, or the work at its full planned time."""
        phase = self.phase
        if phase in ACTIVE:
            self._close_phase(self._now)
            if phase in LEAD_INS:
                self._lead_in(phase, self._now)
            else:
                self._start_work(self._now)

    def adjust(self, delta_s: float) -> None:
        """Lengthen or shorten the current timed phase; remaining time never drops below 0.

        A step's work is never shortened below its ``shortest_s`` (the guide's lower bound):
        "−15 s" pressed a few times had cut a 2-minute kneading to 15 s.
        """
        if self.phase in TIMED and self.phase_len is not None:
            floor = self._floor_s()
            self.phase_len = max(
                self.phase_len + delta_s, min(floor, self.phase_len), self._now - self.phase_start
            )
            if self.phase is SessionPhase.RUNNING:
                self.run_planned = self.phase_len

    @property
    def at_shortest(self) -> bool:
        """Whether the step's work is as short as it may be made ("−15 s" does nothing)."""
        if self.phase is not SessionPhase.RUNNING or self.phase_len is None:
            return False
        floor = self._floor_s()
        return floor > 0 and self.phase_len <= floor + EPSILON_S

    def _floor_s(self) -> float:
        entry = self.entry
        if self.phase is not SessionPhase.RUNNING or entry is None:
            return 0.0
        return entry.shortest_s or 0.0

    def end(self, outcome: Outcome) -> None:
        """End the session now with ``outcome``, recording the step in progress as skipped."""
        if self.phase is SessionPhase.FINISHED:
            self.outcome = outcome
            return
        entry, heard, when = self.entry, self._beats_heard(), self._wall_at(self._now)
        self.stopped_index = self.index
        self._close_phase(self._now)
        extra = []
        if entry is not None:
            extra.append(self.book.record(entry, StepStatus.SKIPPED, self.run_planned, heard, when))
        extra += self.book.left_by_back(self.plan.entries, entry, when)
        self.book.flush(extra)
        self._finish(outcome, self._now)

    # Transitions.

    def _close_phase(self, at: float) -> None:
        spent = max(0.0, at - self.phase_start)
        if self.phase in LEAD_INS:
            self.lead_in_s += spent
        elif self.phase in WORK:
            self.book.add_work(self.index, spent)

    def _leave(self, status: StepStatus, at: float, repetitions: int | None) -> None:
        entry = self.plan.entries[self.index]
        when = self._wall_at(at)
        self.book.leave(self.book.record(entry, status, self.run_planned, repetitions, when))
        self._enter(self.index + 1, at, previous=entry)

    def _enter(self, index: int, at: float, previous: PlanEntry | None) -> None:
        entries = self.plan.entries
        while index < len(entries) and entries[index].blocked:
            blocked = entries[index]
            when = self._wall_at(at)
            self.book.leave(self.book.record(blocked, StepStatus.BLOCKED, None, None, when))
            self._emit(CueKind.STEP_BLOCKED, blocked, cues.blocked_text(blocked), at)
            index += 1
            previous = None  # a blocked first side means the second side needs a full get-ready
        if index >= len(entries):
            self.book.flush([])
            # Reaching the end by skipping every step is not a completed massage.
            worked = any(r.status is StepStatus.DONE for r in self.book.records)
            self._finish(Outcome.COMPLETED if worked else Outcome.STOPPED_EARLY, at)
            return
        self.index = index
        entry = entries[index]
        self.book.mark_started(index, self._wall_at(at))
        self._emit_step_changed(at)
        # The plan marks each switch once; after a skipped entry the get-ready says it all.
        switch = previous is not None and entry.switches
        phase = SessionPhase.SWITCH_SIDES if switch else SessionPhase.GET_READY
        self._lead_in(phase, at, came_from=previous)

    def _lead_in(self, phase: SessionPhase, at: float, came_from: PlanEntry | None = None) -> None:
        """Start a lead-in before the current entry.

        ``came_from`` is the entry run just before, when the session came straight from it:
        its next step on the same spot gets a short lead-in (``Timing.lead_in_for``).
        """
        entry = self.plan.entries[self.index]
        previous = self.plan.entries[self.index - 1] if self.index else None
        self.phase, self.phase_start = phase, at
        self.run_planned = entry.planned_s
        if phase is SessionPhase.SWITCH_SIDES:
            same_step = previous is not None and entry.pairs_with(previous)
            self.phase_len = self.timing.lead_in_for(entry, previous)
            text = cues.switch_sides_text(entry, announce_step=not same_step)
            self._emit(CueKind.SWITCH_SIDES, entry, text, at, new_step=not same_step)
        else:
            self.phase_len = self.timing.lead_in_for(entry, came_from)
            self._emit(CueKind.GET_READY, entry, cues.get_ready_text(entry), at)

    def _start_work(self, at: float) -> None:
        entry = self.plan.entries[self.index]
        self.phase_start, self._beats = at, 0
        self.run_planned = entry.planned_s
        self.phase = SessionPhase.REPS if entry.counted else SessionPhase.RUNNING
        self.phase_len = entry.planned_s
        text = cues.step_started_text(entry, entry.planned_s)
        self._emit(CueKind.STEP_STARTED, entry, text, at)

    def _finish(self, outcome: Outcome, at: float) -> None:
        self.phase, self.outcome, self.end_active = SessionPhase.FINISHED, outcome, at
        self.index = len(self.plan)
        self._emit(CueKind.FINISHED, None, cues.finished_text(outcome), at)

    def _check_half_time(self) -> None:
        entry = self.plan.entries[self.index]
        mid = self.phase_start + (self.phase_len or 0.0) / 2
        if self._half_pending(entry) and self._now + EPSILON_S >= mid:
            self._half_done.add(entry.index)
            self._emit(CueKind.HALF_TIME, entry, cues.HALF_TIME_TEXT, mid)

    def _half_pending(self, entry: PlanEntry) -> bool:
        length = self.phase_len or 0.0
        return entry.index not in self._half_done and self.timing.announces_half_time(length)

    def _check_beat(self) -> None:
        entry = self.plan.entries[self.index]
        beat_s = entry.beat_s
        if beat_s is None:
            return
        # A stall drops the beats it swallowed: a burst of clicks would be worse than none.
        elapsed = self._now - self.phase_start + EPSILON_S
        beat = min(int(elapsed / beat_s), self._beat_limit())
        if beat > self._beats:
            self._beats = beat
            self._emit(CueKind.TEMPO_BEAT, entry, "", self.phase_start + beat * beat_s, beat)

    def _beat_limit(self) -> int:
        """How many beats the current run has: its count, or as many as fit in its time."""
        entry = self.plan.entries[self.index]
        beat_s = entry.beat_s
        if beat_s is None:
            return 0
        if self.phase is SessionPhase.REPS:
            return entry.repetitions or 0
        # The beat that would land on the step's last instant is left to the step-end cue.
        return max(0, int(((self.phase_len or 0.0) - EPSILON_S) / beat_s))

    def _beats_heard(self) -> int | None:
        """Beats given so far in a counted step with a tempo; None without a tempo."""
        if self.phase is SessionPhase.REPS and self.plan.entries[self.index].beat_s:
            return self._beats
        return None

    def _emit_step_changed(self, at: float) -> None:
        entry = self.plan.entries[self.index]
        step, steps = step_number(self.plan, entry.index)
        self._emit(CueKind.STEP_CHANGED, entry, cues.step_changed_text(entry, step, steps), at)

    def _emit(
        self,
        kind: CueKind,
        entry: PlanEntry | None,
        text: str,
        due: float,
        beat: int | None = None,
        *,
        new_step: bool = False,
    ) -> None:
        late = self._now - due > cues.LATE_AFTER_S
        self.outbox.append(Cue(kind, entry, text, due, late, beat, new_step))

    def _wall_at(self, at: float) -> datetime:
        # No pause lies between ``at`` and now: every pause syncs first.
        return self._wall() - timedelta(seconds=max(0.0, self._now - at))

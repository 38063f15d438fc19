"""The guided session: a state machine over a plan, driven by commands and an injected clock.

Phases of one entry: GET_READY (SWITCH_SIDES instead where the plan switches sides, once per
switch), then RUNNING (timed) or REPS (counted; ends on ``done``). Pausing is a flag beside the
phase. Times come from the clock through ``Timeline``; ``update`` only notices that phases are
over, so it may be called at any rate, and one call after a long stall runs every phase that
ended meanwhile, each ending at its planned moment.

Every command first brings the session up to date, then acts. Commands that do not apply in
the current phase (``done`` while timed, anything after the end) do nothing and return no
cues, because a button press can race a phase change.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import Literal

from massage_desktop.domain.enums import Performer
from massage_desktop.domain.history import Outcome, SessionRecord, SessionRecorder
from massage_desktop.engine.clock import Clock, WallClock, monotonic, utc_now
from massage_desktop.engine.cues import Cue, Listener
from massage_desktop.engine.phases import SessionPhase, Timing
from massage_desktop.engine.plan import Plan
from massage_desktop.engine.records import RecordBook
from massage_desktop.engine.runner import Runner
from massage_desktop.engine.timeline import Timeline
from massage_desktop.engine.view import SessionView


class Session(SessionView):
    """One guided run through a plan, written to a recorder as it goes."""

    def __init__(
        self,
        plan: Plan,
        recorder: SessionRecorder,
        *,
        clock: Clock = monotonic,
        wall: WallClock = utc_now,
        timing: Timing | None = None,
        performer: Literal["self", "partner"] | None = None,
        session_id: str | None = None,
        resume: SessionRecord | None = None,
    ) -> None:
        """Prepare a session; nothing runs or is recorded until ``start``.

        Args:
            plan: What to run, from ``build_plan``.
            recorder: Where the session and its steps are written.
            clock: Monotonic seconds; all durations come from it.
            wall: Aware current time, for the records' timestamps only.
            timing: Lengths of get-ready and switch-sides phases.
            performer: Who gives the massage; needed when the plan's content suits both.
            session_id: Id for the record; a fresh uuid4 hex by default.
            resume: An interrupted session to carry on: its id, performer and before-ratings
                are kept, its recorded steps stand, and the session continues after the last
                of them. The recorder must already hold it (``HistoryStore.resume``).
        """
        self._resume = resume
        if resume is not None:
            performer, session_id = resume.performer, resume.id
        if performer is None:
            if plan.performer is Performer.BOTH:
                raise ValueError("this content suits both performers: say who gives it")
            performer = "self" if plan.performer is Performer.SELF else "partner"
        self.plan = plan
        self.id = session_id or uuid.uuid4().hex
        self._performer: Literal["self", "partner"] = performer
        self._recorder = recorder
        self._wall = wall
        self._timeline = Timeline(clock)
        self._runner = Runner(plan, timing or Timing(), RecordBook(recorder, self.id), wall)
        self._listeners: list[Listener] = []
        self._ratings_before: dict[str, int] = {}
        self._ratings_after: dict[str, int] = {}
        self._stop_reason: str | None = None
        self._closed = False

    @property
    def performer(self) -> Literal["self", "partner"]:
        """Who this session massages: yourself, or the partner you massage."""
        return self._performer

    # Listening.

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with every cue from now on; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    # Commands. Each returns the cues it caused, in order.

    def start(self, ratings_before: Mapping[str, int] | None = None) -> list[Cue]:
        """Begin the session: record it and enter the first step's get-ready.

        Args:
            ratings_before: Region id -> how it feels, 0 (fine) to 10 (worst).
        """
        if self._timeline.started:
            return []
        started_at = self._wall()
        if started_at.tzinfo is None:
            raise ValueError("the wall clock must give timezone-aware times")
        first = 0
        if self._resume is not None:
            self._recorder.adopt(self._resume)
            self._ratings_before = dict(self._resume.ratings_before)

            self._runner.book.preload(self._resume.steps)
            first = max((s.position + 1 for s in self._resume.steps), default=0)
        else:
            self._ratings_before = _checked(ratings_before)
            self._recorder.begin(
                SessionRecord(
                    id=self.id,
                    started_at=started_at,
                    kind=self.plan.kind,
                    subject_id=self.plan.subject_id,
                    performer=self._performer,
                    ratings_before=self._ratings_before,
                )
            )
        now = self._timeline.now()
        self._timeline.start(now)
        self._runner.sync(0.0)
        self._runner.begin(first)
        return self._after(now)

    def update(self) -> list[Cue]:
        """Advance through every phase whose time is up; call on each timer wake-up."""
        return self._command(lambda now: None)

    def pause(self) -> list[Cue]:
        """Stop the clock of the session (not of the world); does nothing if paused."""
        return self._command(self._timeline.pause)

    def resume(self) -> list[Cue]:
        """Let the session's time run again."""
        return self._command(self._timeline.resume)

    def toggle_pause(self) -> list[Cue]:
        """Pause if running, resume if paused."""
        return self.resume() if self._timeline.paused else self.pause()

    def skip(self) -> list[Cue]:
        """Leave the current step as skipped (during its get-ready too) and go to the next."""
        return self._command(lambda now: self._runner.skip())

    def back(self) -> list[Cue]:
        """Re-run the step just finished (from its get-ready).

        Its earlier record is voided, so every plan entry is recorded at most once; time
        already worked on it or on the step being left still counts when they are recorded.
        Only the most recent step can be re-run: with nothing to go back to, the current step
        restarts from its get-ready.
        """
        return self._command(lambda now: self._runner.back())

    def adjust(self, delta_s: float) -> list[Cue]:
        """Add (or with a negative value take) seconds from the current timed phase.

        The remaining time never drops below 0; at 0 the phase ends at once. In RUNNING this
        changes the planned time of this run, as recorded.
        """
        return self._command(lambda now: self._runner.adjust(delta_s))

    def restart_step(self) -> list[Cue]:
        """Start the current phase over: the work at its full planned time, or the lead-in."""
        return self._command(lambda now: self._runner.restart())

    def done(self, repetitions: int | None = None) -> list[Cue]:
        """Finish a counted step; ``repetitions`` defaults to the planned number."""
        return self._command(lambda now: self._runner.done(repetitions))

    def finish(self, ratings_after: Mapping[str, int] | None = None) -> list[Cue]:
        """Close the session: COMPLETED after the last step, otherwise STOPPED_EARLY now.

        After the last step the session is FINISHED but still open, so that the UI can ask
        for after-ratings; call this to close it (with no ratings if the person declines).
        """
        return self._close(None, ratings_after)

    def stop_for_pain(
        self, reason: str, ratings_after: Mapping[str, int] | None = None
    ) -> list[Cue]:
        """Stop at once because of pain and close the session as STOPPED_FOR_PAIN.

        Pain reported after the last step, before ``finish``, also closes it this way so that
        the history shows it.
        """
        return self._close(reason, ratings_after)

    # Internals.

    def _command(self, action: Callable[[float], None]) -> list[Cue]:
        if not self._timeline.started or self._closed:
            return []
        now = self._timeline.now()
        self._runner.sync(self._timeline.active(now))
        if self._runner.phase is not SessionPhase.FINISHED:
            action(now)
        return self._after(now)

    def _after(self, now: float) -> list[Cue]:
        runner = self._runner
        runner.sync(self._timeline.active(now))  # e.g. adjust down to nothing ends the step
        if runner.end_active is not None and self._timeline.stopped_at is None:
            self._timeline.stop(runner.end_active, now)
        emitted, runner.outbox = runner.outbox, []
        for cue in emitted:
            for listener in list(self._listeners):
                listener(cue)
        return emitted

    def _close(self, reason: str | None, ratings_after: Mapping[str, int] | None) -> list[Cue]:
        if not self._timeline.started or self._closed:
            return []
        ratings = _checked(ratings_after)
        now = self._timeline.now()
        runner = self._runner
        runner.sync(self._timeline.active(now))
        if reason is not None:
            runner.end(Outcome.STOPPED_FOR_PAIN)
        elif runner.phase is not SessionPhase.FINISHED:
            runner.end(Outcome.STOPPED_EARLY)
        emitted = self._after(now)
        self._ratings_after, self._stop_reason, self._closed = ratings, reason, True
        stopped = self._timeline.stopped_at if self._timeline.stopped_at is not None else now
        ended_at = self._wall() - timedelta(seconds=max(0.0, now - stopped))
        self._recorder.finish(self.id, runner.outcome, ended_at, ratings, reason)
        return emitted


def _checked(ratings: Mapping[str, int] | None) -> dict[str, int]:
    out = dict(ratings or {})
    for region_id, value in out.items():
        if not 0 <= value <= 10:
            raise ValueError(f"rating {value} for {region_id!r} is not between 0 and 10")
    return out

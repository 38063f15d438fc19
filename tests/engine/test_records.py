"""Records, the recorder, blocked entries, input checks and the summary."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from tests.engine.helpers import PlanOf, SessionFactory, kinds, phase

from massage_desktop.domain.enums import Side
from massage_desktop.domain.history import InMemoryRecorder, Outcome, StepStatus
from massage_desktop.engine import (
    Cue,
    CueKind,
    ManualClock,
    Session,
    SessionPhase,
)


def test_blocked_entries_are_recorded_blocked_and_never_run(
    plan_of: PlanOf, make_session: SessionFactory, clock: ManualClock, recorder: InMemoryRecorder
) -> None:
    plan = plan_of("glide", {"front-knee-right": "Knee injury."})
    session = make_session(plan)
    seen: list[Cue] = []
    session.subscribe(seen.append)
    session.start()
    assert session.current is plan.entries[2]
    assert session.next_entry is None
    blocked = [c for c in seen if c.kind is CueKind.STEP_BLOCKED]
    assert [c.entry.index for c in blocked if c.entry] == [0, 1]
    assert blocked[0].text == "Skipped Glide: Knee injury."
    # the left side follows a blocked right side, so it gets a full get-ready
    assert phase(session) is SessionPhase.GET_READY
    clock.advance(25.0)
    cues = session.update()
    # the counted knee step that follows is blocked too, so the session ends
    assert kinds(cues) == [
        CueKind.STEP_STARTED,
        CueKind.HALF_TIME,
        CueKind.STEP_BLOCKED,
        CueKind.FINISHED,
    ]
    assert [c.late for c in cues] == [True, True, False, False]
    assert phase(session) is SessionPhase.FINISHED
    session.finish()
    steps = recorder.sessions[session.id].steps
    assert [(s.position, s.status) for s in steps] == [
        (0, StepStatus.BLOCKED),
        (1, StepStatus.BLOCKED),
        (2, StepStatus.DONE),
        (3, StepStatus.BLOCKED),
    ]
    assert all(s.actual_s == 0.0 for s in steps if s.status is StepStatus.BLOCKED)
    # Counted as the card numbers steps: the thigh stroke ran on its left side, and a side
    # left out for safety is no gap, so it is done, not "done on one side only".
    summary = session.summary()
    assert (summary.done, summary.blocked, summary.planned, summary.one_sided) == (1, 2, 3, 0)


def test_fully_blocked_plan_ends_at_once(
    plan_of: PlanOf, make_session: SessionFactory, recorder: InMemoryRecorder
) -> None:
    session = make_session(plan_of("tap", {"tap": "No."}))
    cues = session.start()
    assert kinds(cues) == [CueKind.STEP_BLOCKED, CueKind.STEP_BLOCKED, CueKind.FINISHED]
    assert session.outcome is Outcome.STOPPED_EARLY  # nothing was massaged
    assert len(recorder.sessions[session.id].steps) == 2


def test_performer_must_be_given_for_content_that_suits_both(
    plan_of: PlanOf, recorder: InMemoryRecorder
) -> None:
    with pytest.raises(ValueError, match="both performers"):
        Session(plan_of("press"), recorder)
    session = Session(plan_of("press"), recorder, performer="self")
    session.start()
    assert recorder.sessions[session.id].performer == "self"


def test_default_clocks_and_ids(plan_of: PlanOf, recorder: InMemoryRecorder) -> None:
    session = Session(plan_of("glide"), recorder)
    session.start()
    stored = recorder.sessions[session.id]
    assert stored.started_at.tzinfo is not None
    assert abs((datetime.now(UTC) - stored.started_at).total_seconds()) < 60
    assert Session(plan_of("glide"), recorder, session_id="abc").id == "abc"


def test_naive_wall_clock_and_bad_ratings_are_refused(
    plan_of: PlanOf, recorder: InMemoryRecorder, make_session: SessionFactory
) -> None:
    naive = Session(plan_of("glide"), recorder, wall=lambda: datetime(2024, 1, 1))
    with pytest.raises(ValueError, match="timezone-aware"):
        naive.start()
    with pytest.raises(ValueError, match="between 0 and 10"):
        make_session("glide").start({"front-thigh-right": 11})
    session = make_session("glide")
    session.start()
    with pytest.raises(ValueError, match="between 0 and 10"):
        session.finish({"front-thigh-right": -1})
    assert not session.closed


def test_summary_pairs_ratings_and_counts_steps(
    make_session: SessionFactory, clock: ManualClock
) -> None:
    session = make_session("glide")
    session.start({"front-thigh-right": 7, "front-knee-left": 3})
    clock.advance(35.0)
    session.update()
    session.skip()
    clock.advance(4.0)
    summary = session.summary()
    assert summary.outcome is Outcome.IN_PROGRESS
    assert summary.total_s == 39.0
    session.finish({"front-thigh-right": 4})
    summary = session.summary()
    assert summary.outcome is Outcome.STOPPED_EARLY
    # The step under way when the session was ended is not counted as skipped; its right
    # side was, but both sides are one step, the one the session stopped in.
    assert (summary.done, summary.skipped, summary.blocked) == (1, 0, 0)
    assert (summary.planned, summary.stopped_step, summary.not_reached) == (3, 2, 1)
    assert summary.total_s == 39.0
    # skipping the right side still switches to the left: 3 s of switching, 1 s of work
    assert summary.work_s == 31.0
    assert summary.lead_in_s == 8.0
    assert summary.ratings == {"front-knee-left": (3, None), "front-thigh-right": (7, 4)}


def test_a_step_done_on_one_side_only_is_one_step_and_says_which_side(
    make_session: SessionFactory, clock: ManualClock
) -> None:
    session = make_session("glide")
    session.start()
    clock.advance(35.0)  # get ready, then the 30 s glide
    session.update()
    clock.advance(25.0)  # get ready, then the right thigh's 20 s
    session.update()
    session.skip()  # the left thigh
    session.finish()
    summary = session.summary()
    # "2 of 3 done · right side only", never "2 of 4" (the sides counted as steps).
    assert (summary.done, summary.planned, summary.skipped) == (2, 3, 0)
    assert (summary.one_sided, summary.one_side) == (1, Side.RIGHT)
    assert (summary.stopped_step, summary.not_reached) == (3, 0)

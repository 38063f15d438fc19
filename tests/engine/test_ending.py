"""Pausing, and the ways a session can end early."""

from __future__ import annotations

from tests.engine.helpers import SessionFactory, kinds, phase, started, statuses

from massage_desktop.domain.history import (
    InMemoryRecorder,
    Outcome,
    StepStatus,
    stopped_position,
)
from massage_desktop.engine import CueKind, ManualClock, SessionPhase
from massage_desktop.engine.pain_rest import hurt_step
from massage_desktop.engine.summary import Aftercare, summarise


def test_pause_excludes_paused_time(make_session: SessionFactory, clock: ManualClock) -> None:
    session = started(make_session, clock)
    clock.advance(10.0)
    session.pause()
    assert session.paused
    assert session.seconds_until_next_event() is None
    clock.advance(500.0)
    assert session.update() == []
    assert session.remaining_s() == 20.0
    assert session.pause() == []  # already paused
    session.toggle_pause()
    assert not session.paused
    clock.advance(20.0)
    session.update()
    assert statuses(session) == [(0, StepStatus.DONE, 30.0)]
    session.toggle_pause()
    assert session.paused
    assert session.summary().paused_s == 500.0


def test_commands_while_paused_apply_and_stay_paused(
    make_session: SessionFactory, clock: ManualClock
) -> None:
    session = started(make_session, clock)
    session.pause()
    clock.advance(60.0)
    session.skip()
    assert session.paused
    assert phase(session) is SessionPhase.GET_READY
    assert session.remaining_s() == 5.0
    assert statuses(session) == [(0, StepStatus.SKIPPED, 0.0)]


def test_finish_early_records_the_step_in_progress(
    make_session: SessionFactory, clock: ManualClock, recorder: InMemoryRecorder
) -> None:
    session = started(make_session, clock)
    clock.advance(7.0)
    cues = session.finish({"front-thigh-left": 1})
    assert kinds(cues) == [CueKind.FINISHED]
    assert cues[0].text == "Session ended."
    stored = recorder.sessions[session.id]
    assert stored.outcome is Outcome.STOPPED_EARLY
    assert stored.ended_at == clock.wall()
    assert stored.ratings_after == {"front-thigh-left": 1}
    assert [(s.status, s.actual_s) for s in stored.steps] == [(StepStatus.SKIPPED, 7.0)]
    assert session.closed
    assert phase(session) is SessionPhase.FINISHED
    assert session.current is None
    assert session.next_entry is None
    for command in (session.skip, session.back, session.update, session.toggle_pause):
        assert command() == []
    assert session.finish() == []
    assert session.stop_for_pain("late") == []


def test_finish_keeps_time_of_a_step_left_by_back(
    make_session: SessionFactory, clock: ManualClock
) -> None:
    session = started(make_session, clock)
    clock.advance(30.0 + 5.0 + 6.0)
    session.update()
    session.back()
    clock.advance(1.0)
    session.finish()
    assert statuses(session) == [(0, StepStatus.SKIPPED, 30.0), (1, StepStatus.SKIPPED, 6.0)]


def test_pain_after_going_back_is_recorded_on_the_step_under_way(
    make_session: SessionFactory, clock: ManualClock, recorder: InMemoryRecorder
) -> None:
    # Walk 9, P1-h: 10, 11, Back to 10, "Stop – it hurts": the summary said "stopped in step
    # 10", the history "Stopped – it hurt" on step 11, and 11's area was the one rested.
    session = started(make_session, clock)
    clock.advance(30.0 + 5.0 + 6.0)  # the first step done, 6 s into the second
    session.update()
    session.back()
    clock.advance(5.0 + 4.0)  # the first step again, 4 s of work
    session.update()
    session.stop_for_pain("Sharp pain.")
    stored = recorder.sessions[session.id]
    assert statuses(session) == [(0, StepStatus.SKIPPED, 34.0), (1, StepStatus.SKIPPED, 6.0)]
    assert stopped_position(stored) == 0
    hurt = hurt_step(stored.steps)
    assert hurt is not None
    assert hurt.position == 0
    summary = session.summary()
    assert summary.stopped_step == 1
    # Walk 9, P1-a: the step left by Back is not reached again, not skipped; its time counts.
    assert (summary.skipped, summary.not_reached) == (0, 2)  # the stroking and the knee
    assert summary.work_s == 40.0


def test_pain_in_a_step_reached_again_after_going_back_is_recorded_there(
    make_session: SessionFactory, clock: ManualClock, recorder: InMemoryRecorder
) -> None:
    session = started(make_session, clock)
    clock.advance(30.0 + 5.0 + 6.0)  # the first step done, 6 s into the second
    session.update()
    session.back()
    clock.advance(5.0 + 4.0)
    session.update()
    session.skip()  # the first step skipped this time: the second one again
    clock.advance(5.0 + 3.0)
    session.update()
    session.stop_for_pain("Sharp pain.")
    stored = recorder.sessions[session.id]
    assert statuses(session) == [(0, StepStatus.SKIPPED, 34.0), (1, StepStatus.SKIPPED, 9.0)]
    assert stopped_position(stored) == 1
    hurt = hurt_step(stored.steps)
    assert hurt is not None
    assert hurt.position == 1
    assert session.summary().stopped_step == 2


def test_stop_for_pain_closes_at_once_with_the_reason(
    make_session: SessionFactory, clock: ManualClock, recorder: InMemoryRecorder
) -> None:
    session = started(make_session, clock)
    clock.advance(3.0)
    session.pause()
    clock.advance(10.0)
    cues = session.stop_for_pain("Sharp pain in the knee.", {"front-knee-right": 8})
    assert kinds(cues) == [CueKind.FINISHED]
    stored = recorder.sessions[session.id]
    assert stored.outcome is Outcome.STOPPED_FOR_PAIN
    assert stored.stop_reason == "Sharp pain in the knee."
    assert stored.ratings_after == {"front-knee-right": 8}
    assert session.summary().stop_reason == "Sharp pain in the knee."
    assert session.summary().paused_s == 10.0
    assert session.summary().total_s == 8.0


def test_pain_after_the_last_step_still_shows_as_pain(
    make_session: SessionFactory, clock: ManualClock, recorder: InMemoryRecorder
) -> None:
    session = make_session("press")
    session.start()
    clock.advance(65.0)
    session.update()
    assert session.outcome is Outcome.COMPLETED
    assert session.stop_for_pain("Aching back.") == []
    assert recorder.sessions[session.id].outcome is Outcome.STOPPED_FOR_PAIN


def test_an_interrupted_session_resumes_after_its_last_step(
    make_session: SessionFactory, clock: ManualClock, recorder: InMemoryRecorder
) -> None:
    first = started(make_session, clock)
    clock.advance(30.0 + 1.0)  # the first step ends and is stored
    first.update()
    stored = recorder.sessions[first.id]  # the app "crashes" here
    assert [s.position for s in stored.steps] == [0]
    stored.ratings_before = {"front-knee-left": 5}
    again = make_session(first.plan, resume=stored.model_copy(deep=True))

    assert again.id == first.id
    again.start()
    assert again.current is first.plan.entries[1]
    while again.phase is not SessionPhase.FINISHED:
        clock.advance(1.0)
        again.update()
        if again.phase is SessionPhase.REPS:
            again.done()
    again.finish({"front-knee-left": 2})
    final = recorder.sessions[first.id]
    positions = [s.position for s in final.steps]
    assert positions == sorted(set(positions))
    assert positions[0] == 0
    assert final.outcome is Outcome.COMPLETED
    assert final.ratings_before == {"front-knee-left": 5}


def test_skipping_every_step_is_not_a_completed_session(
    make_session: SessionFactory, recorder: InMemoryRecorder
) -> None:
    session = make_session("glide")
    session.start()
    while session.phase is not SessionPhase.FINISHED:
        session.skip()
    session.finish()
    assert recorder.sessions[session.id].outcome is Outcome.STOPPED_EARLY
    # Nothing was massaged: no "move the area gently" afterwards.
    assert session.summary().work_s == 0.0
    assert session.summary().aftercare is None


def test_aftercare_follows_massage_and_pain(
    make_session: SessionFactory, clock: ManualClock
) -> None:
    worked = started(make_session, clock)
    clock.advance(10.0)
    worked.update()
    worked.finish()
    assert worked.summary().aftercare is Aftercare.MOVE
    # Stopped for pain before any massage: the stop advice still applies.
    hurt = make_session("glide")
    hurt.start()
    hurt.stop_for_pain("Sharp pain")
    assert hurt.summary().work_s == 0.0
    assert hurt.summary().aftercare is Aftercare.REST


def test_skipping_every_step_is_skipped_to_the_end_with_no_aftercare(
    make_session: SessionFactory, clock: ManualClock
) -> None:
    # Walk 6, finding 21: a few seconds in each skipped step read as massage to move after.
    session = make_session("glide")
    session.start()
    while session.phase is not SessionPhase.FINISHED:
        clock.advance(5.0 + 3.0)  # each step's get-ready, then three seconds in it
        session.update()
        session.skip()
    summary = session.summary()
    assert summary.work_s >= 9.0
    assert summary.skipped_to_end
    assert summary.aftercare is None


def test_the_summary_lists_ratings_as_the_dialogs_asked_each_right_side_first() -> None:
    # Walk 9, P1-n: the dialogs asked "Right leg" then "Left leg", the summary listed the
    # left first (it sorted the keys).
    summary = summarise(
        Outcome.COMPLETED,
        [],
        (0.0, 0.0, 0.0),
        {"leg-right": 4, "knee-left": 2, "leg-left": 5},
        {"leg-left": 3},
        None,
    )
    assert list(summary.ratings) == ["leg-right", "leg-left", "knee-left"]

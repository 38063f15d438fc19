"""Skip, back, adjust and restart: moving around the plan."""

from __future__ import annotations

from tests.engine.helpers import PlanOf, SessionFactory, kinds, phase, started, statuses

from massage_desktop.domain.history import InMemoryRecorder, Outcome, StepStatus
from massage_desktop.engine import CueKind, ManualClock, SessionPhase
from massage_desktop.engine.plan import SHORTEST_S


def test_skip_while_running_records_the_time_worked(
    make_session: SessionFactory, clock: ManualClock
) -> None:
    session = started(make_session, clock)
    clock.advance(12.0)
    cues = session.skip()
    assert kinds(cues) == [CueKind.STEP_CHANGED, CueKind.GET_READY]
    assert statuses(session) == [(0, StepStatus.SKIPPED, 12.0)]
    assert session.records[0].planned_s == 30.0
    assert session.current is session.plan.entries[1]


def test_skip_during_get_ready_records_no_work(
    make_session: SessionFactory, clock: ManualClock
) -> None:
    session = make_session("glide")
    session.start()
    clock.advance(2.0)
    session.skip()
    assert statuses(session) == [(0, StepStatus.SKIPPED, 0.0)]


def test_skip_counted_step_with_tempo_records_beats_heard(
    make_session: SessionFactory, clock: ManualClock
) -> None:
    session = started(make_session, clock, "tap")
    clock.advance(1.6)
    session.update()
    session.skip()
    assert session.records[0].repetitions == 3


def test_back_reruns_the_previous_step_and_voids_its_record(
    make_session: SessionFactory, clock: ManualClock, recorder: InMemoryRecorder
) -> None:
    session = started(make_session, clock)
    clock.advance(30.0 + 5.0 + 4.0)  # step 0 done, step 1 four seconds in
    session.update()
    # Step 0 is durable as soon as it is left, so a crash now would not lose it ...
    assert [s.position for s in recorder.sessions[session.id].steps] == [0]
    cues = session.back()
    # ... and going back to run it again removes that record, so it is never counted twice.
    assert recorder.sessions[session.id].steps == []

    assert kinds(cues) == [CueKind.STEP_CHANGED, CueKind.GET_READY]
    assert session.current is session.plan.entries[0]
    assert session.records == []
    clock.advance(5.0 + 30.0)
    cues = session.update()
    assert CueKind.HALF_TIME not in kinds(cues)  # said once per entry, even on a re-run
    assert statuses(session) == [(0, StepStatus.DONE, 60.0)]
    clock.advance(5.0 + 20.0)  # step 1 runs in full; its first 4 s still count
    session.update()
    assert statuses(session)[1] == (1, StepStatus.DONE, 24.0)
    session.finish()
    positions = [s.position for s in recorder.sessions[session.id].steps]
    assert positions == sorted(set(positions))


def test_back_twice_restarts_the_current_step(
    make_session: SessionFactory, clock: ManualClock
) -> None:
    session = started(make_session, clock)
    clock.advance(30.0 + 1.0)
    session.update()
    session.back()
    clock.advance(7.0)  # into step 0's work again
    session.update()
    cues = session.back()
    assert kinds(cues) == [CueKind.GET_READY]
    assert session.current is session.plan.entries[0]
    assert phase(session) is SessionPhase.GET_READY


def test_back_on_the_first_step_restarts_its_get_ready(
    make_session: SessionFactory, clock: ManualClock
) -> None:
    session = started(make_session, clock)
    clock.advance(3.0)
    assert kinds(session.back()) == [CueKind.GET_READY]
    assert session.remaining_s() == 5.0


def test_back_over_a_blocked_entry_records_each_entry_once(
    plan_of: PlanOf, make_session: SessionFactory, clock: ManualClock, recorder: InMemoryRecorder
) -> None:
    session = make_session(plan_of("mix", {"front-thigh-left": "Bruise."}))
    session.start()
    # blocked: glide's both-thighs step and each left side; glide right (40 s) runs
    clock.advance(5 + 40 + 5)
    session.update()
    session.done()  # tap right
    assert session.current is not None
    assert session.current.technique_id == "press"
    session.back()
    assert session.current is session.plan.entries[3]
    clock.advance(5.0)
    session.update()
    session.done()
    clock.advance(5 + 60)
    session.update()
    session.finish()
    steps = recorder.sessions[session.id].steps
    assert [(s.position, s.status) for s in steps] == [
        (0, StepStatus.BLOCKED),
        (1, StepStatus.DONE),
        (2, StepStatus.BLOCKED),
        (3, StepStatus.DONE),
        (4, StepStatus.BLOCKED),
        (5, StepStatus.DONE),
    ]
    assert session.outcome is Outcome.COMPLETED


def test_adjust_changes_the_planned_time_of_this_run(
    make_session: SessionFactory, clock: ManualClock
) -> None:
    session = started(make_session, clock)
    clock.advance(10.0)
    session.adjust(15.0)
    assert session.remaining_s() == 35.0
    clock.advance(35.0)
    session.update()
    assert session.records[0].planned_s == 45.0
    assert session.records[0].actual_s == 45.0


def test_adjust_down_never_goes_below_zero_and_ends_the_step(
    make_session: SessionFactory, clock: ManualClock
) -> None:
    session = started(make_session, clock)
    clock.advance(20.0)
    session.adjust(-15.0)
    assert session.current is session.plan.entries[1]  # no time left: the step ended now
    assert session.records[0].actual_s == 20.0
    assert session.records[0].planned_s == 20.0
    assert session.records[0].status is StepStatus.DONE


def test_adjust_down_stops_at_the_steps_shortest_time(
    make_session: SessionFactory, clock: ManualClock
) -> None:
    session = started(make_session, clock)  # a 30 s step whose guide gives no range
    entry = session.current
    assert entry is not None
    assert entry.shortest_s == SHORTEST_S
    assert not session.at_shortest
    session.adjust(-15.0)
    assert session.remaining_s() == 15.0
    assert not session.at_shortest
    session.adjust(-15.0)  # 15 s less would leave 0 s: it stops at the floor
    assert session.remaining_s() == SHORTEST_S
    assert session.at_shortest
    session.adjust(-15.0)
    assert session.remaining_s() == SHORTEST_S
    assert session.current is entry
    session.adjust(15.0)  # more time is always possible
    assert not session.at_shortest
    clock.advance(SHORTEST_S + 15.0)
    session.update()
    assert session.records[0].planned_s == SHORTEST_S + 15.0


def test_a_step_shorter_than_the_floor_keeps_its_own_time(plan_of: PlanOf) -> None:
    # A routine's share below the usual floor is the step's shortest time: never lengthened.
    plan = plan_of("mix")
    for entry in plan.entries:
        if entry.planned_s is None:
            assert entry.shortest_s is None
        else:
            assert entry.shortest_s == min(SHORTEST_S, entry.planned_s)


def test_adjust_lengthens_get_ready_and_ignores_counting(
    make_session: SessionFactory, clock: ManualClock
) -> None:
    session = make_session("tap")
    session.start()
    session.adjust(15.0)
    assert session.remaining_s() == 20.0
    clock.advance(20.0)
    session.update()
    assert phase(session) is SessionPhase.REPS
    assert session.adjust(15.0) == []
    assert session.remaining_s() is None


def test_restart_step_runs_the_full_time_again(
    make_session: SessionFactory, clock: ManualClock
) -> None:
    session = started(make_session, clock)
    clock.advance(18.0)
    session.update()  # half-time said
    session.adjust(15.0)
    cues = session.restart_step()
    assert kinds(cues) == [CueKind.STEP_STARTED]
    assert session.remaining_s() == 30.0  # the adjustment belonged to the old run
    clock.advance(30.0)
    assert CueKind.HALF_TIME not in kinds(session.update())
    assert statuses(session) == [(0, StepStatus.DONE, 48.0)]
    assert session.records[0].planned_s == 30.0


def test_restart_during_get_ready_restarts_the_get_ready(
    make_session: SessionFactory, clock: ManualClock
) -> None:
    session = make_session("glide")
    session.start()
    clock.advance(4.0)
    assert kinds(session.restart_step()) == [CueKind.GET_READY]
    assert session.remaining_s() == 5.0

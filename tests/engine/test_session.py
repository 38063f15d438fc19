"""A session run from start to end: phases, cues, records and the summary."""

from __future__ import annotations

import pytest
from tests.engine.helpers import PlanOf, SessionFactory, kinds, phase

from massage_desktop.content import load_catalog
from massage_desktop.domain.enums import Side
from massage_desktop.domain.history import InMemoryRecorder, Outcome, StepStatus
from massage_desktop.engine import (
    Cue,
    CueKind,
    ManualClock,
    Session,
    SessionPhase,
    Timing,
    build_plan,
)
from massage_desktop.resources import data_dir


def test_nothing_happens_before_start(make_session: SessionFactory) -> None:
    session = make_session("glide")
    assert phase(session) is SessionPhase.NOT_STARTED
    assert session.current is None
    assert session.next_entry is session.plan.entries[0]
    assert session.remaining_s() is None
    assert session.elapsed_s() == 0.0
    assert session.seconds_until_next_event() is None
    assert session.skip() == []
    assert session.update() == []
    assert session.finish() == []
    assert session.progress.fraction == 0.0


def test_start_records_the_session_and_enters_get_ready(
    make_session: SessionFactory, recorder: InMemoryRecorder, clock: ManualClock
) -> None:
    session = make_session("glide")
    cues = session.start({"front-thigh-right": 6})
    assert kinds(cues) == [CueKind.STEP_CHANGED, CueKind.GET_READY]
    assert cues[0].text == "Step 1 of 3: Glide"  # the step on each side is one step
    assert cues[1].text == "Next: Glide. Glide up the thigh with both palms."
    assert phase(session) is SessionPhase.GET_READY
    assert session.remaining_s() == 5.0
    stored = recorder.sessions[session.id]
    assert len(session.id) == 32
    assert stored.outcome is Outcome.IN_PROGRESS
    assert stored.kind == "technique"
    assert stored.subject_id == "glide"
    assert stored.performer == "partner"
    assert stored.started_at == clock.wall()
    assert stored.ratings_before == {"front-thigh-right": 6}
    assert session.start() == []  # a second start changes nothing


def test_full_run_through_every_phase(
    make_session: SessionFactory, recorder: InMemoryRecorder, clock: ManualClock
) -> None:
    session = make_session("glide")
    session.start()
    clock.advance(5.0)
    assert kinds(session.update()) == [CueKind.STEP_STARTED]
    assert phase(session) is SessionPhase.RUNNING
    assert session.remaining_s() == 30.0
    clock.advance(15.0)
    half = session.update()
    assert kinds(half) == [CueKind.HALF_TIME]
    assert half[0].text == "Half time."
    clock.advance(15.0)
    assert kinds(session.update()) == [
        CueKind.STEP_CHANGED,
        CueKind.GET_READY,
    ]
    assert session.current is session.plan.entries[1]
    clock.advance(5.0 + 20.0)
    cues = session.update()
    assert kinds(cues) == [
        CueKind.STEP_STARTED,
        CueKind.HALF_TIME,
        CueKind.STEP_CHANGED,
        CueKind.SWITCH_SIDES,
    ]
    assert cues[-1].text == "Switch to the left side."
    assert phase(session) is SessionPhase.SWITCH_SIDES
    assert session.remaining_s() == 3.0
    assert session.current is not None
    assert session.current.side is Side.LEFT
    clock.advance(3.0 + 20.0 + 5.0)
    assert session.update()[-1].kind is CueKind.STEP_STARTED
    assert phase(session) is SessionPhase.REPS
    assert session.remaining_s() is None
    clock.advance(100.0)
    assert session.update() == []  # counted steps wait for done()
    assert phase(session) is SessionPhase.REPS
    done = session.done()
    assert kinds(done) == [CueKind.FINISHED]
    assert done[0].text == "Session complete. Well done."
    assert phase(session) is SessionPhase.FINISHED
    assert session.outcome is Outcome.COMPLETED
    assert not session.closed
    assert session.progress.fraction == 1.0

    assert [(r.status, r.actual_s, r.planned_s) for r in session.records] == [
        (StepStatus.DONE, 30.0, 30.0),
        (StepStatus.DONE, 20.0, 20.0),
        (StepStatus.DONE, 20.0, 20.0),
        (StepStatus.DONE, 100.0, None),
    ]
    assert session.records[-1].repetitions == 10
    assert session.records[1].side is Side.RIGHT
    ended = clock.wall()
    clock.advance(30.0)  # the person takes a while to rate
    session.finish({"front-thigh-right": 2})
    stored = recorder.sessions[session.id]
    assert stored.outcome is Outcome.COMPLETED
    assert stored.ended_at == ended
    assert stored.ratings_after == {"front-thigh-right": 2}
    assert stored.steps == session.records
    assert session.closed


def test_get_ready_is_sized_to_the_instruction(
    plan_of: PlanOf, make_session: SessionFactory
) -> None:
    timing = Timing(get_ready_s=5.0, reading_words_per_s=3.5, get_ready_max_s=12.0)
    entry = plan_of("glide").entries[0]
    assert timing.get_ready_for(entry) == 5.0
    long = entry.__class__(**{**entry.__dict__, "instruction": " ".join(["word"] * 35)})
    assert timing.get_ready_for(long) == pytest.approx(10.0)
    longer = entry.__class__(**{**entry.__dict__, "instruction": " ".join(["word"] * 70)})
    assert timing.get_ready_for(longer) == 12.0
    assert Timing(get_ready_s=15.0, get_ready_max_s=12.0).get_ready_for(entry) == 15.0
    session = make_session("glide", timing=Timing(get_ready_s=8.0))
    session.start()
    assert session.remaining_s() == 8.0


def test_timing_refuses_nonsense() -> None:
    with pytest.raises(ValueError, match="get_ready_s"):
        Timing(get_ready_s=-1.0)
    with pytest.raises(ValueError, match="reading_words_per_s"):
        Timing(reading_words_per_s=0.0)


def test_counted_step_with_tempo_beats_and_stops_at_its_count(
    make_session: SessionFactory, clock: ManualClock
) -> None:
    session = make_session("tap")
    session.start()
    clock.advance(5.0)
    session.update()
    assert phase(session) is SessionPhase.REPS
    assert session.seconds_until_next_event() == pytest.approx(0.5)
    beats: list[int | None] = []
    for _ in range(12):
        clock.advance(0.5)
        beats.extend(c.beat for c in session.update() if c.kind is CueKind.TEMPO_BEAT)
    assert beats == [1, 2, 3, 4, 5, 6, 7, 8]
    cues = session.done()
    assert kinds(cues) == [CueKind.STEP_CHANGED, CueKind.SWITCH_SIDES]
    assert session.records[0].repetitions == 8
    assert session.records[0].actual_s == 6.0


def test_done_can_give_the_count_and_is_ignored_while_timed(
    make_session: SessionFactory, clock: ManualClock
) -> None:
    session = make_session("tap")
    session.start()
    assert session.done() == []  # get-ready
    clock.advance(5.0)
    session.update()
    session.done(repetitions=6)
    assert session.records[0].repetitions == 6


def test_listeners_get_every_cue_and_can_unsubscribe(
    make_session: SessionFactory, clock: ManualClock
) -> None:
    session = make_session("glide")
    seen: list[Cue] = []
    unsubscribe = session.subscribe(seen.append)
    returned = session.start()
    assert seen == returned
    unsubscribe()
    clock.advance(5.0)
    session.update()
    assert seen == returned


def test_timed_percussion_step_beats_for_its_whole_time(
    clock: ManualClock, recorder: InMemoryRecorder
) -> None:
    # Pummelling is a timed step with a tempo in the shipped content: 30 s at 120 beats a minute.
    shipped = load_catalog(data_dir())
    plan = build_plan(shipped, shipped.techniques["pummelling"])
    entry = plan.entries[0]
    assert entry.planned_s == 30
    assert entry.tempo_bpm == 120
    session = Session(plan, recorder, clock=clock, performer="self", timing=Timing(get_ready_s=5))
    session.start()
    clock.advance(Timing(get_ready_s=5).get_ready_for(entry))
    session.update()
    assert phase(session) is SessionPhase.RUNNING
    beats: list[int | None] = []
    while phase(session) is SessionPhase.RUNNING:
        clock.advance(0.25)
        beats.extend(c.beat for c in session.update() if c.kind is CueKind.TEMPO_BEAT)
    assert beats == list(range(1, 60))  # every half second, none on the final instant


def test_done_early_in_a_counted_step_records_the_strokes_the_ring_showed(
    make_session: SessionFactory, clock: ManualClock
) -> None:
    # Walk 6, finding 4: Done at "1 of 8" was stored as "8 times".
    session = make_session("tap")
    session.start()
    clock.advance(5.0)
    session.update()
    clock.advance(0.2)  # the first stroke under way: the ring says 1/8
    session.update()
    session.done()
    assert session.records[0].repetitions == 1
    clock.advance(3.0 + 1.6)  # switch sides, then three strokes made, the fourth under way
    session.update()
    session.done()
    assert session.records[1].repetitions == 4

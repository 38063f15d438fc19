"""Time comes from the clock: stalls, irregular updates and the wake-up the UI arms."""

from __future__ import annotations

import pytest
from tests.engine.helpers import SessionFactory, kinds, phase

from massage_desktop.domain.history import StepStatus
from massage_desktop.engine import CueKind, ManualClock, SessionPhase

# glide with the test timing: get-ready 5, run 30, get-ready 5, run 20, switch 3, run 20,
# get-ready 5, then counted.
BEFORE_COUNTED = 5 + 30 + 5 + 20 + 3 + 20 + 5


def test_one_update_after_a_long_stall_runs_every_phase_on_time(
    make_session: SessionFactory, clock: ManualClock
) -> None:
    session = make_session("glide")
    session.start()
    clock.advance(1000.0)
    cues = session.update()
    assert kinds(cues) == [
        CueKind.STEP_STARTED,
        CueKind.HALF_TIME,
        CueKind.STEP_CHANGED,
        CueKind.GET_READY,
        CueKind.STEP_STARTED,
        CueKind.HALF_TIME,
        CueKind.STEP_CHANGED,
        CueKind.SWITCH_SIDES,
        CueKind.STEP_STARTED,
        CueKind.HALF_TIME,
        CueKind.STEP_CHANGED,
        CueKind.GET_READY,
        CueKind.STEP_STARTED,
    ]
    assert all(c.late for c in cues)
    assert [c.due_s for c in cues[:4]] == [5.0, 20.0, 35.0, 35.0]
    assert [(r.status, r.actual_s) for r in session.records] == [(StepStatus.DONE, 30.0)] + [
        (StepStatus.DONE, 20.0)
    ] * 2
    assert phase(session) is SessionPhase.REPS
    assert session.elapsed_s() == 1000.0 - BEFORE_COUNTED
    started = [r.started_at for r in session.records]
    assert [(t - clock.wall()).total_seconds() for t in started] == [-1000.0, -965.0, -940.0]


def test_irregular_updates_give_the_same_records_as_one(
    make_session: SessionFactory, clock: ManualClock
) -> None:
    session = make_session("glide")
    session.start()
    for gap in [0.3, 4.9, 0.01, 17.0, 0.7, 12.345, 30.0, 2.2, 9.9, 0.05] * 3:
        clock.advance(gap)
        session.update()
    assert [r.actual_s for r in session.records] == [30.0, 20.0, 20.0]


def test_cues_due_now_are_not_late(make_session: SessionFactory, clock: ManualClock) -> None:
    session = make_session("glide")
    session.start()
    clock.advance(5.2)
    cues = session.update()
    assert kinds(cues) == [CueKind.STEP_STARTED]
    assert not cues[0].late
    assert cues[0].due_s == 5.0


def test_remaining_is_never_negative_between_updates(
    make_session: SessionFactory, clock: ManualClock
) -> None:
    session = make_session("glide")
    session.start()
    clock.advance(7.5)
    assert session.remaining_s() == 0.0
    assert phase(session) is SessionPhase.GET_READY  # queries do not move the session


def test_next_event_is_the_next_whole_second_or_cue_or_phase_end(
    make_session: SessionFactory, clock: ManualClock
) -> None:
    session = make_session("glide")
    session.start()
    assert session.seconds_until_next_event() == 1.0
    clock.advance(0.3)
    assert session.seconds_until_next_event() == pytest.approx(0.7)
    assert session.wake_up_ms() == 705
    assert session.wake_up_ms(margin_ms=0) == 700
    clock.advance(4.7 + 14.6)
    session.update()
    assert session.seconds_until_next_event() == pytest.approx(0.4)  # half-time and a second
    clock.advance(0.4)
    session.update()
    clock.advance(0.25)
    assert session.seconds_until_next_event() == pytest.approx(0.75)


def test_next_event_while_counting_follows_the_elapsed_seconds(
    make_session: SessionFactory, clock: ManualClock
) -> None:
    session = make_session("glide")
    session.start()
    clock.advance(BEFORE_COUNTED + 2.25)
    session.update()
    assert phase(session) is SessionPhase.REPS
    assert session.seconds_until_next_event() == pytest.approx(0.75)


def test_tempo_beats_dropped_by_a_stall_are_not_replayed(
    make_session: SessionFactory, clock: ManualClock
) -> None:
    session = make_session("tap")
    session.start()
    clock.advance(5.0 + 2.2)
    beats = [c for c in session.update() if c.kind is CueKind.TEMPO_BEAT]
    assert [(b.beat, b.due_s, b.late) for b in beats] == [(4, 7.0, False)]
    assert session.seconds_until_next_event() == pytest.approx(0.3)
    clock.advance(10.0)
    beats = [c for c in session.update() if c.kind is CueKind.TEMPO_BEAT]
    assert [b.beat for b in beats] == [8]
    assert session.seconds_until_next_event() == pytest.approx(0.8)  # only the display second


def test_progress_follows_planned_time(make_session: SessionFactory, clock: ManualClock) -> None:
    session = make_session("glide")
    session.start()
    # planned work: 30 + 20 + 20 + 10 reps * 3 s estimate = 100
    assert session.progress.index == 0
    assert session.progress.total == 4
    clock.advance(5.0 + 15.0)
    session.update()
    assert session.progress.fraction == pytest.approx(0.15)
    clock.advance(15.0)
    session.update()
    assert session.progress.fraction == pytest.approx(0.30)  # get-ready adds nothing
    assert session.progress.index == 1

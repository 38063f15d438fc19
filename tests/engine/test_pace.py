"""The stroke's pace: a pure function of the engine's step time, on a manual clock."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import StrokeReturn, Technique
from massage_desktop.engine import CueKind, ManualClock, Plan, SessionPhase, build_plan
from massage_desktop.engine.pace import (
    Leg,
    StrokeCount,
    StrokePace,
    pace_at,
    step_pace,
    stroke_count,
    stroke_period_s,
)

from .helpers import SessionFactory, phase

GET_READY_S = 5.0  # the FAST timing's get-ready for these short instructions


def _stroked(tid: str, step: dict[str, Any], stroke: dict[str, Any]) -> Technique:
    return Technique.model_validate(
        {
            "id": tid,
            "name": tid,
            "summary": "A test technique.",
            "phase": "main",
            "order": 1,
            "performer": "partner",
            "pressure": {"level": "light", "advice": "Gently."},
            "position": "Anywhere.",
            "regions": ["front-thigh"],
            "sources": ["demo"],
            "steps": [
                {
                    "instruction": "Stroke up.",
                    "number_source": "suggested",
                    "stroke": {
                        "pattern": "glide",
                        "heading": "up",
                        "label": "up",
                        "tempo_source": "suggested",
                        **stroke,
                    },
                    **step,
                }
            ],
        }
    )


@pytest.fixture
def stroked(catalog: Catalog) -> Catalog:
    """The engine catalog with a timed and a counted stroke of a 4-second tempo."""
    techniques = {
        "sweep": _stroked("sweep", {"duration_s": 30}, {"tempo_s": 4, "returns": "light"}),
        "flush": _stroked("flush", {"repetitions": 3}, {"tempo_s": 4, "returns": "sides"}),
        "circle": _stroked(
            "circle",
            {"duration_s": 30},
            {"tempo_s": 2, "heading": "in_place", "pattern": "circles"},
        ),
    }
    return dataclasses.replace(catalog, techniques={**catalog.techniques, **techniques})


def plan(catalog: Catalog, technique_id: str) -> Plan:
    return build_plan(catalog, catalog.techniques[technique_id])


def same(found: StrokePace | None, expected: StrokePace) -> bool:
    """Equal up to the float noise of clock sums (the manual clock starts at 1000 s)."""
    return (
        found is not None
        and (found.strokes, found.leg) == (expected.strokes, expected.leg)
        and found.progress == pytest.approx(expected.progress, abs=1e-9)
    )


# --- the pure function -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("elapsed", "expected"),
    [
        (0.0, StrokePace(0, Leg.OUT, 0.0)),
        (1.2, StrokePace(0, Leg.OUT, 0.5)),  # half of the 2.4 s out: eased, so exactly 0.5
        (2.4, StrokePace(0, Leg.BACK, 0.0)),  # at the head of the arrow, turning
        (3.2, StrokePace(0, Leg.BACK, 0.5)),
        (4.0, StrokePace(1, Leg.OUT, 0.0)),  # one stroke made, the next begins
        (41.2, StrokePace(10, Leg.OUT, 0.5)),
    ],
)
def test_a_light_return_spends_three_fifths_out(elapsed: float, expected: StrokePace) -> None:
    found = pace_at(elapsed, 4.0, StrokeReturn.LIGHT)
    assert (found.strokes, found.leg) == (expected.strokes, expected.leg)
    assert found.progress == pytest.approx(expected.progress)


def test_position_runs_out_to_the_head_and_back() -> None:
    positions = [pace_at(t / 10, 4.0, StrokeReturn.SAME).position for t in range(41)]
    assert positions[0] == 0.0
    assert positions[20] == pytest.approx(1.0)  # half the stroke out, half back
    assert positions[40] == pytest.approx(0.0)
    out, back = positions[:21], positions[20:41]
    assert out == sorted(out)
    assert back == sorted(back, reverse=True)


def test_a_lifted_return_rests_at_the_start() -> None:
    lifted = pace_at(3.5, 4.0, StrokeReturn.LIFT)
    assert lifted.leg is Leg.LIFTED
    assert lifted.position == 0.0
    assert pace_at(3.1, 4.0, StrokeReturn.LIFT).leg is Leg.OUT  # out for 80 % of 4 s
    assert pace_at(3.3, 4.0, StrokeReturn.LIFT).leg is Leg.LIFTED


def test_a_cycle_in_place_turns_evenly() -> None:
    """Circles and squeezes have no way back: the whole stroke is one even turn."""
    for tenth in range(20):
        found = pace_at(tenth / 10, 2.0, None)
        assert found.leg is Leg.OUT
        assert found.progress == pytest.approx(tenth / 20)


def test_a_counted_step_rests_after_its_last_stroke() -> None:
    assert pace_at(11.9, 4.0, StrokeReturn.SIDES, planned_strokes=3).strokes == 2
    assert pace_at(12.0, 4.0, StrokeReturn.SIDES, planned_strokes=3) == StrokePace(3, Leg.DONE, 0)
    assert pace_at(500.0, 4.0, StrokeReturn.SIDES, planned_strokes=3).strokes == 3


def test_time_before_the_start_is_the_start_and_a_tempo_must_be_positive() -> None:
    assert pace_at(-1.0, 4.0, StrokeReturn.LIGHT) == StrokePace(0, Leg.OUT, 0.0)
    with pytest.raises(ValueError, match="positive"):
        pace_at(1.0, 0.0, StrokeReturn.LIGHT)


# --- driven by a session on the manual clock ---------------------------------------------


def test_no_pace_before_the_work_begins(
    stroked: Catalog, make_session: SessionFactory, clock: ManualClock
) -> None:
    session = make_session(plan(stroked, "sweep"))
    assert step_pace(session) is None  # not started
    session.start()
    clock.advance(GET_READY_S - 0.1)
    session.update()
    assert phase(session) is SessionPhase.GET_READY
    assert step_pace(session) is None


def test_pace_is_a_function_of_the_sessions_step_time(
    stroked: Catalog, make_session: SessionFactory, clock: ManualClock
) -> None:
    session = make_session(plan(stroked, "sweep"))
    session.start()
    clock.advance(GET_READY_S)
    session.update()
    assert phase(session) is SessionPhase.RUNNING
    for _ in range(97):
        clock.advance(0.13)
        session.update()
        assert step_pace(session) == pace_at(session.elapsed_s(), 4.0, StrokeReturn.LIGHT)
    assert same(step_pace(session), pace_at(97 * 0.13, 4.0, StrokeReturn.LIGHT))


def test_small_steps_and_one_jump_land_on_the_same_place(
    stroked: Catalog, make_session: SessionFactory, clock: ManualClock
) -> None:
    """No drift: the place depends on the clock reading, not on how often it was asked."""
    places = []
    for ticks in (1, 373):
        session = make_session(plan(stroked, "sweep"))
        session.start()
        clock.advance(GET_READY_S)
        session.update()
        for _ in range(ticks):
            clock.advance(23.3 / ticks)
            session.update()
        places.append(step_pace(session))
    assert places[0] is not None
    assert same(places[1], places[0])
    assert same(places[0], pace_at(23.3, 4.0, StrokeReturn.LIGHT))
    assert places[0].strokes == 5


def test_a_pause_holds_the_stroke_where_it_is(
    stroked: Catalog, make_session: SessionFactory, clock: ManualClock
) -> None:
    session = make_session(plan(stroked, "sweep"))
    session.start()
    clock.advance(GET_READY_S + 1.0)
    session.update()
    before = step_pace(session)
    session.pause()
    for _ in range(10):
        clock.advance(0.7)
        session.update()
        assert step_pace(session) == before
    session.resume()
    assert step_pace(session) == before
    clock.advance(0.2)
    after = step_pace(session)
    assert after is not None
    assert before is not None
    assert after.position > before.position
    assert same(after, pace_at(1.2, 4.0, StrokeReturn.LIGHT))


def test_a_counted_step_counts_one_beat_per_stroke(
    stroked: Catalog, make_session: SessionFactory, clock: ManualClock
) -> None:
    """The count the voice says and the map shows is the stroke count, beat for beat."""
    entry = plan(stroked, "flush").entries[0]
    assert entry.beat_s == stroke_period_s(entry) == 4.0
    session = make_session(plan(stroked, "flush"))
    session.start()
    clock.advance(GET_READY_S)
    session.update()
    assert phase(session) is SessionPhase.REPS
    for _ in range(80):
        clock.advance(0.25)
        for cue in session.update():
            if cue.kind is CueKind.TEMPO_BEAT:
                found = step_pace(session)
                assert found is not None
                assert found.strokes == cue.beat
    found = step_pace(session)
    assert found == StrokePace(3, Leg.DONE, 0.0)
    assert phase(session) is SessionPhase.REPS  # still waiting for "Done"


def test_a_cycle_in_place_ignores_the_way_back(
    stroked: Catalog, make_session: SessionFactory, clock: ManualClock
) -> None:
    session = make_session(plan(stroked, "circle"))
    session.start()
    clock.advance(GET_READY_S + 2.5)
    session.update()
    assert same(step_pace(session), StrokePace(1, Leg.OUT, 0.25))


# --- a counted step's count ----------------------------------------------------------------


def test_a_counted_step_counts_with_its_beats(
    stroked: Catalog, make_session: SessionFactory, clock: ManualClock
) -> None:
    """The count the ring shows turns over with each beat heard, and stops at the target."""
    session = make_session(plan(stroked, "flush"))
    session.start()
    clock.advance(GET_READY_S)
    session.update()
    assert phase(session) is SessionPhase.REPS
    assert stroke_count(session) == StrokeCount(0, 3)
    beats = 0
    seen = []
    for _ in range(8):
        clock.advance(2.0)
        beats += sum(c.kind is CueKind.TEMPO_BEAT for c in session.update())
        count = stroke_count(session)
        assert count is not None
        assert count.made == beats
        seen.append((count.number, count.fraction))
    assert seen == [
        (1, 0.0), (2, 1 / 3), (2, 1 / 3), (3, 2 / 3), (3, 2 / 3), (3, 1.0), (3, 1.0), (3, 1.0)
    ]  # fmt: skip


def test_no_count_outside_a_counted_step(
    stroked: Catalog, make_session: SessionFactory, clock: ManualClock
) -> None:
    session = make_session(plan(stroked, "sweep"))
    session.start()
    assert stroke_count(session) is None  # getting ready
    clock.advance(GET_READY_S + 1.0)
    session.update()
    assert stroke_count(session) is None  # timed

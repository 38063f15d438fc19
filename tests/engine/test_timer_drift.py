"""A 60-minute routine on a busy event loop ends on time: no drift from late or uneven ticks.

Ticks come every 50-150 ms and every cue handler takes up to 40 ms (as speech or sound might),
all on the fake clock. Because each phase ends at its planned moment on the session's own
timeline, however late the tick that notices it, the whole routine may drift by at most 20 ms.
"""

from __future__ import annotations

import random

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Technique
from massage_desktop.domain.history import InMemoryRecorder, Outcome, StepStatus
from massage_desktop.domain.routines import Routine
from massage_desktop.engine import Cue, ManualClock, Session, SessionPhase, Timing, build_plan

TIMING = Timing()  # the defaults the app uses
MAX_DRIFT_S = 0.020


def _hour_long(catalog: Catalog) -> tuple[Catalog, Routine]:
    # Odd step lengths on both sides, so phase ends rarely fall on a tick.
    steps = [
        {
            "instruction": f"Stroke number {n}, slowly and evenly.",
            "duration_s": 83 + n % 7,
            "number_source": "demo",
        }
        for n in range(20)
    ]
    steps[1:20:3] = [{**s, "each_side": True} for s in steps[1:20:3]]
    long = Technique.model_validate(
        {
            **catalog.techniques["glide"].model_dump(),
            "id": "long",
            "steps": steps,
            "warnings": [],
        }
    )
    routine = Routine.model_validate(
        {
            "id": "hour",
            "name": "Hour",
            "summary": "A long session.",
            "performer": "partner",
            "sources": ["demo"],
            "items": [
                {"technique": "long"},
                {"technique": "long", "duration_s": 1000, "number_source": "demo"},
            ],
        }
    )
    techniques = {**catalog.techniques, "long": long}
    return Catalog(
        guides=catalog.guides,
        areas=catalog.areas,
        regions=catalog.regions,
        techniques=techniques,
        routines={"hour": routine},
        contraindications=catalog.contraindications,
        principles=[],
        seek_help=[],
    ), routine


def test_an_hour_on_a_busy_loop_drifts_less_than_20_ms(catalog: Catalog) -> None:
    hour_catalog, routine = _hour_long(catalog)
    plan = build_plan(hour_catalog, routine)
    rng = random.Random(20240601)
    clock, recorder = ManualClock(), InMemoryRecorder()
    session = Session(plan, recorder, clock=clock, wall=clock.wall, timing=TIMING)

    def slow_handler(cue: Cue) -> None:
        clock.advance(rng.uniform(0.0, 0.040))

    session.subscribe(slow_handler)
    started = clock()
    session.start()
    ticks = 0
    while session.phase is not SessionPhase.FINISHED:
        clock.advance(rng.uniform(0.050, 0.150))
        session.update()
        ticks += 1
    session.finish()

    lead_ins = 0.0
    previous = None
    for entry in plan.entries:
        lead_ins += TIMING.lead_in_for(entry, previous)
        previous = entry
    planned_work = sum(e.planned_s or 0.0 for e in plan.entries)
    planned = planned_work + lead_ins
    assert 3500 < planned < 3700  # about an hour
    assert ticks > 25_000

    stored = recorder.sessions[session.id]
    assert stored.outcome is Outcome.COMPLETED
    assert len(stored.steps) == len(plan)
    for record in stored.steps:
        assert record.status is StepStatus.DONE
        assert record.planned_s is not None
        assert abs(record.actual_s - record.planned_s) < 1e-6
    summary = session.summary()
    assert abs(summary.total_s - planned) <= MAX_DRIFT_S
    assert stored.ended_at is not None
    assert abs((stored.ended_at - stored.started_at).total_seconds() - planned) <= MAX_DRIFT_S
    # The end was noticed on the first tick after it, never before it.
    assert 0.0 <= clock() - started - planned <= 0.150 + 0.040 * 8

"""Timer drift: does a routine end when it should, however busy the event loop is?

Drift is the difference between the session's recorded length (the history's ``ended_at -
started_at``, and the engine's own total) and the plan's length (every step's time plus every
get-ready and switch-sides phase). The baseline, measured under the same load, is a countdown
that counts ticks of a one-second timer, the way a naive player would: every tick the busy loop
swallows is time it loses.

``simulated``: a 60-minute routine on an event loop simulated on a ``ManualClock``: the
session's wake-up timer fires when the loop is free, other handlers block the loop for 50-150 ms
at random, and every cue's handler blocks it for 50-150 ms too (speech, sound).

``real``: a 5-minute routine run by the real ``PlayerController`` on a real Qt event loop
(offscreen) and the system clock, with a timer whose handler blocks the loop for 50-150 ms every
100-400 ms, and cue handlers blocking for 50-150 ms.
"""

from __future__ import annotations

import heapq
import random
import time
from collections.abc import Callable
from datetime import datetime

from tests.benchmarks.common import Result, emit

from massage_desktop.content import load_catalog
from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Technique
from massage_desktop.domain.history import InMemoryRecorder, Outcome
from massage_desktop.domain.routines import Routine
from massage_desktop.engine import (
    Cue,
    ManualClock,
    Plan,
    Session,
    SessionPhase,
    Timing,
    build_plan,
    utc_now,
)
from massage_desktop.resources import data_dir

SIMULATED_BUDGET_MS = 20.0
REAL_BUDGET_MS = 50.0
BUSY_S = (0.050, 0.150)  # how long a busy handler blocks the loop
TIMING = Timing()


def routine_of(
    catalog: Catalog,
    step_seconds: list[int],
    name: str,
    stroke: dict[str, object] | None = None,
) -> tuple[Catalog, Routine]:
    """A catalog with one routine of two runs of a timed technique with the given steps.

    Every third step is done on each side, so switch-sides phases occur too. With ``stroke``
    every step has that stroke and works on its path's regions.
    """
    template = next(iter(catalog.techniques.values()))
    steps: list[dict[str, object]] = [
        {
            "instruction": f"Stroke number {n}, slowly and evenly.",
            "duration_s": seconds,
            "number_source": "demo",
        }
        for n, seconds in enumerate(step_seconds)
    ]
    for n in range(1, len(steps), 3):
        steps[n]["each_side"] = True
    extra: dict[str, object] = {}
    if stroke is not None:
        for step in steps:
            step["stroke"] = stroke
        extra["regions"] = stroke["path"]
    technique = Technique.model_validate(
        {**template.model_dump(), "id": "bench", "steps": steps, "warnings": [], **extra}
    )
    routine = Routine.model_validate(
        {
            "id": name,
            "name": name.title(),
            "summary": "A benchmark routine.",
            "performer": "self",
            "sources": [next(iter(catalog.guides))],
            "items": [{"technique": "bench"}, {"technique": "bench"}],
        }
    )
    bench = Catalog(
        guides=catalog.guides,
        areas=catalog.areas,
        regions=catalog.regions,
        techniques={**catalog.techniques, "bench": technique},
        routines={name: routine},
        contraindications=catalog.contraindications,
        principles=[],
        seek_help=[],
    )
    return bench, routine


def planned_seconds(plan: Plan) -> float:
    """The plan's length: work plus get-ready and switch-sides phases."""
    total, previous = 0.0, None
    for entry in plan.entries:
        total += TIMING.lead_in_for(entry, previous)
        total += entry.planned_s or 0.0
        previous = entry
    return total


def timed_routine(catalog: Catalog, minutes: float, steps: int, name: str) -> Plan:
    """The plan of a routine of ``steps`` timed steps (twice) lasting about ``minutes``.

    Step lengths vary by a few seconds so that phase ends rarely fall on a timer tick.
    """
    return timed_routine_with(catalog, minutes, steps, name)[1]


def timed_routine_with(
    catalog: Catalog,
    minutes: float,
    steps: int,
    name: str,
    stroke: dict[str, object] | None = None,
) -> tuple[Catalog, Plan]:
    """``timed_routine`` with an optional stroke on every step, and the catalog holding it."""

    def plan_for(length: int) -> tuple[Catalog, Plan]:
        lengths = [length + n % 3 for n in range(steps)]
        bench, routine = routine_of(catalog, lengths, name, stroke)
        return bench, build_plan(bench, routine)

    # The plan's length grows linearly with the step length: solve for the target.
    short, long = planned_seconds(plan_for(30)[1]), planned_seconds(plan_for(60)[1])
    length = round(30 + (minutes * 60 - short) * 30 / (long - short))
    return plan_for(max(1, length))


def recorded_seconds(recorder: InMemoryRecorder, session: Session) -> float:
    """The history's length of the session: ``ended_at - started_at``.

    Raises:
        AssertionError: when the session did not complete.
    """
    record = recorder.sessions[session.id]
    assert record.outcome is Outcome.COMPLETED, record.outcome
    assert record.ended_at is not None
    return (record.ended_at - record.started_at).total_seconds()


def simulate(seed: int = 20240601) -> tuple[float, float, float, float]:
    """A 60-minute routine on a simulated busy loop.

    Returns:
        (recorded drift ms, engine drift ms, naive countdown drift ms, planned minutes).
    """
    plan = timed_routine(load_catalog(data_dir()), 60.0, 20, "hour")
    planned = planned_seconds(plan)
    # Start the monotonic clock near time.monotonic()'s range and tie the wall clock to it.
    clock = ManualClock(
        start=5000.0, wall_start=datetime(2026, 6, 1, 9, 0, tzinfo=utc_now().tzinfo)
    )
    rng = random.Random(seed)
    recorder = InMemoryRecorder()
    session = Session(plan, recorder, clock=clock, wall=clock.wall, timing=TIMING)

    def busy_cue_handler(cue: Cue) -> None:
        clock.advance(rng.uniform(*BUSY_S))

    session.subscribe(busy_cue_handler)
    started = clock()
    session.start()
    # The loop's queue: (due, order, kind). One wake-up timer (the controller's single shot),
    # one busy handler, one naive 1 s countdown timer.
    queue: list[tuple[float, int, str]] = []
    order = 0

    def post(due: float, kind: str) -> None:
        nonlocal order
        order += 1
        heapq.heappush(queue, (due, order, kind))

    def arm() -> None:
        wait = session.wake_up_ms()
        if wait is not None:
            post(clock() + max(1, wait) / 1000, "wake")

    arm()
    post(started + rng.uniform(0.1, 0.4), "busy")
    post(started + 1.0, "tick")
    ticks, naive_end = 0, None
    while session.phase is not SessionPhase.FINISHED or naive_end is None:
        due, _, kind = heapq.heappop(queue)
        if due > clock():
            clock.advance(due - clock())
        if kind == "wake":
            if session.phase is not SessionPhase.FINISHED:
                session.update()
                arm()
        elif kind == "busy":
            clock.advance(rng.uniform(*BUSY_S))
            post(clock() + rng.uniform(0.1, 0.4), "busy")
        else:  # a countdown re-armed for one second after each tick it handles
            ticks += 1
            if ticks * 1.0 >= planned and naive_end is None:
                naive_end = clock()
            post(clock() + 1.0, "tick")
    session.finish()
    recorded = recorded_seconds(recorder, session)
    engine = session.summary().total_s
    naive = (naive_end or clock()) - started
    return (
        abs(recorded - planned) * 1000,
        abs(engine - planned) * 1000,
        abs(naive - planned) * 1000,
        planned / 60,
    )


def real_run(minutes: float = 5.0, seed: int = 7) -> tuple[float, float, float, float, float]:
    """A routine of about ``minutes`` on a real, busy Qt event loop.

    Returns:
        (recorded drift ms, engine drift ms, naive countdown drift ms, end noticed late by ms,
        planned minutes).
    """
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from massage_desktop.ui.player.controller import PlayerController

    app = QCoreApplication.instance() or QCoreApplication([])
    count = 8 if minutes >= 4 else 2  # each step has a get-ready phase of at least 5 s
    plan = timed_routine(load_catalog(data_dir()), minutes, count, "real")
    planned = planned_seconds(plan)
    rng = random.Random(seed)
    recorder = InMemoryRecorder()

    def block() -> None:
        time.sleep(rng.uniform(*BUSY_S))

    session = Session(plan, recorder, timing=TIMING)
    controller = PlayerController(session)
    seen_end: list[float] = []

    def on_cue(cue: Cue) -> None:
        block()

    def on_ended() -> None:
        seen_end.append(time.monotonic())

    controller.cueRaised.connect(on_cue)
    controller.ended.connect(on_ended)
    busy = QTimer()
    busy.setSingleShot(True)

    def on_busy() -> None:
        block()
        busy.start(rng.randint(100, 400))

    busy.timeout.connect(on_busy)
    ticks: list[float] = []
    naive = QTimer()  # the default timer type, as a naive countdown would use
    naive.setInterval(1000)
    naive.timeout.connect(lambda: ticks.append(time.monotonic()))
    started = time.monotonic()
    controller.start()
    busy.start(rng.randint(100, 400))
    naive.start()
    while not seen_end or len(ticks) < planned:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        if time.monotonic() - started > planned * 2 + 60:
            raise RuntimeError("the routine did not end")
    busy.stop()
    naive.stop()
    controller.finish()
    recorded = recorded_seconds(recorder, session)
    engine = session.summary().total_s
    naive_end = ticks[round(planned) - 1] - started
    late = seen_end[0] - started - planned
    return (
        abs(recorded - planned) * 1000,
        abs(engine - planned) * 1000,
        abs(naive_end - planned) * 1000,
        late * 1000,
        planned / 60,
    )


def run_simulated() -> list[Result]:
    """The 60-minute simulated run."""
    recorded, engine, naive, minutes = simulate()
    note = f"{minutes:.0f}-minute routine, simulated busy loop"
    label = "countdown re-armed after each 1 s tick"
    results = [
        Result("drift.simulated_60min", recorded, "ms", SIMULATED_BUDGET_MS, naive, label, note),
        Result("drift.simulated_60min_engine", engine, "ms", SIMULATED_BUDGET_MS, None, "", note),
    ]
    return [emit(r) for r in results]


def run_real(minutes: float = 5.0, on_start: Callable[[], None] | None = None) -> list[Result]:
    """The real run on a busy Qt loop."""
    if on_start is not None:
        on_start()
    recorded, engine, naive, late, planned = real_run(minutes)
    note = f"{planned:.1f}-minute routine, real Qt loop"
    label = "counting ticks of a 1 s QTimer"
    results = [
        Result("drift.real", recorded, "ms", REAL_BUDGET_MS, naive, label, note),
        Result("drift.real_engine", engine, "ms", REAL_BUDGET_MS, None, "", note),
        Result("drift.real_end_noticed_late", late, "ms", None, None, "", note),
    ]
    return [emit(r) for r in results]

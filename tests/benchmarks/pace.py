"""The stroke's pace on the map: what the animation adds to a frame, and the timer's drift.

All in the real main window (offscreen, 1280x800) running a leg effleurage step on a manual
clock; each sample moves the clock by one frame. Times are CPU time of the process
(``time.process_time``), not wall time: on a shared, loaded machine the wall time of one
frame is mostly waiting for a core, and the same-run baselines would not share that wait.

``added``: what the animation does per frame, measured alone: reading the session and placing
the dot (``StrokeAnimator.refresh``) plus painting the dot with the map's transform into an
image of the map's size. The baseline is the stroke arrows' own paint into the same image.
``frame``: the whole map repainted with the dot and, interleaved, without it (the same step,
the same arrows), for context: the difference of the medians is the added cost seen in a full
repaint. ``tick``: one animation frame as its timer makes it (place the dot, repaint around
it), against the same repaint requests with the dot left where it is; most of it is the map
repainting that small area (its search and step marks are stroked whole, then clipped).

``drift``: a real-time routine of glide steps in the real main window on a busy Qt loop (as in
``drift.real``), with the map animating every step: the session must still end on time.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from PySide6.QtCore import QEventLoop, QRectF, QTimer
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtWidgets import QWidget
from tests.benchmarks.common import Result, emit, median, percentile
from tests.benchmarks.drift import (
    BUSY_S,
    REAL_BUDGET_MS,
    planned_seconds,
    recorded_seconds,
    timed_routine_with,
)
from tests.benchmarks.interaction import app, main_window, settle

from massage_desktop.content import load_catalog
from massage_desktop.domain.history import InMemoryRecorder
from massage_desktop.engine import ManualClock, SessionPhase
from massage_desktop.engine.phases import WORK
from massage_desktop.resources import data_dir
from massage_desktop.ui.guide.stroke_motion import FRAME_MS
from massage_desktop.ui.guide.stroke_overlay import StrokeOverlay
from massage_desktop.ui.guide.stroke_pace import StrokePaceOverlay
from massage_desktop.ui.main_window import MainWindow

ADDED_BUDGET_MS = 1.0
FRAMES = 300
SUBJECT = ("leg-effleurage-self", "front-shin-left")
STROKE: dict[str, object] = {
    "pattern": "glide",
    "heading": "up",
    "label": "up the leg",
    "tempo_s": 6,
    "tempo_source": "suggested",
    "returns": "light",
    "path": ["front-foot", "front-ankle", "front-shin", "front-knee", "front-thigh"],
}


def _timed(action: Callable[[], None]) -> float:
    """CPU milliseconds of the process for ``action`` and the events it caused."""
    started = time.process_time()
    action()
    settle()
    return (time.process_time() - started) * 1000


def _cpu(action: Callable[[], object]) -> float:
    """CPU milliseconds of ``action`` alone."""
    started = time.process_time()
    action()
    return (time.process_time() - started) * 1000


def _request(widget: QWidget, rects: list[QRectF]) -> None:
    for rect in rects:
        widget.update(rect.toAlignedRect())


def _working(window: MainWindow, clock: ManualClock) -> None:
    technique, region = SUBJECT
    window.select_region(region)
    if not window.flow.start_technique(technique, region):
        raise RuntimeError("the session did not start")
    controller = window.flow.controller
    assert controller is not None
    while controller.session.phase not in WORK:
        clock.advance(0.5)
        controller._on_timer_timeout()
    settle()


@dataclass
class Frames:
    """CPU milliseconds per frame of each kind measured (see the module's docstring)."""

    added: list[float] = field(default_factory=list)
    arrows: list[float] = field(default_factory=list)
    with_dot: list[float] = field(default_factory=list)
    without: list[float] = field(default_factory=list)
    ticks: list[float] = field(default_factory=list)
    still: list[float] = field(default_factory=list)


def measure_frames() -> Frames:
    """Every kind of frame, ``FRAMES`` times, interleaved."""
    clock = ManualClock()
    frames = Frames()
    with main_window(clock=clock, interactive=False) as window:
        _working(window, clock)
        animator = window.controller.pace
        drawn = animator.overlay
        strokes = window.controller.overlay
        body_map = window.map_pane.map
        transform = body_map.document_to_widget()
        outlines = body_map._document.outlines(body_map.view())
        canvas = QImage(body_map.size(), QImage.Format.Format_ARGB32_Premultiplied)

        def place() -> None:
            animator.refresh()
            animator._timer.stop()  # frames are made here, one at a time, not by the timer

        def paint(overlay: StrokePaceOverlay | StrokeOverlay) -> None:
            painter = QPainter(canvas)
            overlay.paint(painter, QTransform(transform), outlines)
            painter.end()

        for _ in range(FRAMES):
            clock.advance(FRAME_MS / 1000)
            frames.added.append(_cpu(place) + _cpu(partial(paint, drawn)))
            frames.arrows.append(_cpu(partial(paint, strokes)))
            settle()
            frames.with_dot.append(_timed(body_map.repaint))
            drawn.set_pace(None)
            frames.without.append(_timed(body_map.repaint))
            place()  # the clock has not moved: the dot comes back where it was
            body_map.repaint()
            frames.still.append(_timed(partial(_request, body_map, drawn.rects() or [])))
            clock.advance(FRAME_MS / 1000)
            frames.ticks.append(_timed(place))
    return frames


def animated_drift(minutes: float, seed: int = 11) -> tuple[float, float, float, int]:
    """A glide routine in the real window on a busy real-time loop, animating every step.

    Returns:
        (recorded drift ms, naive countdown drift ms, planned minutes, frames drawn).
    """
    bench_catalog, plan = timed_routine_with(load_catalog(data_dir()), minutes, 2, "real", STROKE)
    planned = planned_seconds(plan)
    rng = random.Random(seed)
    recorder = InMemoryRecorder()
    frames: list[float] = []

    def block() -> None:
        time.sleep(rng.uniform(*BUSY_S))

    with main_window(bench_catalog, recorder, interactive=False) as window:
        animator = window.controller.pace
        animator._timer.timeout.connect(lambda: frames.append(time.monotonic()))
        busy = QTimer()
        busy.setSingleShot(True)

        def on_busy() -> None:
            block()
            busy.start(rng.randint(100, 400))

        busy.timeout.connect(on_busy)
        ticks: list[float] = []
        naive = QTimer()
        naive.setInterval(1000)
        naive.timeout.connect(lambda: ticks.append(time.monotonic()))
        started = time.monotonic()
        if not window.flow.start_routine("real"):
            raise RuntimeError("the routine did not start")
        controller = window.flow.controller
        assert controller is not None
        session = controller.session
        controller.cueRaised.connect(lambda _cue: block())
        busy.start(rng.randint(100, 400))
        naive.start()
        while session.phase is not SessionPhase.FINISHED or len(ticks) < planned:
            app().processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            if time.monotonic() - started > planned * 2 + 60:
                raise RuntimeError("the routine did not end")
        busy.stop()
        naive.stop()
        settle()
        recorded = recorded_seconds(recorder, session)
    naive_end = ticks[round(planned) - 1] - started
    return (
        abs(recorded - planned) * 1000,
        abs(naive_end - planned) * 1000,
        planned / 60,
        len(frames),
    )


def run(drift_minutes: float = 1.5) -> list[Result]:
    """Measure the frames and the animated drift."""
    app()
    frames = measure_frames()
    note = f"p95 of {len(frames.added)} frames, CPU time, leg effleurage, 1280x800"
    results = [
        Result(
            "pace.added_per_frame_p95",
            percentile(frames.added, 0.95),
            "ms",
            ADDED_BUDGET_MS,
            percentile(frames.arrows, 0.95),
            "painting the step's arrows",
            note,
        ),
        Result(
            "pace.full_repaint_p95",
            percentile(frames.with_dot, 0.95),
            "ms",
            None,
            percentile(frames.without, 0.95),
            "the same repaint without the dot",
            note,
        ),
        Result(
            "pace.full_repaint_added_median",
            median(frames.with_dot) - median(frames.without),
            "ms",
            None,
            None,
            "median with the dot minus median without",
            f"median of {len(frames.with_dot)} frames, CPU time",
        ),
        Result(
            "pace.tick_p95",
            percentile(frames.ticks, 0.95),
            "ms",
            None,
            percentile(frames.still, 0.95),
            "the same repaint requests, dot not moved",
            note,
        ),
    ]
    for result in results:
        emit(result)
    recorded, naive, minutes, drawn = animated_drift(drift_minutes)
    drift_note = f"{minutes:.1f}-minute routine, real Qt loop, {drawn} frames drawn"
    results.append(
        emit(
            Result(
                "pace.drift_animated",
                recorded,
                "ms",
                REAL_BUDGET_MS,
                naive,
                "counting ticks of a 1 s QTimer",
                drift_note,
            )
        )
    )
    return results

"""The player's wake-up: what one tick of a running session costs in the real main window.

A knee-care session is started on a manual clock (offscreen, 1280x800); each sample lets one
second pass and fires the player's wake-up timer as Qt does when its time comes (its
``timeout`` signal, found through the object tree), timed with ``perf_counter`` to the end of
the event processing it caused; the process's CPU time is taken too, as on a shared machine it
varies less than the wall time. The baseline is a plain QLabel whose text is set and repainted
the same way, the least a visible one-second countdown can cost.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel
from tests.benchmarks.common import Result, emit, median, percentile
from tests.benchmarks.interaction import app, main_window, settle

from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.ui.player.questions import AutomaticAnswers

WAKEUPS = 100
# A regression guard at the measured line (CPU time, steadier than wall time on a shared
# machine): 9-12 ms, most of it the map repainting under the stroke's moving pace mark.
WAKEUP_CPU_BUDGET_MS = 15.0
Samples = list[tuple[float, float]]


def _timed(action: Callable[[], None]) -> tuple[float, float]:
    """Wall and CPU milliseconds for ``action`` and all the event processing it caused."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    settle()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def _wake(controller: QObject, clock: ManualClock) -> None:
    clock.advance(1.0)
    [timer] = controller.findChildren(QTimer, options=Qt.FindChildOption.FindDirectChildrenOnly)
    timer.timeout.emit()


def _count(label: QLabel, second: int) -> None:
    label.setText(f"0:{second:02d}")
    label.repaint()


def measure(wakeups: int = WAKEUPS) -> Samples:
    """Wall and CPU milliseconds of each of ``wakeups`` wake-ups of a running knee-care session.

    Raises:
        AssertionError: when the session ended or did not start.
    """
    app()
    clock = ManualClock()
    with main_window(clock=clock, interactive=False) as window:
        window.flow.questions = AutomaticAnswers(TodayCheck())
        window.select_region("front-knee-left")
        assert window.flow.start_routine("knee-care")
        settle()
        samples = []
        for _ in range(wakeups):
            controller = window.flow.controller
            assert controller is not None, "the session ended before the last wake-up"
            samples.append(_timed(partial(_wake, controller, clock)))
    return samples


def _baseline(wakeups: int = WAKEUPS) -> Samples:
    app()
    label = QLabel("0:00")
    label.resize(200, 40)
    label.show()
    settle()
    samples = [_timed(partial(_count, label, second)) for second in range(wakeups)]
    label.close()
    label.deleteLater()
    settle()
    return samples


def run(wakeups: int = WAKEUPS) -> list[Result]:
    """Median and p95 wall time, and median CPU time, of ``wakeups`` wake-ups."""
    samples, base = measure(wakeups), _baseline(wakeups)
    wall, cpu = [w for w, _ in samples], [c for _, c in samples]
    note = f"{wakeups} wake-ups"
    label = "a label's text set and repainted"
    return [
        emit(
            Result(
                "wakeup.median",
                median(wall),
                "ms",
                None,
                median([w for w, _ in base]),
                label,
                note,
            )
        ),
        emit(Result("wakeup.p95", percentile(wall, 0.95), "ms", None, None, "", note)),
        emit(
            Result(
                "wakeup.cpu",
                median(cpu),
                "ms",
                WAKEUP_CPU_BUDGET_MS,
                median([c for _, c in base]),
                label,
                note,
            )
        ),
    ]

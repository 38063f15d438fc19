"""``--smoke-test``: start offscreen, open the window, run a routine end to end, exit.

Packaging runs it against frozen bundles, so it exercises the real path: content loading,
the body map, the player's timer and the recorder, on a clock running many times faster.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEventLoop, QTimer

from massage_desktop.domain.history import InMemoryRecorder, Outcome
from massage_desktop.engine.health import TodayCheck
from massage_desktop.services import Services

SPEED = 200.0  # session seconds per real second: the 9-minute knee routine takes ~3 s
ROUTINE = "knee-care"
TIMEOUT_S = 60.0


def accelerated_clock(speed: float) -> Callable[[], float]:
    """A monotonic clock running ``speed`` times faster than real time."""
    start = time.monotonic()
    return lambda: start + (time.monotonic() - start) * speed


def run_smoke_test(services: Services) -> int:
    """Run the smoke test; 0 when a routine completed and was recorded, 1 otherwise."""
    from massage_desktop.ui.main_window import MainWindow
    from massage_desktop.ui.player.questions import AutomaticAnswers

    if not gc.isenabled():
        print("smoke test: start-up left the garbage collector switched off", file=sys.stderr)
        return 1
    recorder = InMemoryRecorder()
    services = replace(services, recorder=recorder)
    window = MainWindow(services, clock=accelerated_clock(SPEED), speed=SPEED, interactive=False)
    # Nobody is being massaged: the run states its imaginary person's answers to today's
    # check ("no" three times), since automatic answers stop at an unanswered check.
    window.flow.questions = AutomaticAnswers(TodayCheck())
    window.show()
    window.select_region("front-knee-left")
    loop = QEventLoop()
    window.flow.activeChanged.connect(lambda active: None if active else loop.quit())
    QTimer.singleShot(round(TIMEOUT_S * 1000), loop.quit)
    started = time.monotonic()
    if not window.flow.start_routine(ROUTINE):
        print("smoke test: the routine did not start", file=sys.stderr)
        return 1
    loop.exec()
    sessions = list(recorder.sessions.values())
    window.close()
    if len(sessions) != 1 or sessions[0].outcome is not Outcome.COMPLETED:
        outcome = sessions[0].outcome if sessions else "no session"
        print(f"smoke test failed: {outcome}", file=sys.stderr)
        return 1
    steps = len(sessions[0].steps)
    took = time.monotonic() - started
    print(f"smoke test OK: {ROUTINE} completed, {steps} steps recorded in {took:.1f} s")
    return 0

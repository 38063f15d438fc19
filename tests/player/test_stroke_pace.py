"""The stroke's pace on the map: moves with the session's clock, and only when it should."""

from __future__ import annotations

import gc

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices

from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.engine.pace import Leg, step_pace
from massage_desktop.engine.phases import WORK
from massage_desktop.engine.session import Session
from massage_desktop.storage.settings import Settings
from massage_desktop.ui.guide.stroke_motion import FRAME_MS, platform_reduces_motion
from massage_desktop.ui.guide.stroke_pace import StrokePaceOverlay
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.questions import AutomaticAnswers

from .conftest import tick

SWEEP = ("leg-effleurage-self", "front-shin-left")  # timed, 6 s strokes, glides back lightly
FLUSH = ("flushing", "back-calf-left")  # counted: five strokes, brushed back down the sides


def start_working(window: MainWindow, clock: ManualClock, subject: tuple[str, str]) -> Session:
    """Start a technique and let its get-ready pass, so its first step's work is running."""
    technique, region = subject
    window.select_region(region)
    assert window.flow.start_technique(technique, region)
    controller = window.flow.controller
    assert controller is not None
    while controller.session.phase not in WORK:
        tick(window, clock, 0.5)
    return controller.session


def overlay(window: MainWindow) -> StrokePaceOverlay:
    return window.controller.pace.overlay


def grab(window: MainWindow) -> QImage:
    return window.map_pane.map.grab().toImage()


def test_the_dot_follows_the_sessions_clock(
    window: MainWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    session = start_working(window, clock, SWEEP)
    animator = window.controller.pace
    assert animator.running
    before = grab(window)
    # Only the session's clock moves; the frame timer picks the new place up by itself.
    clock.advance(2.0)
    qtbot.waitUntil(lambda: overlay(window).pace == step_pace(session), timeout=2000)
    assert overlay(window).pace is not None
    assert grab(window) != before


def test_a_pause_stops_the_timer_and_holds_the_dot(
    window: MainWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    session = start_working(window, clock, SWEEP)
    tick(window, clock, 1.3)
    window.flow.command(PlayerCommand.PAUSE)
    assert session.paused
    animator = window.controller.pace
    assert not animator.running
    held, image = overlay(window).pace, grab(window)
    assert held is not None
    for _ in range(3):
        tick(window, clock, 0.9)
        qtbot.wait(FRAME_MS * 2)
    assert overlay(window).pace == held
    assert grab(window) == image
    window.flow.command(PlayerCommand.PAUSE)
    assert animator.running
    assert step_pace(session) == held  # resumes from where it stood


def test_reduce_motion_keeps_the_arrow_still(
    window: MainWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    animator = window.controller.pace
    animator.set_reduce_motion(lambda: True)
    start_working(window, clock, SWEEP)
    assert not animator.running
    assert not overlay(window).moving
    still = grab(window)
    tick(window, clock, 1.7)
    qtbot.wait(FRAME_MS * 2)
    assert grab(window) == still
    animator.set_reduce_motion(lambda: False)
    assert animator.running
    assert grab(window) != still  # the dot is drawn again


def test_the_platforms_reduce_motion_is_followed(window: MainWindow, clock: ManualClock) -> None:
    animator = window.controller.pace
    animator.set_platform_preference(lambda: True)
    start_working(window, clock, SWEEP)
    assert animator.motion_reduced()
    assert not animator.running


def test_the_platform_is_asked_through_live_hints(qapp: QApplication) -> None:
    # Offscreen asks for no less motion (and Qt before 6.12 has no such hint). Asked again
    # after a collection: the accessibility hints must not hang on a wrapper that is gone,
    # which stopped every main window with PySide6 6.12.
    assert platform_reduces_motion() is False
    gc.collect()
    assert platform_reduces_motion() is False


def test_the_saved_preference_reaches_the_map(
    qtbot: QtBot, make_services: MakeServices, clock: ManualClock
) -> None:
    services = make_services()
    services.settings.save(Settings(reduce_motion=True))
    window = MainWindow(services, clock=clock, interactive=False)
    window.flow.questions = AutomaticAnswers(TodayCheck())  # "no" to today's check
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    start_working(window, clock, SWEEP)
    assert not window.controller.pace.running


def test_no_timer_while_the_map_is_hidden_or_minimised(
    window: MainWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    start_working(window, clock, SWEEP)
    animator = window.controller.pace
    assert animator.running
    window.hide()
    assert not animator.running
    window.show()
    qtbot.waitExposed(window)
    assert animator.running
    window.showMinimized()
    qtbot.waitUntil(lambda: not animator.running, timeout=2000)
    window.showNormal()
    qtbot.waitUntil(lambda: animator.running, timeout=2000)


def test_no_timer_outside_a_steps_work(window: MainWindow, clock: ManualClock) -> None:
    animator = window.controller.pace
    assert not animator.running  # no session
    window.select_region(SWEEP[1])
    assert window.flow.start_technique(SWEEP[0], SWEEP[1])
    assert not animator.running  # getting ready: the arrow is drawn still
    assert overlay(window).pace is None
    while window.flow.controller is not None and not animator.running:
        tick(window, clock, 0.5)
    window.flow.command(PlayerCommand.STOP)
    assert not animator.running
    assert overlay(window).pace is None


def test_a_counted_step_counts_its_strokes_on_the_map(
    window: MainWindow, clock: ManualClock
) -> None:
    session = start_working(window, clock, FLUSH)
    entry = session.current
    assert entry is not None
    assert entry.repetitions == 5
    drawn = overlay(window)
    assert drawn.count_text() == "1 of 5"
    tick(window, clock, 6.0 * 2 + 1.0)  # two whole strokes of six seconds, and a bit
    assert drawn.count_text() == "3 of 5"
    tick(window, clock, 6.0 * 3)
    pace = drawn.pace
    assert pace is not None
    assert pace.leg is Leg.DONE
    assert drawn.count_text() == "5 of 5"
    assert not window.controller.pace.running  # nothing moves while waiting for Done


def test_a_single_stroke_says_once_on_the_map(window: MainWindow, clock: ManualClock) -> None:
    # "1 of 1" stood by the calf before the stroke was made (walk 11), as "1/1" had in the ring.
    session = start_working(window, clock, ("calf-kneading", "back-calf-right"))
    entry = session.current
    assert entry is not None
    assert entry.repetitions == 1
    drawn = overlay(window)
    assert drawn.pace is not None, "the stroke is paced on the map"
    assert drawn.count_text() == "once"

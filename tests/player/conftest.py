"""A main window whose player runs on a manual clock and answers its questions automatically."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices

from massage_desktop.domain.history import InMemoryRecorder
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.engine.phases import SessionPhase
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.questions import AutomaticAnswers

WindowFactory = Callable[[], MainWindow]


@pytest.fixture
def make_window(
    qtbot: QtBot, make_services: MakeServices, clock: ManualClock, recorder: InMemoryRecorder
) -> WindowFactory:
    """Builds and shows a main window on the test's clock and recorder; each call a new one.

    A second call is the app started again on the same data (after a power cut, say).
    """

    def make() -> MainWindow:
        services = make_services(recorder=recorder)
        win = MainWindow(services, clock=clock, interactive=False)
        # The test's imaginary person answers today's check "no" three times; without that the
        # automatic answers stop every session at the check, as they must.
        win.flow.questions = AutomaticAnswers(TodayCheck())
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        return win

    return make


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    """A main window whose player runs on a manual clock and answers automatically."""
    return make_window()


def wake(controller: QObject) -> None:
    """Fire the player's wake-up timer now, as Qt does when its time comes.

    The controller's one timer is found through Qt's object tree and its ``timeout`` signal
    emitted, so the test goes through the same connection as a real wake-up; waiting the real
    milliseconds would only make the tests slow.
    """
    timers = controller.findChildren(QTimer, options=Qt.FindChildOption.FindDirectChildrenOnly)
    assert len(timers) == 1, f"the controller has {len(timers)} timers"
    timers[0].timeout.emit()


def tick(window: MainWindow, clock: ManualClock, seconds: float) -> None:
    """Let ``seconds`` pass on the session clock and wake the player as its timer would."""
    clock.advance(seconds)
    controller = window.flow.controller
    if controller is not None:
        wake(controller)


def massage_through(window: MainWindow, clock: ManualClock) -> None:
    """Work every step of the running session to its end, as a person following the player.

    Counted steps are marked done; the session then ends by itself. Only places a session
    reached are asked about after it, so a test of the rating after massages first.
    """
    for _ in range(1000):
        controller = window.flow.controller
        if controller is None or controller.session.closed:
            return
        tick(window, clock, 10)
        if controller.session.phase is SessionPhase.REPS:
            window.flow.command(PlayerCommand.DONE)
    raise AssertionError("the session did not end")


def needs_speech() -> ModuleType:
    """Qt's text-to-speech module, or skip the test where this machine cannot load it.

    Without the [audio] extra the module is missing; without libpulse0 it is installed but its
    library fails to load, an ImportError that ``importorskip`` no longer skips by default
    (pytest 9 only skips ModuleNotFoundError unless told otherwise).
    """
    module: ModuleType = pytest.importorskip(
        "PySide6.QtTextToSpeech",
        reason="needs the [audio] extra and libpulse0",
        exc_type=ImportError,
    )
    return module

"""A main window whose player runs on a manual clock and answers its questions automatically."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices

from massage_desktop.domain.history import InMemoryRecorder
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.questions import AutomaticAnswers


@pytest.fixture
def window(
    qtbot: QtBot, make_services: MakeServices, clock: ManualClock, recorder: InMemoryRecorder
) -> MainWindow:
    services = make_services(recorder=recorder)
    win = MainWindow(services, clock=clock, interactive=False)
    # The test's imaginary person answers today's check "no" three times; without that the
    # automatic answers stop every session at the check, as they must.
    win.flow.questions = AutomaticAnswers(TodayCheck())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def tick(window: MainWindow, clock: ManualClock, seconds: float) -> None:
    """Let ``seconds`` pass on the session clock and wake the player as its timer would."""
    clock.advance(seconds)
    controller = window.flow.controller
    if controller is not None:
        controller._on_timer_timeout()

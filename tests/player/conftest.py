"""A main window whose player runs on a manual clock and asks no questions."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import InMemoryRecorder
from massage_desktop.engine.clock import ManualClock
from massage_desktop.messages import MessageBus
from massage_desktop.services import Services
from massage_desktop.storage.health import HealthStore, health_file
from massage_desktop.storage.paths import resolve_paths
from massage_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(
    qtbot: QtBot, catalog: Catalog, svg: bytes, clock: ManualClock, recorder: InMemoryRecorder
) -> MainWindow:
    paths, bus = resolve_paths(), MessageBus()
    health = HealthStore(health_file(paths), bus)
    services = Services(paths, catalog, bus, svg, recorder, health)

    win = MainWindow(services, clock=clock, interactive=False)
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

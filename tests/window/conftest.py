"""Fixtures for tests of the whole window: its services and the window itself, shown."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import InMemoryRecorder
from massage_desktop.messages import MessageBus
from massage_desktop.services import Services
from massage_desktop.storage.health import HealthStore, health_file
from massage_desktop.storage.paths import resolve_paths
from massage_desktop.ui.main_window import MainWindow


@pytest.fixture
def services(catalog: Catalog, svg: bytes) -> Services:
    paths, bus = resolve_paths(), MessageBus()
    health = HealthStore(health_file(paths), bus)
    return Services(paths, catalog, bus, svg, InMemoryRecorder(), health)


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> MainWindow:
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win

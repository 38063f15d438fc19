"""Fixtures for tests of the whole window: its services and the window itself, shown."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices

from massage_desktop.services import Services
from massage_desktop.ui.main_window import MainWindow


@pytest.fixture
def services(make_services: MakeServices) -> Services:
    """The app's services with real stores in the temporary data folder."""
    return make_services()


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> MainWindow:
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win

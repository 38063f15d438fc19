"""Fixtures for a main window on the smallest screen, in each language (a pytest plugin).

``shown`` is the content in English and in German (with the German translators installed);
``main`` is the main window at 1024x700 in that language, its player on the test's clock.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices
from tests.window.test_clipping import HEIGHT, WIDTH

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.questions import AutomaticAnswers


@pytest.fixture(params=["en", "de"])
def shown(request: pytest.FixtureRequest, catalog: Catalog, german_catalog: Catalog) -> Catalog:
    """The content in each language, German with the German translators installed."""
    if request.param == "de":
        request.getfixturevalue("german")
        return german_catalog
    return catalog


@pytest.fixture
def main(
    qtbot: QtBot, make_services: MakeServices, shown: Catalog, clock: ManualClock
) -> MainWindow:
    """The main window at 1024x700 in the language of ``shown``."""
    win = MainWindow(make_services(catalog=shown), clock=clock, interactive=False)
    win.flow.questions = AutomaticAnswers(TodayCheck())
    qtbot.addWidget(win)
    win.resize(WIDTH, HEIGHT)
    win.show()
    return win

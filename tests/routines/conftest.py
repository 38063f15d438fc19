"""A fresh catalog per test (own routines change it in place) and a store over it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.routines import Routine, RoutineItem
from massage_desktop.engine.health import TodayCheck
from massage_desktop.messages import Message, MessageBus
from massage_desktop.storage.own_routines import OwnRoutines
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.questions import AutomaticAnswers


@pytest.fixture
def own_catalog(catalog: Catalog) -> Catalog:
    """The shipped content with a routines dict of its own, so tests cannot leak routines."""
    return dataclasses.replace(catalog, routines=dict(catalog.routines))


@pytest.fixture
def posted() -> list[Message]:
    """Messages the store posted."""
    return []


@pytest.fixture
def store(own_catalog: Catalog, tmp_path: Path, posted: list[Message]) -> OwnRoutines:
    """A store over an empty routines folder."""
    bus = MessageBus()
    bus.subscribe(posted.append)
    return OwnRoutines(tmp_path / "routines", own_catalog, bus)


def make_routine(name: str = "Evening knee", routine_id: str = "my-evening-knee") -> Routine:
    """A two-technique routine for the right knee, kneading timed at 60 s."""
    return Routine(
        id=routine_id,
        name=name,
        summary="My shorter evening version.",
        performer="self",
        items=[
            RoutineItem(technique="knee-warm-up-effleurage", regions=["front-knee-right"]),
            RoutineItem(technique="quadriceps-kneading", duration_s=60, number_source="suggested"),
        ],
        sources=["knee-clinical"],
    )


@pytest.fixture
def window(qtbot: QtBot, make_services: MakeServices, own_catalog: Catalog) -> MainWindow:
    """The main window over a catalog of its own, shown."""
    services = make_services(catalog=own_catalog)
    win = MainWindow(services, interactive=False)
    win.flow.questions = AutomaticAnswers(TodayCheck())  # "no" to today's check
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win

"""The windows of one run share what never changes while it runs (issue 16, item 8).

Each main window indexed every region, technique and routine again (a twentieth of its start)
and read the body map's measured outlines from the cache file again (a tenth).
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from massage_desktop.content import search
from massage_desktop.services import Services
from massage_desktop.ui.bodymap import geometry
from massage_desktop.ui.main_window import MainWindow


def test_two_windows_of_a_run_index_the_catalog_at_most_once(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[int] = []
    index_type = search.SearchIndex

    class Counting(index_type):  # type: ignore[misc, valid-type]
        def __init__(self, catalog: object) -> None:
            built.append(1)
            super().__init__(catalog)

    monkeypatch.setattr(search, "SearchIndex", Counting)
    windows = [MainWindow(services), MainWindow(services)]
    for window in windows:
        qtbot.addWidget(window)
        window.search.set_text("knee")
    assert len(built) <= 1  # none when an earlier test of the run built it
    first, second = (window.search.results() for window in windows)
    assert first == second
    assert "front-knee-left" in [hit.id for hit in first]


def test_two_windows_of_a_run_read_the_measured_map_at_most_once(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[int] = []
    cached_measure = geometry.cached_measure

    def counting(*args: object) -> object:
        read.append(1)
        return cached_measure(*args)  # type: ignore[arg-type]

    # Where the map's document looks it up (imported by name there).
    monkeypatch.setattr("massage_desktop.ui.bodymap.document.cached_measure", counting)
    windows = [MainWindow(services), MainWindow(services)]
    for window in windows:
        qtbot.addWidget(window)
    assert len(read) <= 1  # none when an earlier test of the run read it
    # Both maps know every region, and the knee answers on each.
    first, second = (window.map_pane.map.region_ids() for window in windows)
    assert first == second
    assert "front-knee-left" in first
    for window in windows:
        window.select_region("front-knee-left")
        assert window.guide.region() == "front-knee-left"

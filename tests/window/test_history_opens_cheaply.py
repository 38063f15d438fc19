"""Opening the history does not measure the body map again (issue 16, item 8).

The heat map on the Progress tab drew the same figure as the main map but measured every
region's outline anew each time the history window was built: about a third of opening it.
It now reads them from the cache the main map left, and still draws every region.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from massage_desktop.ui.bodymap import geometry
from massage_desktop.ui.main_window import MainWindow


def test_the_history_heat_map_reuses_the_main_maps_measured_drawing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    measured: list[int] = []
    measure = geometry.measure

    def counting(*args: object, **kwargs: object) -> geometry.MapGeometry:
        measured.append(1)
        return measure(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(geometry, "measure", counting)
    history = window.history_actions.show_history()
    assert history is not None
    qtbot.waitExposed(history)
    assert measured == []
    # The same regions answer on the heat map as on the main map, the knee for one.
    heat_regions = history.progress.heat.map.region_ids()
    assert heat_regions == window.map_pane.map.region_ids()
    assert "front-knee-left" in heat_regions

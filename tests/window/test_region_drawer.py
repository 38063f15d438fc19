"""The "All regions" drawer: closing it leaves the map and guide as they were (walk 5, 24)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from massage_desktop.domain.health import HealthProfile
from massage_desktop.ui.main_window import MainWindow


@pytest.mark.parametrize("width", [1280, 1024])
def test_closing_the_drawer_gives_back_the_split_it_found(
    window: MainWindow, qtbot: QtBot, width: int
) -> None:
    window.resize(width, 700)
    qtbot.waitUntil(lambda: window.width() == width)
    QApplication.processEvents()
    map_width, guide_width = window.map_pane.width(), window.guide.width()
    window.top_bar.regions.click()
    QApplication.processEvents()
    assert window.region_list.isVisible()
    window.top_bar.regions.click()
    QApplication.processEvents()
    assert not window.region_list.isVisible()
    assert (window.map_pane.width(), window.guide.width()) == (map_width, guide_width)


def test_the_drawer_names_ruled_out_and_resting_regions(window: MainWindow) -> None:
    window._health.save(
        HealthProfile(conditions=("acute-injury",), regions={"acute-injury": ("front-knee-left",)})
    )
    window.flow.pain_rest.note(["front-thigh-right"])
    window.apply_health_profile()
    drawer = window.region_list
    assert drawer.region_status("front-knee-left") == "Ruled out"
    assert drawer.region_status("front-thigh-right") == "Resting today"
    assert drawer.region_status("front-knee-right") == ""

"""The "All regions" drawer makes its rows when it first opens (issue 16, item 8).

It starts closed, yet its hundred rows with their words under them ("Ruled out") were made,
and made again for the health profile, at every start: a tenth of building the main window.
Opened later, it says what the map said meanwhile and highlights the region chosen on it.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from massage_desktop.domain.health import HealthProfile
from massage_desktop.services import Services
from massage_desktop.ui.bodymap.region_list import RegionListPanel
from massage_desktop.ui.main_window import MainWindow


def test_the_closed_drawer_makes_no_rows_and_says_it_all_once_opened(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.health.save(
        HealthProfile(conditions=("acute-injury",), regions={"acute-injury": ("front-knee-left",)})
    )
    described: list[str] = []
    describe = RegionListPanel._describe

    def counting(panel: RegionListPanel, item: object, *args: object) -> None:
        described.append(str(args[0]))
        describe(panel, item, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(RegionListPanel, "_describe", counting)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.select_region("front-shin-right")
    assert described == []  # nothing made for the closed drawer
    window.top_bar.regions.click()
    QApplication.processEvents()
    drawer = window.region_list
    assert drawer.isVisible()
    assert drawer.current_region() == "front-shin-right"
    assert drawer.region_status("front-knee-left") == "Ruled out"
    assert drawer.region_status("front-knee-right") == ""
    assert len(described) == len(drawer.visible_region_ids())  # each row said once

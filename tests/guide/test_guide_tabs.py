"""The Techniques | Routines tabs switch what the page shows, and the heading names it (walk 8, 9).

The Routines tab only scrolled down to the routine cards under the technique still shown, and a
routine chosen on the welcome stood under "Where would you like a massage?".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.guide.panel import GuidePanel

REGION = "front-knee-left"


def _panel(qtbot: QtBot, catalog: Catalog) -> GuidePanel:
    panel = GuidePanel(catalog)
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_the_routines_tab_shows_a_routine_under_its_name(qtbot: QtBot, catalog: Catalog) -> None:
    panel = _panel(qtbot, catalog)
    panel.show_region(REGION)
    region = catalog.regions[REGION].name
    assert panel.heading() == region
    techniques, routines = panel.column.tab_buttons
    assert techniques.isChecked()
    QTest.mouseClick(routines, Qt.MouseButton.LeftButton)
    shown = panel.routine()
    assert shown is not None, "the tab chose a routine"
    assert routines.isChecked()
    assert not techniques.isChecked()
    assert panel.heading() == catalog.routines[shown].name
    assert region in panel._header.subtitle.text()
    assert panel.column.verticalScrollBar().value() == 0, "the page starts at its top"
    # Start starts what the heading names.
    assert panel._start_bar.name.text() == catalog.routines[shown].name
    # And back: the region's techniques under the region's name.
    QTest.mouseClick(techniques, Qt.MouseButton.LeftButton)
    assert panel.routine() is None
    assert panel.technique() is not None
    assert techniques.isChecked()
    assert panel.heading() == region


def test_a_routine_chosen_on_the_welcome_is_the_heading(qtbot: QtBot, catalog: Catalog) -> None:
    panel = _panel(qtbot, catalog)
    panel.show_region(None)
    question = panel.heading()
    routines = panel.column.routines
    routines.setCurrentRow(0)
    shown = panel.routine()
    assert shown is not None
    assert panel.heading() == catalog.routines[shown].name != question

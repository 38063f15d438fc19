"""A routine built in the editor is placed by its steps, not by the region shown (walk 8)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.main_window import MainWindow


def test_a_routine_for_the_palms_is_not_shown_on_the_armpits_page(
    qtbot: QtBot, window: MainWindow, own_catalog: Catalog
) -> None:
    # "Partner hands", built while the left armpit was shown, was then shown on the Left
    # armpit's page, its title above a hand routine (walk 8, finding 3).
    window.select_region("front-armpit-left")
    editor = window.routine_actions.new_routine()
    view = editor.view
    editor.select_region("front-palm-right")  # "Where": the right palm
    assert view.region_box.currentData() == "front-palm-right"
    QTest.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert view.steps.count() == 1
    QTest.keyClicks(view.name_edit, "Palms")
    QTest.mouseClick(
        view.buttons.button(view.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert not view.isVisible()
    routine = own_catalog.routines["my-palms"]
    assert "front-armpit-left" not in own_catalog.routine_regions(routine)
    assert window.guide.routine() == "my-palms"
    assert window.guide.region() is None  # the start page, not the armpit's
    assert window.map_pane.map.selected_region() is None


def test_a_routine_that_works_the_region_shown_stays_on_its_page(
    qtbot: QtBot, window: MainWindow, own_catalog: Catalog
) -> None:
    window.select_region("front-knee-right")
    editor = window.routine_actions.new_routine()
    view = editor.view
    QTest.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    QTest.keyClicks(view.name_edit, "Knee")
    QTest.mouseClick(
        view.buttons.button(view.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert window.guide.routine() == "my-knee"
    assert window.guide.region() == "front-knee-right"

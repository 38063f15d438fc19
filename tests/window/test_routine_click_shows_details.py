"""A routine card clicked on the start page shows its details in sight, and its areas on the map.

Walk 6, finding 6: clicking "Knee care" put its detail card above the list while the column
kept the clicked card in view, so the card's name (at 1280x800) or everything but "…and 4
more." (at 1024x700, extra large text) was scrolled away; the map showed nothing.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.guide.lists import ID_ROLE
from massage_desktop.ui.main_window import MainWindow


def _click_card(window: MainWindow, qtbot: QtBot, routine_id: str) -> None:
    column = window.guide.column
    rows = column.routines
    items = [rows.item(i) for i in range(rows.count())]
    item = next(item for item in items if item.data(ID_ROLE) == routine_id)
    # Scrolled down to the card, as a person does to reach it.
    rect = rows.visualItemRect(item)
    body = column.widget()
    assert body is not None
    top = rows.mapTo(body, rect.topLeft()).y()
    column.verticalScrollBar().setValue(top)
    qtbot.wait(10)
    rect = rows.visualItemRect(item)
    # The button comes up where it went down on the screen, over whatever is there by then.
    spot = rows.viewport().mapToGlobal(rect.center())
    QTest.mousePress(rows.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseRelease(
        rows.viewport(), Qt.MouseButton.LeftButton, pos=rows.viewport().mapFromGlobal(spot)
    )


def _in_sight(window: MainWindow) -> QRect:
    column = window.guide.column
    name = column.detail.name
    top_left = name.mapTo(column.viewport(), QPoint(0, 0))
    return QRect(top_left, name.size())


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_a_clicked_routine_shows_its_name_in_sight(
    window: MainWindow, qtbot: QtBot, size: tuple[int, int]
) -> None:
    window.resize(*size)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.guide.set_text_scale(1.5)  # extra large, as in the walk at 1024x700
    qtbot.wait(10)
    _click_card(window, qtbot, "knee-care")
    assert window.guide.routine() == "knee-care"
    column = window.guide.column
    shown = _in_sight(window)
    assert column.viewport().rect().contains(shown), (shown, column.verticalScrollBar().value())


def test_a_clicked_routine_marks_the_areas_it_works_on(
    window: MainWindow, qtbot: QtBot, catalog: Catalog
) -> None:
    window.activateWindow()
    _click_card(window, qtbot, "knee-care")
    marked = window.map_pane.map.marked_regions()
    assert "front-knee-right" in marked
    assert "front-knee-left" in marked
    assert "front-face" not in marked
    window.go_home()
    assert not window.map_pane.map.marked_regions(), "the start page marks nothing"


def test_a_routine_for_one_side_says_the_side_is_chosen_at_start(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Walk 6, finding 22: Knee care said "for one knee" and never which, until the sheet."""
    _click_card(window, qtbot, "knee-care")
    assert "You choose the side when you start." in window.guide.column.detail.summary.text()
    window.guide.show_routine("arms-kneading")
    assert "choose the side" not in window.guide.column.detail.summary.text()


def test_on_a_rest_day_a_clicked_routine_shows_its_areas_as_held(
    window: MainWindow, qtbot: QtBot
) -> None:
    # Walk 9, P2-j: on a rest day the map outlined the routine's areas as if it could start.
    window.activateWindow()
    window.guide.set_rest_day(True)
    _click_card(window, qtbot, "knee-care")
    body_map = window.map_pane.map
    assert "front-knee-left" in body_map.marked_regions()
    assert body_map.marks_held(), "greyed and hatched, not offered"
    said = body_map.region_description("front-knee-left")  # its tooltip's words too
    assert "Rest day" in said
    assert "Matches the search" not in said
    # The check taken again lifts the rest day: the areas are offered again.
    window.guide.set_rest_day(False)
    assert "front-knee-left" in body_map.marked_regions()
    assert not body_map.marks_held()

"""The main window end to end: selection in sync, search, menus, screenshot."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from massage_desktop.cli import main
from massage_desktop.content.search import HitKind
from massage_desktop.domain.enums import View
from massage_desktop.ui.main_window import MainWindow


def test_region_list_selects_on_map_and_guide(window: MainWindow, qtbot: QtBot) -> None:
    window.region_list.regionActivated.emit("back-calf-right")
    assert window.map_pane.map.view() is View.BACK
    assert window.map_pane.map.selected_region() == "back-calf-right"
    assert window.guide.region() == "back-calf-right"


def test_map_click_updates_list_and_guide(window: MainWindow) -> None:
    window.map_pane.map.regionActivated.emit("front-kneecap-left")
    assert window.region_list.current_region() == "front-kneecap-left"
    assert window.guide.region() == "front-kneecap-left"


def test_search_highlights_and_selects(window: MainWindow, qtbot: QtBot) -> None:
    window.search.set_text("flushing")
    hits = window.search.results()
    assert hits[0].kind is HitKind.TECHNIQUE
    assert hits[0].id == "flushing"
    window.search.hitActivated.emit(hits[0])
    assert window.guide.technique() == "flushing"
    assert window.map_pane.map.selected_region() in hits[0].region_ids


def test_a_routine_chosen_in_search_opens_with_one_selection(window: MainWindow) -> None:
    """Walk 5, finding 25: "Knee care" opened on "Right knee", its Techniques and a technique."""
    window.select_region("front-thigh-left")  # wherever the person was before
    window.search.set_text("knee")
    hit = next(h for h in window.search.results() if h.kind is HitKind.ROUTINE)
    assert hit.id == "knee-care"
    window.search.hitActivated.emit(hit)
    guide = window.guide
    assert guide.routine() == "knee-care"
    assert guide.region() is None
    assert guide.technique() is None
    routines = guide.column.routines
    assert routines.isVisible()
    assert routines.currentItem().text().startswith("Knee care")
    assert guide.column.techniques.currentItem() is None
    body_map = window.map_pane.map
    assert body_map.selected_region() is None, "no region the person did not choose"
    assert window.region_list.current_region() is None
    assert sorted(body_map.marked_regions()) == sorted(hit.region_ids)


def test_a_click_on_the_map_ends_the_search(window: MainWindow, qtbot: QtBot) -> None:
    """Walk 6: the search's outlines stayed beside the chosen part, and its words."""
    body_map = window.map_pane.map
    window.search.set_text("arm effleurage")
    assert body_map.marked_regions()
    point = body_map.region_rect("front-thigh-left").center()
    QTest.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=point)
    assert window.guide.region() == "front-thigh-left"
    assert not body_map.marked_regions()
    assert window.search.text() == ""
    window.search.set_text("knee")
    window.go_home()
    assert window.search.text() == ""
    assert not body_map.marked_regions()


def test_ctrl_f_focuses_search(window: MainWindow) -> None:
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit)
    assert focused.accessibleName() == "Search"  # the search box's own field
    assert window.search.isAncestorOf(focused)


def test_unknown_region_raises(window: MainWindow) -> None:
    with pytest.raises(KeyError):
        window.select_region("front-elbow-left")


@pytest.mark.parametrize("view", ["front", "back"])
def test_screenshot_headless(tmp_path: Path, view: str) -> None:
    target = tmp_path / f"{view}.png"
    region = "front-knee-left" if view == "front" else "back-calf-left"
    assert main(["--screenshot", str(target), "--view", view, "--region", region]) == 0
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 800)


def test_screenshot_unknown_region(tmp_path: Path) -> None:
    assert main(["--screenshot", str(tmp_path / "x.png"), "--region", "nope"]) == 2


def _entries(menu: QMenu) -> list[str]:
    return [action.text().replace("&", "") for action in menu.actions() if not action.isSeparator()]


def test_the_backup_items_sit_in_a_backup_submenu_of_a_short_file_menu(
    window: MainWindow,
) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert _entries(file_menu) == [
        "History…",
        "New routine…",
        "Import routine…",
        "Backup",
        "Print routine…",
        "Quit",
    ]
    [backup] = [a.menu() for a in file_menu.actions() if a.text() == "&Backup"]
    assert isinstance(backup, QMenu)
    assert _entries(backup) == [
        "Export history…",
        "Import history…",
        "Export unsaved sessions…",
        "Restore a backup…",
    ]
    # Still reachable by their English text, and they still do their work.
    assert window.menu_actions["Export history…"] in backup.actions()


def test_a_selection_made_elsewhere_leaves_no_stale_hover(window: MainWindow, qtbot: QtBot) -> None:
    """Walk 6: after choosing "Lower back" in search, the map still named the thigh hovered."""
    body_map = window.map_pane.map
    knee = body_map.region_rect("front-thigh-left").center()
    hovered: list[str] = []
    body_map.regionHovered.connect(hovered.append)
    with qtbot.waitSignal(body_map.regionHovered):
        QTest.mouseMove(body_map, knee)
    assert hovered[-1] == "front-thigh-left"
    # The pointer goes to the search's drop-down, which takes its leave event.
    QCursor.setPos(window.search.mapToGlobal(window.search.rect().center()))
    window.select_region("back-lower-back")
    assert hovered[-1] == ""


def test_going_home_clears_the_drawer_too(window: MainWindow) -> None:
    # Walk 16: after "Lift the rest day" the guide went back to the start page, but the
    # "All regions" drawer still highlighted the lower back chosen before.
    window.select_region("back-lower-back")
    assert window.region_list.current_region() == "back-lower-back"
    window.go_home()
    assert window.guide.region() is None
    assert window.region_list.current_region() is None

"""The redesigned main window: the map as the hero, one primary action, cards, keyboard order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from tests.guide_parts import guide_view, list_texts, routines_list, start_button, techniques_list

from massage_desktop.domain.enums import Severity
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.health import TodayCheck
from massage_desktop.services import Services
from massage_desktop.ui.guide.colours import guide_colours
from massage_desktop.ui.guide.html import warning_rows
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.questions import AutomaticAnswers


def test_the_map_is_the_hero_and_the_region_list_a_drawer(window: MainWindow) -> None:
    assert window.size().width() == 1280
    assert not window.region_list.isVisible()
    shown = window.map_pane.map
    assert shown.width() >= 0.4 * window.width()
    assert shown.height() >= 0.75 * window.height()
    window.top_bar.regions.click()
    assert window.region_list.isVisible()
    assert window.region_list.width() >= 240  # it opened 40 px wide, the names cut
    window.top_bar.regions.click()
    assert not window.region_list.isVisible()


@pytest.mark.parametrize("width", [1024, 1920])
def test_the_top_bar_keeps_the_search_whole_and_the_buttons_at_the_right(
    window: MainWindow, qtbot: QtBot, width: int
) -> None:
    window.resize(width, 800)
    qtbot.waitUntil(lambda: window.width() == width)
    QApplication.processEvents()
    bar, history = window.top_bar, window.top_bar.history
    right = history.mapTo(bar, history.rect().topRight()).x()
    assert bar.width() - right < 40, "the buttons end at the window's right edge"
    search = next(w for w in bar.findChildren(QLineEdit) if w.objectName() == "search")
    placeholder = search.fontMetrics().horizontalAdvance(search.placeholderText())
    assert search.width() > placeholder, "the search field shows its whole hint"


def test_nothing_selected_suggests_routines_and_starts_none_by_itself(
    window: MainWindow, qtbot: QtBot
) -> None:
    guide = window.guide
    # Only the request is under test: the flow would open its modal before-session questions.
    guide.startRoutineRequested.disconnect(window.flow.start_routine)
    assert guide.region() is None
    routines, start = routines_list(guide), start_button(guide)
    suggested = list_texts(routines)
    assert suggested[0].startswith("Knee care  · ")
    assert any(text.startswith("Self-massage tour") for text in suggested)
    assert not start.isVisible()  # nothing chosen: no start button to press by mistake
    with qtbot.waitSignal(guide.startRoutineRequested) as started:
        routines.setCurrentRow(1)
        assert start.isVisible()
        assert start.accessibleName().startswith("Start: Self-massage tour")
        start.click()
    assert started.args == ["self-massage-tour"]


def test_choosing_a_region_names_the_technique_on_the_primary_button(window: MainWindow) -> None:
    window.select_region("front-knee-left")
    guide = window.guide
    first = techniques_list(guide).item(0).text().split("  · ")[0]
    start = start_button(guide)
    assert start.isVisible()
    name = start.accessibleName()
    assert name.startswith(f"Start: {first} · ")
    assert name.rstrip().endswith(("s", "min"))
    card = routines_list(guide).item(0).text()
    assert " min" in card
    assert "steps" in card
    assert "yourself" in card.lower()


def test_a_message_said_twice_gets_one_box(qapp: QApplication) -> None:
    colours = guide_colours(qapp.palette())
    html = warning_rows(
        colours,
        [
            (Severity.TAKE_CARE, "Use light pressure over veins.", None),
            (Severity.AVOID, "Use light pressure over veins", None),
            (Severity.ASK_PROFESSIONAL, "Something else.", None),
        ],
    )
    assert html.count("<tr>") == 2
    # Kept at its strongest severity: a place's "avoid" says where not to press.
    assert html.index("Where not to press") < html.index("Something else")


def _tab_stops(window: MainWindow, presses: int) -> list[QWidget]:
    stops: list[QWidget] = []
    for _ in range(presses):
        window.focusNextChild()
        focused = QApplication.focusWidget()
        assert focused is not None
        stops.append(focused)
    return stops


def test_tab_reaches_search_map_start_and_guide_in_a_handful(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.select_region("front-knee-left")
    window.activateWindow()
    window.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    stops = _tab_stops(window, 12)
    guide = window.guide
    assert stops[0] is window.map_pane.map  # the whole map is one stop
    start = stops.index(start_button(guide))
    assert start <= 6, "Start within a handful: after the map's buttons and Safety"
    assert techniques_list(guide) in stops[start : start + 4]
    assert guide_view(guide) in stops[start : start + 6]
    assert window.map_pane.map.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_enter_on_the_focused_start_button_starts(window: MainWindow, qtbot: QtBot) -> None:
    window.flow.questions = AutomaticAnswers(TodayCheck())
    window.select_region("front-knee-left")
    button = start_button(window.guide)
    window.activateWindow()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    QTest.keyClick(button, Qt.Key.Key_Return)
    assert window.flow.active


def test_the_map_hint_goes_once_a_session_starts(window: MainWindow) -> None:
    window.flow.questions = AutomaticAnswers(TodayCheck())
    assert window.map_pane.hint_shown()
    assert window.flow.start_routine("knee-care")  # from the welcome, no region chosen
    assert not window.map_pane.hint_shown()


def test_escape_goes_back_to_the_welcome(window: MainWindow, qtbot: QtBot) -> None:
    window.select_region("front-knee-left")
    assert window.guide.region() == "front-knee-left"
    window.activateWindow()
    window.map_pane.map.setFocus()
    qtbot.waitUntil(window.map_pane.map.hasFocus)
    QTest.keyClick(window.map_pane.map, Qt.Key.Key_Escape)
    assert window.guide.region() is None
    assert window.map_pane.map.selected_region() is None
    assert window.map_pane.hint_shown()


def test_the_apps_name_and_view_start_page_lead_back_to_the_start(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.select_region("front-knee-left")
    assert window.top_bar.home.isVisible()
    assert "Esc" in window.top_bar.home.toolTip()  # the key is named where the way is seen
    QTest.mouseClick(window.top_bar.home, Qt.MouseButton.LeftButton)
    assert window.guide.region() is None
    assert window.map_pane.map.selected_region() is None
    assert window.map_pane.hint_shown()
    window.select_region("front-knee-left")
    window.menu_actions["Start page"].trigger()
    assert window.guide.region() is None


def test_the_start_page_stays_away_during_a_session(window: MainWindow) -> None:
    window.flow.questions = AutomaticAnswers(TodayCheck())
    window.select_region("front-knee-left")
    assert window.flow.start_routine("knee-care")
    window.top_bar.home.click()
    assert window.guide.region() == "front-knee-left"  # the session's place stays shown


def _label(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return text or widget.accessibleName() or widget.toolTip()


@pytest.mark.parametrize("dvt", [False, True])
def test_tab_on_the_start_page_goes_search_map_its_buttons_then_safety_and_routines(
    window: MainWindow, services: Services, qtbot: QtBot, dvt: bool
) -> None:
    """The map's buttons follow the map, and Safety comes before the routines (walk 6, #16).

    At 1024x700 Tab went from the map into the guide, then back to the map's zoom buttons
    last, and reached Safety only after the whole routine list.
    """
    window.resize(1024, 700)
    if dvt:  # the keyboard walk's profile: "Review health profile…" heads the guide
        services.health.save(HealthProfile(conditions=("dvt",)))
        window.apply_health_profile()
        assert window.guide.everywhere.isVisible()
    window.activateWindow()
    window.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    stops = _tab_stops(window, 10)
    pane = window.map_pane
    shown_buttons = [b for b in pane.focus_order() if b.isVisible()]
    assert len(shown_buttons) >= 3, "zoom out, zoom in, fit"
    assert stops[0] is pane.map
    assert stops[1 : 1 + len(shown_buttons)] == shown_buttons, [_label(s) for s in stops]
    after_map = stops[1 + len(shown_buttons) :]
    safety = next(s for s in after_map if _label(s).startswith("Safety"))
    routines = routines_list(window.guide)
    assert after_map.index(safety) < after_map.index(routines), [_label(s) for s in stops]
    banner = window.guide.everywhere.focus_order()
    first = banner if banner[0].isVisible() else []
    assert after_map[: len(first) + 1] == [*first, safety], "Safety, beside the stop rule"

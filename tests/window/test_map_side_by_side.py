"""The main window's map: front and back side by side when wide, one figure when narrow."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import View
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.services import Services
from massage_desktop.ui.bodymap import BodyMapWidget
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.questions import AutomaticAnswers


def _figure(body_map: BodyMapWidget, view: View) -> QRectF:
    """Where a view's regions are drawn, in map coordinates."""
    shown = QRectF()
    for region_id in body_map.view_region_ids(view):
        outline = body_map.region_outline(region_id).boundingRect()
        shown = shown.united(body_map.document_to_widget(view).mapRect(outline))
    return shown


def test_at_1280_by_800_both_figures_fill_the_height_and_two_fifths_of_the_width(
    window: MainWindow,
) -> None:
    body_map = window.map_pane.map
    assert body_map.side_by_side()
    assert window.map_pane.views.isHidden()
    front, back = _figure(body_map, View.FRONT), _figure(body_map, View.BACK)
    assert front.right() < back.left()
    # Both figures at one scale, together (regions only: no hair, no legend) two thirds of
    # the window's height.
    scales = {body_map.document_to_widget(view).m11() for view in View}
    assert max(scales) - min(scales) < 1e-6
    assert front.united(back).height() >= 0.65 * window.height()
    assert back.right() - front.left() >= 0.4 * window.width()
    # The zoom buttons stay: zooming in shows one figure, with Front / Back still hidden.
    body_map.zoom_in()
    assert body_map.views_shown() == [body_map.view()]
    assert window.map_pane.views.isHidden()
    body_map.reset_zoom()
    assert body_map.side_by_side()


def test_a_narrow_window_shows_one_figure_and_the_view_switch(
    window: MainWindow, qtbot: QtBot
) -> None:
    body_map = window.map_pane.map
    window.resize(900, 800)
    qtbot.waitUntil(lambda: not body_map.side_by_side())
    assert body_map.views_shown() == [View.FRONT]
    assert not window.map_pane.views.isHidden()
    window.map_pane.views.buttons[View.BACK].click()
    assert body_map.views_shown() == [View.BACK]
    window.resize(1280, 800)
    qtbot.waitUntil(body_map.side_by_side)
    assert window.map_pane.views.isHidden()


def _changed_columns(before: QImage, after: QImage, body_map: BodyMapWidget) -> set[View]:
    """The views whose column holds a pixel that differs between two grabs of the map."""
    changed: set[View] = set()
    for x in range(0, before.width(), 2):
        for y in range(0, before.height(), 2):
            if before.pixel(x, y) != after.pixel(x, y):
                view = body_map.view_at(QRectF(x, y, 1, 1).center())
                if view is not None:
                    changed.add(view)
    return changed


def test_stroke_arrows_are_drawn_on_the_figure_of_the_selected_region(
    window: MainWindow,
) -> None:
    body_map = window.map_pane.map
    window.select_region("back-calf-left")
    assert body_map.side_by_side()
    assert body_map.view() is View.BACK
    before = body_map.grab().toImage()
    # Not the first card, which shows when the region is chosen: Myself's kneading.
    window.guide.show_technique("leg-effleurage-partner")
    after = body_map.grab().toImage()
    assert window.controller.overlay.last_shapes
    assert _changed_columns(before, after, body_map) == {View.BACK}
    # Back to a front region: the arrows of its technique are drawn on the front figure.
    window.select_region("front-thigh-left")
    before = body_map.grab().toImage()
    window.guide.show_technique("quadriceps-thumb-stripping")
    after = body_map.grab().toImage()
    assert _changed_columns(before, after, body_map) == {View.FRONT}


def test_a_session_draws_its_step_on_the_figure_that_has_it(
    qtbot: QtBot, services: Services
) -> None:
    window = MainWindow(services, clock=ManualClock(), interactive=False)
    window.flow.questions = AutomaticAnswers(TodayCheck())  # "no" to today's three questions
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    body_map = window.map_pane.map
    window.select_region("back-calf-left")
    assert window.flow.start_routine("partner-leg")
    # Warming the oil is done in the giver's hands: nothing of the partner is marked (walk 9,
    # P1-l); skip on to the strokes up the leg.
    assert body_map.marked_regions() == frozenset()
    assert body_map.selected_region() is None  # not the calf chosen before the start
    for _ in range(6):
        if window.controller.overlay.state[0] != "warm-oil":
            break
        window.flow.command(PlayerCommand.SKIP)
    # During a session the player takes most of the width: the map may show one figure or
    # both; either way the step's figure is the one in view and its arrows lie on it.
    body_map.grab()
    shapes = window.controller.overlay.last_shapes
    view = body_map.view()
    assert view is View.BACK  # the partner lies face down: the first step is on the back
    assert shapes
    # The arrows lie on the column of the figure whose region the step works.
    selected = body_map.selected_region()
    assert selected is not None
    assert selected.startswith(view.value)
    column = body_map.view_area(view)
    for shape in shapes:
        for point in shape.points:
            assert column.contains(body_map.document_to_widget(view).map(point))


def test_a_running_step_draws_its_hands_only_where_it_is_worked(
    qtbot: QtBot, services: Services, catalog: Catalog
) -> None:
    """A step limited to some regions draws its strokes there only.

    Kneading can be used on arms, legs and back; the tour kneads the arms, and must not draw
    grips on legs a health profile may rule out.
    """
    window = MainWindow(services, clock=ManualClock(), interactive=False)
    window.flow.questions = AutomaticAnswers(TodayCheck())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    tour = catalog.routines["self-massage-tour"]
    arms = next(i for i, item in enumerate(tour.items) if item.technique == "kneading")
    window.select_region("back-upper-back")
    assert window.flow.start_routine("self-massage-tour")
    for _ in range(len(tour.items) * 2):
        if window.controller.overlay.state[0] == "kneading":
            break
        window.flow.command(PlayerCommand.SKIP)
    controller = window.flow.controller
    assert controller is not None
    entry = controller.session.current
    assert entry is not None
    assert entry.item_index == arms
    window.map_pane.map.grab()
    shapes = window.controller.overlay.last_shapes
    assert shapes
    worked = set(entry.region_ids)
    assert all(set(shape.region_ids) <= worked for shape in shapes)
    assert not any(r.startswith(("front-thigh", "back-calf")) for s in shapes for r in s.region_ids)

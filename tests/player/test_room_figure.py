"""Room mode's figure of where to massage, its keys list, and large text in the extra views."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices
from tests.window.test_clipping import (
    HEIGHT,
    WIDTH,
    _start_knee_care,
    _to_counted_step,
    assert_fits,
)

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import View
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.storage.settings import TEXT_SCALES
from massage_desktop.ui.bodymap.thumbnail import RING_PX, SMALL_PX, RegionThumbnail
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.questions import AutomaticAnswers
from massage_desktop.ui.player.room import RoomWindow
from massage_desktop.ui.player.windows import MiniTimer


@pytest.fixture
def window(
    qtbot: QtBot, make_services: MakeServices, clock: ManualClock, catalog: Catalog
) -> MainWindow:
    """The main window in English with Knee care running on the left knee."""
    main = MainWindow(make_services(catalog=catalog), clock=clock, interactive=False)
    main.flow.questions = AutomaticAnswers(TodayCheck())
    qtbot.addWidget(main)
    main.resize(WIDTH, HEIGHT)
    main.show()
    _start_knee_care(main, clock)
    return main


def _room(window: MainWindow, width: int = WIDTH, height: int = HEIGHT) -> RoomWindow:
    window.flow.command(PlayerCommand.ROOM)
    room = window.flow.room
    assert room is not None
    # The test screen is not 1024x700: show room mode as it would fill such a screen.
    room.showNormal()
    room.resize(width, height)
    QApplication.processEvents()
    return room


def test_room_mode_shows_the_chosen_knee_on_a_figure_readable_from_two_metres(
    window: MainWindow,
) -> None:
    room = _room(window)
    figure = room.figure
    assert figure is not None
    assert figure.isVisible()
    assert figure.current_region() == "front-knee-left"
    assert figure.view() is View.FRONT
    # The other leg is not lit: only the side being massaged.
    assert not any(rid.endswith("-right") for rid in figure.other_regions())
    # A third of the window's height or more: the figure is about 8 cm high on a laptop.
    assert figure.height() >= HEIGHT // 3
    knee = figure.region_rect("front-knee-left")
    assert figure.rect().toRectF().contains(knee)
    assert figure.accessibleDescription() == room.place.text() == "Left knee"
    # The name stays with the figure, under it.
    assert room.place.geometry().top() >= figure.geometry().bottom()


def test_room_figure_lights_the_area_it_names(window: MainWindow) -> None:
    room = _room(window)
    figure = room.figure
    assert figure is not None
    lit = figure.grab().toImage()
    figure.set_regions(None)
    plain = figure.grab().toImage()
    centre = figure.region_rect("front-knee-left").center().toPoint()
    ratio = lit.devicePixelRatio()
    x, y = round(centre.x() * ratio), round(centre.y() * ratio)
    assert lit.pixelColor(x, y) != plain.pixelColor(x, y)


# Offscreen, a popup over a second top-level window cannot grab the keyboard; the keys reach
# the popup directly here.
@pytest.mark.qt_log_ignore("^This plugin does not support grabbing the keyboard")
def test_question_mark_lists_the_keys_over_room_mode(window: MainWindow) -> None:
    room = _room(window)
    # Offscreen the key arrives without the Shift that makes "?" (see test_coach_screen).
    QTest.keyClick(room, Qt.Key.Key_Question)
    popup = room.keys.popup
    assert popup is not None
    assert popup.isVisible()
    # Over room mode, not over the player hidden behind it.
    assert room.frameGeometry().contains(popup.frameGeometry().center())
    assert popup.rows[PlayerCommand.PAUSE][0].text() == "Space"
    # Esc leaves room mode, as room mode's footer says, and nothing else: ending the session
    # has its own key, listed on its own row (walk 8, finding 8).
    stop_key, stop_name = popup.rows[PlayerCommand.STOP]
    assert stop_key.text() == "Ctrl+E"
    assert stop_name.text() == "End session"
    assert [(key.text(), name.text()) for key, name in popup.extra_rows] == [
        ("Esc", "Leave room mode")
    ]
    assert "leaves room mode" in room.hint.text()
    # The step stands still while the list is read, and the player's keys keep working:
    # Space resumes.
    controller = window.flow.controller
    assert controller is not None
    assert controller.session.paused
    QTest.keyClick(popup, Qt.Key.Key_Space)
    assert not controller.session.paused
    assert "?" in room.hint.text()


@pytest.mark.parametrize("language", ["en", "de"])
def test_room_mode_and_mini_timer_fit_extra_large_text(
    qtbot: QtBot,
    make_services: MakeServices,
    clock: ManualClock,
    catalog: Catalog,
    language: str,
    request: pytest.FixtureRequest,
) -> None:
    if language == "de":
        request.getfixturevalue("german")
        catalog = request.getfixturevalue("german_catalog")
    services = make_services(catalog=catalog)
    main = MainWindow(services, clock=clock, interactive=False)
    main.flow.questions = AutomaticAnswers(TodayCheck())
    qtbot.addWidget(main)
    main.resize(WIDTH, HEIGHT)
    main.show()
    qtbot.waitExposed(main)
    main.flow.actions.set_text_scale(TEXT_SCALES["extra_large"])
    _start_knee_care(main, clock)
    # The player itself, running and paused: test_clipping.py's test of the player at this
    # size walked the same window to the same room mode and mini timer in a window of its own.
    assert_fits(main)
    main.flow.command(PlayerCommand.PAUSE)
    assert_fits(main)
    main.flow.command(PlayerCommand.PAUSE)
    room = _room(main)
    assert_fits(room)
    main.flow.command(PlayerCommand.PAUSE)
    assert_fits(room)
    main.flow.command(PlayerCommand.PAUSE)
    room.close()
    main.flow.command(PlayerCommand.MINI)
    mini = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MiniTimer))
    assert mini.isVisible()
    assert_fits(mini)
    main.flow.command(PlayerCommand.PAUSE)
    assert_fits(mini)
    main.flow.command(PlayerCommand.PAUSE)
    _to_counted_step(main, clock)
    main.flow.command(PlayerCommand.MINI)  # a new session: the last one's end closed it
    assert mini.isVisible()
    assert_fits(mini)
    main.flow.command(PlayerCommand.ROOM)
    room = _room(main)
    assert_fits(room)
    # "Kniescheibe" under the figure: a word a word-wrapped label cannot break.
    assert _words_cut(room) == []


def _words_cut(root: QWidget) -> list[str]:
    """Words of word-wrapped labels wider than their label (cut at both ends)."""
    cut = []
    for label in root.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and "<" not in label.text():
            metrics = label.fontMetrics()
            room = label.contentsRect().width()
            cut += [w for w in label.text().split() if metrics.horizontalAdvance(w) > room]
    return cut


def test_thumbnail_turns_to_the_side_of_the_body_it_shows(qtbot: QtBot, window: MainWindow) -> None:
    figure = RegionThumbnail(*window.map_pane.map.figure())
    qtbot.addWidget(figure)
    figure.resize(120, figure.heightForWidth(120))
    figure.set_regions("back-calf-left", ["front-knee-left", "back-calf-left", "no-such-region"])
    assert figure.view() is View.BACK
    assert figure.current_region() == "back-calf-left"
    # A front region cannot be outlined on the back of the figure.
    assert figure.other_regions() == ()
    figure.set_regions("no-such-region")
    assert figure.current_region() is None
    assert figure.view() is View.BACK
    assert figure.heightForWidth(100) > 150, "a standing figure is taller than wide"


@pytest.mark.parametrize("size", ["normal", "extra_large"])
def test_the_back_view_figure_keeps_its_head(
    window: MainWindow, clock: ManualClock, size: str
) -> None:
    # Walk 5 (finding 8) and walk 6: on a back step the head of room mode's figure was cut off
    # at its top edge. The back's first region is the neck: the figure began there.
    window.flow.actions.set_text_scale(TEXT_SCALES[size])
    window.flow.command(PlayerCommand.STOP)
    assert window.flow.start_technique("lower-back-dimples", "back-lower-back")
    room = _room(window)
    figure = room.figure
    assert figure is not None
    assert figure.view() is View.BACK
    image = figure.grab().toImage()
    paper = image.pixelColor(0, 0)
    ratio = image.devicePixelRatio()
    # Nothing of the figure touches the top edge: the hair is drawn whole, with room above.
    for y in range(round(2 * ratio)):
        row = {image.pixelColor(x, y).name() for x in range(image.width())}
        assert row == {paper.name()}, f"row {y} is cut through the figure: {sorted(row)[:4]}"
    # And the hair is there: some row near the top holds more than the background.
    top = round(figure.height() * 0.12 * ratio)
    assert any(image.pixelColor(x, y) != paper for y in range(top) for x in range(image.width())), (
        "no head drawn at the top"
    )


def test_esc_leaves_room_mode_only_and_ctrl_e_ends_from_room_mode(window: MainWindow) -> None:
    """Esc had two meanings in room mode's world (leave it, end the session): now one each."""
    room = _room(window)
    QTest.keyClick(room, Qt.Key.Key_Escape)
    assert window.flow.room is None or not room.isVisible()
    assert window.flow.active  # the session goes on
    room = _room(window)
    QTest.keyClick(room, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert not window.flow.active


def test_the_ring_around_a_foot_is_whole_in_room_mode(window: MainWindow) -> None:
    # Walk 16: on a foot step at 1024x700 the ring marking the foot was cut in half by the
    # figure's bottom edge.
    window.flow.command(PlayerCommand.STOP)
    assert window.flow.start_technique("foot-rub-toe-stretch", "front-foot-right")
    room = _room(window)
    figure = room.figure
    assert figure is not None
    rect = figure.region_rect("front-foot-right")
    assert min(rect.width(), rect.height()) < SMALL_PX  # small: it gets a ring
    radius = max(rect.width(), rect.height()) / 2 + RING_PX
    centre = rect.center()
    assert centre.y() + radius <= figure.height(), (centre.y(), radius, figure.height())
    assert centre.y() - radius >= 0
    assert centre.x() - radius >= 0
    assert centre.x() + radius <= figure.width()


@pytest.mark.parametrize("palm", ["front-palm-left", "front-palm-right"])
def test_the_ring_around_a_hand_is_whole_at_the_largest_text(window: MainWindow, palm: str) -> None:
    # Walk 18: kneading a palm at 1024x700 and the largest text, the ring round the hand was
    # cut by the figure's side edge, and the side's letter was gone.
    window.flow.command(PlayerCommand.STOP)
    window.flow.actions.set_text_scale(TEXT_SCALES["extra_large"])
    assert window.flow.start_technique("kneading", palm)
    room = _room(window)
    figure = room.figure
    assert figure is not None
    rect = figure.region_rect(palm)
    radius = max(rect.width(), rect.height()) / 2 + RING_PX
    centre = rect.center()
    assert centre.x() - radius >= 0, (centre.x(), radius)
    assert centre.x() + radius <= figure.width(), (centre.x(), radius, figure.width())

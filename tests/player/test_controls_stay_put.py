"""The player's buttons stay where the hand expects them whatever the step (walk 7, finding 10).

When a step went from timed to counted, "Done" appeared beside Skip, ±15 s went, and Back,
Pause and Skip moved about 100 px: a Skip click landed on another button. In the mini timer
"Stop – it hurts" moved between Pause and Resume.
"""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices
from tests.player.conftest import tick

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.engine.phases import SessionPhase
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.panel import PRIMARY
from massage_desktop.ui.player.questions import AutomaticAnswers
from massage_desktop.ui.player.windows import ROOM_CONTROLS, MiniTimer

STAY = (*PRIMARY, PlayerCommand.HURT)


def _where(widgets: Mapping[PlayerCommand, QWidget]) -> dict[PlayerCommand, tuple[QPoint, int]]:
    """Each button's top-left corner on the screen and its width."""
    QApplication.processEvents()
    return {c: (w.mapToGlobal(QPoint(0, 0)), w.width()) for c, w in widgets.items()}


def _start_counted_technique(window: MainWindow) -> None:
    # Kneecap thumb circles: a timed get-ready, then a step counted until "Done".
    window.select_region("front-kneecap-left")
    assert window.flow.start_technique("kneecap-thumb-circles", "front-kneecap-left")


def _until(window: MainWindow, clock: ManualClock, phase: SessionPhase) -> None:
    controller = window.flow.controller
    assert controller is not None
    while controller.session.phase is not phase:
        tick(window, clock, 1)
    QApplication.processEvents()


@pytest.fixture
def german_window(
    qtbot: QtBot,
    german: None,
    make_services: MakeServices,
    clock: ManualClock,
    german_catalog: Catalog,
) -> MainWindow:
    """The main window in German, extra-large text, at 1024x700 (walk 7, s92 and s94)."""
    services = make_services(catalog=german_catalog)
    win = MainWindow(services, clock=clock, interactive=False)
    win.flow.questions = AutomaticAnswers(TodayCheck())
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_back_pause_and_skip_stay_put_when_a_step_turns_from_timed_to_counted(
    window: MainWindow, clock: ManualClock, size: tuple[int, int]
) -> None:
    window.resize(*size)
    _start_counted_technique(window)
    player = window.player
    stay: dict[PlayerCommand, QWidget] = {c: player.buttons[c] for c in STAY[:-1]}
    stay[PlayerCommand.HURT] = player.hurt
    timed = _where(stay)
    assert player.buttons[PlayerCommand.MORE].isVisible()
    _until(window, clock, SessionPhase.REPS)
    done = player.buttons[PlayerCommand.DONE]
    assert done.isVisible()
    assert _where(stay) == timed
    # "Done" is shown whole, its label beside the icon (at 1024x700 it showed only the icon).
    assert done.text() == "Done"
    assert done.width() >= done.sizeHint().width()
    # Pausing turns Pause into Resume in place.
    window.flow.command(PlayerCommand.PAUSE)
    assert _where(stay) == timed


def test_the_buttons_stay_put_in_german_at_the_extra_large_size(
    german_window: MainWindow, clock: ManualClock
) -> None:
    window = german_window
    window.flow.actions.set_text_scale(1.5)
    _start_counted_technique(window)
    player = window.player
    stay: dict[PlayerCommand, QWidget] = {c: player.buttons[c] for c in STAY[:-1]}
    stay[PlayerCommand.HURT] = player.hurt
    timed = _where(stay)
    _until(window, clock, SessionPhase.REPS)
    done = player.buttons[PlayerCommand.DONE]
    assert done.isVisible()
    assert done.text() == "Fertig"
    assert done.width() >= done.sizeHint().width()
    assert _where(stay) == timed


def test_room_mode_buttons_stay_put_when_done_appears(
    window: MainWindow, clock: ManualClock
) -> None:
    _start_counted_technique(window)
    window.flow.command(PlayerCommand.ROOM)
    room = window.flow.room
    assert room is not None
    room.showNormal()
    room.resize(1024, 700)
    stay = {c: room.buttons[c] for c in ROOM_CONTROLS}
    timed = _where(stay)
    assert not room.done.isVisible()
    _until(window, clock, SessionPhase.REPS)
    assert room.done.isVisible()
    assert room.done.width() >= room.done.sizeHint().width()
    assert _where(stay) == timed
    room.close()


def test_the_mini_timers_stop_button_stays_put(window: MainWindow, clock: ManualClock) -> None:
    _start_counted_technique(window)
    window.flow.command(PlayerCommand.MINI)
    mini = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MiniTimer))
    stay: dict[PlayerCommand, QWidget] = {
        PlayerCommand.PAUSE: mini.pause,
        PlayerCommand.HURT: mini.hurt,
    }
    running = _where(stay)
    window.flow.command(PlayerCommand.PAUSE)
    assert mini.pause.text() == "Resume"
    assert _where(stay) == running
    window.flow.command(PlayerCommand.PAUSE)
    _until(window, clock, SessionPhase.REPS)
    assert mini.done.isVisible()
    assert _where(stay) == running
    window.flow.command(PlayerCommand.PAUSE)
    assert _where(stay) == running


def _tab_chain(start: QWidget, stop: QWidget) -> list[QWidget]:
    """The widgets Tab visits from ``start`` to ``stop``, as Qt picks them."""
    chain, widget = [start], start
    while widget is not stop and len(chain) < 50:
        following = widget.nextInFocusChain()
        assert following is not None
        widget = following
        tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if tab and widget.isVisible() and widget.isEnabled():
            chain.append(widget)
    return chain


def test_tab_follows_the_buttons_as_they_are_seen(window: MainWindow, clock: ManualClock) -> None:
    _start_counted_technique(window)
    QApplication.processEvents()
    player = window.player
    buttons = player.buttons
    row = [buttons[c] for c in PRIMARY]
    after = [player.controls.room, player.keys, player.overflow, player.hurt]
    timed = [player.more, buttons[PlayerCommand.LESS], buttons[PlayerCommand.MORE], *row, *after]
    assert _tab_chain(player.more, player.hurt) == timed
    _until(window, clock, SessionPhase.REPS)
    counted = [player.more, buttons[PlayerCommand.DONE], *row, *after]
    assert _tab_chain(player.more, player.hurt) == counted

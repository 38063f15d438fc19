"""The player as a calm coach (walk 8): steady when paused, whole rows, plain words.

Pausing moves nothing one reads, room mode's row of large targets has no hole, and a step
done once says so in plain words.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from tests.player.conftest import tick
from tests.window.test_clipping import HEIGHT, WIDTH, _start_knee_care, assert_fits

from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.phases import SessionPhase
from massage_desktop.storage.settings import TEXT_SCALES
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.room import RoomWindow


def _room(main: MainWindow) -> RoomWindow:
    main.flow.command(PlayerCommand.ROOM)
    room = main.flow.room
    assert room is not None
    room.showNormal()
    room.resize(WIDTH, HEIGHT)
    QApplication.processEvents()
    return room


@pytest.mark.parametrize("size", ["normal", "extra_large"])
def test_pausing_moves_nothing_one_reads(main: MainWindow, clock: ManualClock, size: str) -> None:
    """Pausing leaves the instruction where it was, in the player and in room mode.

    The "Paused" badge, taller than the phase line it replaced, pushed the instruction down
    and made it wrap anew (most at the extra-large text size).
    """
    main.flow.actions.set_text_scale(TEXT_SCALES[size])
    _start_knee_care(main, clock)
    player = main.player
    QApplication.processEvents()

    def player_reading() -> object:
        return player.instruction.geometry().getRect(), player.instruction.font().pixelSize()

    running = player_reading()
    main.flow.command(PlayerCommand.PAUSE)
    QApplication.processEvents()
    assert player.paused.isVisible()
    assert player_reading() == running
    main.flow.command(PlayerCommand.PAUSE)
    QApplication.processEvents()
    assert player_reading() == running

    room = _room(main)

    def room_reading() -> object:
        return (
            room.technique.geometry().getRect(),
            room.technique.font().pixelSize(),
            room.instruction.geometry().getRect(),
            room.instruction.font().pixelSize(),
        )

    running = room_reading()
    main.flow.command(PlayerCommand.PAUSE)
    QApplication.processEvents()
    assert room.paused.isVisible()
    assert room_reading() == running
    assert_fits(room)
    main.flow.command(PlayerCommand.PAUSE)
    QApplication.processEvents()
    assert room_reading() == running
    room.close()


def test_room_mode_fills_the_done_slot_with_more_time_on_a_timed_step(
    main: MainWindow, clock: ManualClock
) -> None:
    """A timed step has no Done: its slot, a hole in the row of large targets, gives +15 s."""
    _start_knee_care(main, clock)
    room = _room(main)
    assert not room.done.isVisible()
    assert room.more.isVisible()
    assert room.more.width() >= room.more.sizeHint().width()
    slot = room.more.geometry()
    less = room.less.geometry()
    controller = main.flow.controller
    assert controller is not None
    remaining = controller.session.remaining_s()
    assert remaining is not None
    room.more.click()
    after = controller.session.remaining_s()
    assert after is not None
    assert after > remaining  # the press gave the step more time
    # On a counted step Done stands in the very same place, and "+15 s" goes.
    main.flow.command(PlayerCommand.STOP)
    main.select_region("front-palm-right")
    assert main.flow.start_technique("warm-oil")
    room = _room(main)
    for _ in range(30):
        if controller_phase(main) is SessionPhase.REPS:
            break
        tick(main, clock, 1)
    assert controller_phase(main) is SessionPhase.REPS
    QApplication.processEvents()
    assert room.done.isVisible()
    assert not room.more.isVisible()
    # Across "−15 s" and "+15 s" (walk 10: room mode has both, as the player).
    assert room.done.geometry() == slot.united(less)
    room.close()


def controller_phase(main: MainWindow) -> SessionPhase:
    """The running session's phase."""
    controller = main.flow.controller
    assert controller is not None
    return controller.session.phase


def test_a_step_done_once_is_not_a_count(main: MainWindow, clock: ManualClock) -> None:
    """Pouring the oil said "Count · 1× press Done when finished": plain words instead."""
    main.select_region("front-palm-right")
    assert main.flow.start_technique("warm-oil")
    for _ in range(30):
        if controller_phase(main) is SessionPhase.REPS:
            break
        tick(main, clock, 1)
    player = main.player
    assert player.ring.text() == ""  # no "1×"
    assert player.phase.text() in {"In your own time", "In Ihrem Tempo"}
    assert player.ring.caption() in {
        "press Done when ready",
        "„Fertig“ drücken, wenn Sie so weit sind",
    }
    assert player.buttons[PlayerCommand.DONE].isVisible()
    assert_fits(main)

"""The clock stands still while "More…" (or the list of keys) is open, and the popup says so.

Walk 5 (finding 20): "More…" opened over the countdown and the step kept counting down
behind it; a person who stopped to read the warnings missed the end of the step.
"""

from __future__ import annotations

import pytest
from tests.player.conftest import tick

from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.phases import SessionPhase
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand

NOTE = "Paused while you read. It carries on when you close this."

# Popups grab the keyboard, which the offscreen platform cannot do.
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support grabbing the keyboard")


def _running(window: MainWindow, clock: ManualClock) -> None:
    window.select_region("front-knee-left")
    assert window.flow.start_routine("knee-care")
    controller = window.flow.controller
    assert controller is not None
    while controller.session.phase is not SessionPhase.RUNNING:
        tick(window, clock, 1)
    tick(window, clock, 3)


def test_more_stands_the_step_still_while_it_is_read(
    window: MainWindow, clock: ManualClock
) -> None:
    _running(window, clock)
    player = window.player
    before = player.ring.text()
    player.more.click()
    details = player.details
    assert details.isVisible()
    assert details.note.isVisible()
    assert details.note.text() == NOTE
    tick(window, clock, 60)  # a long read
    assert player.ring.text() == before  # the step did not run on behind the popup
    assert player.paused.isVisible()
    details.close()
    assert not player.paused.isVisible()
    tick(window, clock, 2)
    assert player.ring.text() != before  # and carries on once closed


def test_a_pause_made_before_reading_stays_after_it(window: MainWindow, clock: ManualClock) -> None:
    _running(window, clock)
    player = window.player
    window.flow.command(PlayerCommand.PAUSE)
    player.more.click()
    assert not player.details.note.isVisible()  # paused by the person, not by the popup
    player.details.close()
    assert player.paused.isVisible()


def test_resuming_with_space_while_reading_takes_the_pause_over(
    window: MainWindow, clock: ManualClock
) -> None:
    _running(window, clock)
    player = window.player
    player.more.click()
    window.flow.command(PlayerCommand.PAUSE)  # Space works in the popup
    assert not player.details.note.isVisible()
    window.flow.command(PlayerCommand.PAUSE)
    player.details.close()
    assert player.paused.isVisible()  # the person paused last: it stays paused


def test_room_modes_list_of_keys_stands_the_step_still_too(
    window: MainWindow, clock: ManualClock
) -> None:
    _running(window, clock)
    window.flow.command(PlayerCommand.ROOM)
    room = window.flow.room
    assert room is not None
    before = room.ring.text()
    room.keys.show()
    popup = room.keys.popup
    assert popup is not None
    assert popup.note.isVisible()
    tick(window, clock, 30)
    assert room.ring.text() == before
    assert room.paused.isVisible()
    popup.close()
    assert not room.paused.isVisible()

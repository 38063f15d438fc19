"""Closed room mode and mini timer are not updated at every tick, and are current when opened."""

from __future__ import annotations

import pytest
from tests.player.conftest import tick
from tests.player.test_room_figure import _room
from tests.player.test_room_figure import window as window  # the fixture the tests use

from massage_desktop.engine.clock import ManualClock
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.display import Display
from massage_desktop.ui.player.room import RoomWindow


def test_closed_room_mode_waits_and_opens_on_the_step_that_runs(
    window: MainWindow, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    room = _room(window)
    window.flow.command(PlayerCommand.ROOM)  # closes it
    assert not room.isVisible()
    shown: list[str] = []
    real = RoomWindow.show_display

    def counted(self: RoomWindow, display: Display) -> None:
        shown.append(display.technique)
        real(self, display)

    monkeypatch.setattr(RoomWindow, "show_display", counted)
    window.flow.command(PlayerCommand.SKIP)
    for _ in range(3):
        tick(window, clock, 1)
    assert shown == [], "closed, room mode is left as it was"
    window.flow.command(PlayerCommand.ROOM)
    assert room.isVisible()
    assert room.technique.text() == window.player.technique.text(), "opened on the new step"
    assert room.instruction.whole_text() == window.player.instruction.whole_text()
    assert room.ring.text() == window.player.ring.text(), "and its time"

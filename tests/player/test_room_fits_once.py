"""Room mode fits its type once per step, not on every tick.

Each second of a running session shows the time again; the type sizes follow from the texts
and the window, which a tick does not change. Fitted again on every tick, they were a third
of a running session's cost.
"""

from __future__ import annotations

import pytest
from tests.player.conftest import tick
from tests.player.test_room_figure import _room
from tests.player.test_room_figure import window as window  # the fixture the tests use

from massage_desktop.engine.clock import ManualClock
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.room import RoomWindow


def test_room_mode_fits_its_type_once_per_step_and_again_when_it_changes(
    window: MainWindow, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    room = _room(window)
    tick(window, clock, 1)  # the first display in the room's test size
    fits: list[str] = []
    real = RoomWindow._fit

    def counted(self: RoomWindow) -> None:
        fits.append(self.technique.text())
        real(self)

    monkeypatch.setattr(RoomWindow, "_fit", counted)
    title = room.technique.font().pixelSize()
    for _ in range(5):
        tick(window, clock, 1)
    assert fits == [], "the ticks of one step change only the time"
    assert room.technique.font().pixelSize() == title
    window.flow.command(PlayerCommand.PAUSE)
    assert len(fits) == 1, "pausing shows the badge and renames Pause: fitted again"
    window.flow.command(PlayerCommand.PAUSE)
    window.flow.command(PlayerCommand.SKIP)
    assert len(fits) == 3, "the next step is fitted"
    room.resize(room.width() - 100, room.height())
    count = len(fits)
    tick(window, clock, 1)
    assert len(fits) == count + 1, "a tick after a resize fits once more"
    before = room.instruction.font().pixelSize()
    room.close()
    room.show()
    room.resize(room.width() + 100, room.height())
    tick(window, clock, 1)
    assert room.instruction.font().pixelSize() >= before, "shown again, it is fitted again"

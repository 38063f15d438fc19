"""On a counted step the ring counts the strokes and fills with them, in every view.

Walk 5 (finding 16): the ring showed a fixed "5×" and never filled; the count ran only in a
small bubble on the map, and room mode showed none.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from tests.player.test_stroke_pace import FLUSH, overlay, start_working

from massage_desktop.engine.clock import ManualClock
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.ring import CountdownRing
from massage_desktop.ui.player.windows import MiniTimer

from .conftest import tick

STROKE_S = 6.0  # flushing's stroke, one beat each


def _rings(window: MainWindow) -> dict[str, CountdownRing]:
    room = window.flow.room
    assert room is not None
    mini = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MiniTimer))
    return {"player": window.player.ring, "room": room.ring, "mini": mini.ring}


def test_the_ring_counts_the_strokes_and_fills_in_every_view(
    window: MainWindow, clock: ManualClock
) -> None:
    session = start_working(window, clock, FLUSH)
    assert session.current is not None
    assert session.current.repetitions == 5
    window.flow.command(PlayerCommand.MINI)
    window.flow.command(PlayerCommand.ROOM)
    rings = _rings(window)
    for name, ring in rings.items():
        assert (ring.text(), ring.fraction()) == ("1/5", 0.0), name
    tick(window, clock, STROKE_S * 2 + 1.0)  # two strokes made, the third under way
    for name, ring in rings.items():
        assert ring.text() == "3/5", name
        assert ring.fraction() == pytest.approx(2 / 5), name
    assert overlay(window).count_text() == "3 of 5"  # the map says the same
    for name in ("player", "room"):
        ring = rings[name]
        assert ring.caption() == "press Done when finished", name
        assert ring.clipped_texts() == [], name
    tick(window, clock, STROKE_S * 3)
    for name, ring in rings.items():
        assert (ring.text(), ring.fraction()) == ("5/5", 1.0), name


def test_a_single_stroke_says_once_not_one_of_one(window: MainWindow, clock: ManualClock) -> None:
    # "1/1 press Done when finished" before the stroke was made (walk 9, P3-f).
    session = start_working(window, clock, ("leg-effleurage-partner", "back-calf-left"))
    assert session.current is not None
    assert session.current.repetitions == 1
    ring = window.player.ring
    assert (ring.text(), ring.fraction()) == ("once", 0.0)
    assert ring.caption() == "press Done when finished"

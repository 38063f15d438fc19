"""Each view names the phase once: "Get ready" in the heading, not again in the ring.

Walk 5 (finding 30): "Get ready" stood small above the instruction and again as "get ready"
under the time. Room mode has no heading, so there the ring says it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QWidget
from tests.player.conftest import tick

from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.phases import SessionPhase
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.ring import CountdownRing
from massage_desktop.ui.player.windows import MiniTimer


def _said(view: QWidget, ring: CountdownRing, phrase: str) -> int:
    """How often a view shows ``phrase`` (any case): its shown labels and its ring's lines."""
    labels = [label.text() for label in view.findChildren(QLabel) if label.isVisibleTo(view)]
    texts = labels + [line.text for line in ring.lines()]
    return sum(text.casefold() == phrase.casefold() for text in texts)


def test_get_ready_and_massage_show_once_in_each_view(
    window: MainWindow, clock: ManualClock
) -> None:
    window.select_region("front-knee-left")
    assert window.flow.start_routine("knee-care")
    controller = window.flow.controller
    assert controller is not None
    first = controller.session.phase
    assert first is SessionPhase.GET_READY
    window.flow.command(PlayerCommand.MINI)
    window.flow.command(PlayerCommand.ROOM)
    room = window.flow.room
    assert room is not None
    mini = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MiniTimer))
    player = window.player
    views = {"player": (player, player.ring), "room": (room, room.ring), "mini": (mini, mini.ring)}
    for name, (view, ring) in views.items():
        assert _said(view, ring, "Get ready") == 1, name
        assert ring.text(), name  # the time is still in the ring
    while controller.session.phase is not SessionPhase.RUNNING:
        tick(window, clock, 1)
    for name, (view, ring) in views.items():
        assert _said(view, ring, "Massage") == 1, name

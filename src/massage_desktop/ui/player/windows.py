"""Extra views of a running session: the mini timer and full-screen room mode.

Each lives in a module of its own (``mini_timer``, ``room``); the player and its tests reach
them here.
"""

from __future__ import annotations

from massage_desktop.ui.player.mini_timer import MiniTimer
from massage_desktop.ui.player.paused_badge import PausedBadge
from massage_desktop.ui.player.room import ROOM_CONTROLS, ROOM_TARGET_PX, RoomWindow

__all__ = ["ROOM_CONTROLS", "ROOM_TARGET_PX", "MiniTimer", "PausedBadge", "RoomWindow"]

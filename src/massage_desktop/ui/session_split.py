"""The main window's split between map and side pane, widened for the player in a session.

During a session the coach is read and the map only glanced at, so the player takes more of
the width (``PLAYER_SHARE``); afterwards the map has its usual share back, and the layout
saved on closing is the usual one, never the session's wide player.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QSplitter, QWidget

PLAYER_SHARE = 0.58
"""The player's share of the map and player's width while a session runs."""


class SessionSplit:
    """Widens the side pane of ``splitter`` (region list, map, side pane) while a session runs."""

    def __init__(self, splitter: QSplitter, side: QWidget) -> None:
        self._splitter = splitter
        self._side = side
        self._before: list[int] | None = None  # the sizes before the session

    def set_session(self, active: bool) -> None:
        """Give the player ``PLAYER_SHARE`` of the width, or the sizes from before, back."""
        if active and self._before is None:
            self._before = sizes = self._splitter.sizes()
            total = sum(sizes[1:])
            player = max(self._side.minimumWidth(), round(total * PLAYER_SHARE))
            self._splitter.setSizes([sizes[0], total - player, player])
        elif not active and self._before is not None:
            self._splitter.setSizes(self._before)
            self._before = None

    @contextmanager
    def usual_sizes(self) -> Iterator[None]:
        """Within the block the splitter has its sizes from before any session (to save them)."""
        now = self._splitter.sizes()
        if self._before is not None:
            self._splitter.setSizes(self._before)
        try:
            yield
        finally:
            self._splitter.setSizes(now)

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
LARGEST_TEXT_SHARE = 0.66
"""The player's share at the extra-large text size (1.5), between them in step with the size.

The map gives way before the text: at 1024x700 the extra-large instruction came out only 8 %
larger than the normal one, its room taken by the grown lines around it (walk 8)."""


def player_share(text_scale: float) -> float:
    """The player's share of the width at the text size ``text_scale`` (1 is normal)."""
    grown = min(1.0, max(0.0, (text_scale - 1.0) / 0.5))
    return PLAYER_SHARE + (LARGEST_TEXT_SHARE - PLAYER_SHARE) * grown


class SessionSplit:
    """Widens the side pane of ``splitter`` (region list, map, side pane) while a session runs."""

    def __init__(self, splitter: QSplitter, side: QWidget) -> None:
        self._splitter = splitter
        self._side = side
        self._before: list[int] | None = None  # the sizes before the session

    def set_session(self, active: bool, text_scale: float = 1.0) -> None:
        """Give the player its share of the width (``player_share``), or the sizes back."""
        if active and self._before is None:
            self._before = sizes = self._splitter.sizes()
            total = sum(sizes[1:])
            share = player_share(text_scale)
            player = max(self._side.minimumWidth(), round(total * share))
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

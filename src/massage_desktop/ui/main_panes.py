"""The main window's body: the region list drawer, the map (the hero) and the guide or player.

Kept out of ``main_window`` so the window stays a composition of parts (house rule: split it
before 400 lines): this owns the splitter's sizes, the drawer's opening and closing, and the
player's wider share during a session.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QStackedWidget, QWidget

from massage_desktop.ui import window_state
from massage_desktop.ui.session_split import SessionSplit

REGION_LIST_PX = 260
"""The region list's width when it opens."""


class MainPanes(QSplitter):
    """Region list (hidden until asked for), map and the side pane that shows guide or player.

    Built empty, then given its panes by ``place``. The panes are made as children of this
    splitter (the region list and the map) and of ``side`` (the guide and the player): moving
    a finished widget tree to a new parent propagates the font, palette and style sheet through
    every widget again, about a tenth of the main window's start.

    Args:
        parent: The main window.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.side = QStackedWidget(self)
        self.side.setObjectName("guideSide")
        self.side.setMinimumWidth(380)
        self.setHandleWidth(1)
        self.setChildrenCollapsible(False)
        # Set by place(), which the window calls once its panes are made.
        self._region_list: QWidget
        self._guide: QWidget
        self._player: QWidget
        self._session = SessionSplit(self, self.side)
        self._before_list: tuple[int, list[int]] | None = None
        """The width and sizes before the region list opened, to go back to."""

    def place(
        self, region_list: QWidget, map_pane: QWidget, guide: QWidget, player: QWidget
    ) -> None:
        """Lay out the panes, made with this splitter (or ``side``) as their parent.

        Args:
            region_list: The drawer listing every region by name.
            map_pane: The body map with its toolbar.
            guide: The guide shown beside the map between sessions.
            player: The player shown in its place during a session.
        """
        self._region_list = region_list
        self._guide, self._player = guide, player
        self.side.addWidget(guide)
        self.side.addWidget(player)
        for widget, stretch in ((region_list, 0), (map_pane, 3), (self.side, 2)):
            self.addWidget(widget)
            self.setStretchFactor(self.indexOf(widget), stretch)
        # The map is the hero: about three fifths of the width, the guide the rest.
        self.setSizes([REGION_LIST_PX, 760, 520])

    def show_region_list(self, shown: bool) -> None:
        """Open the drawer beside the map, or close it and give the map and guide their room."""
        if shown:
            self._before_list = (self.width(), self.sizes())
            self._region_list.show()
            window_state.give_room(self, self._region_list, REGION_LIST_PX)
            self._region_list.setFocus()
        else:
            before, self._before_list = self._before_list, None
            window_state.hide_giving_room(self, self._region_list, before)

    def set_session(self, active: bool, text_scale: float = 1.0) -> None:
        """The player, wider, during a session (wider still with larger text); else the guide."""
        self.side.setCurrentWidget(self._player if active else self._guide)
        self._session.set_session(active, text_scale)

    @contextmanager
    def usual_sizes(self) -> Iterator[None]:
        """Within the block the sizes are those from before any session (to save them)."""
        with self._session.usual_sizes():
            yield

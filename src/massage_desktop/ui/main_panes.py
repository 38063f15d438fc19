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

    Args:
        region_list: The drawer listing every region by name.
        map_pane: The body map with its toolbar.
        guide: The guide shown beside the map between sessions.
        player: The player shown in its place during a session.
        parent: The main window.
    """

    def __init__(
        self,
        region_list: QWidget,
        map_pane: QWidget,
        guide: QWidget,
        player: QWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._region_list = region_list
        self._guide, self._player = guide, player
        self.side = QStackedWidget(self)
        self.side.setObjectName("guideSide")
        self.side.setMinimumWidth(380)
        self.side.addWidget(guide)
        self.side.addWidget(player)
        self.setHandleWidth(1)
        self.setChildrenCollapsible(False)
        for widget, stretch in ((region_list, 0), (map_pane, 3), (self.side, 2)):
            self.addWidget(widget)
            self.setStretchFactor(self.indexOf(widget), stretch)
        # The map is the hero: about three fifths of the width, the guide the rest.
        self.setSizes([REGION_LIST_PX, 760, 520])
        self._session = SessionSplit(self, self.side)
        self._before_list: tuple[int, list[int]] | None = None
        """The width and sizes before the region list opened, to go back to."""

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

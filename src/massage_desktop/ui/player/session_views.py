"""Where a running session is shown: the player panel, the mini timer and room mode.

``SessionScreen`` decides what a session shows; this keeps the windows it is shown in, opens
and closes the mini timer and room mode, and hands each view the same display, so the three
never disagree about the step, the time or how the session ended.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget

from massage_desktop.ui.player.commands import PlayerActions, PlayerCommand
from massage_desktop.ui.player.display import Display
from massage_desktop.ui.player.mini_place import around_window
from massage_desktop.ui.player.mini_timer import save_place, saved_place
from massage_desktop.ui.player.panel import PlayerPanel
from massage_desktop.ui.player.step_warnings import WarningLine
from massage_desktop.ui.player.windows import MiniTimer, RoomWindow


class SessionViews:
    """The player panel, and the mini timer and room mode once opened.

    Args:
        window: The main window: the mini timer sits by it, room mode covers its screen.
        panel: The player panel in the main window.
        actions: The player's commands, which the mini timer and room mode offer too.
        ask_over: Called with room mode's window when it opens (the questions are then
            asked over it) and with None when it closes.
        refresh: Shows the session's state again, in every view open (the flow's).
        layout: The folder of the window layout file, where the mini timer's place is kept
            once the person moved it (None: not kept).
    """

    def __init__(
        self,
        window: QWidget,
        panel: PlayerPanel,
        actions: PlayerActions,
        ask_over: Callable[[QWidget | None], None],
        refresh: Callable[[], None],
        layout: Path | None = None,
    ) -> None:
        self._window = window
        self._panel = panel
        self._actions = actions
        self._ask_over = ask_over
        self._refresh = refresh
        self._mini: MiniTimer | None = None
        self._room: RoomWindow | None = None
        self._layout = layout

    @property
    def room(self) -> RoomWindow | None:
        """Room mode's window, once it has been opened."""
        return self._room

    def show_in_windows(self, display: Display, warning: WarningLine | None) -> None:
        """Show ``display`` in the mini timer and room mode; room mode's strip ``warning``.

        The panel is shown first by the flow (``show_everywhere`` shows all three), before
        the commands follow the step: the windows' buttons then match the panel's. A closed
        window is left as it was: it is shown again when opened (``toggle_mini`` and
        ``toggle_room`` refresh), and updating it at every tick while closed cost as much as
        updating it open.
        """
        room = self._room if self._room is not None and self._room.isVisible() else None
        if room is not None:
            room.show_warning(warning)
        if self._mini is not None and self._mini.isVisible():
            self._mini.show_display(display)
        if room is not None:
            room.show_display(display)

    def show_everywhere(self, display: Display) -> None:
        """Show ``display`` in the panel, the mini timer and room mode alike."""
        for view in (self._panel, self._mini, self._room):
            if view is not None:
                view.show_display(display)

    def show_ended(self, display: Display) -> None:
        """The panel and room mode with the session's ending (the mini timer says it itself)."""
        self._panel.show_display(display)
        if self._room is not None:
            self._room.show_display(display)

    def close_mini(self) -> None:
        """Close the mini timer: an always-on-top Pause over the summary read as running.

        Closed before the session's closing questions too: kept on top, it covered the
        after-ratings' buttons (walk 9, P2-b).
        """
        if self._mini is not None:
            self._mini.close()

    def close_all(self) -> None:
        """Close the mini timer, room mode and the panel's pop-ups: the session is over."""
        for view in (self._mini, self._room):
            if view is not None:
                view.close()
        self._panel.close_popups()

    def toggle_mini(self) -> None:
        """Open the mini timer out of the way, or close it (T and "…" > Mini timer)."""
        mini = self._mini
        if mini is not None and mini.isVisible():
            mini.close()
            return
        if mini is None:
            mini = self._mini = MiniTimer(self._actions, self._window)
            mini.closed.connect(self._on_mini_closed)
        # Left to the window manager it opened over the window's top-left or off the screen
        # beside a window that reached past its edge (walk 4); in the window's corner it
        # covered the area being worked and -15 s/+15 s (walk 9).
        at = saved_place(self._layout)
        # Over a window that fills the screen: off the player's buttons, the stop rule and
        # the window's other controls where a place allows (at 1024x700 it covered the menu
        # and the map's Front/Back and zoom buttons), then off the area being worked.
        around = around_window(self._window, self._controls(), self._on_screen(self._panel.banner))
        mini.place_near(self._window, around, at)
        mini.show()
        mini.place_near(self._window, around, at)  # again, with its real frame
        mini.raise_()
        self._actions[PlayerCommand.MINI].setChecked(True)
        self._refresh()

    @staticmethod
    def _on_screen(widget: QWidget) -> list[QRect]:
        """Where ``widget`` is on the screen, if shown."""
        if not widget.isVisible():
            return []
        return [QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())]

    def _controls(self) -> QRect:
        """The player's buttons and "Stop – it hurts" on the screen: the timer stays off them."""
        area = QRect()
        controls = self._panel.controls
        # "Stop – it hurts" too: a corner beside the buttons covered its right end.
        extra = (controls.room, controls.keys, controls.overflow, controls.hurt)
        for button in (*controls.buttons.values(), *extra):
            for place in self._on_screen(button):
                area = area.united(place)
        if area.isEmpty():  # not laid out yet: the whole player
            area = QRect(self._panel.mapToGlobal(QPoint(0, 0)), self._panel.size())
        return area

    def _on_mini_closed(self, at: QPoint) -> None:
        self._actions[PlayerCommand.MINI].setChecked(False)
        # Only a place the person chose is kept: the next window size gets its own.
        if self._mini is not None and self._mini.moved():
            save_place(self._layout, at)

    def toggle_room(self) -> None:
        """Open room mode over the whole screen, or close it."""
        if self._room is not None and self._room.isVisible():
            self._room.close()
            return
        if self._room is None:
            self._room = RoomWindow(self._actions, self._window)
            self._room.closed.connect(self._on_room_closed)
        self._ask_over(self._room)
        # Room mode's how-to turns the same pages as the player's under it.
        self._room.instruction.share_pages(self._panel.instruction)
        self._room.showFullScreen()
        self._refresh()

    def _on_room_closed(self) -> None:
        self._ask_over(None)
        if self._room is not None:
            self._room.instruction.share_pages(None)  # the player pages for its own room again

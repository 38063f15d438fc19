"""What a running session shows, and how it ends, in every view and on the map.

``SessionFlow`` runs the session; this turns its state into the player panel, the mini
timer, room mode (through ``SessionViews``) and the step marked on the body map, and keeps
the views saying how the session ended while the closing questions are open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.entry import PlanEntry
from massage_desktop.engine.session import Session
from massage_desktop.ui.design.focus_ring import OWN_FOCUS_RING
from massage_desktop.ui.guide.colours import guide_colours
from massage_desktop.ui.player.commands import PlayerActions
from massage_desktop.ui.player.controller import PlayerController
from massage_desktop.ui.player.display import Display, ended_display, session_worked_regions
from massage_desktop.ui.player.next_line import with_next_line
from massage_desktop.ui.player.panel import PlayerPanel
from massage_desktop.ui.player.session_views import SessionViews
from massage_desktop.ui.player.step_warnings import step_warnings_html, warning_line

StepShown = Callable[[str | None, int | None, tuple[str, ...]], None]
"""Called with (technique id, step index, region ids) to show the current step on the map."""


class SessionScreen:
    """Shows the running session's state in every view open, and its ending.

    Args:
        window: The main window.
        catalog: The loaded content.
        panel: The player panel in the main window.
        actions: The player's commands, enabled while a session runs.
        show_step: Shows the current step on the map.
        controller: Gives the running session's controller, None between sessions.
        region: Gives the region the session is about (the one the map's side follows).
        ask_over: Called with room mode's window when it opens, None when it closes.
        layout: The window layout file's folder, where the mini timer's place is kept.
    """

    def __init__(
        self,
        window: QWidget,
        catalog: Catalog,
        panel: PlayerPanel,
        actions: PlayerActions,
        show_step: StepShown,
        controller: Callable[[], PlayerController | None],
        region: Callable[[], str | None],
        ask_over: Callable[[QWidget | None], None],
        layout: Path | None = None,
    ) -> None:
        self._catalog = catalog
        self._panel = panel
        self._actions = actions
        self._show_step = show_step
        self._controller = controller
        self._region = region
        self.views = SessionViews(window, panel, actions, ask_over, self.refresh, layout)
        self._shown_entry: PlanEntry | None = None  # the step whose warnings are shown
        self._step_on_map = False  # whether the map shows a running step (not the guide's)
        self.ending = False
        """The session is being ended: the closing questions are open."""
        self._ending_text = ""  # how it ended, as the views say it meanwhile
        # The player's surface can hold the keyboard focus without a ring: see ``focus_player``.
        panel.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        panel.setProperty(OWN_FOCUS_RING, True)

    def begin(self) -> None:
        """A new session starts: nothing of the last one's ending or warnings is kept."""
        self._shown_entry = None
        self.ending = False

    def focus_player(self) -> None:
        """Give the keyboard focus to the player itself, with no ring, as a session starts.

        The guide's Start went away under the focus, and Qt passed it to the player's first
        button, "Safety…": its ring drew the eye from Pause and the instruction for the whole
        session (walk 10, A a24, B b21). Space still pauses (a shortcut of the window) and
        Tab still goes on to the player's buttons.
        """
        self._panel.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Show the session's state now in every view open, and its step on the map."""
        controller = self._controller()
        if controller is None:
            return
        if self.ending:
            # The closing questions are open: the views say how it ended, with what the
            # closed session adds ("Stopped at step 2 of 6"), and nothing to press.
            self._show_ended_views()
            return
        session = controller.session
        display = self.display(session)
        self._panel.show_display(display)
        self._actions.set_paused(display.paused)
        entry, running = session.current, session.current is not None and not session.closed
        shortest = entry.shortest_s if entry is not None and session.at_shortest else None
        self._actions.follow_step(running, display.counted, shortest)
        self.views.show_in_windows(display, warning_line(entry) if entry else None)
        if entry != self._shown_entry:  # not at every tick: the text browser lays out again
            self._shown_entry = entry
            html = (
                step_warnings_html(self._catalog, guide_colours(self._panel.palette()), entry)
                if entry
                else ""
            )
            self._panel.show_warnings(warning_line(entry) if entry else None, html)
        if entry is not None and not session.closed:
            # The map marks the side being massaged: Knee care on the left knee does not
            # outline the right one, though the step lists both knees.
            regions = session_worked_regions(self._catalog, session, self._region())
            self._show_step(entry.technique_id, entry.step_index, regions)
            self._step_on_map = True
        elif entry is None:
            # After the last step (and before the first) nothing is being massaged: the
            # after-ratings and the summary opened over a map still marking the last step.
            self.clear_map()

    def show_ending(self, text: str) -> None:
        """The session is ending: every view says ``text`` and offers nothing to press.

        No step on the map, no mini timer, and a player and room mode with no time and
        their commands off: behind the ratings and the summary, "−15 s", a Pause icon and the
        red "Stop – it hurts" read as a session still running (walk 5). From here on,
        whatever still ticks while the closing questions are open shows none of it again.
        """
        self.ending = True
        self._ending_text = text
        self._actions.set_enabled(False)
        self._actions.set_paused(False)
        self.clear_map()
        self._show_ended_views()
        # Closed, not greyed: on top of everything it covered the after-ratings (walk 9).
        self.views.close_mini()

    def _show_ended_views(self) -> None:
        """The player and room mode with the session's ending, no time and no commands."""
        controller = self._controller()
        if controller is None:
            return
        self.views.show_ended(ended_display(self.display(controller.session), self._ending_text))

    def clear_map(self) -> None:
        """Return the map to the plain selection once, not at every tick."""
        if self._step_on_map:
            self._step_on_map = False
            self._show_step(None, None, ())

    def display(self, session: Session) -> Display:
        """What the player shows, with a "Next:" line that never names the running step."""
        return with_next_line(self._catalog, session, self._region())

    def leave(self) -> None:
        """The session is over: the map shows the plain selection again, whatever it showed."""
        self._step_on_map = False
        self._show_step(None, None, ())

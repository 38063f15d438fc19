"""A routine's page keeps its map after a session (walk 10, A a101 and B b39).

Before the session the page outlined every area of the routine; after the session the same
page came back over a blank map. The page and the map are as they were before: the areas
outlined, and no "Click a body part" over them (the routine owns the map; fresh users).
"""

from __future__ import annotations

from tests.player.conftest import tick

from massage_desktop.engine.clock import ManualClock
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand


def test_routine_page_outlines_its_areas_again_after_the_session(
    window: MainWindow, clock: ManualClock
) -> None:
    window.guide.show_routine("knee-care")
    body_map = window.map_pane.map
    before = body_map.marked_regions()
    assert before  # the page outlines the routine's areas
    assert not window.map_pane.hint_shown()
    assert window.flow.start_routine("knee-care")
    tick(window, clock, 30)
    window.flow.command(PlayerCommand.STOP)
    assert window.flow.controller is None
    assert window.guide.routine() == "knee-care"
    assert body_map.marked_regions() == before
    assert body_map.selected_region() is None
    assert not window.map_pane.hint_shown()
    window.go_home()
    assert window.map_pane.hint_shown()

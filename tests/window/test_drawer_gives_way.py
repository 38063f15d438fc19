"""A session closes the region drawer and keeps it closed: the player needs its width.

Walk 13: German at extra-large text on 1024x700, "All regions" open, a session started: the
player's column was some 370 px wide and cut the stop rule, the instruction and two of the
step's four warnings; the drawer could also be opened during a session.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from tests.player.conftest import tick
from tests.window.test_clipping import assert_fits

from massage_desktop.engine.clock import ManualClock
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand


def test_a_session_closes_the_drawer_and_the_player_fits(
    main: MainWindow, clock: ManualClock
) -> None:
    preferences = main.preferences
    preferences.apply(preferences.settings.model_copy(update={"text_size": "extra_large"}))
    main.top_bar.regions.click()
    assert main.region_list.isVisible()
    main.select_region("back-upper-back")
    assert main.flow.start_technique("stroking", "back-upper-back")
    tick(main, clock, 20)
    QApplication.processEvents()
    assert not main.region_list.isVisible()
    assert not main.top_bar.regions.isChecked()
    assert not main.top_bar.regions.isEnabled(), "not opened again during the session"
    assert_fits(main)
    main.flow.command(PlayerCommand.STOP)
    assert not main.flow.active
    assert main.top_bar.regions.isEnabled(), "offered again after the session"

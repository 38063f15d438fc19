"""Room mode covers the screen, so it shows the stop rule itself."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from massage_desktop.ui.guide.html import STOP_RULE
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand


def test_room_mode_shows_the_stop_rule(window: MainWindow, qtbot: QtBot) -> None:
    window.select_region("back-calf-left")
    assert window.flow.start_technique("calf-kneading", "back-calf-left")
    window.flow.command(PlayerCommand.ROOM)
    room = window.flow.room
    assert room is not None
    qtbot.waitExposed(room)
    assert room.rule.isVisible()
    assert STOP_RULE in room.rule.text()
    assert room.rule.heightForWidth(room.rule.width()) <= room.rule.height()
    window.flow.command(PlayerCommand.STOP)

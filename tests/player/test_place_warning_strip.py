"""A place's warning on the technique being done says where not to press (walk 6, finding 13).

"⚠ Avoid this area or technique: Beside the spine, never on it" read as "avoid this technique"
on the very technique being run.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand

LOWER_BACK = "back-lower-back"
AVOID = "Avoid this area or technique"
WHERE = "Where not to press: Press beside the spine, never on it"


def test_the_strip_and_room_mode_say_where_not_to_press(window: MainWindow, qtbot: QtBot) -> None:
    window.select_region(LOWER_BACK)
    assert window.flow.start_technique("lower-back-dimples", LOWER_BACK)
    window.flow.command(PlayerCommand.ROOM)
    room = window.flow.room
    assert room is not None
    qtbot.waitExposed(room)
    for strip in (window.player.warnings, room.warning):
        assert f"⚠ {WHERE}" in strip.text().splitlines(), strip.text()
        assert AVOID not in strip.text()
    window.flow.command(PlayerCommand.STOP)

"""A place's warning on the technique being done says where not to press (walk 6, finding 13).

"⚠ Avoid this area or technique: Beside the spine, never on it" read as "avoid this technique"
on the very technique being run.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Technique
from massage_desktop.domain.routines import Routine
from massage_desktop.engine.plan import build_plan
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.step_warnings import warning_line

LOWER_BACK = "back-lower-back"
AVOID = "Avoid this area or technique"
WHERE = "Where not to press: Never on the spine itself; press beside it"
WARNED = f"{WHERE}."  # a sentence on the strip, as its other lines are


def test_the_strip_and_room_mode_say_where_not_to_press(window: MainWindow, qtbot: QtBot) -> None:
    window.select_region(LOWER_BACK)
    assert window.flow.start_technique("lower-back-dimples", LOWER_BACK)
    window.flow.command(PlayerCommand.ROOM)
    room = window.flow.room
    assert room is not None
    qtbot.waitExposed(room)
    for strip in (window.player.warnings, room.warning):
        assert f"⚠ {WARNED}" in strip.text().splitlines(), strip.text()
        assert AVOID not in strip.text()
    window.flow.command(PlayerCommand.STOP)


def test_every_line_of_the_strip_ends_as_a_sentence(catalog: Catalog) -> None:
    # A new user's reading: "Where not to press: Press beside the spine, never on it" had no
    # full stop, beside lines that had one. Each part of a line is a sentence.
    subjects: list[Technique | Routine] = [*catalog.techniques.values()]
    subjects += catalog.routines.values()
    lines = {
        line
        for subject in subjects
        for entry in build_plan(catalog, subject).entries
        if (warned := warning_line(entry)) is not None
        for line in warned.text.splitlines()
    }
    assert f"{WHERE}." in lines
    unfinished = [
        line for line in lines if any(not part.endswith(".") for part in line.split(" \u00b7 "))
    ]
    assert not unfinished, unfinished

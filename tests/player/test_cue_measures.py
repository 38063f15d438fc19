"""The instruction's type follows its room, text and font, however often it was measured.

A cue keeps what it measured (one fit measures the same text in the same type many times);
these check that a kept measurement never outlives the room, text or font it was made for.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from massage_desktop.ui.player.cue_label import CueLabel

HOW_TO = (
    "Rest both palms flat above the knee. Glide them slowly up the thigh with even pressure. "
    "Let the hands come back lightly along the sides without lifting them."
)


def _cue(qtbot: QtBot) -> tuple[QWidget, CueLabel]:
    room = QWidget()
    qtbot.addWidget(room)
    room.resize(800, 600)
    cue = CueLabel(room)
    cue.set_sizes(40, 12)
    cue.set_text(HOW_TO)
    room.show()
    return room, cue


def _shown(cue: CueLabel) -> tuple[int, list[str]]:
    return cue.fontInfo().pixelSize(), cue.pages()


def test_the_type_follows_the_room_back_and_forth(qtbot: QtBot) -> None:
    _room, cue = _cue(qtbot)
    cue.resize(700, 260)
    wide = _shown(cue)
    cue.resize(300, 260)
    narrow = _shown(cue)
    assert narrow[0] < wide[0] or len(narrow[1]) > len(wide[1]), "a narrower room shrinks it"
    cue.resize(700, 260)
    assert _shown(cue) == wide, "the wide room shows it as it did before"
    cue.resize(700, 90)
    low = _shown(cue)
    assert low[0] < wide[0] or len(low[1]) > len(wide[1]), "a lower room shrinks it"
    cue.resize(700, 260)
    assert _shown(cue) == wide


def test_a_new_text_and_a_wider_font_are_measured_anew(qtbot: QtBot) -> None:
    _room, cue = _cue(qtbot)
    cue.resize(500, 200)
    first = _shown(cue)
    cue.set_text("Rest.")
    assert _shown(cue) == (40, ["Rest."]), "a short text shows whole in the largest type"
    cue.set_text(HOW_TO)
    assert _shown(cue) == first
    font = QFont(cue.font())
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 160)
    cue.setFont(font)
    cue.fit()
    wider = _shown(cue)
    assert wider[0] < first[0] or len(wider[1]) > len(first[1]), "wider letters need more room"

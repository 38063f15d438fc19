"""The player chooses a how-to's pages and type once per text and room, not on every tick.

Each second of a running session shows the time again; what the type and the pages are
follows from the texts and the room, which a tick does not change. Measured again on every
tick, they were most of a running session's cost.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from tests.player.test_cue_measures import HOW_TO, _cue, _shown

from massage_desktop.ui.player import cue_label


def test_a_cue_chooses_its_pages_once_per_text_and_room(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _room_widget, cue = _cue(qtbot)
    cue.resize(300, 200)
    shown = _shown(cue)
    chosen: list[str] = []
    real = cue_label._chosen_pages

    def counted(text: str, *args: object) -> list[str]:
        chosen.append(text)
        return real(text, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(cue_label, "_chosen_pages", counted)
    cue.fit()
    cue.resize(500, 200)
    cue.resize(300, 200)
    # The same room, text and type show as before, without choosing the pages again.
    assert _shown(cue) == shown
    assert len(chosen) == 1, "only the new room was measured"
    assert len(shown[1]) > 1, "the text was paged in the narrow room"
    cue.set_text(HOW_TO + " Repeat.")
    assert len(chosen) == 2, "a new text is measured"

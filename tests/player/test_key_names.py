"""The player's key list names keys as people say them: arrows, "Enter", one key each.

The system's names read as code in German: "Links", "Rechts", "Return, Enter", "+, =" (walk 10).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from massage_desktop.ui.player.commands import PlayerActions, PlayerCommand
from massage_desktop.ui.player.popups import ShortcutsPopup


def _actions(qtbot: QtBot, window: QWidget) -> PlayerActions:
    qtbot.addWidget(window)
    return PlayerActions(window, lambda _command: None)


@pytest.mark.parametrize("language", ["en", "de"])
def test_keys_read_as_arrows_and_one_enter(
    qtbot: QtBot, language: str, request: pytest.FixtureRequest
) -> None:
    if language == "de":
        request.getfixturevalue("german")
    window = QWidget()  # held here: the actions live as long as their window
    actions = _actions(qtbot, window)
    assert actions.key_text(PlayerCommand.BACK) == "←"
    assert actions.key_text(PlayerCommand.SKIP) == "→"
    assert actions.key_text(PlayerCommand.MORE) == "+"
    assert actions.key_text(PlayerCommand.DONE) == ("Enter" if language == "en" else "Eingabetaste")
    # Both keys still work; only the list names one.
    keys = [k.toString() for k in actions[PlayerCommand.DONE].shortcuts()]
    assert keys == ["Return", "Enter"]


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_list_says_enter_is_for_a_counted_step(
    qtbot: QtBot, language: str, request: pytest.FixtureRequest
) -> None:
    """Enter did nothing on a timed step, and the list named it "Done" bare (walk 17)."""
    if language == "de":
        request.getfixturevalue("german")
    window = QWidget()
    actions = _actions(qtbot, window)
    keys = ShortcutsPopup(window, actions)
    _key, name = keys.rows[PlayerCommand.DONE]
    assert name.text() == (
        "Done (a step you count; a timed step ends by itself)"
        if language == "en"
        else "Fertig (ein Schritt, den Sie zählen; ein Schritt mit Zeit endet von selbst)"
    )

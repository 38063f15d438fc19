"""The player takes more of the width during a session; the usual split comes back after."""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter, QWidget
from pytestqt.qtbot import QtBot

from massage_desktop.ui.session_split import PLAYER_SHARE, SessionSplit


def _panes(qtbot: QtBot) -> tuple[QSplitter, QWidget]:
    splitter = QSplitter()
    qtbot.addWidget(splitter)
    panes = [QWidget(splitter) for _ in range(3)]
    splitter.resize(1200, 400)
    splitter.show()
    splitter.setSizes([0, 700, 500])
    return splitter, panes[2]


def test_the_player_is_wider_in_a_session_and_the_split_comes_back(qtbot: QtBot) -> None:
    splitter, side = _panes(qtbot)
    before = splitter.sizes()
    split = SessionSplit(splitter, side)
    split.set_session(True)
    _, map_width, player_width = splitter.sizes()
    assert player_width > before[2]
    assert abs(player_width / (map_width + player_width) - PLAYER_SHARE) < 0.01
    split.set_session(True)  # a second start keeps the sizes from before the first
    split.set_session(False)
    assert splitter.sizes() == before


def test_the_usual_split_is_what_is_saved_during_a_session(qtbot: QtBot) -> None:
    splitter, side = _panes(qtbot)
    before = splitter.sizes()
    split = SessionSplit(splitter, side)
    split.set_session(True)
    wide = splitter.sizes()
    with split.usual_sizes():
        assert splitter.sizes() == before  # what closing the window saves
    assert splitter.sizes() == wide  # the session goes on as it was

"""A data folder whose name is not UTF-8 never makes Qt write into a look-alike folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QSplitter
from pytestqt.qtbot import QtBot

from massage_desktop.ui import window_state


def test_window_state_is_not_written_to_a_look_alike_folder(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "caf\udce9"
    folder.mkdir()
    window, splitter = QMainWindow(), QSplitter()
    qtbot.addWidget(window)
    qtbot.addWidget(splitter)
    window_state.save(window, splitter, folder)
    assert not window_state.restore(window, splitter, folder)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["caf\udce9"]

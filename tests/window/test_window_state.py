"""The window reopens at the size and splitter positions it was closed with."""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter
from pytestqt.qtbot import QtBot

from massage_desktop.services import Services
from massage_desktop.ui.main_window import MainWindow


def test_layout_is_remembered(qtbot: QtBot, services: Services) -> None:
    services.paths.ensure()
    first = MainWindow(services)
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 560)  # within the offscreen screen, which restoreGeometry respects
    splitter = first.centralWidget()
    assert isinstance(splitter, QSplitter)  # the three panes, side by side
    splitter.setSizes([300, 500, 300])
    sizes = splitter.sizes()
    size = (first.width(), first.height())  # the window's minimum size may have applied
    first.close()
    assert (services.paths.config / "window.ini").is_file()
    second = MainWindow(services)
    qtbot.addWidget(second)
    second.restore_layout()
    second.show()
    assert (second.width(), second.height()) == size
    restored = second.centralWidget()
    assert isinstance(restored, QSplitter)
    assert restored.sizes() == sizes

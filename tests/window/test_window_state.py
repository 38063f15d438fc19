"""The window reopens at the size and splitter positions it was closed with."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSplitter, QWidget
from pytestqt.qtbot import QtBot

from massage_desktop.services import Services
from massage_desktop.ui import window_state
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.window_state import DECORATION


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


def _fits(window: QWidget) -> bool:
    screen = window.screen()
    assert screen is not None
    return screen.availableGeometry().contains(window.frameGeometry())


def test_a_fresh_start_fits_the_screen(qtbot: QtBot, services: Services) -> None:
    # The walk: a first start at 1280x800 on a 1024x700 screen put the guide off-screen. The
    # offscreen screen (800x800) is smaller than that default too.
    services.paths.ensure()
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.width() > window.screen().availableGeometry().width()  # the default
    window.restore_layout()
    window.show()
    qtbot.waitExposed(window)
    assert _fits(window)
    assert window.width() >= window.minimumSizeHint().width()


def test_a_size_saved_on_a_larger_screen_is_shrunk(qtbot: QtBot, services: Services) -> None:
    services.paths.ensure()
    first = MainWindow(services)
    qtbot.addWidget(first)
    first.resize(1600, 1000)  # as on a big screen
    first.close()
    second = MainWindow(services)
    qtbot.addWidget(second)
    second.restore_layout()
    second.show()
    qtbot.waitExposed(second)
    assert _fits(second)


def test_the_safety_and_history_windows_fit_the_screen(qtbot: QtBot, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.restore_layout()  # as the app starts it: within the screen
    window.show()
    safety = window.show_safety()
    qtbot.waitExposed(safety)
    assert _fits(safety)
    history = window.history_actions.show_history()
    assert history is not None
    qtbot.waitExposed(history)
    # Its own minimum width (822 px) is wider than the offscreen screen: only that overhangs.
    area = history.screen().availableGeometry()
    assert history.frameGeometry().height() <= area.height()
    assert history.width() <= max(history.minimumWidth(), area.width())


def test_fitted_leaves_room_for_the_frame_and_keeps_the_minimum() -> None:
    area = QSize(1024, 700)
    assert window_state.fitted(QSize(1280, 800), area, DECORATION, QSize(0, 0)) == QSize(
        1024 - DECORATION.width(), 700 - DECORATION.height()
    )
    assert window_state.fitted(QSize(800, 600), area, DECORATION, QSize(0, 0)) == QSize(800, 600)
    assert window_state.fitted(QSize(1280, 800), area, DECORATION, QSize(1100, 0)).width() == 1100

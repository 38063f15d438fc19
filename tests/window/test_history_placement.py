"""The history window opens centred on the main window, within the screen (walk 6, finding 25).

Left to the window manager, it opened off-centre over the main window with its bottom at the
screen's edge.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from pytestqt.qtbot import QtBot

from massage_desktop.services import Services
from massage_desktop.ui import window_state
from massage_desktop.ui.main_window import MainWindow

SCREEN = QRect(0, 0, 1280, 800)


def test_centred_on_the_window_below_when_there_is_room() -> None:
    over = QRect(100, 80, 1000, 700)
    at = window_state.centred_over(QSize(800, 600), over, SCREEN)
    assert QRect(at, QSize(800, 600)).center() == over.center()


def test_moved_only_as_far_as_the_screen_needs() -> None:
    # The main window low and right: the history would hang off the bottom right.
    over = QRect(600, 400, 600, 380)
    outer = QSize(1136, 800 - 40)
    at = window_state.centred_over(outer, over, SCREEN)
    assert SCREEN.contains(QRect(at, outer))
    assert at == QPoint(SCREEN.width() - outer.width(), SCREEN.height() - outer.height())
    # Larger than the screen: its top-left corner at the screen's.
    assert window_state.centred_over(QSize(1400, 900), over, SCREEN) == SCREEN.topLeft()


def test_the_history_window_opens_centred_on_the_main_window(
    qtbot: QtBot, services: Services
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    screen = window.screen()
    assert screen is not None
    area = screen.availableGeometry()
    window.restore_layout()
    window.show()
    qtbot.waitExposed(window)
    history = window.history_actions.show_history()
    assert history is not None
    qtbot.waitExposed(history)
    assert history.frameGeometry().height() <= area.height()
    history.close()
    # The main window moved and the history made smaller: it opens again over the window.
    window.setGeometry(QRect(area.left() + 10, area.top() + 250, 700, 500))
    history.resize(600, 420)
    assert window.history_actions.show_history() is history
    qtbot.waitExposed(history)
    frame, under = history.frameGeometry(), window.frameGeometry()
    # Centred up to the guess of the frame made before the window manager drew it.
    slack = window_state.DECORATION / 2
    assert abs(frame.center().x() - under.center().x()) <= slack.width(), (frame, under)
    assert abs(frame.center().y() - under.center().y()) <= slack.height(), (frame, under)
    assert area.contains(frame)

"""The main window opens placed within the screen's free area, frame included.

Walk 3 (finding 20): under openbox on a 1024x700 screen, with another window open, the main
window was cascaded below and right of it and its bottom ran off the screen. The window is
now given its place before it is shown, and a saved place is used only if it fits.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QWidget
from pytestqt.qtbot import QtBot

from massage_desktop.services import Services
from massage_desktop.ui import window_state
from massage_desktop.ui.main_window import MainWindow

SMALL = QRect(0, 0, 1024, 700)
"""The walk's screen: 1024x700 with nothing reserved by panels."""
OPENBOX = QSize(2, 28)
"""Openbox's frame as seen under Xvfb: 1 px borders, a 20 px title and the bottom handle."""


def test_a_window_too_big_for_the_screen_is_centred_within_it() -> None:
    size = window_state.fitted(QSize(1280, 800), SMALL.size(), OPENBOX, QSize(0, 0))
    at = window_state.placed(size + OPENBOX, SMALL)
    assert SMALL.contains(QRect(at, size + OPENBOX))


def test_a_place_that_fits_is_kept_and_one_that_does_not_is_replaced() -> None:
    outer = QSize(1008, 660) + OPENBOX
    assert window_state.placed(outer, SMALL, QPoint(7, 7)) == QPoint(7, 7)
    # The walk's cascaded place, 14 px right and 15 px down, ran off the bottom.
    moved = window_state.placed(outer, SMALL, QPoint(14, 15))
    assert moved != QPoint(14, 15)
    assert SMALL.contains(QRect(moved, outer))


def test_a_free_area_below_a_panel_is_respected() -> None:
    area = QRect(0, 30, 1024, 670)  # a 30 px panel at the top
    at = window_state.placed(QSize(900, 600), area)
    assert at.y() >= 30
    assert area.contains(QRect(at, QSize(900, 600)))


def test_a_window_larger_than_the_area_starts_at_its_corner() -> None:
    area = QRect(0, 30, 1024, 670)
    assert window_state.placed(QSize(1100, 700), area) == QPoint(0, 30)


def test_the_saved_frame_is_read_back(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(400, 300)
    window.move(20, 30)
    window.show()
    qtbot.waitExposed(window)
    saved = window_state.saved_frame(window.saveGeometry())
    assert saved == (window.frameGeometry(), False)


def test_something_that_is_not_a_saved_geometry_is_ignored() -> None:
    assert window_state.saved_frame(QByteArray(b"not a geometry")) is None
    assert window_state.saved_frame(QByteArray()) is None


def test_a_window_not_shown_yet_is_given_its_place(qtbot: QtBot, services: Services) -> None:
    # Without a place of its own, the window manager chooses one (openbox cascades).
    services.paths.ensure()
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.restore_layout()
    assert window.testAttribute(Qt.WidgetAttribute.WA_Moved)
    screen = window.screen()
    assert screen is not None
    area = screen.availableGeometry()
    assert area.contains(QRect(window.pos(), window.size() + window_state.DECORATION))


def _save_geometry(services: Services, geometry: QByteArray) -> None:
    services.paths.ensure()
    settings = QSettings(str(services.paths.config / "window.ini"), QSettings.Format.IniFormat)
    settings.setValue("geometry", geometry)
    settings.sync()


def _geometry_at(qtbot: QtBot, place: QRect) -> QByteArray:
    """A window's saved geometry with its frame at ``place`` (on a larger screen)."""
    probe = QWidget()
    qtbot.addWidget(probe)
    probe.setGeometry(place)
    probe.show()
    qtbot.waitExposed(probe)
    return probe.saveGeometry()


def test_a_saved_place_off_this_screen_is_not_restored(qtbot: QtBot, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    screen = window.screen()
    assert screen is not None
    area = screen.availableGeometry()
    # Saved on a wider screen, far right: it would hang off this one.
    _save_geometry(services, _geometry_at(qtbot, QRect(area.right() - 100, 10, 500, 400)))
    assert not window_state.restore(window, QSplitter(), services.paths.config)
    window.show()
    qtbot.waitExposed(window)
    assert area.contains(window.frameGeometry())
    assert window.width() > 500  # the default size (shrunk to the screen), not the saved one


def test_a_saved_place_that_fits_is_restored(qtbot: QtBot, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    splitter = QSplitter()
    qtbot.addWidget(splitter)
    geometry = _geometry_at(qtbot, QRect(40, 50, 500, 400))
    saved = window_state.saved_frame(geometry)
    assert saved is not None
    _save_geometry(services, geometry)
    assert window_state.restore(window, splitter, services.paths.config)
    window.show()
    qtbot.waitExposed(window)
    assert window.frameGeometry().topLeft() == saved[0].topLeft()


def test_the_first_move_once_framed_is_fitted_and_later_ones_are_left_alone(
    qtbot: QtBot,
) -> None:
    # Under X11 the window manager frames and places a window after it is shown; the first
    # move it then reports is fitted to the screen. Later moves are the user's own.
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(400, 300)
    window_state.refit_when_framed(window)
    window.show()
    qtbot.waitExposed(window)
    screen = window.screen()
    assert screen is not None
    area = screen.availableGeometry()
    assert window.frameGeometry() != window.geometry(), "the offscreen screen frames windows"
    off_screen = QPoint(area.right() - 100, area.top() + 10)
    window.move(off_screen)
    qtbot.waitUntil(lambda: area.contains(window.frameGeometry()))
    window.move(off_screen)
    QApplication.processEvents()
    assert window.pos() == off_screen

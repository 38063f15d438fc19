"""Remembering the window's size, position and splitter positions between runs.

QSettings suits this: it is Qt's own format for geometry blobs. Values are read back with an
explicit type because QSettings returns strings for them in a new process otherwise.

Whatever size a window asks for, ``fit_on_screen`` keeps it within the screen's free area: the
walk found the first start at 1280x800 on a 1024x700 screen, its right column off-screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from massage_desktop.storage.paths import qt_can_name


def _settings(folder: Path) -> QSettings | None:
    if not qt_can_name(folder):
        return None  # Qt would write into a look-alike folder; the layout is just not kept
    return QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)


DECORATION = QSize(16, 40)
"""Room left for the title bar and borders of a window not shown yet (the window manager only
reports its real frame once the window is on screen)."""


def fitted(wanted: QSize, area: QSize, frame: QSize, minimum: QSize) -> QSize:
    """``wanted`` shrunk so that it and its ``frame`` fit ``area``, never below ``minimum``."""
    return QSize(
        max(minimum.width(), min(wanted.width(), area.width() - frame.width())),
        max(minimum.height(), min(wanted.height(), area.height() - frame.height())),
    )


def fit_on_screen(window: QWidget) -> None:
    """Shrink and move a top-level window so all of it is on its screen's free area.

    A maximised or full-screen window is the window manager's business and left alone; a
    window that already fits keeps its size and place.
    """
    screen = window.screen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.size() if window.isVisible() else DECORATION
    size = fitted(window.size(), area.size(), frame, window.minimumSize())
    if size != window.size():
        window.resize(size)
    outer = QRect(window.pos(), size + frame)
    if area.contains(outer):
        return
    # Centred when it was placed off the free area (or not placed yet), clamped to its corner.
    left = area.left() + max(0, (area.width() - outer.width()) // 2)
    top = area.top() + max(0, (area.height() - outer.height()) // 2)
    window.move(left, top)


def restore(window: QMainWindow, splitter: QSplitter, folder: Path) -> bool:
    """Put the window and splitter back as they were; False when nothing was saved.

    Either way the window then fits the screen it opens on: a size saved on a larger screen,
    or the first start's default, is shrunk to the screen's free area.
    """
    settings = _settings(folder)
    if settings is None:
        fit_on_screen(window)
        return False
    geometry = settings.value("geometry", QByteArray(), type=QByteArray)
    sizes = settings.value("splitter", QByteArray(), type=QByteArray)
    restored = False
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        restored = window.restoreGeometry(geometry)
    if isinstance(sizes, QByteArray) and not sizes.isEmpty():
        splitter.restoreState(sizes)
    fit_on_screen(window)
    return restored


def save(window: QMainWindow, splitter: QSplitter, folder: Path) -> None:
    """Remember the window's geometry and the splitter's positions."""
    settings = _settings(folder)
    if settings is None:
        return
    settings.setValue("geometry", window.saveGeometry())
    settings.setValue("splitter", splitter.saveState())
    settings.sync()


def give_room(splitter: QSplitter, widget: QWidget, width: int) -> None:
    """Widen ``widget`` in ``splitter`` to ``width``, taking the room from its right neighbour.

    A splitter shows a widget that was hidden when it was laid out at its minimum width
    (the region list opened about 40 px wide, its names cut to "Righ").
    """
    index = splitter.indexOf(widget)
    sizes = splitter.sizes()
    want = max(width, widget.minimumSizeHint().width())
    if index < 0 or index + 1 >= len(sizes) or sizes[index] >= want:
        return
    sizes[index + 1] -= want - sizes[index]
    sizes[index] = want
    splitter.setSizes(sizes)


def tab_order(chain: Sequence[QWidget]) -> None:
    """Tab moves through ``chain`` in order."""
    for first, second in pairwise(chain):
        QWidget.setTabOrder(first, second)


def present(window: QWidget) -> None:
    """Show ``window`` above the others, restored if it was minimised."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()

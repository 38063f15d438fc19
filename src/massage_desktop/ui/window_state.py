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

from PySide6.QtCore import (
    QByteArray,
    QDataStream,
    QEvent,
    QObject,
    QPoint,
    QRect,
    QSettings,
    QSize,
    Qt,
    QTimer,
)
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


def placed(outer: QSize, area: QRect, at: QPoint | None = None) -> QPoint:
    """Where a window whose frame is ``outer`` goes on ``area``.

    At ``at`` if all of it fits there, otherwise centred (clamped to the area's top-left
    corner when it is larger than the area).
    """
    if at is not None and area.contains(QRect(at, outer)):
        return at
    return QPoint(
        area.left() + max(0, (area.width() - outer.width()) // 2),
        area.top() + max(0, (area.height() - outer.height()) // 2),
    )


def centred_over(outer: QSize, over: QRect, area: QRect) -> QPoint:
    """Where a window whose frame is ``outer`` goes to be centred on ``over`` within ``area``.

    Moved only as far as it must be to lie within ``area`` (at its top-left corner when it is
    larger than the area).
    """
    left = over.left() + (over.width() - outer.width()) // 2
    top = over.top() + (over.height() - outer.height()) // 2
    left = max(area.left(), min(left, area.right() + 1 - outer.width()))
    top = max(area.top(), min(top, area.bottom() + 1 - outer.height()))
    return QPoint(left, top)


def centre_over(window: QWidget, over: QWidget) -> None:
    """Fit ``window`` to the free area of ``over``'s screen and centre it on ``over``.

    The history window was left to the window manager, which put it off-centre over the main
    window with its bottom at the screen's edge (walk 6).
    """
    screen = over.screen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    area = screen.availableGeometry()
    frame = _frame(window)
    size = fitted(window.size(), area.size(), frame, window.minimumSize())
    if size != window.size():
        window.resize(size)
    window.move(centred_over(size + frame, over.frameGeometry(), area))
    if not window.isVisible():
        refit_when_framed(window)


def _frame(window: QWidget) -> QSize:
    """The room the window manager's frame takes (an estimate until the window is shown)."""
    if window.isVisible():
        real = window.frameGeometry().size() - window.size()
        if not real.isEmpty():
            return real
    return DECORATION


def fit_on_screen(window: QWidget) -> None:
    """Shrink and move a top-level window so all of it is on its screen's free area.

    A maximised or full-screen window is the window manager's business and left alone; a
    window that already fits keeps its size and place. A main window not shown yet is always
    given its place (a dialog is centred on its parent by Qt): left to itself, openbox
    cascaded it below and right of another window, its bottom off a 1024x700 screen (walk 3,
    finding 20). A window not shown yet is fitted again once its real frame is known.
    """
    screen = window.screen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    area = screen.availableGeometry()
    frame = _frame(window)
    size = fitted(window.size(), area.size(), frame, window.minimumSize())
    if size != window.size():
        window.resize(size)
    if window.isVisible():
        if not area.contains(QRect(window.pos(), size + frame)):
            window.move(placed(size + frame, area))
        return
    if window.parentWidget() is None:
        moved = window.testAttribute(Qt.WidgetAttribute.WA_Moved)
        window.move(placed(size + frame, area, window.pos() if moved else None))
    refit_when_framed(window)


class _RefitWhenFramed(QObject):
    """Fits a window on its screen again once the window manager has framed it.

    Before a window is shown its frame is a guess (``DECORATION``); X11 window managers
    report the real one (``_NET_FRAME_EXTENTS``) only after mapping it, and place the framed
    window, which Qt reports as a move. The first move with a known frame fits the window
    once more, then this filter goes; it also goes after a few seconds, so it never fights
    the user. Resizes are left alone: a program may size a window to the screen on purpose
    (the gallery's history window fills it).
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)
        QTimer.singleShot(_REFIT_FOR_MS, self, self._finish)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Refit on the first move after the frame is known."""
        if (
            watched is self._window
            and event.type() == QEvent.Type.Move
            and self._window.isVisible()
            and self._window.frameGeometry() != self._window.geometry()
        ):
            self._finish()
            fit_on_screen(self._window)
        return False

    def _finish(self) -> None:
        self._window.removeEventFilter(self)
        self.setParent(None)
        self.deleteLater()


_REFIT_FOR_MS = 5000


def refit_when_framed(window: QWidget) -> None:
    """Fit ``window`` on its screen once more when the window manager has framed it."""
    if window.findChild(_RefitWhenFramed) is None:
        _RefitWhenFramed(window)


def saved_frame(geometry: QByteArray) -> tuple[QRect, bool] | None:
    """The outer rectangle and maximised state kept in a ``saveGeometry()`` blob, or None.

    Qt's format (QWidget::saveGeometry, versions 2 and 3): magic number, major and minor
    version, the frame geometry, the normal geometry, the screen number, maximised and full
    screen flags, and more that is not needed here.
    """
    stream = QDataStream(geometry)
    stream.setByteOrder(QDataStream.ByteOrder.BigEndian)
    if stream.readUInt32() != _GEOMETRY_MAGIC or stream.readUInt16() not in (2, 3):
        return None
    stream.readUInt16()  # minor version
    left, top, right, bottom = (stream.readInt32() for _ in range(4))
    for _ in range(4):
        stream.readInt32()  # the normal geometry
    stream.readInt32()  # the screen number
    maximised = stream.readUInt8() != 0
    if stream.status() != QDataStream.Status.Ok:
        return None
    return QRect(QPoint(left, top), QPoint(right, bottom)), maximised


_GEOMETRY_MAGIC = 0x1D9D0CB


def restore(window: QMainWindow, splitter: QSplitter, folder: Path) -> bool:
    """Put the window and splitter back as they were; False when nothing was restored.

    A saved size and place are used only if all of the window fits the screen it opens on
    (or it was maximised); otherwise the window opens at its default size, shrunk to the
    screen's free area and centred. Either way it is placed before it is shown, and fitted
    again once the window manager has framed it.
    """
    settings = _settings(folder)
    restored = False
    if settings is not None:
        geometry = settings.value("geometry", QByteArray(), type=QByteArray)
        sizes = settings.value("splitter", QByteArray(), type=QByteArray)
        if isinstance(geometry, QByteArray) and _fits_now(window, geometry):
            restored = window.restoreGeometry(geometry)
        if isinstance(sizes, QByteArray) and not sizes.isEmpty():
            splitter.restoreState(sizes)
    if restored:
        refit_when_framed(window)  # it fitted with its saved frame: keep its place
    else:
        fit_on_screen(window)
    return restored


def _fits_now(window: QWidget, geometry: QByteArray) -> bool:
    """Whether a saved geometry fits the free area of the screen the window opens on."""
    saved = saved_frame(geometry)
    screen = window.screen()
    if saved is None or screen is None:
        return False
    frame, maximised = saved
    return maximised or screen.availableGeometry().contains(frame)


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
    # A widget coming out of hiding brings its handle back: that pixel comes off the
    # neighbour too, or the splitter took it from the far side (the guide).
    handle = splitter.handleWidth() if sizes[index] == 0 else 0
    sizes[index + 1] -= want - sizes[index] + handle
    sizes[index] = want
    splitter.setSizes(sizes)


def hide_giving_room(
    splitter: QSplitter, widget: QWidget, before: tuple[int, list[int]] | None = None
) -> None:
    """Hide ``widget`` in ``splitter`` and give its width back where it came from.

    Args:
        splitter: The splitter holding ``widget``.
        widget: The widget to hide (the region list).
        before: The splitter's width and sizes before ``widget`` was shown: restored as they
            were while the splitter keeps that width (opening may have narrowed the guide as
            well as the map, when the map was at its minimum).

    Otherwise the width goes to the right neighbour alone, which ``give_room`` took it from:
    a splitter left to itself shares a hidden widget's width among all the others, so
    closing the region list moved the border between the map and the guide.
    """
    index = splitter.indexOf(widget)
    sizes = splitter.sizes()
    width = splitter.width()
    widget.hide()
    if before is not None and before[0] == width:
        splitter.setSizes(before[1])
        return
    if index < 0 or index + 1 >= len(sizes) or not sizes[index]:
        return
    sizes[index + 1] += sizes[index] + splitter.handleWidth()
    sizes[index] = 0
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

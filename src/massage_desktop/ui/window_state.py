"""Remembering the window's size, position and splitter positions between runs.

QSettings suits this: it is Qt's own format for geometry blobs. Values are read back with an
explicit type because QSettings returns strings for them in a new process otherwise.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from massage_desktop.storage.paths import qt_can_name


def _settings(folder: Path) -> QSettings | None:
    if not qt_can_name(folder):
        return None  # Qt would write into a look-alike folder; the layout is just not kept
    return QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)


def restore(window: QMainWindow, splitter: QSplitter, folder: Path) -> bool:
    """Put the window and splitter back as they were; False when nothing was saved."""
    settings = _settings(folder)
    if settings is None:
        return False
    geometry = settings.value("geometry", QByteArray(), type=QByteArray)
    sizes = settings.value("splitter", QByteArray(), type=QByteArray)
    restored = False
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        restored = window.restoreGeometry(geometry)
    if isinstance(sizes, QByteArray) and not sizes.isEmpty():
        splitter.restoreState(sizes)
    return restored


def save(window: QMainWindow, splitter: QSplitter, folder: Path) -> None:
    """Remember the window's geometry and the splitter's positions."""
    settings = _settings(folder)
    if settings is None:
        return
    settings.setValue("geometry", window.saveGeometry())
    settings.setValue("splitter", splitter.saveState())
    settings.sync()

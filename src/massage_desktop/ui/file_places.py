"""Where file dialogs open: the user's Documents folder, with a dated file name.

A file dialog given a folder that does not exist opens in the working directory, which for an
installed app is the program's own folder (the walk's export dialog showed src/, tests/...).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """The user's Documents folder if it exists, else the home folder."""
    for location in (
        QStandardPaths.StandardLocation.DocumentsLocation,
        QStandardPaths.StandardLocation.HomeLocation,
    ):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def suggested_file(stem: str, suffix: str, day: date | None = None) -> str:
    """A path in ``documents_folder()`` named ``<stem>-<yyyy-mm-dd><suffix>``."""
    when = (day or date.today()).isoformat()
    return str(documents_folder() / f"{stem}-{when}{suffix}")

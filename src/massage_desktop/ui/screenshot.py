"""``--screenshot``: render the main window to a PNG without a display."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow

SIZE = (1280, 800)


def save_screenshot(
    window: QMainWindow, file: str, *, view: str | None = None, region: str | None = None
) -> int:
    """Lay the window out at 1280x800, optionally select a region, and save it as PNG."""
    window.resize(*SIZE)
    select = getattr(window, "select_region", None)
    set_view = getattr(window, "set_view", None)
    if view and callable(set_view):
        set_view(view)
    if region and callable(select):
        try:
            select(region)
        except KeyError:
            print(f"unknown region {region!r}; see --list-regions", file=sys.stderr)
            return 2
    window.show()
    QApplication.processEvents()
    image = window.grab()
    target = Path(file)
    if not image.save(str(target), "PNG"):
        print(f"could not write {target}", file=sys.stderr)
        return 1
    print(target)
    return 0

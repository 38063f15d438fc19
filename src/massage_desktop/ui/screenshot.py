"""``--screenshot``: render the main window to a PNG without a display."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from massage_desktop.ui.main_window import MainWindow

SIZE = (1280, 800)


def save_screenshot(
    window: MainWindow, file: str, *, view: str | None = None, region: str | None = None
) -> int:
    """Lay the window out at 1280x800, optionally select a region, and save it as a PNG.

    Returns:
        The process exit code: 0 when written, 1 when the file cannot be written, 2 for an
        unknown region.
    """
    window.resize(*SIZE)
    window.show()
    if region:
        try:
            window.select_region(region)
        except KeyError:
            print(f"unknown region {region!r}; see --list-regions", file=sys.stderr)
            window.close()
            window.deleteLater()
            return 2
    if view:
        window.set_view(view)
    # Layouts and the map's cached background settle over a few event-loop passes.
    for _ in range(3):
        QApplication.processEvents()
    image = window.grab()
    window.close()
    window.deleteLater()
    target = Path(file)
    if not image.save(str(target), "PNG"):
        print(f"could not write {target}", file=sys.stderr)
        return 1
    print(target)
    return 0

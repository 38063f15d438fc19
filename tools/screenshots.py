"""Make the README's screenshots into docs/screenshots/ (offscreen, no display needed).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py``. Each picture is
taken the way a user would see it: the window at 1280x800, with real content.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main() -> int:
    """Render the main view, a guide with stroke arrows, and the player mid-session."""
    from massage_desktop.engine.clock import ManualClock
    from massage_desktop.services import build_services
    from massage_desktop.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    services = build_services(tempfile.mkdtemp(prefix="md-shots-"))
    clock = ManualClock()

    def shot(window: MainWindow, name: str) -> None:
        for _ in range(3):
            app.processEvents()
        path = OUT / name
        window.grab().save(str(path))
        print(path)

    window = MainWindow(services, clock=clock, interactive=False)
    window.resize(1280, 800)
    window.show()
    window.select_region("front-knee-left")
    shot(window, "main.png")
    window.select_region("front-thigh-left")
    window.guide.show_technique("quadriceps-thumb-stripping", 0)
    shot(window, "guide.png")
    window.set_view("back")
    window.select_region("back-calf-left")
    window.guide.show_technique("flushing")
    shot(window, "back.png")
    window.select_region("front-knee-left")
    window.flow.start_routine("knee-care")
    controller = window.flow.controller
    assert controller is not None
    for _ in range(40):
        clock.advance(1)
        controller._on_timer_timeout()
    shot(window, "player.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())

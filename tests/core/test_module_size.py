"""House rule 9: the main window is split before it reaches 400 lines."""

from __future__ import annotations

from pathlib import Path

MAIN_WINDOW_LIMIT = 400


def test_the_main_window_stays_under_its_limit(repo: Path) -> None:
    path = repo / "src" / "massage_desktop" / "ui" / "main_window.py"
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines < MAIN_WINDOW_LIMIT, f"main_window.py has {lines} lines: move a part out"

"""The screenshot gallery: its recorded history is believable and every scene is written."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from tools.gallery_data import VISITS, record_history

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import Outcome
from massage_desktop.engine.plan import build_plan
from massage_desktop.storage.opening import open_history
from massage_desktop.storage.paths import AppPaths

TODAY = date(2026, 12, 7)
SCENES = [
    "welcome",
    "welcome-check-waiting",
    "region",
    "guide",
    "back",
    "editor",
    "history",
    "history-progress",
    "history-heat-all",
    "player",
    "room",
    "mini",
    "first-run-1",
    "first-run-2",
    "first-run-where",
    "first-run-3",
    "stop-advice",
    "summary",
    "summary-pain",
    "ratings",
    "summary-room",
    "resume",
    "crash",
    "settings",
    "health-profile",
    "today-check",
    "before-start",
]


def test_recorded_history_is_consistent(catalog: Catalog, tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data", tmp_path / "config", tmp_path / "cache")
    store, _report = open_history(paths)
    with store:
        recorded = record_history(store, catalog, TODAY)
        planned = len(build_plan(catalog, catalog.routines["knee-care"]))
        for summary in (recorded.summary, recorded.pain):
            assert summary.planned == planned
            not_reached = planned - summary.done - summary.skipped - summary.blocked
            assert not_reached >= 0
        assert recorded.summary.outcome is Outcome.COMPLETED
        assert recorded.summary.done + recorded.summary.skipped == planned
        assert recorded.pain.outcome is Outcome.STOPPED_FOR_PAIN
        # The resume offer: a recent session that got somewhere, as the store gives it back.
        unfinished = recorded.unfinished
        assert unfinished.outcome is Outcome.INTERRUPTED
        assert unfinished.steps
        assert TODAY - unfinished.started_at.astimezone().date() <= timedelta(days=1)
        # A few weeks of sessions, every one in the store, the pain easing.
        assert store.count_sessions() == len(VISITS)
        assert store.stats.current_streak(TODAY) >= 3
        oldest = min(s.started_at for s in store.list_sessions(limit=100))
        assert TODAY - oldest.date() >= timedelta(weeks=4)
        trend = store.stats.rating_trend("front-knee-left")
        assert trend[0].mean_before > trend[-1].mean_before
        assert recorded.finished in {s.id for s in store.list_sessions(limit=100)}


@pytest.mark.slow
def test_the_tool_writes_every_scene_at_the_screen_size(repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "shots"
    command = [sys.executable, str(repo / "tools" / "screenshots.py"), "--out", str(out)]
    command += ["--sizes", "1024x700", "--themes", "dark", "--languages", "de", "--jobs", "1"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    written = {path.name for path in out.glob("*.png")}
    expected = {f"{scene}-1024x700-dark-de.png" for scene in SCENES} | {"card-knee-care-a4-de.png"}
    assert written == expected
    # Room mode is full screen: the screen is the scene's size, not the offscreen 800x800.
    room = QImage(str(out / "room-1024x700-dark-de.png"))
    assert (room.width(), room.height()) == (1024, 700)
    history = QImage(str(out / "history-1024x700-dark-de.png"))
    assert (history.width(), history.height()) == (1024, 700)

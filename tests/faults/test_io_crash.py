"""An exception in a Qt slot: logged, the session in progress kept as interrupted, user told."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from tests.sessions import build_session

from massage_desktop.crash import LOG_NAME
from massage_desktop.domain.history import Outcome
from massage_desktop.storage.opening import open_history
from massage_desktop.storage.paths import resolve_log_dir, resolve_paths

_SCRIPT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from massage_desktop import cli
from massage_desktop.ui.crash_dialog import CrashDialog
app = QApplication([])
print("LOG", cli.watch_for_crashes(sys.argv[1]), flush=True)
# The real dialog, except that exec() would wait for a click that never comes.
CrashDialog.exec = lambda box: print("DIALOG", box.windowTitle(), "|", box.text(), flush=True)

def on_timer_timeout():
    raise ZeroDivisionError("forced in a slot")

QTimer.singleShot(0, on_timer_timeout)
QTimer.singleShot(200, app.quit)
app.exec()
print("STILL RUNNING", flush=True)
"""


def test_an_exception_in_a_slot_is_logged_kept_and_shown(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store, _ = open_history(resolve_paths(data))
    with store:
        running = build_session("running", datetime(2026, 5, 4, 19, tzinfo=UTC), steps=1)
        store.begin(running.model_copy(update={"outcome": Outcome.IN_PROGRESS}))
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(data)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    log = resolve_log_dir(data) / LOG_NAME
    assert done.returncode == 0, done.stderr
    assert f"LOG {log}\n" in done.stdout  # the seam says where it logs
    assert "STILL RUNNING" in done.stdout
    assert "DIALOG Massage Desktop: an error occurred | Something went wrong" in done.stdout
    assert str(log) in done.stdout
    assert "ZeroDivisionError: forced in a slot" in log.read_text(encoding="utf-8")
    assert log.stat().st_mode & 0o077 == 0
    store, _ = open_history(resolve_paths(data))
    with store:
        assert store.get("running").outcome is Outcome.INTERRUPTED

"""Health data stays private: the app's files are 0600, a folder the user chose keeps its mode."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from tests.sessions import build_session

from massage_desktop.domain.history import StepStatus
from massage_desktop.storage.backups import make_backup, move_aside
from massage_desktop.storage.opening import open_history
from massage_desktop.storage.paths import resolve_paths

START = datetime(2026, 5, 4, 19, 0, tzinfo=UTC)


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o7777


def _filled(folder: Path) -> None:
    store, _ = open_history(resolve_paths(folder))
    with store:
        store.insert_many([build_session("s0", START, ("back-neck",), 2, StepStatus.DONE)])


def test_a_chosen_existing_folder_keeps_its_mode(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)  # like /tmp
    paths = resolve_paths(shared)
    paths.ensure()
    assert _mode(shared) == 0o1777
    assert _mode(paths.config) == 0o700  # what the app creates is private
    assert _mode(paths.cache) == 0o700


def test_history_files_and_copies_are_private(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "data")
    store, _ = open_history(paths)
    with store:
        store.insert_many([build_session("s0", START, ("back-neck",), 2, StepStatus.DONE)])
        for suffix in ("", "-wal", "-shm"):
            assert _mode(Path(f"{paths.database}{suffix}")) == 0o600, suffix
        conn = sqlite3.connect(paths.database)
        try:
            backup = make_backup(conn, paths.backups, 1)
        finally:
            conn.close()
    assert _mode(backup) == 0o600
    moved = move_aside(paths.database, "corrupt")
    assert _mode(moved) == 0o600


def test_an_old_readable_history_is_made_private(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "data")
    _filled(tmp_path / "data")
    paths.database.chmod(0o644)
    store, _ = open_history(paths)
    store.close()
    assert _mode(paths.database) == 0o600


def test_a_command_line_export_is_private(tmp_path: Path) -> None:
    _filled(tmp_path / "data")
    target = tmp_path / "export.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "massage_desktop",
            "--data-dir",
            str(tmp_path / "data"),
            "--export-history",
            str(target),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert _mode(target) == 0o600

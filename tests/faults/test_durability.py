"""Each commit reaches the disk before the app goes on: a power cut loses at most one step."""

from __future__ import annotations

from pathlib import Path

from massage_desktop.storage.db import connect

_FULL = 2  # PRAGMA synchronous: 0 OFF, 1 NORMAL, 2 FULL


def test_history_connections_sync_every_commit(tmp_path: Path) -> None:
    conn = connect(tmp_path / "history.sqlite3")
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == _FULL
    finally:
        conn.close()

"""A backup chosen in the app is put back at the next start, before the history opens."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import StartServices
from tests.storage.conftest import make_session

from massage_desktop.messages import Level, Message
from massage_desktop.storage.backups import (
    apply_scheduled_restore,
    backup_if_due,
    list_backups,
    schedule_restore,
)
from massage_desktop.storage.opening import open_history
from massage_desktop.storage.paths import resolve_paths


def test_scheduled_backup_replaces_the_history_at_the_next_start(
    tmp_path: Path, start_services: StartServices
) -> None:
    paths = resolve_paths(tmp_path)
    store, _ = open_history(paths)
    with store:
        store.insert_many([make_session("kept")])
    assert backup_if_due(paths.database, paths.backups) is not None
    assert backup_if_due(paths.database, paths.backups) is None  # at most one a day
    store, _ = open_history(paths)
    with store:
        store.insert_many([make_session("after-the-backup")])
    [backup] = list_backups(paths.backups)
    schedule_restore(paths.data, backup.path)

    services = start_services(tmp_path)  # the next start
    assert services.history is not None
    ids = {s.id for s in services.history.list_sessions(limit=10)}
    assert ids == {"kept"}
    replaced = list(paths.data.glob("history.sqlite3.replaced-*"))
    assert len(replaced) == 1  # the newer file is kept aside, not deleted
    seen: list[Message] = []
    services.messages.subscribe(seen.append)
    assert any(m.level is Level.INFO and "restored" in m.text for m in seen)
    assert apply_scheduled_restore(paths.database, paths.data) is None  # done once


def test_a_vanished_backup_does_not_block_later_starts(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path)
    paths.ensure()
    schedule_restore(paths.data, tmp_path / "gone.sqlite3")
    assert apply_scheduled_restore(paths.database, paths.data) is None
    assert not (paths.data / "restore-pending").exists()

"""Backup copies of the history file, and moving a bad file out of the way.

SQLite's own repair tools could not salvage a damaged file in our tests, so the protection is a
few rotating copies made with ``Connection.backup()`` (consistent even while the app writes).
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from massage_desktop.storage.db import connect, user_version
from massage_desktop.storage.safe_files import make_private

KEEP_BACKUPS = 5
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^history-(\d{8}T\d{12}Z)-v(\d+)\.sqlite3$")
_SIDECARS = ("", "-wal", "-shm")  # WAL mode keeps recent commits in the -wal file


@dataclass(frozen=True)
class Backup:
    """One backup copy of the history file."""

    path: Path
    taken_at: datetime
    version: int


def _stamp(now: datetime | None) -> str:
    return (now or datetime.now(UTC)).astimezone(UTC).strftime(_STAMP)


def make_backup(
    conn: sqlite3.Connection, folder: Path, version: int, keep: int = KEEP_BACKUPS
) -> Path:
    """Copy the open database into ``folder`` and drop all but the newest ``keep`` copies.

    Raises:
        OSError: when the folder cannot be written.
        sqlite3.Error: when the copy fails (disk full).
    """
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = folder / f"history-{_stamp(None)}-v{version}.sqlite3"
    partial = target.with_name(target.name + ".partial")
    copy = sqlite3.connect(partial)
    try:
        conn.backup(copy)
    finally:
        copy.close()
    make_private(partial)
    # Renamed only when complete, so a crash never leaves a half copy that looks usable.
    os.replace(partial, target)
    prune(folder, keep)
    return target


def backup_if_due(
    database: Path, folder: Path, max_age: timedelta = timedelta(days=1)
) -> Path | None:
    """Make a routine backup when the newest one is older than ``max_age``.

    Opens its own connection, so it may run on a worker thread while the store is in use.

    Returns:
        The new copy, or None when a recent one exists or there is no database yet.
    """
    newest = list_backups(folder)
    if not database.exists() or (newest and datetime.now(UTC) - newest[0].taken_at < max_age):
        return None
    conn = connect(database)
    try:
        return make_backup(conn, folder, user_version(conn))
    finally:
        conn.close()


def list_backups(folder: Path) -> list[Backup]:
    """The backups in ``folder``, newest first."""
    found: list[Backup] = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if match:
                taken = datetime.strptime(match[1], _STAMP).replace(tzinfo=UTC)
                found.append(Backup(path, taken, int(match[2])))
    return sorted(found, key=lambda backup: backup.taken_at, reverse=True)


def prune(folder: Path, keep: int = KEEP_BACKUPS) -> None:
    """Delete all but the newest ``keep`` backups, and copies left half-made by a crash."""
    for backup in list_backups(folder)[keep:]:
        backup.path.unlink(missing_ok=True)
    for partial in folder.glob("history-*.sqlite3.partial"):
        partial.unlink(missing_ok=True)


def move_aside(database: Path, label: str) -> Path:
    """Rename the database (and its -wal and -shm files) to ``<name>.<label>-<timestamp>``.

    Returns:
        The new path of the main file.

    Raises:
        OSError: when the files cannot be renamed.
    """
    target = database.with_name(f"{database.name}.{label}-{_stamp(None)}")
    for suffix in _SIDECARS:
        source = Path(f"{database}{suffix}")
        if source.exists():
            os.replace(source, Path(f"{target}{suffix}"))
            make_private(Path(f"{target}{suffix}"))
    return target


def restore_backup(database: Path, backup: Path) -> Path | None:
    """Put a backup copy in place of the database; the store must be closed.

    The current file, if any, is kept as ``<name>.replaced-<timestamp>``.

    Returns:
        Where the replaced file went, or None when there was none.

    Raises:
        OSError: when the files cannot be moved or copied.
    """
    replaced = move_aside(database, "replaced") if database.exists() else None
    partial = database.with_name(database.name + ".restoring")
    shutil.copyfile(backup, partial)
    make_private(partial)
    os.replace(partial, database)
    return replaced


_PENDING = "restore-pending"


def schedule_restore(data_folder: Path, backup: Path) -> None:
    """Ask the next start to put ``backup`` in place, before the history is opened.

    A backup is never swapped in under a running app: its open connection would go on writing
    to the file being replaced.

    Raises:
        OSError: when the note cannot be written.
    """
    (data_folder / _PENDING).write_text(str(backup), encoding="utf-8")


def apply_scheduled_restore(database: Path, data_folder: Path) -> Path | None:
    """Put a scheduled backup in place; returns the backup used, or None when none was asked.

    The note is removed even when the backup has gone, so a missing file cannot block every
    later start.

    Raises:
        OSError: when the files cannot be moved or copied (the note is kept for a retry).
    """
    note = data_folder / _PENDING
    if not note.is_file():
        return None
    backup = Path(note.read_text(encoding="utf-8").strip())
    if not backup.is_file():
        note.unlink()
        return None
    restore_backup(database, backup)
    note.unlink()
    return backup

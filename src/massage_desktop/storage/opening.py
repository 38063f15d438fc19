"""Opening the history: check, back up, migrate, and recover from a damaged file.

``open_history`` never touches a widget. What it handled by itself (a damaged file moved
aside, a read-only file) is described in the report and, given a ``MessageBus``, posted as a
warning. What it could not handle is raised as ``StoreUnavailableError``; the caller then records
in memory (``domain.history.InMemoryRecorder``) and posts the exception's text.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from massage_desktop.messages import Code, Level, MessageBus, Part, Why
from massage_desktop.storage.backups import Backup, list_backups, make_backup, move_aside
from massage_desktop.storage.db import (
    configure,
    connect,
    quick_check,
    table_names,
    user_version,
    write,
)
from massage_desktop.storage.errors import (
    StoreTooNewError,
    StoreUnavailableError,
    StoreWriteError,
    is_damage,
    translate,
)
from massage_desktop.storage.history import HistoryStore
from massage_desktop.storage.migrations import CURRENT_VERSION, migrate
from massage_desktop.storage.paths import AppPaths
from massage_desktop.storage.safe_files import create_private, make_private


class OpenStatus(StrEnum):
    """What ``open_history`` found."""

    OPENED = "opened"  # a current file, opened as it was
    CREATED = "created"  # no file yet: a new, empty history
    MIGRATED = "migrated"  # an older file, backed up and upgraded
    RECOVERED = "recovered"  # a damaged file, moved aside; a new, empty history


@dataclass(frozen=True)
class OpenReport:
    """What happened while opening, for the caller to show or log."""

    status: OpenStatus
    from_version: int  # the schema version found (0: new or damaged)
    backup: Path | None  # the copy taken before migrating
    moved_aside: Path | None  # where a damaged file went
    backups: tuple[Backup, ...]  # the backup copies that exist, newest first
    writable: bool  # False: past sessions can be read, new ones must be kept in memory
    message: str  # plain words for the user; "" when there is nothing to tell
    write_error: StoreWriteError | None = None  # why it is not writable, when a write failed


class OpenResult(NamedTuple):
    """The open store and the report; unpack as ``store, report = open_history(paths)``."""

    store: HistoryStore
    report: OpenReport


class _DamagedError(Exception):
    """The file is damaged or is not a history file."""


def _refusal(error: sqlite3.Error) -> Exception:
    return _DamagedError(str(error)) if is_damage(error) else translate(error, "open the history")


def _open_checked(database: Path) -> sqlite3.Connection:
    try:
        conn = connect(database, configured=False)
    except sqlite3.Error as error:
        raise _refusal(error) from error
    try:
        if user_version(conn) > CURRENT_VERSION:  # checked before anything rewrites the file
            raise StoreTooNewError(
                "The history was saved by a newer version of Massage Desktop, so this version "
                "left it untouched. Update the app to see your history."
            )
        configure(conn)
        problems = quick_check(conn)
        if not problems and user_version(conn) == 0 and table_names(conn):
            problems = ["the file holds tables but is not a Massage Desktop history"]
    except sqlite3.Error as error:
        conn.close()
        raise _refusal(error) from error
    except BaseException:
        conn.close()
        raise
    if problems:
        conn.close()
        raise _DamagedError(problems[0])
    return conn


def _upgrade(conn: sqlite3.Connection, paths: AppPaths, found: int) -> Path | None:
    if found >= CURRENT_VERSION:  # newer ones were refused by _open_checked
        return None
    backup = None
    if found > 0:  # an empty new file has nothing worth copying
        try:
            backup = make_backup(conn, paths.backups, found)
        except (OSError, sqlite3.Error) as error:
            raise StoreUnavailableError(
                f"Could not make a backup before upgrading the history ({error}); "
                "the file was left as it was.",
                why=Why.HISTORY_NO_BACKUP,
            ) from error
    migrate(conn)
    return backup


def _write_error(conn: sqlite3.Connection) -> StoreWriteError | None:
    # Rewriting the version number is the smallest real write: it finds a read-only file or a
    # full disk now instead of in the middle of the first session. Either way the past
    # sessions can still be read (and exported).
    try:
        with write(conn, "open the history for writing"):
            conn.execute(f"PRAGMA user_version = {CURRENT_VERSION}")
    except StoreWriteError as error:
        if error.errorname in ("SQLITE_READONLY", "SQLITE_FULL"):
            return error
        raise
    return None


def _message(status: OpenStatus, moved: Path | None, writable: bool, backups: list[Backup]) -> str:
    parts = []
    if status is OpenStatus.RECOVERED and moved is not None:
        parts.append(
            f"The history file was damaged and could not be read. It was kept as {moved.name} "
            "and a new, empty history was started."
        )
        if backups:
            newest = backups[0].taken_at.astimezone().strftime("%d %B %Y, %H:%M")
            count = (
                "1 backup copy exists"
                if len(backups) == 1
                else f"{len(backups)} backup copies exist"
            )
            parts.append(
                f"{count}; the newest is from {newest}. File ▸ Restore a backup brings one back."
            )
        else:
            parts.append("There are no backup copies to restore.")
    if not writable:
        parts.append(
            "The history file is read-only: past sessions can be viewed, but new ones are "
            "kept only until the app closes. Export them before quitting."
        )
    return " ".join(parts)


def _message_parts(
    status: OpenStatus, moved: Path | None, writable: bool, backups: list[Backup]
) -> tuple[Part, ...]:
    """``_message`` as message codes, for the window to translate."""
    parts = []
    if status is OpenStatus.RECOVERED and moved is not None:
        parts.append(Part(Code.HISTORY_RECOVERED, (moved.name,)))
        if backups:
            newest = backups[0].taken_at.astimezone()
            parts.append(Part(Code.HISTORY_BACKUPS, (newest,), len(backups)))
        else:
            parts.append(Part(Code.HISTORY_NO_BACKUPS))
    if not writable:
        parts.append(Part(Code.HISTORY_FILE_READ_ONLY))
    return tuple(parts)


def _make_files_private(database: Path) -> None:
    # SQLite gives its -wal and -shm files the mode of the database file: a new database
    # created private (and an old one made private) keeps all three readable by the user only.
    if not database.exists():
        with contextlib.suppress(OSError):  # a read-only folder: _open_checked says so
            create_private(database)
    make_private(database)


def open_history(paths: AppPaths, bus: MessageBus | None = None) -> OpenResult:
    """Open (creating, upgrading or replacing as needed) the history at ``paths.database``.

    Raises:
        StoreTooNewError: the file comes from a newer app version; it is left untouched.
        StoreUnavailableError: the file or its folder cannot be used (permissions, disk full, a
            failed backup or upgrade); the message says what happened in plain words.
    """
    database = paths.database
    try:
        paths.data.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise StoreUnavailableError(
            f"Could not create the history folder {paths.data} ({error.strerror}).",
            why=Why.HISTORY_NO_FOLDER,
        ) from error
    status = OpenStatus.OPENED if database.exists() else OpenStatus.CREATED
    moved = None
    _make_files_private(database)
    try:
        conn = _open_checked(database)
    except _DamagedError:
        try:
            moved = move_aside(database, "corrupt")
        except OSError as error:
            raise StoreUnavailableError(
                f"The history file is damaged and could not be moved aside ({error.strerror}).",
                why=Why.HISTORY_NOT_MOVED,
            ) from error
        _make_files_private(database)
        try:
            status, conn = OpenStatus.RECOVERED, _open_checked(database)
        except _DamagedError as error:  # a brand-new file cannot be damaged; the disk is failing
            raise StoreUnavailableError(f"Could not start a new history file ({error}).") from None
    make_private(*(Path(f"{database}{suffix}") for suffix in ("", "-wal", "-shm")))
    store = HistoryStore(conn, database)
    try:
        found = user_version(conn)
        backup = _upgrade(conn, paths, found)
        write_error = _write_error(conn)
        writable = write_error is None
        if writable:
            store.purge_deleted()  # undo of a delete lasts only while the app runs
    except BaseException:
        store.close()
        raise
    if backup is not None:
        status = OpenStatus.MIGRATED
    backups = list_backups(paths.backups)
    full = write_error is not None and write_error.errorname == "SQLITE_FULL"
    # A full disk is told by the recorder, in the words used when it fills mid-session.
    message = _message(status, moved, writable or full, backups)
    if bus is not None and message:
        parts = _message_parts(status, moved, writable or full, backups)
        bus.post(Level.WARNING, "History", message, *parts)
    report = OpenReport(
        status, found, backup, moved, tuple(backups), writable, message, write_error
    )
    return OpenResult(store, report)

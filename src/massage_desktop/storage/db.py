"""Connections to the history file: pragmas, the integrity check and write transactions.

Python 3.11's implicit transactions do not wrap DDL, so connections run with
``isolation_level=None`` and every change goes through ``write()``, which issues an explicit
``BEGIN IMMEDIATE`` (the write lock is taken up front, so a transaction never fails halfway
for lack of it).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from massage_desktop.storage.errors import translate

BUSY_TIMEOUT_S = 5.0
JOURNAL_LIMIT = 64 * 1024 * 1024


def connect(path: Path, configured: bool = True) -> sqlite3.Connection:
    """Open the history file with the store's settings (WAL, synchronous=FULL, foreign keys).

    Args:
        path: the database file.
        configured: False to leave the settings to the caller; switching to WAL rewrites the
            file header, which a file from a newer app version must be spared.

    Raises:
        sqlite3.Error: when the file cannot be opened or is not a database; the caller decides
            whether that means "damaged" or "unavailable".
    """
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S)
    try:
        if configured:
            configure(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def configure(conn: sqlite3.Connection) -> None:
    """Apply the per-connection settings; the first read of the file happens here."""
    # WAL: readers never block the writer, and a commit is one append. FULL syncs the log at
    # every commit, so a power cut loses at most the step in progress (the README's promise);
    # NORMAL could lose the last few commits. At one commit per step the cost is one fsync.
    conn.execute("PRAGMA journal_mode=WAL").fetchone()
    conn.execute("PRAGMA synchronous=FULL")
    # After a big import the log would otherwise keep its peak size until the app closes.
    conn.execute(f"PRAGMA journal_size_limit={JOURNAL_LIMIT}")
    conn.execute("PRAGMA foreign_keys=ON")


def quick_check(conn: sqlite3.Connection) -> list[str]:
    """Problems reported by ``PRAGMA quick_check``; empty when the file is sound."""
    rows = conn.execute("PRAGMA quick_check").fetchall()
    return [str(row[0]) for row in rows if row[0] != "ok"]


def user_version(conn: sqlite3.Connection) -> int:
    """The schema version stored in the file (0 for a new, empty file)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def table_names(conn: sqlite3.Connection) -> set[str]:
    """Names of the user tables in the file."""
    rows = conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return {str(row[0]) for row in rows}


def rollback(conn: sqlite3.Connection) -> None:
    """Roll back if a transaction is still open."""
    if conn.in_transaction:
        # After SQLITE_FULL or an I/O error SQLite may already have rolled back by itself.
        with suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


@contextmanager
def write(conn: sqlite3.Connection, action: str) -> Iterator[sqlite3.Connection]:
    """Run the block as one transaction, committed when the block ends without error.

    Args:
        conn: a connection opened by ``connect``.
        action: what the block does, for the error message ("save the step").

    Raises:
        StoreWriteError: when SQLite fails (disk full, read-only, damaged file); nothing of the
            block is kept.
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as error:
        raise translate(error, action) from error
    try:
        yield conn
        conn.execute("COMMIT")
    except sqlite3.Error as error:
        rollback(conn)
        raise translate(error, action) from error
    except BaseException:
        rollback(conn)
        raise


@contextmanager
def reading(action: str) -> Iterator[None]:
    """Turn SQLite errors raised by a query into typed store errors."""
    try:
        yield
    except sqlite3.Error as error:
        raise translate(error, action) from error

"""Typed failures of the history store, each with a message in plain words.

The caller shows ``str(error)`` to the user as it is, so every message says what happened and
what still works, without SQLite jargon. ``StoreUnavailableError`` (and its subclasses) means "keep
the session in memory instead" (``domain.history.InMemoryRecorder``) and offer an export.
"""

from __future__ import annotations

import sqlite3

from massage_desktop.messages import Reason, Why

# SQLite primary result codes (``sqlite_errorname`` without the extended suffix).
_DAMAGED = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}
_FULL = {"SQLITE_FULL"}
_READ_ONLY = {"SQLITE_READONLY", "SQLITE_PERM", "SQLITE_CANTOPEN", "SQLITE_AUTH"}


class StoreError(Exception):
    """Base class for everything the history store raises on purpose.

    Attributes:
        why: the kind of failure, for the window to say in the user's language
            (``reason``); the message itself stays English for logs and the command line.
    """

    why: Why = Why.OTHER

    def __init__(self, *args: object, why: Why | None = None) -> None:
        super().__init__(*args)
        if why is not None:
            self.why = why

    @property
    def reason(self) -> Reason:
        """The failure as a message argument: its kind and its English text."""
        return Reason(self.why, str(self))


class UnknownSessionError(StoreError, KeyError):
    """No session with this id (or it was deleted)."""

    def __str__(self) -> str:
        # KeyError would print the repr of its argument; keep the plain message.
        return str(self.args[0]) if self.args else "Unknown session."


class DuplicateSessionError(StoreError, ValueError):
    """A session or step with this id or position is already stored."""


class DamagedSessionError(StoreError, ValueError):
    """One stored session holds a value this version cannot read; the rest is unaffected."""


class StoreUnavailableError(StoreError):
    """The history cannot be read or written at all; keep sessions in memory instead."""


class StoreTooNewError(StoreUnavailableError):
    """The file was written by a newer version of the app; it is left untouched."""

    why = Why.HISTORY_TOO_NEW


class StoreWriteError(StoreUnavailableError):
    """A change could not be saved (disk full, read-only, input/output error).

    Attributes:
        errorname: SQLite's error name, e.g. ``SQLITE_FULL``, or ``""`` when unknown.
    """

    def __init__(self, message: str, errorname: str = "", why: Why | None = None) -> None:
        super().__init__(message, why=why)
        self.errorname = errorname


class StoreDamagedError(StoreWriteError):
    """The file turned out to be damaged while the app was running."""

    why = Why.HISTORY_DAMAGED


def error_name(error: sqlite3.Error) -> str:
    """SQLite's primary error name (``SQLITE_READONLY_DBMOVED`` -> ``SQLITE_READONLY``)."""
    name = getattr(error, "sqlite_errorname", "") or ""
    parts = name.split("_")
    return "_".join(parts[:2]) if len(parts) > 2 else name


def is_damage(error: sqlite3.Error) -> bool:
    """Whether an error means the file is damaged or is not a database at all."""
    if error_name(error) in _DAMAGED:
        return True
    text = str(error).lower()
    return "malformed" in text or "not a database" in text


def translate(error: sqlite3.Error, action: str) -> StoreWriteError:
    """Turn a SQLite error into a typed store error whose message a user can act on.

    Args:
        error: what sqlite3 raised.
        action: what was being done, as a short phrase ("save the step").
    """
    name = error_name(error)
    if name in _FULL:
        text = f"Could not {action}: the disk is full. Free some space; nothing was lost."
        why = Why.HISTORY_FULL
    elif name in _READ_ONLY:
        text = f"Could not {action}: the history file or its folder is read-only."
        why = Why.HISTORY_READ_ONLY
    elif is_damage(error):
        return StoreDamagedError(
            f"Could not {action}: the history file is damaged. Restart the app to repair it.",
            name,
        )
    elif name == "SQLITE_BUSY":
        text = f"Could not {action}: another program is using the history file."
        why = Why.HISTORY_BUSY
    else:
        text = f"Could not {action}: the history file could not be used ({error})."
        why = Why.OTHER
    return StoreWriteError(text, name, why)

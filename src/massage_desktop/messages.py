"""The message bridge: logic posts notices and errors here, the UI decides how to show them.

Nothing outside ``ui/`` touches a widget; code that has something to tell the user posts a
``Message`` and whichever front end is running (the window, or the command line) subscribes.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum, unique


class Level(StrEnum):
    """How much a message matters to the user."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@unique
class Code(StrEnum):
    """What a message says, for the UI to show in the user's language (see ``ui/message_text``).

    The core stays Qt-free and writes English (``Message.text``, for logs and the command
    line); the window translates from the code and its arguments instead.
    """

    DATA_FOLDER_IS_FILE = "data-folder-is-file"  # path
    DATA_FOLDER_NOT_CREATED = "data-folder-not-created"  # path, reason
    BACKUP_NOT_RESTORED = "backup-not-restored"  # reason
    BACKUP_RESTORED = "backup-restored"  # file name
    HISTORY_UNAVAILABLE = "history-unavailable"  # reason
    HISTORY_READ_ONLY = "history-read-only"
    SESSIONS_NOT_SAVED = "sessions-not-saved"  # reason
    HISTORY_RECOVERED = "history-recovered"  # file name
    HISTORY_BACKUPS = "history-backups"  # newest (datetime); count
    HISTORY_NO_BACKUPS = "history-no-backups"
    HISTORY_FILE_READ_ONLY = "history-file-read-only"
    SETTINGS_DISK_FULL = "settings-disk-full"
    SETTINGS_DISK_READ_ONLY = "settings-disk-read-only"
    SETTINGS_NO_PERMISSION = "settings-no-permission"  # file name
    SETTINGS_NOT_SAVED = "settings-not-saved"  # reason
    SETTINGS_UNREADABLE = "settings-unreadable"  # path, reason
    SETTINGS_DAMAGED = "settings-damaged"
    SETTINGS_RESET = "settings-reset"  # names; count
    HEALTH_NOT_SAVED = "health-not-saved"  # path, reason
    HEALTH_UNREADABLE = "health-unreadable"  # path, reason
    HEALTH_DAMAGED = "health-damaged"
    KEPT_COPY = "kept-copy"  # path; only after another part
    OWN_ROUTINES_SKIPPED = "own-routines-skipped"  # folder, problems; count of files
    OWN_ROUTINE_NOT_SAVED = "own-routine-not-saved"  # name, reason
    ROUTINE_NOT_IMPORTED = "routine-not-imported"  # file, problems
    ROUTINE_IMPORTED = "routine-imported"  # name
    ROUTINE_NOT_EXPORTED = "routine-not-exported"  # file, reason
    ROUTINE_EXPORTED = "routine-exported"  # name, file
    # History export and import (storage.transfer): carried by TransferError.part.
    EXPORT_BAD_NAME = "export-bad-name"  # file
    EXPORT_NOT_WRITTEN = "export-not-written"  # file, reason
    IMPORT_IS_CSV = "import-is-csv"  # file
    IMPORT_NOT_READ = "import-not-read"  # file, reason
    IMPORT_NOT_A_FILE = "import-not-a-file"  # file
    IMPORT_TOO_LARGE = "import-too-large"  # file, limit in MB
    IMPORT_SESSION_TOO_LONG = "import-session-too-long"  # file
    IMPORT_TOO_DEEP = "import-too-deep"  # file
    IMPORT_NOT_TEXT = "import-not-text"  # file
    IMPORT_NOT_UTF8 = "import-not-utf8"  # file
    IMPORT_NOT_JSON = "import-not-json"  # file, the parser's English detail
    IMPORT_NOT_AN_EXPORT = "import-not-an-export"  # file
    IMPORT_NO_VERSION = "import-no-version"  # file
    IMPORT_TOO_NEW = "import-too-new"  # file
    IMPORT_NO_SESSIONS = "import-no-sessions"  # file
    IMPORT_REJECTED = "import-rejected"  # invalid sessions, file; count of sessions


@unique
class Why(StrEnum):
    """Why something failed, in words the UI can translate (the English stays for logs)."""

    DISK_FULL = "disk-full"
    READ_ONLY_DISK = "read-only-disk"
    NO_PERMISSION = "no-permission"
    NOT_FOUND = "not-found"
    NOT_A_FOLDER = "not-a-folder"
    IS_A_FOLDER = "is-a-folder"
    IO_ERROR = "io-error"
    HISTORY_FULL = "history-full"
    HISTORY_READ_ONLY = "history-read-only"
    HISTORY_DAMAGED = "history-damaged"
    HISTORY_BUSY = "history-busy"
    HISTORY_TOO_NEW = "history-too-new"
    HISTORY_NO_FOLDER = "history-no-folder"
    HISTORY_NOT_MOVED = "history-not-moved"
    HISTORY_NO_BACKUP = "history-no-backup"
    OTHER = "other"  # shown in English: the system's own words are all there is


_ERRNO_WHY = {
    errno.ENOSPC: Why.DISK_FULL,
    errno.EDQUOT: Why.DISK_FULL,
    errno.EROFS: Why.READ_ONLY_DISK,
    errno.EACCES: Why.NO_PERMISSION,
    errno.EPERM: Why.NO_PERMISSION,
    errno.ENOENT: Why.NOT_FOUND,
    errno.ENOTDIR: Why.NOT_A_FOLDER,
    errno.EISDIR: Why.IS_A_FOLDER,
    errno.EIO: Why.IO_ERROR,
}


@dataclass(frozen=True)
class Reason:
    """A failure's cause as a message argument: ``why`` for the window, ``english`` for logs.

    The operating system and SQLite describe errors in English only (``strerror``); passing
    the kind lets the window say it in the user's language, and ``str()`` keeps the English.
    """

    why: Why
    english: str

    def __str__(self) -> str:
        return self.english

    @classmethod
    def of_os_error(cls, error: OSError) -> Reason:
        """The reason an ``OSError`` gives, by its ``errno``."""
        why = _ERRNO_WHY.get(error.errno, Why.OTHER) if error.errno is not None else Why.OTHER
        return cls(why, str(error.strerror or error))


@dataclass(frozen=True)
class SettingNames:
    """Names of settings as a message argument: the keys for the window, English for logs."""

    keys: tuple[str, ...]
    english: str

    def __str__(self) -> str:
        return self.english


@dataclass(frozen=True)
class Part:
    """One sentence (or a few) of a message: its code, its arguments and a count for plurals."""

    code: Code
    args: tuple[object, ...] = ()
    count: int | None = None


@dataclass(frozen=True)
class Message:
    """Something to tell the user, in plain words.

    ``title`` and ``text`` are English (logs, the command line); ``parts`` say the same as
    codes, which the window shows in the user's language. The first part gives the title.
    """

    level: Level
    title: str
    text: str
    parts: tuple[Part, ...] = ()


Listener = Callable[[Message], None]


class MessageBus:
    """Delivers messages to subscribers; keeps them until the first subscriber arrives.

    Start-up problems (a broken settings file, a moved-aside database) are found before any
    window exists, so early messages wait in a queue instead of being lost.
    """

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._pending: list[Message] = []

    def subscribe(self, listener: Listener) -> None:
        """Receive every future message, and any that arrived before anyone listened."""
        self._listeners.append(listener)
        pending, self._pending = self._pending, []
        for message in pending:
            listener(message)

    def post(self, level: Level, title: str, text: str, *parts: Part) -> None:
        """Send a message to every subscriber (or queue it if there are none yet).

        ``parts`` say ``text`` again as message codes, for the window to translate.
        """
        message = Message(level, title, text, parts)
        if not self._listeners:
            self._pending.append(message)
        for listener in list(self._listeners):
            listener(message)

"""Reading a history export safely: the file is opened, streamed and checked session by session.

Every way a file can fail to be an export (a CSV, a FIFO, too large, binary, not UTF-8, nested
too deeply, another program's JSON, a newer format) becomes a ``TransferError`` with a message
code the window says in the user's language; invalid sessions are collected as ``Problem``s,
up to ``MAX_PROBLEMS``, and reported together in one ``ImportRejectedError``.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from massage_desktop.domain.history import SessionRecord
from massage_desktop.messages import Code, Part, Reason
from massage_desktop.storage.json_stream import JsonStream, JsonStreamError

FORMAT = "massage-desktop-history"
FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 512 * 1024 * 1024  # about 300,000 sessions; anything bigger is not ours
MAX_SESSION_CHARS = 16 * 2**20  # far above MAX_STEPS steps and the longest notes
MAX_PROBLEMS = 100  # enough to fix a file by hand; a garbage file would list millions


class TransferError(Exception):
    """An export or import failed; the message says why in plain words.

    Attributes:
        part: The same as a message code and its arguments, for the window to say in the
            user's language (``ui.message_text.error_text``); the English stays for logs.
    """

    def __init__(self, message: str, part: Part | None = None) -> None:
        super().__init__(message)
        self.part = part


def failed(code: Code, english: str, *args: object) -> TransferError:
    """A ``TransferError`` with its English message and the code the window translates."""
    return TransferError(english, Part(code, args))


@dataclass(frozen=True)
class Problem:
    """One invalid value in an import file: session number (from 0), field path, reason."""

    index: int
    field: str
    message: str


class ImportRejectedError(TransferError):
    """The file has invalid sessions; nothing was imported.

    Attributes:
        problems: the first ``MAX_PROBLEMS`` problems, in file order.
        total: how many problems there are in all.
    """

    def __init__(
        self, message: str, problems: list[Problem], total: int, part: Part | None = None
    ) -> None:
        super().__init__(message, part)
        self.problems = problems
        self.total = total


@contextmanager
def open_export(path: Path, max_bytes: int) -> Iterator[JsonStream]:
    """Open ``path`` for streaming as an export, refusing what cannot be one before reading.

    Raises:
        TransferError: a CSV, not a regular file, larger than ``max_bytes``, unreadable, or
            (while the stream is used) not JSON text an export could be.
    """
    name = path.name
    if path.suffix.lower() == ".csv":
        raise failed(
            Code.IMPORT_IS_CSV,
            f"{name} is a spreadsheet (CSV) export, which cannot be imported. "
            "Import the .json export instead.",
            name,
        )
    try:
        # Non-blocking: opening a FIFO for reading would otherwise wait for a writer forever.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise _not_read(name, error) from error
    info = os.fstat(fd)  # of what was opened, so a file swapped in meanwhile is seen
    if not stat.S_ISREG(info.st_mode) or info.st_size > max_bytes:
        os.close(fd)
        if not stat.S_ISREG(info.st_mode):
            raise failed(
                Code.IMPORT_NOT_A_FILE,
                f"{name} is not a regular file, so it is not a history export.",
                name,
            )
        raise _too_large(name, info.st_size, max_bytes)
    with os.fdopen(fd, "rb") as handle:
        try:
            yield JsonStream(handle, max_bytes, MAX_SESSION_CHARS)
        except OSError as error:
            raise _not_read(name, error) from error
        except JsonStreamError as error:
            raise _unreadable(name, error, max_bytes) from None


def _not_read(name: str, error: OSError) -> TransferError:
    return failed(
        Code.IMPORT_NOT_READ,
        f"Could not read {name}: {error.strerror}.",
        name,
        Reason.of_os_error(error),
    )


def _too_large(name: str, size: int, limit: int) -> TransferError:
    return failed(
        Code.IMPORT_TOO_LARGE,
        f"{name} is too large to be a history export "
        f"({size // 2**20} MB; the limit is {limit // 2**20} MB).",
        name,
        limit // 2**20,
    )


def _unreadable(name: str, error: JsonStreamError, max_bytes: int) -> TransferError:
    if error.kind == "too large":
        return _too_large(name, max_bytes + 1, max_bytes)
    known = {
        "too long": (
            Code.IMPORT_SESSION_TOO_LONG,
            f"{name} holds a session too long to be part of a history export.",
        ),
        "too deep": (Code.IMPORT_TOO_DEEP, f"{name} is nested too deeply to be a history export."),
        "binary": (
            Code.IMPORT_NOT_TEXT,
            f"{name} is not a text file, so it is not a history export.",
        ),
        "not utf-8": (
            Code.IMPORT_NOT_UTF8,
            f"{name} is not UTF-8 text, so it is not a history export.",
        ),
    }
    if error.kind in known:
        code, english = known[error.kind]
        return failed(code, english, name)
    return failed(Code.IMPORT_NOT_JSON, f"{name} is not valid JSON ({error}).", name, str(error))


def _not_an_export(name: str) -> TransferError:
    return failed(
        Code.IMPORT_NOT_AN_EXPORT, f"{name} is not a Massage Desktop history export.", name
    )


class Checker:
    """Checks the sessions of one export as they stream past and keeps count of problems."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.repeated = 0
        self.problems: list[Problem] = []
        self.total = 0  # problems, including those beyond MAX_PROBLEMS
        self.bad = 0  # sessions with problems
        # The first session of each id, by its number and a digest of its content: a repeat
        # with the same content is skipped, one with other content is a conflict.
        self._seen: dict[str, tuple[int, bytes]] = {}

    def records(self, stream: JsonStream) -> Iterator[SessionRecord]:
        """The valid sessions, unique by id, while no problem has been found.

        Raises:
            JsonStreamError: from reading (the caller turns it into a ``TransferError``).
            TransferError: the file is not a history export.
            ImportRejectedError: at the end, when any session was invalid.
        """
        if stream.peek() not in ("{", ""):
            raise _not_an_export(self.name)
        header: dict[str, Any] = {}
        count = 0
        for count, item in enumerate(stream.object_elements("sessions", header), start=1):
            self._check_header(header)  # a wrong header found before the list stops it early
            record = self._check(count - 1, item, stream.surrogate_escape)
            if record is not None and not self.total:
                yield record
        if not stream.at_end():
            raise JsonStreamError("json", "extra data after the end of the export")
        self._check_header(header, complete=True)
        if self.total:
            first = self.problems[0]
            raise ImportRejectedError(
                f"{self.bad} of {count} sessions in {self.name} are not valid, so nothing was "
                f"imported. Session {first.index + 1}, {first.field}: {first.message}",
                self.problems,
                self.total,
                # The window lists every problem beside it; the count and file are enough.
                Part(Code.IMPORT_REJECTED, (self.bad, self.name), count),
            )

    def _check_header(self, header: dict[str, Any], complete: bool = False) -> None:
        name = self.name
        if (complete or "format" in header) and header.get("format") != FORMAT:
            raise _not_an_export(name)
        if complete or "version" in header:
            version = header.get("version")
            if not isinstance(version, int) or isinstance(version, bool) or version < 1:
                raise failed(Code.IMPORT_NO_VERSION, f"{name} has no valid format version.", name)
            if version > FORMAT_VERSION:
                raise failed(
                    Code.IMPORT_TOO_NEW,
                    f"{name} was made by a newer version of Massage Desktop.",
                    name,
                )
        if complete and header.get("sessions") is not True:
            raise failed(Code.IMPORT_NO_SESSIONS, f"{name} has no list of sessions.", name)

    def _check(self, index: int, item: Any, escapes: bool) -> SessionRecord | None:
        found: list[Problem] = []
        record: SessionRecord | None = None
        bad_text = _invalid_text(item) if escapes else None
        if bad_text is not None:
            found.append(Problem(index, bad_text, "is not valid text (a lone surrogate)"))
        else:
            try:
                record = SessionRecord.model_validate(item)
            except ValidationError as error:
                found += [Problem(index, _field(e["loc"]), e["msg"]) for e in error.errors()]
        if record is not None:
            positions = [step.position for step in record.steps]
            if len(set(positions)) != len(positions):
                found.append(Problem(index, "steps", "two steps have the same position"))
        if record is not None and not found:
            digest = hashlib.blake2b(record.model_dump_json().encode(), digest_size=16).digest()
            first, first_digest = self._seen.setdefault(record.id, (index, digest))
            if first == index:
                return record
            if first_digest == digest:
                self.repeated += 1
                return None
            message = f"the same id as session {first + 1}, with other content"
            found.append(Problem(index, "id", message))
        self.bad += 1
        self.total += len(found)
        self.problems += found[: MAX_PROBLEMS - len(self.problems)]
        return None


def _invalid_text(item: Any) -> str | None:
    r"""The field path of the first text holding a lone surrogate, which cannot be stored.

    JSON allows ``"\ud800"``; UTF-8, and so SQLite, cannot hold it.
    """
    stack: list[tuple[tuple[int | str, ...], Any]] = [((), item)]
    while stack:
        loc, value = stack.pop()
        if isinstance(value, dict):
            for key, inner in value.items():
                if not _encodable(key):
                    return _field((*loc, ascii(key)))
                stack.append(((*loc, key), inner))
        elif isinstance(value, list):
            stack.extend(((*loc, i), inner) for i, inner in enumerate(value))
        elif isinstance(value, str) and not _encodable(value):
            return _field(loc)
    return None


def _encodable(text: str) -> bool:
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _field(loc: tuple[int | str, ...]) -> str:
    text = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc)
    return text.lstrip(".") or "(the session itself)"

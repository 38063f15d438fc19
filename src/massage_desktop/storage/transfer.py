"""Export and import of the session history; the format follows the file's extension.

``.json`` is complete and re-importable: ``{"format": "massage-desktop-history",
"version": 1, "exported_at": ..., "sessions": [SessionRecord, ...]}``. ``.csv`` has one row per
step (a session without steps gets one row with empty step columns) for spreadsheets. CSV is
export-only: spreadsheets rewrite dates and ids, so importing one back would corrupt history;
an import of a ``.csv`` file is refused with a message saying to use the JSON export.

Export works from any ``SessionRecord`` iterable: ``store.iter_records()``, or the sessions of
an ``InMemoryRecorder`` when the disk could not be written.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from pydantic import ValidationError

from massage_desktop.domain.history import SessionRecord
from massage_desktop.messages import Code, Part, Reason
from massage_desktop.storage.history import HistoryStore
from massage_desktop.storage.json_stream import JsonStream, JsonStreamError

FORMAT = "massage-desktop-history"
FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 512 * 1024 * 1024  # about 300,000 sessions; anything bigger is not ours
MAX_SESSION_CHARS = 16 * 2**20  # far above MAX_STEPS steps and the longest notes
MAX_PROBLEMS = 100  # enough to fix a file by hand; a garbage file would list millions
CSV_COLUMNS = (
    "session_id", "started_at", "ended_at", "kind", "subject_id", "performer", "outcome",
    "stop_reason", "ratings_before", "ratings_after", "notes", "step_position",
    "technique_id", "step_index", "region_ids", "side", "planned_s", "actual_s",
    "repetitions", "status", "step_started_at",
)  # fmt: skip


class TransferError(Exception):
    """An export or import failed; the message says why in plain words.

    Attributes:
        part: The same as a message code and its arguments, for the window to say in the
            user's language (``ui.message_text.error_text``); the English stays for logs.
    """

    def __init__(self, message: str, part: Part | None = None) -> None:
        super().__init__(message)
        self.part = part


def _failed(code: Code, english: str, *args: object) -> TransferError:
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


@dataclass(frozen=True)
class ImportResult:
    """What an import did."""

    added: int
    skipped: int  # already in the history, or repeated in the file

    @property
    def message(self) -> str:
        """A sentence for the user."""
        return f"Imported {self.added} sessions; {self.skipped} were already in the history."


def export_history(records: Iterable[SessionRecord], path: Path) -> int:
    """Write sessions to ``path`` (``.json`` or ``.csv``); returns how many were written.

    The file appears complete or not at all (written beside it, then renamed).

    Raises:
        TransferError: for another extension, or when the file cannot be written.
    """
    writers = {".json": _write_json, ".csv": _write_csv}
    writer = writers.get(path.suffix.lower())
    if writer is None:
        raise _failed(
            Code.EXPORT_BAD_NAME,
            f"Cannot export to {path.name}: choose a .json or .csv file name.",
            path.name,
        )
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as out:
            written = writer(records, out)
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise _failed(
            Code.EXPORT_NOT_WRITTEN,
            f"Could not write {path.name}: {error.strerror}.",
            path.name,
            Reason.of_os_error(error),
        ) from error
    except BaseException:
        partial.unlink(missing_ok=True)  # e.g. the store failed while being read
        raise
    return written


def _write_json(records: Iterable[SessionRecord], out: TextIO) -> int:
    # Streamed one session at a time: a 100,000-session history never sits in memory as text.
    header = {"format": FORMAT, "version": FORMAT_VERSION, "exported_at": _now()}
    out.write(json.dumps(header)[:-1] + ', "sessions": [')
    count = 0
    for count, record in enumerate(records, start=1):
        out.write(("\n" if count == 1 else ",\n") + record.model_dump_json())
    out.write("\n]}\n")
    return count


def _write_csv(records: Iterable[SessionRecord], out: TextIO) -> int:
    out.write("\ufeff")  # lets spreadsheet programs detect UTF-8
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for record in records:
        count += 1
        session = [
            *(_cell(v) for v in (record.id, _when(record.started_at))),
            _when(record.ended_at) if record.ended_at else "",
            *(_cell(v) for v in (record.kind, record.subject_id, record.performer)),
            record.outcome.value,
            _cell(record.stop_reason or ""),
            _cell(";".join(f"{k}={v}" for k, v in record.ratings_before.items())),
            _cell(";".join(f"{k}={v}" for k, v in record.ratings_after.items())),
            _cell(record.notes),
        ]
        if not record.steps:
            writer.writerow(session + [""] * (len(CSV_COLUMNS) - len(session)))
        for step in record.steps:
            values = (step.position, step.technique_id, step.step_index, ";".join(step.region_ids))
            seconds = (_seconds(step.planned_s), _seconds(step.actual_s))
            more = (step.side, *seconds, step.repetitions, step.status)
            cells = [_cell("" if v is None else str(v)) for v in (*values, *more)]
            writer.writerow([*session, *cells, _when(step.started_at)])
    return count


def _seconds(value: float | None) -> str | None:
    """Seconds to a tenth: a spreadsheet user reads 7.1, not 7.084969039862958."""
    return None if value is None else f"{value:.1f}"


def _when(moment: datetime) -> str:
    """Local time to the second, with its UTC offset, so the moment stays exact."""
    return moment.astimezone().isoformat(timespec="seconds")


def _cell(value: str) -> str:
    # A leading = + - @ makes spreadsheets run the cell as a formula (CSV injection); a
    # leading quote is doubled too, so a text that began with "'" reads back unchanged.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r", "'") else value


def _now() -> str:
    return datetime.now(UTC).isoformat()


def read_export(path: Path, max_bytes: int = MAX_IMPORT_BYTES) -> tuple[list[SessionRecord], int]:
    """Read and check a JSON export completely (into memory: for tests and small files).

    Returns:
        The sessions (first of each id) and how many repeated an earlier one in the file.

    Raises:
        ImportRejectedError: some sessions are invalid (all problems are listed, nothing is kept).
        TransferError: the file is not a JSON export (binary, too big, wrong shape, CSV).
    """
    checker = _Checker(path.name)
    with _open_export(path, max_bytes) as stream:
        records = list(checker.records(stream))
    return records, checker.repeated


def import_history(store: HistoryStore, path: Path) -> ImportResult:
    """Import a JSON export into the store in one transaction, skipping ids already there.

    The file is read, checked and written one session at a time, so memory stays flat whatever
    its size; the first problem stops the writing, the rest of the file is still checked (to
    list every problem), and the transaction is rolled back.

    Raises:
        ImportRejectedError, TransferError: see ``read_export``; nothing was imported.
        StoreWriteError: the history could not be written; nothing was imported.
    """
    checker = _Checker(path.name)
    with _open_export(path, MAX_IMPORT_BYTES) as stream:
        added, skipped = store.insert_many(checker.records(stream))
    return ImportResult(added, skipped + checker.repeated)


@contextmanager
def _open_export(path: Path, max_bytes: int) -> Iterator[JsonStream]:
    name = path.name
    if path.suffix.lower() == ".csv":
        raise _failed(
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
            raise _failed(
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
    return _failed(
        Code.IMPORT_NOT_READ,
        f"Could not read {name}: {error.strerror}.",
        name,
        Reason.of_os_error(error),
    )


def _too_large(name: str, size: int, limit: int) -> TransferError:
    return _failed(
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
        return _failed(code, english, name)
    return _failed(Code.IMPORT_NOT_JSON, f"{name} is not valid JSON ({error}).", name, str(error))


def _not_an_export(name: str) -> TransferError:
    return _failed(
        Code.IMPORT_NOT_AN_EXPORT, f"{name} is not a Massage Desktop history export.", name
    )


class _Checker:
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
                raise _failed(Code.IMPORT_NO_VERSION, f"{name} has no valid format version.", name)
            if version > FORMAT_VERSION:
                raise _failed(
                    Code.IMPORT_TOO_NEW,
                    f"{name} was made by a newer version of Massage Desktop.",
                    name,
                )
        if complete and header.get("sessions") is not True:
            raise _failed(Code.IMPORT_NO_SESSIONS, f"{name} has no list of sessions.", name)

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

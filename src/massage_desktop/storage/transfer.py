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
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from pydantic import ValidationError

from massage_desktop.domain.history import SessionRecord
from massage_desktop.storage.history import HistoryStore

FORMAT = "massage-desktop-history"
FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 512 * 1024 * 1024  # about 300,000 sessions; anything bigger is not ours
MAX_PROBLEMS = 100  # enough to fix a file by hand; a garbage file would list millions
CSV_COLUMNS = (
    "session_id", "started_at", "ended_at", "kind", "subject_id", "performer", "outcome",
    "stop_reason", "ratings_before", "ratings_after", "notes", "step_position",
    "technique_id", "step_index", "region_ids", "side", "planned_s", "actual_s",
    "repetitions", "status", "step_started_at",
)  # fmt: skip


class TransferError(Exception):
    """An export or import failed; the message says why in plain words."""


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

    def __init__(self, message: str, problems: list[Problem], total: int) -> None:
        super().__init__(message)
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
        raise TransferError(f"Cannot export to {path.name}: choose a .json or .csv file name.")
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as out:
            written = writer(records, out)
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise TransferError(f"Could not write {path.name}: {error.strerror}.") from error
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
            *(_cell(v) for v in (record.id, record.started_at.isoformat())),
            record.ended_at.isoformat() if record.ended_at else "",
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
            more = (step.side, step.planned_s, step.actual_s, step.repetitions, step.status)
            cells = [_cell("" if v is None else str(v)) for v in (*values, *more)]
            writer.writerow([*session, *cells, step.started_at.isoformat()])
    return count


def _cell(value: str) -> str:
    # A leading = + - @ makes spreadsheets run the cell as a formula (CSV injection).
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _now() -> str:
    return datetime.now(UTC).isoformat()


def read_export(path: Path, max_bytes: int = MAX_IMPORT_BYTES) -> tuple[list[SessionRecord], int]:
    """Read and check a JSON export completely.

    Returns:
        The sessions (first of each id) and how many repeated an earlier id in the file.

    Raises:
        ImportRejectedError: some sessions are invalid (all problems are listed, nothing is kept).
        TransferError: the file is not a JSON export (binary, too big, wrong shape, CSV).
    """
    items = _load_items(path, max_bytes)
    records: list[SessionRecord] = []
    problems: list[Problem] = []
    for index, item in enumerate(items):
        try:
            record = SessionRecord.model_validate(item)
        except ValidationError as error:
            problems += [Problem(index, _field(e["loc"]), e["msg"]) for e in error.errors()]
            continue
        positions = [step.position for step in record.steps]
        if len(set(positions)) != len(positions):
            problems.append(Problem(index, "steps", "two steps have the same position"))
        records.append(record)
    if problems:
        first = problems[0]
        bad = len({problem.index for problem in problems})
        raise ImportRejectedError(
            f"{bad} of {len(items)} sessions in {path.name} are not valid, so nothing was "
            f"imported. Session {first.index + 1}, {first.field}: {first.message}",
            problems[:MAX_PROBLEMS],
            len(problems),
        )
    unique = list({record.id: record for record in reversed(records)}.values())[::-1]
    return unique, len(records) - len(unique)


def import_history(store: HistoryStore, path: Path) -> ImportResult:
    """Import a JSON export into the store in one transaction, skipping ids already there.

    Raises:
        ImportRejectedError, TransferError: see ``read_export``; nothing was imported.
        StoreWriteError: the history could not be written; nothing was imported.
    """
    records, repeated = read_export(path)
    added, skipped = store.insert_many(records)
    return ImportResult(added, skipped + repeated)


def _load_items(path: Path, max_bytes: int) -> list[Any]:
    name = path.name
    if path.suffix.lower() == ".csv":
        raise TransferError(
            f"{name} is a spreadsheet (CSV) export, which cannot be imported. "
            "Import the .json export instead."
        )
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise TransferError(
                f"{name} is too large to be a history export "
                f"({size // 2**20} MB; the limit is {max_bytes // 2**20} MB)."
            )
        data = path.read_bytes()
    except OSError as error:
        raise TransferError(f"Could not read {name}: {error.strerror}.") from error
    if b"\0" in data[:8192]:
        raise TransferError(f"{name} is not a text file, so it is not a history export.")
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise TransferError(f"{name} is not UTF-8 text, so it is not a history export.") from None
    except json.JSONDecodeError as error:
        raise TransferError(
            f"{name} is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})."
        ) from None
    except RecursionError:
        raise TransferError(f"{name} is nested too deeply to be a history export.") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise TransferError(f"{name} is not a Massage Desktop history export.")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise TransferError(f"{name} has no valid format version.")
    if version > FORMAT_VERSION:
        raise TransferError(f"{name} was made by a newer version of Massage Desktop.")
    items = document.get("sessions")
    if not isinstance(items, list):
        raise TransferError(f"{name} has no list of sessions.")
    return items


def _field(loc: tuple[int | str, ...]) -> str:
    text = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc)
    return text.lstrip(".") or "(the session itself)"

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
from typing import TextIO

from massage_desktop.domain.history import SessionRecord
from massage_desktop.messages import Code, Reason
from massage_desktop.storage.history import HistoryStore
from massage_desktop.storage.import_check import (
    FORMAT,
    FORMAT_VERSION,
    MAX_IMPORT_BYTES,
    Checker,
    ImportRejectedError,
    Problem,
    TransferError,
    failed,
    open_export,
)

CSV_COLUMNS = (
    "session_id", "started_at", "ended_at", "kind", "subject_id", "performer", "outcome",
    "stop_reason", "ratings_before", "ratings_after", "notes", "step_position",
    "technique_id", "step_index", "region_ids", "side", "planned_s", "actual_s",
    "repetitions", "status", "step_started_at",
)  # fmt: skip


__all__ = [
    "CSV_COLUMNS",
    "FORMAT",
    "FORMAT_VERSION",
    "ImportRejectedError",
    "ImportResult",
    "Problem",
    "TransferError",
    "export_history",
    "import_history",
    "read_export",
]


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
        raise failed(
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
        raise failed(
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
    checker = Checker(path.name)
    with open_export(path, max_bytes) as stream:
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
    checker = Checker(path.name)
    with open_export(path, MAX_IMPORT_BYTES) as stream:
        added, skipped = store.insert_many(checker.records(stream))
    return ImportResult(added, skipped + checker.repeated)

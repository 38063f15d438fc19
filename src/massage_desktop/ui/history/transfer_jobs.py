"""Export and import without dialogs: plain functions, and a job that runs them off the GUI thread.

Every failure becomes a ``TransferOutcome`` with a message in plain words; nothing here lets an
exception reach the user as a traceback. Messages are translated on the worker thread
(``QCoreApplication.translate`` is thread-safe); errors from the storage layer stay English.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from massage_desktop.domain.history import SessionRecord
from massage_desktop.storage.errors import StoreError
from massage_desktop.storage.history import HistoryStore
from massage_desktop.storage.transfer import (
    ImportRejectedError,
    Problem,
    TransferError,
    export_history,
    import_history,
)
from massage_desktop.ui.i18n import fill, number
from massage_desktop.ui.message_text import error_text

PROGRESS_EVERY = 250  # sessions between progress reports: smooth, without flooding the GUI


class ExportCancelledError(Exception):
    """The user cancelled an export; the partial file is removed by ``export_history``."""


@dataclass(frozen=True)
class TransferOutcome:
    """What an export or import did, ready to show.

    Attributes:
        ok: Whether it worked.
        message: One or two sentences for the user.
        count: Sessions written (export) or added (import).
        skipped: Duplicates skipped (import).
        problems: The invalid values of a rejected import, in file order.
        total_problems: How many problems there are in all (``problems`` may be cut short).
    """

    ok: bool
    message: str
    count: int = 0
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)
    total_problems: int = 0


def with_extension(path: Path, chosen_filter: str) -> Path:
    """Add .json or .csv when the name has neither, following the file type chosen."""
    if path.suffix.lower() in (".json", ".csv"):
        return path
    return path.with_name(path.name + (".csv" if "csv" in chosen_filter.lower() else ".json"))


def _counted(
    records: Iterator[SessionRecord],
    progress: Callable[[int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> Iterator[SessionRecord]:
    for count, record in enumerate(records, start=1):
        if cancelled is not None and cancelled():
            raise ExportCancelledError
        yield record
        if progress is not None and count % PROGRESS_EVERY == 0:
            progress(count)


def export_file(
    database: Path,
    target: Path,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> TransferOutcome:
    """Export the whole history in ``database`` to ``target`` (.json or .csv).

    Opens its own connection, so it may run on any thread.

    Args:
        database: The history file (``HistoryStore.path``).
        target: Where to write; the extension picks the format.
        progress: Called with the number of sessions written so far, now and then.
        cancelled: Polled between sessions; True stops and removes the partial file.
    """
    try:
        with HistoryStore.reader(database) as reader:
            count = export_history(_counted(reader.iter_records(), progress, cancelled), target)
    except ExportCancelledError:
        return TransferOutcome(
            False,
            QCoreApplication.translate(
                "HistoryTransfer", "The export was cancelled; no file was written."
            ),
        )
    except (TransferError, StoreError) as error:
        return TransferOutcome(False, error_text(error))
    csv = target.suffix.lower() == ".csv"
    if count == 1:
        text = (
            QCoreApplication.translate(
                "HistoryTransfer", "Exported 1 session (one row per step) to %2."
            )
            if csv
            else QCoreApplication.translate("HistoryTransfer", "Exported 1 session to %2.")
        )
    else:
        text = (
            QCoreApplication.translate(
                "HistoryTransfer", "Exported %1 sessions (one row per step) to %2.", None, count
            )
            if csv
            else QCoreApplication.translate(
                "HistoryTransfer", "Exported %1 sessions to %2.", None, count
            )
        )
    return TransferOutcome(True, fill(text, number(count), target.name), count)


def import_file(store: HistoryStore, source: Path) -> TransferOutcome:
    """Check a JSON export completely, then import all of it or nothing.

    Args:
        store: The history to add to (on the thread that opened it).
        source: The export file.
    """
    try:
        result = import_history(store, source)
    except ImportRejectedError as error:
        return TransferOutcome(
            False, error_text(error), problems=list(error.problems), total_problems=error.total
        )
    except (TransferError, StoreError) as error:
        return TransferOutcome(False, error_text(error))
    message = fill(
        QCoreApplication.translate(
            "HistoryTransfer", "%1 imported, %2 duplicates skipped.", None, result.added
        ),
        number(result.added),
        number(result.skipped),
    )
    return TransferOutcome(True, message, result.added, result.skipped)


class TransferJob(QObject):
    """Runs an export or import on Qt's thread pool and reports back on the GUI thread.

    Signals:
        progressed(int): Sessions done so far (exports only).
        finished(object): The ``TransferOutcome``.
    """

    progressed = Signal(int)
    finished = Signal(object)

    def __init__(self, work: Callable[[TransferJob], TransferOutcome]) -> None:
        """Prepare ``work``; ``start`` runs it."""
        super().__init__()
        self._work = work
        self._cancel = threading.Event()
        self.outcome: TransferOutcome | None = None
        self.finished.connect(self._on_self_finished)

    def start(self) -> None:
        """Run the work on a pool thread."""
        QThreadPool.globalInstance().start(self._run)

    def cancel(self) -> None:
        """Ask the work to stop at the next session."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """Whether ``cancel`` was called (polled by the work)."""
        return self._cancel.is_set()

    def _run(self) -> None:
        try:
            outcome = self._work(self)
        except Exception as error:  # a bug must still end the busy state with a message
            outcome = TransferOutcome(
                False,
                fill(
                    QCoreApplication.translate("HistoryTransfer", "Something went wrong: %1"),
                    error,
                ),
            )
        self.finished.emit(outcome)

    def _on_self_finished(self, outcome: TransferOutcome) -> None:
        self.outcome = outcome


def export_job(database: Path, target: Path) -> TransferJob:
    """A job exporting the history at ``database`` to ``target``."""
    return TransferJob(
        lambda job: export_file(database, target, job.progressed.emit, job.is_cancelled)
    )


def import_job(database: Path, source: Path) -> TransferJob:
    """A job importing ``source`` into the history at ``database`` through its own connection.

    The import is one transaction on that connection; the GUI's store sees the new sessions
    on its next query (write-ahead log), and SQLite's busy timeout covers a step being saved
    by a running session meanwhile.
    """

    def work(_job: TransferJob) -> TransferOutcome:
        try:
            with HistoryStore.reader(database) as writer:
                return import_file(writer, source)
        except StoreError as error:
            return TransferOutcome(False, str(error))

    return TransferJob(work)

"""File menu actions: export and import the history with file dialogs, progress and results.

The work itself runs on a worker thread (``transfer_jobs``); these functions wait for it in a
local event loop behind a window-modal progress dialog, so the app keeps painting and a
running session keeps its timing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.storage.errors import StoreError
from massage_desktop.storage.history import HistoryStore
from massage_desktop.ui.file_places import documents_folder, suggested_file
from massage_desktop.ui.history.transfer_jobs import (
    TransferJob,
    TransferOutcome,
    export_job,
    import_job,
    with_extension,
)
from massage_desktop.ui.i18n import fill

_SHOW_PROGRESS_AFTER_MS = 400  # quick exports finish without a dialog flashing up


def json_filter() -> str:
    """The file-type entry for the complete, re-importable export."""
    return QCoreApplication.translate("HistoryTransfer", "History export (*.json)")


def csv_filter() -> str:
    """The file-type entry for the spreadsheet export."""
    return QCoreApplication.translate("HistoryTransfer", "Spreadsheet, one row per step (*.csv)")


def export_history_interactive(parent: QWidget, store: HistoryStore) -> TransferOutcome | None:
    """Ask for a file name, export the whole history there and say how it went.

    The extension chooses the format: ``.json`` (complete, re-importable) or ``.csv``.

    Args:
        parent: The window the dialogs belong to.
        store: The open history; the export reads it through a second connection.

    Returns:
        What happened, or None when the user cancelled the file dialog.
    """
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("HistoryTransfer", "Export history"),
        suggested_file("massage-history", ".json"),
        f"{json_filter()};;{csv_filter()}",
    )
    if not name:
        return None
    target = with_extension(Path(name), chosen)
    try:
        total = store.count_sessions()
    except StoreError as error:
        outcome = TransferOutcome(False, str(error))
    else:
        job = export_job(store.path, target)
        label = QCoreApplication.translate(
            "HistoryTransfer", "Exporting %n sessions\u2026", None, total
        )
        outcome = run_with_progress(parent, job, label, total)
        if job.is_cancelled():
            return outcome  # the user knows; a message box would only be in the way
    _show(parent, QCoreApplication.translate("HistoryTransfer", "Export history"), outcome)
    return outcome


def import_history_interactive(
    parent: QWidget, store: HistoryStore, on_imported: Callable[[], None] | None = None
) -> TransferOutcome | None:
    """Ask for a JSON export, check all of it, import it or list what is wrong.

    Nothing is imported unless every session in the file is valid; sessions already in the
    history are skipped.

    Args:
        parent: The window the dialogs belong to.
        store: The open history; the import writes through a second connection.
        on_imported: Called after a successful import, e.g. ``history_window.refresh``.

    Returns:
        What happened, or None when the user cancelled the file dialog.
    """
    all_files = QCoreApplication.translate("HistoryTransfer", "All files (*)")
    name, _chosen = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("HistoryTransfer", "Import history"),
        str(documents_folder()),
        f"{json_filter()};;{all_files}",
    )
    if not name:
        return None
    job = import_job(store.path, Path(name))
    outcome = run_with_progress(
        parent,
        job,
        fill(
            QCoreApplication.translate("HistoryTransfer", "Checking and importing %1\u2026"),
            Path(name).name,
        ),
        0,
    )
    if outcome.problems:
        ProblemsDialog(outcome, parent).exec()
    else:
        _show(parent, QCoreApplication.translate("HistoryTransfer", "Import history"), outcome)
    if outcome.ok and on_imported is not None:
        on_imported()
    return outcome


class ProblemsDialog(QDialog):
    """Explains that nothing was imported and lists every problem found (up to a limit)."""

    def __init__(self, outcome: TransferOutcome, parent: QWidget | None = None) -> None:
        """Fill the dialog from a rejected import's outcome."""
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("ProblemsDialog", "Import history: nothing was imported")
        )
        intro = QLabel(outcome.message, self)
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(len(outcome.problems), 3, self)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ProblemsDialog", "Session"),
                QCoreApplication.translate("ProblemsDialog", "Field"),
                QCoreApplication.translate("ProblemsDialog", "Problem"),
            ]
        )
        self.table.setAccessibleName(
            QCoreApplication.translate("ProblemsDialog", "Problems in the file")
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, problem in enumerate(outcome.problems):
            # Numbered from 1 as people count; the file's list index is one less.
            for column, text in enumerate((str(problem.index + 1), problem.field, problem.message)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        footer = QLabel(self)
        footer.setWordWrap(True)
        shown, total = len(outcome.problems), outcome.total_problems
        if total > shown:
            footer.setText(
                fill(
                    QCoreApplication.translate(
                        "ProblemsDialog", "Showing the first %1 of %n problems.", None, total
                    ),
                    shown,
                )
            )
        else:
            footer.setText(
                QCoreApplication.translate(
                    "ProblemsDialog", "Fix these in the file, or export it again, then import it."
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(footer)
        layout.addWidget(buttons)
        self.resize(640, 400)

    def rows(self) -> list[tuple[str, str, str]]:
        """The table's rows as text (session number, field, problem)."""

        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item else ""

        return [(text(r, 0), text(r, 1), text(r, 2)) for r in range(self.table.rowCount())]


def run_with_progress(parent: QWidget, job: TransferJob, label: str, total: int) -> TransferOutcome:
    """Start ``job`` and wait for it behind a progress dialog (busy bar when ``total`` is 0).

    Exports can be cancelled; an import cannot once started, since it is one transaction that
    either completes or leaves the history untouched anyway.
    """
    dialog = QProgressDialog(
        label, QCoreApplication.translate("HistoryTransfer", "Cancel"), 0, total, parent
    )
    dialog.setWindowTitle(QCoreApplication.translate("HistoryTransfer", "Please wait"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(_SHOW_PROGRESS_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if total == 0:
        dialog.setCancelButton(None)  # no way to stop a single transaction halfway
    dialog.setValue(0)
    loop = QEventLoop()
    job.progressed.connect(dialog.setValue)
    job.finished.connect(loop.quit)
    dialog.canceled.connect(job.cancel)
    job.start()
    loop.exec()  # the result arrives as a queued signal, so it cannot slip past exec()
    dialog.canceled.disconnect(job.cancel)  # closing a progress dialog emits canceled()
    dialog.close()
    dialog.deleteLater()
    assert job.outcome is not None  # finished carries the outcome before quitting the loop
    return job.outcome


def _show(parent: QWidget, title: str, outcome: TransferOutcome) -> None:
    icon = QMessageBox.Icon.Information if outcome.ok else QMessageBox.Icon.Warning
    box = QMessageBox(icon, title, outcome.message, QMessageBox.StandardButton.Ok, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()

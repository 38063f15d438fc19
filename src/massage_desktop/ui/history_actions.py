"""The File menu's history actions: the history window, export, import, unsaved sessions."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from massage_desktop.messages import Code, Part, Reason
from massage_desktop.services import Services
from massage_desktop.storage.backups import list_backups, schedule_restore
from massage_desktop.storage.errors import StoreError
from massage_desktop.storage.resilient import ResilientRecorder
from massage_desktop.ui import window_state
from massage_desktop.ui.file_places import suggested_file
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP
from massage_desktop.ui.message_text import part_text
from massage_desktop.ui.text_size import text_scale_source

if TYPE_CHECKING:
    from massage_desktop.ui.history import HistoryWindow

_UNAVAILABLE = QT_TRANSLATE_NOOP(
    "HistoryActions",
    "Your session history could not be opened this time, so there is nothing to show or "
    "import into. Sessions you do now are kept in memory: File ▸ Backup ▸ Export unsaved sessions "
    "saves them.",
)


class HistoryActions(QObject):
    """Opens the history window and runs exports and imports for the main window."""

    def __init__(self, window: QWidget, services: Services) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._history_window: HistoryWindow | None = None
        # The text-size setting, as the player's views get it (Preferences sets it there).
        self._text_scale = text_scale_source(window)
        if self._text_scale is not None:
            self._text_scale.textScaleChanged.connect(self._on_text_scale_changed)

    def show_history(self) -> HistoryWindow | None:
        """Open (or raise) the history window; None when the history is unavailable."""
        store = self._services.history
        if store is None:
            QMessageBox.information(
                self._window,
                QCoreApplication.translate("HistoryActions", "History"),
                QCoreApplication.translate("HistoryActions", _UNAVAILABLE),
            )
            return None
        if self._history_window is None:
            # Imported on first use: the history screens are not needed for the first paint.
            from massage_desktop.ui.history import HistoryWindow

            services = self._services
            self._history_window = HistoryWindow(
                store,
                services.catalog,
                services.body_map_svg,
                date.today,
                self._window,
                cache_dir=services.paths.cache,  # the main map measured the drawing there
            )
            if self._text_scale is not None:
                self._history_window.set_text_scale(self._text_scale.text_scale)
        if not self._history_window.isVisible():
            # Over the main window, as a dialog would be, and within the screen's free area:
            # it asks for 1120x760.
            window_state.centre_over(self._history_window, self._window)
        self._history_window.show()
        self._history_window.raise_()
        self._history_window.activateWindow()
        return self._history_window

    def _on_text_scale_changed(self, scale: float) -> None:
        if self._history_window is not None:
            self._history_window.set_text_scale(scale)

    def refresh(self) -> None:
        """Re-read the history (after a session or an import) if the window is open."""
        if self._history_window is not None and self._history_window.isVisible():
            self._history_window.refresh()

    def export(self) -> bool:
        """Export the whole history to JSON or CSV; False when there was nothing to export.

        An empty history is said so before any file dialog, and no file is written (an
        export of 0 sessions used to be reported as a success).
        """
        store = self._services.history
        if store is None:
            self.export_unsaved()
            return True
        try:
            empty = store.count_sessions() == 0
        except StoreError:
            empty = False  # the export itself reports the failure, with its reason
        if empty:
            QMessageBox.information(
                self._window,
                QCoreApplication.translate("HistoryActions", "Export history"),
                QCoreApplication.translate("HistoryActions", "There is nothing to export yet."),
            )
            return False
        from massage_desktop.ui.history import export_history_interactive

        export_history_interactive(self._window, store)
        return True

    def import_(self) -> None:
        """Import a JSON export, all or nothing."""
        if self._services.history is None:
            QMessageBox.information(
                self._window,
                QCoreApplication.translate("HistoryActions", "Import history"),
                QCoreApplication.translate("HistoryActions", _UNAVAILABLE),
            )
            return
        from massage_desktop.ui.history import import_history_interactive

        import_history_interactive(self._window, self._services.history, self.refresh)

    def restore_backup(self) -> bool:
        """Choose a backup copy of the history to put back at the next start."""
        paths = self._services.paths
        backups = list_backups(paths.backups)
        title = QCoreApplication.translate("HistoryActions", "Restore a backup")
        if not backups:
            QMessageBox.information(
                self._window,
                title,
                QCoreApplication.translate("HistoryActions", "There are no backup copies yet."),
            )
            return False
        labels = [
            QLocale().toString(
                QDateTime.fromSecsSinceEpoch(int(b.taken_at.timestamp())),
                QLocale.FormatType.LongFormat,
            )
            for b in backups
        ]
        from PySide6.QtWidgets import QInputDialog

        label, chosen = QInputDialog.getItem(
            self._window,
            title,
            QCoreApplication.translate(
                "HistoryActions",
                "Which copy should replace your history? Sessions recorded after it are kept "
                "in a separate file, not deleted.",
            ),
            labels,
            0,
            False,
        )
        if not chosen:
            return False
        try:
            schedule_restore(paths.data, backups[labels.index(label)].path)
        except OSError as error:
            reason = Part(Code.BACKUP_NOT_RESTORED, (Reason.of_os_error(error),))
            QMessageBox.warning(self._window, title, part_text(reason))
            return False
        QMessageBox.information(
            self._window,
            title,
            QCoreApplication.translate(
                "HistoryActions",
                "The copy is put back when you next start Massage Desktop. Quit and start it "
                "again to use it now.",
            ),
        )
        return True

    def has_unsaved(self) -> bool:
        """Whether sessions exist only in memory because the disk failed."""
        recorder = self._services.recorder
        return isinstance(recorder, ResilientRecorder) and bool(recorder.unsaved_sessions())

    def export_unsaved(self) -> None:
        """Save the sessions kept in memory since the history stopped accepting writes."""
        recorder = self._services.recorder
        sessions = recorder.unsaved_sessions() if isinstance(recorder, ResilientRecorder) else []
        if not sessions:
            QMessageBox.information(
                self._window,
                QCoreApplication.translate("HistoryActions", "Export"),
                # "There are no unsaved sessions." did not say what an unsaved session is (walk 17).
                QCoreApplication.translate(
                    "HistoryActions",
                    "Every session is saved in your history: there is nothing to export here. "
                    "Only when the history cannot be written (a full or read-only disk) does "
                    "the app keep new sessions in memory and say so; this then saves them to a "
                    "file.",
                ),
            )
            return
        from PySide6.QtWidgets import QFileDialog

        from massage_desktop.storage.transfer import TransferError, export_history
        from massage_desktop.ui.history import transfer_actions, transfer_jobs
        from massage_desktop.ui.message_text import error_text

        name, chosen = QFileDialog.getSaveFileName(
            self._window,
            QCoreApplication.translate("HistoryActions", "Export unsaved sessions"),
            suggested_file("massage-sessions", ".json"),
            f"{transfer_actions.json_filter()};;{transfer_actions.csv_filter()}",
        )
        if not name:
            return
        try:
            count = export_history(sessions, transfer_jobs.with_extension(Path(name), chosen))
        except TransferError as error:
            QMessageBox.warning(
                self._window,
                QCoreApplication.translate("HistoryActions", "Export"),
                error_text(error),
            )
            return
        QMessageBox.information(
            self._window,
            QCoreApplication.translate("HistoryActions", "Export"),
            QCoreApplication.translate("HistoryActions", "Saved %n sessions.", None, count),
        )

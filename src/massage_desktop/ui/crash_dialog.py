"""The message shown when an exception reached no handler (see ``massage_desktop.crash``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from massage_desktop.ui.i18n import fill


def crash_text(log_file: Path | None) -> str:
    """What the dialog says: what happened, what was kept, and where the log is."""
    text = QCoreApplication.translate(
        "CrashDialog",
        "Something went wrong inside Massage Desktop. A session in progress was saved as "
        "interrupted; you can carry it on at the next start.",
    )
    if log_file is None:
        return text
    where = QCoreApplication.translate("CrashDialog", "The details are in the log file:\n%1")
    return text + "\n\n" + fill(where, str(log_file))


def show_crash_dialog(log_file: Path | None) -> None:
    """Tell the user, if a window can be shown at all (no QApplication: nothing to do)."""
    if QApplication.instance() is None:
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("CrashDialog", "Massage Desktop: an error occurred"),
        crash_text(log_file),
        QMessageBox.StandardButton.Ok,
        QApplication.activeWindow(),
    )
    box.exec()

"""The message shown when an exception reached no handler (see ``massage_desktop.crash``)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from massage_desktop.domain.enums import Severity
from massage_desktop.ui.design.screen import DesignedDialog
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


class CrashDialog(DesignedDialog):
    """What happened, what was kept, and where the log is; the log path can be selected.

    Args:
        log_file: The log file, or None when no log could be written.
        parent: The window it is shown over, if any.
        large: The text-size setting's factor (``ui.text_size``), as the other dialogs use.
    """

    def __init__(
        self, log_file: Path | None, parent: QWidget | None = None, large: float = 1.0
    ) -> None:
        super().__init__(
            QCoreApplication.translate("CrashDialog", "Massage Desktop: an error occurred"),
            QCoreApplication.translate("CrashDialog", "Something went wrong"),
            "shield",
            tone=Severity.AVOID,
            large=large,
            parent=parent,
        )
        self._text = crash_text(log_file)
        first, _, rest = self._text.partition("\n\n")
        self.add_text(escape(first))
        if rest:
            where = self.add_card().add_text(escape(rest).replace("\n", "<br/>"), "muted")
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.set_primary(QCoreApplication.translate("CrashDialog", "Close"))

    def text(self) -> str:
        """Everything the dialog says, as plain text."""
        return self._text


def show_crash_dialog(log_file: Path | None) -> None:
    """Tell the user, if a window can be shown at all (no QApplication: nothing to do)."""
    if QApplication.instance() is None:
        return
    parent = QApplication.activeWindow()
    try:
        # Imported here: the player's actions carry the setting, and a fault while importing
        # them must still leave the plain message box below.
        from massage_desktop.ui.text_size import current_text_scale

        dialog = CrashDialog(log_file, parent, current_text_scale(parent))
    except Exception:
        # The designed dialog reads icons and builds a style sheet; if the fault is there,
        # a plain message box still says what happened and where the log is.
        QMessageBox(
            QMessageBox.Icon.NoIcon,
            QCoreApplication.translate("CrashDialog", "Massage Desktop: an error occurred"),
            crash_text(log_file),
            QMessageBox.StandardButton.Ok,
            parent,
        ).exec()
        return
    dialog.exec()

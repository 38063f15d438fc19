"""The sentences of the history export and import errors (``storage.transfer``), translated.

``message_text`` shows them like every other coded message; they live here to keep that
module short. The English of each template is the core's English, with ``%1`` for the file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from massage_desktop.messages import Code
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP

TRANSFER_TITLES: dict[Code, str | None] = {
    **dict.fromkeys(
        (Code.EXPORT_BAD_NAME, Code.EXPORT_NOT_WRITTEN),
        QT_TRANSLATE_NOOP("Messages", "The history was not exported"),
    ),
    **dict.fromkeys(
        (
            Code.IMPORT_IS_CSV,
            Code.IMPORT_NOT_READ,
            Code.IMPORT_NOT_A_FILE,
            Code.IMPORT_TOO_LARGE,
            Code.IMPORT_SESSION_TOO_LONG,
            Code.IMPORT_TOO_DEEP,
            Code.IMPORT_NOT_TEXT,
            Code.IMPORT_NOT_UTF8,
            Code.IMPORT_NOT_JSON,
            Code.IMPORT_NOT_AN_EXPORT,
            Code.IMPORT_NO_VERSION,
            Code.IMPORT_TOO_NEW,
            Code.IMPORT_NO_SESSIONS,
            Code.IMPORT_REJECTED,
        ),
        QT_TRANSLATE_NOOP("Messages", "Nothing was imported"),
    ),
}
"""Titles of the export and import codes (see ``message_text.TITLES``)."""


def transfer_template(code: Code, count: int) -> str:
    """The sentences of the history export and import (``storage.transfer``)."""
    match code:
        case Code.EXPORT_BAD_NAME:
            return QCoreApplication.translate(
                "Messages", "Cannot export to %1: choose a .json or .csv file name."
            )
        case Code.EXPORT_NOT_WRITTEN:
            return QCoreApplication.translate("Messages", "Could not write %1: %2.")
        case Code.IMPORT_IS_CSV:
            return QCoreApplication.translate(
                "Messages",
                "%1 is a spreadsheet (CSV) export, which cannot be imported. Import the .json "
                "export instead.",
            )
        case Code.IMPORT_NOT_READ:
            return QCoreApplication.translate("Messages", "Could not read %1: %2.")
        case Code.IMPORT_NOT_A_FILE:
            return QCoreApplication.translate(
                "Messages", "%1 is not a regular file, so it is not a history export."
            )
        case Code.IMPORT_TOO_LARGE:
            return QCoreApplication.translate(
                "Messages", "%1 is too large to be a history export (the limit is %2 MB)."
            )
        case Code.IMPORT_SESSION_TOO_LONG:
            return QCoreApplication.translate(
                "Messages", "%1 holds a session too long to be part of a history export."
            )
        case Code.IMPORT_TOO_DEEP:
            return QCoreApplication.translate(
                "Messages", "%1 is nested too deeply to be a history export."
            )
        case Code.IMPORT_NOT_TEXT:
            return QCoreApplication.translate(
                "Messages", "%1 is not a text file, so it is not a history export."
            )
        case Code.IMPORT_NOT_UTF8:
            return QCoreApplication.translate(
                "Messages", "%1 is not UTF-8 text, so it is not a history export."
            )
        case Code.IMPORT_NOT_JSON:
            return QCoreApplication.translate("Messages", "%1 is not valid JSON (%2).")
        case Code.IMPORT_NOT_AN_EXPORT:
            return QCoreApplication.translate(
                "Messages", "%1 is not a Massage Desktop history export."
            )
        case Code.IMPORT_NO_VERSION:
            return QCoreApplication.translate("Messages", "%1 has no valid format version.")
        case Code.IMPORT_TOO_NEW:
            return QCoreApplication.translate(
                "Messages", "%1 was made by a newer version of Massage Desktop."
            )
        case Code.IMPORT_NO_SESSIONS:
            return QCoreApplication.translate("Messages", "%1 has no list of sessions.")
        case Code.IMPORT_REJECTED:
            return QCoreApplication.translate(
                "Messages",
                "%1 of %n sessions in %2 are not valid, so nothing was imported.",
                None,
                count,
            )
    raise ValueError(f"no text for message code {code}")

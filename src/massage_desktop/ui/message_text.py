"""The messages of the Qt-free core in the user's language, from their codes and arguments.

Storage and start-up code posts a ``Message`` with English text (for logs and the command line)
and the same content as ``Part`` codes; ``message_text`` turns those into the translated title
and text the window shows. tests/i18n checks that every ``Code`` has a text here.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from massage_desktop.messages import Code, Message, Part, Reason, SettingNames, Why
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill
from massage_desktop.ui.transfer_text import TRANSFER_TITLES, transfer_template

_HISTORY = QT_TRANSLATE_NOOP("Messages", "History")
_SETTINGS_NOT_SAVED = QT_TRANSLATE_NOOP("Messages", "Settings not saved")

TITLES: dict[Code, str | None] = {
    Code.DATA_FOLDER_IS_FILE: QT_TRANSLATE_NOOP("Messages", "Cannot write your data folder"),
    Code.DATA_FOLDER_NOT_CREATED: QT_TRANSLATE_NOOP("Messages", "Cannot write your data folder"),
    Code.BACKUP_NOT_RESTORED: QT_TRANSLATE_NOOP("Messages", "The backup could not be restored"),
    Code.BACKUP_RESTORED: QT_TRANSLATE_NOOP("Messages", "Backup restored"),
    Code.HISTORY_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Messages", "Your session history cannot be opened"
    ),
    Code.HISTORY_READ_ONLY: QT_TRANSLATE_NOOP("Messages", "Your session history is read-only"),
    Code.SESSIONS_NOT_SAVED: QT_TRANSLATE_NOOP("Messages", "Your sessions cannot be saved"),
    Code.HISTORY_RECOVERED: _HISTORY,
    Code.HISTORY_BACKUPS: _HISTORY,
    Code.HISTORY_NO_BACKUPS: _HISTORY,
    Code.HISTORY_FILE_READ_ONLY: _HISTORY,
    Code.SETTINGS_DISK_FULL: _SETTINGS_NOT_SAVED,
    Code.SETTINGS_DISK_READ_ONLY: _SETTINGS_NOT_SAVED,
    Code.SETTINGS_NO_PERMISSION: _SETTINGS_NOT_SAVED,
    Code.SETTINGS_NOT_SAVED: _SETTINGS_NOT_SAVED,
    Code.SETTINGS_UNREADABLE: QT_TRANSLATE_NOOP("Messages", "Settings could not be read"),
    Code.SETTINGS_DAMAGED: QT_TRANSLATE_NOOP("Messages", "Settings were damaged"),
    Code.SETTINGS_RESET: QT_TRANSLATE_NOOP("Messages", "Some settings were reset"),
    Code.HEALTH_NOT_SAVED: QT_TRANSLATE_NOOP("Messages", "Health profile not saved"),
    Code.HEALTH_UNREADABLE: QT_TRANSLATE_NOOP("Messages", "Health profile could not be read"),
    Code.HEALTH_DAMAGED: QT_TRANSLATE_NOOP("Messages", "Health profile was damaged"),
    Code.KEPT_COPY: None,  # only follows another part
    Code.OWN_ROUTINES_SKIPPED: QT_TRANSLATE_NOOP("Messages", "Some of your routines were skipped"),
    Code.OWN_ROUTINE_NOT_SAVED: QT_TRANSLATE_NOOP("Messages", "Your routine was not changed"),
    Code.ROUTINE_NOT_IMPORTED: QT_TRANSLATE_NOOP("Messages", "The routine was not imported"),
    Code.ROUTINE_IMPORTED: QT_TRANSLATE_NOOP("Messages", "Routine imported"),
    Code.ROUTINE_NOT_EXPORTED: QT_TRANSLATE_NOOP("Messages", "The routine was not exported"),
    Code.ROUTINE_EXPORTED: QT_TRANSLATE_NOOP("Messages", "Routine exported"),
    **TRANSFER_TITLES,
}
"""The title of a message whose first part has the code (None: use the English title)."""


def _template(code: Code, count: int) -> str:
    """The translated sentence of ``code``, its count already in place."""
    keep = QCoreApplication.translate("Messages", "Your changes apply until you close the app.")
    redo = QCoreApplication.translate(
        "Messages",
        "Please open Health profile and tick your conditions again, so the app can warn you.",
    )
    match code:
        case Code.DATA_FOLDER_IS_FILE:
            return QCoreApplication.translate(
                "Messages",
                "%1 is a file, not a folder. Sessions will not be saved until this is fixed.",
            )
        case Code.DATA_FOLDER_NOT_CREATED:
            return QCoreApplication.translate(
                "Messages",
                "%1 could not be created (%2). Sessions will not be saved until this is fixed.",
            )
        case Code.BACKUP_NOT_RESTORED:
            return QCoreApplication.translate(
                "Messages",
                "The backup could not be put in place (%1). Your history is as it was; try "
                "again later.",
            )
        case Code.BACKUP_RESTORED:
            return QCoreApplication.translate(
                "Messages", "Your session history was restored from %1."
            )
        case Code.HISTORY_UNAVAILABLE:
            return QCoreApplication.translate(
                "Messages",
                "%1 You can still use everything; sessions are kept in memory until you close "
                "the app, and File ▸ Backup ▸ Export history saves them.",
            )
        case Code.HISTORY_READ_ONLY:
            return QCoreApplication.translate(
                "Messages",
                "New sessions are kept in memory until you close the app; File ▸ Backup ▸ Export "
                "history saves them.",
            )
        case Code.SESSIONS_NOT_SAVED:
            return QCoreApplication.translate(
                "Messages",
                "%1 The session goes on and is kept in memory until you close the app. Use "
                "File ▸ Backup ▸ Export history to save it somewhere else.",
            )
        case Code.HISTORY_RECOVERED:
            return QCoreApplication.translate(
                "Messages",
                "The history file was damaged and could not be read. It was kept as %1 and a "
                "new, empty history was started.",
            )
        case Code.HISTORY_BACKUPS:
            if count == 1:
                return QCoreApplication.translate(
                    "Messages",
                    "1 backup copy exists; the newest is from %1. File ▸ Backup ▸ Restore a backup "
                    "brings one back.",
                )
            return QCoreApplication.translate(
                "Messages",
                "%n backup copies exist; the newest is from %1. File ▸ Backup ▸ Restore a backup "
                "brings one back.",
                None,
                count,
            )
        case Code.HISTORY_NO_BACKUPS:
            return QCoreApplication.translate("Messages", "There are no backup copies to restore.")
        case Code.HISTORY_FILE_READ_ONLY:
            return QCoreApplication.translate(
                "Messages",
                "The history file is read-only: past sessions can be viewed, but new ones are "
                "kept only until the app closes. Export them before quitting.",
            )
        case Code.SETTINGS_DISK_FULL:
            return QCoreApplication.translate("Messages", "The disk is full.") + " " + keep
        case Code.SETTINGS_DISK_READ_ONLY:
            return QCoreApplication.translate("Messages", "The disk is read-only.") + " " + keep
        case Code.SETTINGS_NO_PERMISSION:
            return (
                QCoreApplication.translate("Messages", "You do not have permission to write %1.")
                + " "
                + keep
            )
        case Code.SETTINGS_NOT_SAVED:
            return (
                QCoreApplication.translate(
                    "Messages", "The settings file could not be written (%1)."
                )
                + " "
                + keep
            )
        case Code.SETTINGS_UNREADABLE:
            return QCoreApplication.translate(
                "Messages", "%1 could not be opened (%2). The default settings are used for now."
            )
        case Code.SETTINGS_DAMAGED:
            return QCoreApplication.translate(
                "Messages",
                "Your settings file could not be read, so the default settings are used.",
            )
        case Code.SETTINGS_RESET:
            if count == 1:
                return QCoreApplication.translate(
                    "Messages",
                    "This setting had a value this version cannot use and is back to its "
                    "default: %1. Everything else is as you left it.",
                )
            return QCoreApplication.translate(
                "Messages",
                "These %n settings had values this version cannot use and are back to their "
                "defaults: %1. Everything else is as you left it.",
                None,
                count,
            )
        case Code.HEALTH_NOT_SAVED:
            return QCoreApplication.translate(
                "Messages",
                "Your health profile could not be written to %1 (%2). It applies until you "
                "close the app.",
            )
        case Code.HEALTH_UNREADABLE:
            return (
                QCoreApplication.translate("Messages", "%1 could not be opened (%2).") + " " + redo
            )
        case Code.HEALTH_DAMAGED:
            return redo
        case Code.KEPT_COPY:
            return QCoreApplication.translate("Messages", "A copy of the old file was kept as %1.")
        case Code.OWN_ROUTINES_SKIPPED:
            return QCoreApplication.translate(
                "Messages",
                "%n file(s) in %1 could not be used and were left as they are:\n%2",
                None,
                count,
            )
        case Code.OWN_ROUTINE_NOT_SAVED:
            return QCoreApplication.translate("Messages", "“%1” could not be changed on disk (%2).")
        case Code.ROUTINE_NOT_IMPORTED:
            return QCoreApplication.translate(
                "Messages", "Nothing was added: %1 cannot be used.\n%2"
            )
        case Code.ROUTINE_IMPORTED:
            return QCoreApplication.translate("Messages", "“%1” is now among your routines.")
        case Code.ROUTINE_NOT_EXPORTED:
            return QCoreApplication.translate("Messages", "%1 could not be written (%2).")
        case Code.ROUTINE_EXPORTED:
            return QCoreApplication.translate("Messages", "“%1” was saved to %2.")
    return transfer_template(code, count)


_REASONS: dict[Why, str] = {
    # Phrases, shown in brackets after what failed.
    Why.DISK_FULL: QT_TRANSLATE_NOOP("Messages", "the disk is full"),
    Why.READ_ONLY_DISK: QT_TRANSLATE_NOOP("Messages", "the disk is read-only"),
    Why.NO_PERMISSION: QT_TRANSLATE_NOOP("Messages", "no permission"),
    Why.NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "not found"),
    Why.NOT_A_FOLDER: QT_TRANSLATE_NOOP("Messages", "part of the path is not a folder"),
    Why.IS_A_FOLDER: QT_TRANSLATE_NOOP("Messages", "it is a folder"),
    Why.IO_ERROR: QT_TRANSLATE_NOOP("Messages", "the disk reported a read or write error"),
    # Sentences: why the history cannot be used, said before what still works.
    Why.HISTORY_FULL: QT_TRANSLATE_NOOP(
        "Messages", "The disk is full. Free some space; nothing was lost."
    ),
    Why.HISTORY_READ_ONLY: QT_TRANSLATE_NOOP(
        "Messages", "The history file or its folder is read-only."
    ),
    Why.HISTORY_DAMAGED: QT_TRANSLATE_NOOP(
        "Messages", "The history file is damaged. Restart the app to repair it."
    ),
    Why.HISTORY_BUSY: QT_TRANSLATE_NOOP("Messages", "Another program is using the history file."),
    Why.HISTORY_TOO_NEW: QT_TRANSLATE_NOOP(
        "Messages",
        "The history was saved by a newer version of Massage Desktop, so this version left "
        "it untouched. Update the app to see your history.",
    ),
    Why.HISTORY_NO_FOLDER: QT_TRANSLATE_NOOP(
        "Messages", "The folder for your history could not be created."
    ),
    Why.HISTORY_NOT_MOVED: QT_TRANSLATE_NOOP(
        "Messages", "The history file is damaged and could not be moved aside."
    ),
    Why.HISTORY_NO_BACKUP: QT_TRANSLATE_NOOP(
        "Messages",
        "No backup could be made before upgrading the history, so the file was left as it was.",
    ),
}
"""What each kind of failure is called; ``Why.OTHER`` keeps the system's English words."""


def _setting_name(key: str) -> str:
    # Imported here, not at the top: the dialog module stays off the start-up path, and a
    # reset setting is rare.
    from massage_desktop.ui.settings_dialog import ROWS

    for row in ROWS:
        if row.key == key:
            return QCoreApplication.translate("SettingsDialog", row.name)
    return f"“{key}”"  # a setting this version does not know: its name is all there is


def _value(arg: object) -> str:
    if isinstance(arg, Reason):
        text = _REASONS.get(arg.why)
        return QCoreApplication.translate("Messages", text) if text else arg.english
    if isinstance(arg, SettingNames):
        separator = QCoreApplication.translate("Messages", ", ", "between setting names")
        return separator.join(_setting_name(key) for key in arg.keys)
    if isinstance(arg, datetime):
        when = QDateTime.fromSecsSinceEpoch(int(arg.timestamp()))
        return QLocale().toString(
            when, QCoreApplication.translate("Messages", "d MMMM yyyy, HH:mm")
        )
    return str(arg)


def part_reason(reason: Reason) -> str:
    """A failure's cause in the user's language (the system's English for an unknown kind)."""
    return _value(reason)


def part_text(part: Part) -> str:
    """One part of a message, translated, with its arguments filled in."""
    template = _template(part.code, part.count if part.count is not None else 1)
    return fill(template, *(_value(arg) for arg in part.args))


def error_text(error: Exception) -> str:
    """An error for the window, in the user's language when it carries a message code.

    ``TransferError`` does (its ``part``); a history ``StoreError`` whose kind has a whole
    sentence (``Why.HISTORY_*``) shows that; other errors show their English text.
    """
    part = getattr(error, "part", None)
    if isinstance(part, Part):
        return part_text(part)
    reason = getattr(error, "reason", None)
    if isinstance(reason, Reason):
        sentence = _REASONS.get(reason.why, "")
        if sentence.endswith("."):
            return QCoreApplication.translate("Messages", sentence)
    return str(error)


def message_text(message: Message) -> tuple[str, str]:
    """The title and text to show for ``message``: translated when it has parts."""
    if not message.parts:
        return message.title, message.text
    title = TITLES[message.parts[0].code]
    shown_title = QCoreApplication.translate("Messages", title) if title else message.title
    return shown_title, " ".join(part_text(part) for part in message.parts)


_SPEECH_CAUSES: dict[str, str] = {
    # QTextToSpeech.ErrorReason names; "NoEngine" when no engine plug-in is installed at all.
    "NoEngine": QT_TRANSLATE_NOOP(
        "Messages",
        "Spoken guidance is not available on this computer: no speech engine was found.",
    ),
    # speechd reports a missing or stopped speech-dispatcher as an initialisation error
    # ("Text to speech engine not initialized"): to the user, there is no engine.
    "Initialization": QT_TRANSLATE_NOOP(
        "Messages",
        "Spoken guidance is not available on this computer: no speech engine was found.",
    ),
    "Configuration": QT_TRANSLATE_NOOP(
        "Messages",
        "Spoken guidance is not available on this computer: the speech engine is not set up.",
    ),
    "Playback": QT_TRANSLATE_NOOP(
        "Messages",
        "Spoken guidance is not available on this computer: the sound output could not be used.",
    ),
}
_SPEECH_OTHER = QT_TRANSLATE_NOOP(
    "Messages", "Spoken guidance is not available on this computer: the speech engine failed."
)


def speech_unavailable(cause: str) -> str:
    """Why spoken guidance cannot work, in the user's language and plain words.

    The engine's own error text ("Text to speech engine not initialized") is English and
    technical; it goes to the log, and the window shows this instead.

    Args:
        cause: The name of a ``QTextToSpeech.ErrorReason`` (e.g. ``"Initialization"``), or
            ``"NoEngine"`` when no speech engine is installed.
    """
    return QCoreApplication.translate("Messages", _SPEECH_CAUSES.get(cause, _SPEECH_OTHER))

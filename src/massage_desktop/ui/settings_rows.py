"""The settings the Settings dialog shows: one row per ``Settings`` field, in four sections.

Each row names a ``Settings`` field once; its widget, range and choices come from the model
(``Field(ge=3, le=30)``, ``Literal[...]``), and showing and reading the values is one loop
(``settings_dialog.py``). A new setting is a model field plus one row here.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass

import annotated_types
from PySide6.QtCore import QCoreApplication

from massage_desktop.engine.phases import Timing
from massage_desktop.storage.settings import Settings
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill, number


@dataclass(frozen=True)
class Row:
    """One setting in the dialog; the texts are translated when the dialog is built.

    Attributes:
        key: the ``Settings`` field.
        section: the title of the card it is in.
        label: the row's title, with its mnemonic (a check box's own text).
        name: the accessible name.
        kind: "choice", "check", "slider", "seconds", "time" or "language".
        note: a plain line under the title saying what the setting does, or "".
        choices: labels for a Literal field's values.
        enables: fields usable only while this check box is ticked.
    """

    key: str
    section: str
    label: str
    name: str
    kind: str
    note: str = ""
    choices: tuple[tuple[str, str], ...] = ()
    enables: tuple[str, ...] = ()


SESSION = QT_TRANSLATE_NOOP("SettingsDialog", "Session")
SOUND = QT_TRANSLATE_NOOP("SettingsDialog", "Sound and voice")
APPEARANCE = QT_TRANSLATE_NOOP("SettingsDialog", "Appearance")
REMINDER = QT_TRANSLATE_NOOP("SettingsDialog", "Reminder")
SECTIONS = (SESSION, SOUND, APPEARANCE, REMINDER)
PRIVACY = QT_TRANSLATE_NOOP("SettingsDialog", "Your data")
"""The last card: nothing to set, only where the user's data is (the brief: all local)."""
PRIVACY_TEXT = QT_TRANSLATE_NOOP(
    "SettingsDialog",
    "Your health profile, your sessions and these settings stay on this computer. "
    "The app does not use the internet.",
)
SECTION_ICONS = {
    SESSION: "clock",  # not "play": beside a heading it read as a play or disclosure button
    SOUND: "sound",
    APPEARANCE: "contrast",
    REMINDER: "bell",
    PRIVACY: "shield",
}
"""The icon beside each section's title (``ui/design/icons.py``)."""
GET_READY_NOTE = "get_ready"
"""The get-ready row's note is worked out when shown (``get_ready_note``)."""

ROWS: tuple[Row, ...] = (
    Row(
        "default_performer",
        SESSION,
        QT_TRANSLATE_NOOP("SettingsDialog", "&Who massages"),
        QT_TRANSLATE_NOOP("SettingsDialog", "Who gives the massage"),
        "choice",
        QT_TRANSLATE_NOOP(
            "SettingsDialog", "Chosen when a routine suits both yourself and a partner."
        ),
        choices=(
            ("self", QT_TRANSLATE_NOOP("SettingsDialog", "Myself")),
            ("partner", QT_TRANSLATE_NOOP("SettingsDialog", "A partner")),
        ),
    ),
    Row(
        "get_ready_s",
        SESSION,
        # "Shortest": the player gives a long instruction its reading time (engine.phases).
        QT_TRANSLATE_NOOP("SettingsDialog", "Shortest &get-ready time"),
        QT_TRANSLATE_NOOP("SettingsDialog", "Shortest get-ready time in seconds"),
        "seconds",
        GET_READY_NOTE,
    ),
    Row(
        "reduce_motion",
        SESSION,
        QT_TRANSLATE_NOOP("SettingsDialog", "Reduce &motion"),
        QT_TRANSLATE_NOOP("SettingsDialog", "Reduce motion"),
        "check",
        QT_TRANSLATE_NOOP("SettingsDialog", "The map shows each stroke without moving it."),
    ),
    Row(
        "sound_enabled",
        SOUND,
        QT_TRANSLATE_NOOP("SettingsDialog", "&Sounds"),
        QT_TRANSLATE_NOOP("SettingsDialog", "Sounds"),
        "check",
        QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "A soft chime at each change of step, so you can follow without looking.",
        ),
        enables=("sound_volume",),
    ),
    Row(
        "sound_volume",
        SOUND,
        QT_TRANSLATE_NOOP("SettingsDialog", "Sound v&olume"),
        QT_TRANSLATE_NOOP("SettingsDialog", "Sound volume"),
        "slider",
    ),
    Row(
        "voice_enabled",
        SOUND,
        QT_TRANSLATE_NOOP("SettingsDialog", "Spo&ken guidance"),
        QT_TRANSLATE_NOOP("SettingsDialog", "Spoken guidance"),
        "check",
        QT_TRANSLATE_NOOP("SettingsDialog", "Each step is read aloud."),
        enables=("voice_volume",),
    ),
    Row(
        "voice_volume",
        SOUND,
        QT_TRANSLATE_NOOP("SettingsDialog", "Voice vol&ume"),
        QT_TRANSLATE_NOOP("SettingsDialog", "Voice volume"),
        "slider",
    ),
    Row(
        "theme",
        APPEARANCE,
        QT_TRANSLATE_NOOP("SettingsDialog", "T&heme"),
        QT_TRANSLATE_NOOP("SettingsDialog", "Theme"),
        "choice",
        QT_TRANSLATE_NOOP("SettingsDialog", "Light or dark, or the same as your computer."),
        choices=(
            ("system", QT_TRANSLATE_NOOP("SettingsDialog", "Same as the system")),
            ("light", QT_TRANSLATE_NOOP("SettingsDialog", "Light")),
            ("dark", QT_TRANSLATE_NOOP("SettingsDialog", "Dark")),
        ),
    ),
    Row(
        "text_size",
        APPEARANCE,
        QT_TRANSLATE_NOOP("SettingsDialog", "Text si&ze"),
        QT_TRANSLATE_NOOP("SettingsDialog", "Size of the session and guide text"),
        "choice",
        QT_TRANSLATE_NOOP(
            "SettingsDialog", "The size of the session's instructions and the guide's text."
        ),
        choices=(
            ("normal", QT_TRANSLATE_NOOP("SettingsDialog", "Normal")),
            ("large", QT_TRANSLATE_NOOP("SettingsDialog", "Large")),
            ("extra_large", QT_TRANSLATE_NOOP("SettingsDialog", "Extra large")),
        ),
    ),
    Row(
        "language",
        APPEARANCE,
        QT_TRANSLATE_NOOP("SettingsDialog", "&Language"),
        QT_TRANSLATE_NOOP("SettingsDialog", "Language"),
        "language",
        # Only the next start loads the content and every window in the new language: with
        # the daily reminder on, closing the window does not quit, so the note says "quit".
        QT_TRANSLATE_NOOP(
            "SettingsDialog", "A new language applies once you quit the app and start it again."
        ),
    ),
    Row(
        "reminder_enabled",
        REMINDER,
        QT_TRANSLATE_NOOP("SettingsDialog", "Daily &reminder"),
        QT_TRANSLATE_NOOP("SettingsDialog", "Daily reminder"),
        "check",
        QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "A short session is suggested once a day. While it is on, the app stays in the "
            "system tray when you close its window.",
        ),
        enables=("reminder_time",),
    ),
    Row(
        "reminder_time",
        REMINDER,
        QT_TRANSLATE_NOOP("SettingsDialog", "Reminder t&ime"),
        QT_TRANSLATE_NOOP("SettingsDialog", "Reminder time"),
        "time",
    ),
)
SYSTEM_LANGUAGE = QT_TRANSLATE_NOOP("SettingsDialog", "System default")


def bounds(key: str) -> tuple[int, int]:
    """The ``ge``/``le`` limits of a numeric ``Settings`` field."""
    low = high = None
    for rule in Settings.model_fields[key].metadata:
        if isinstance(rule, annotated_types.Ge):
            low = int(typing.cast(int, rule.ge))
        elif isinstance(rule, annotated_types.Le):
            high = int(typing.cast(int, rule.le))
    if low is None or high is None:
        raise ValueError(f"Settings.{key} needs ge= and le= limits to be shown in the dialog")
    return low, high


def choices(key: str) -> tuple[str, ...]:
    """The values a ``Literal`` ``Settings`` field allows."""
    return typing.get_args(Settings.model_fields[key].annotation)


def get_ready_note() -> str:
    """What the get-ready time means: a floor, lengthened for long instructions.

    The walk saw "5 s" set and 7-12 s counted down, with nothing saying why; between the
    parts of one technique on the same spot the player waits less (walk 6, finding 14).
    """
    timing = Timing()
    return fill(
        QCoreApplication.translate(
            "SettingsDialog",
            "Before each step in a new place or on the other side the player waits at least "
            "this long. A step with a longer instruction gets the time it takes to read it "
            "calmly, up to %1 s. The next part of a technique on the same spot follows "
            "after %2 s.",
        ),
        number(round(timing.get_ready_max_s)),
        number(round(timing.next_part_s)),
    )

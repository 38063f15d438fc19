"""The Settings dialog: a table of fields in four groups, usable from the keyboard alone.

Each row names a ``Settings`` field once; its widget, range and choices come from the model
(``Field(ge=3, le=30)``, ``Literal[...]``), and showing and reading the values is one loop.
A new setting is a model field plus one row here.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass

import annotated_types
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.engine.phases import Timing
from massage_desktop.storage.settings import LANGUAGES, Settings
from massage_desktop.ui import form_widgets
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill, number


@dataclass(frozen=True)
class Row:
    """One setting in the dialog; the texts are translated when the dialog is built.

    Attributes:
        key: the ``Settings`` field.
        group: the group box title.
        label: the form label, with its mnemonic.
        name: the accessible name.
        kind: "choice", "check", "slider", "seconds", "time" or "language".
        text: a check box's text.
        choices: labels for a Literal field's values.
        enables: fields usable only while this check box is ticked.
    """

    key: str
    group: str
    label: str
    name: str
    kind: str
    text: str = ""
    choices: tuple[tuple[str, str], ...] = ()
    enables: tuple[str, ...] = ()


_APPEARANCE = QT_TRANSLATE_NOOP("SettingsDialog", "Appearance")
_SOUND = QT_TRANSLATE_NOOP("SettingsDialog", "Sound && voice")
_SESSION = QT_TRANSLATE_NOOP("SettingsDialog", "Session")
_REMINDER = QT_TRANSLATE_NOOP("SettingsDialog", "Reminder")
_GROUPS = (_APPEARANCE, _SOUND, _SESSION, _REMINDER)

ROWS: tuple[Row, ...] = (
    Row(
        "theme",
        _APPEARANCE,
        QT_TRANSLATE_NOOP("SettingsDialog", "&Theme:"),
        QT_TRANSLATE_NOOP("SettingsDialog", "Theme"),
        "choice",
        choices=(
            ("system", QT_TRANSLATE_NOOP("SettingsDialog", "Same as the system")),
            ("light", QT_TRANSLATE_NOOP("SettingsDialog", "Light")),
            ("dark", QT_TRANSLATE_NOOP("SettingsDialog", "Dark")),
        ),
    ),
    Row(
        "language",
        _APPEARANCE,
        QT_TRANSLATE_NOOP("SettingsDialog", "&Language:"),
        QT_TRANSLATE_NOOP("SettingsDialog", "Language"),
        "language",
    ),
    Row(
        "text_size",
        _APPEARANCE,
        QT_TRANSLATE_NOOP("SettingsDialog", "Text si&ze:"),
        QT_TRANSLATE_NOOP("SettingsDialog", "Size of the session and guide text"),
        "choice",
        choices=(
            ("normal", QT_TRANSLATE_NOOP("SettingsDialog", "Normal")),
            ("large", QT_TRANSLATE_NOOP("SettingsDialog", "Large")),
            ("extra_large", QT_TRANSLATE_NOOP("SettingsDialog", "Extra large")),
        ),
    ),
    Row(
        "sound_enabled",
        _SOUND,
        QT_TRANSLATE_NOOP("SettingsDialog", "&Sounds:"),
        QT_TRANSLATE_NOOP("SettingsDialog", "Sounds"),
        "check",
        text=QT_TRANSLATE_NOOP("SettingsDialog", "Play a soft chime at each change of step"),
        enables=("sound_volume",),
    ),
    Row(
        "sound_volume",
        _SOUND,
        QT_TRANSLATE_NOOP("SettingsDialog", "Sound v&olume:"),
        QT_TRANSLATE_NOOP("SettingsDialog", "Sound volume"),
        "slider",
    ),
    Row(
        "voice_enabled",
        _SOUND,
        QT_TRANSLATE_NOOP("SettingsDialog", "Spo&ken guidance:"),
        QT_TRANSLATE_NOOP("SettingsDialog", "Spoken guidance"),
        "check",
        text=QT_TRANSLATE_NOOP("SettingsDialog", "Read each step aloud"),
        enables=("voice_volume",),
    ),
    Row(
        "voice_volume",
        _SOUND,
        QT_TRANSLATE_NOOP("SettingsDialog", "Voice vol&ume:"),
        QT_TRANSLATE_NOOP("SettingsDialog", "Voice volume"),
        "slider",
    ),
    Row(
        "get_ready_s",
        _SESSION,
        # "Shortest": the player gives a long instruction its reading time (engine.phases).
        QT_TRANSLATE_NOOP("SettingsDialog", "Shortest &get-ready time:"),
        QT_TRANSLATE_NOOP("SettingsDialog", "Shortest get-ready time in seconds"),
        "seconds",
    ),
    Row(
        "default_performer",
        _SESSION,
        QT_TRANSLATE_NOOP("SettingsDialog", "&Who massages:"),
        QT_TRANSLATE_NOOP("SettingsDialog", "Who gives the massage"),
        "choice",
        choices=(
            ("self", QT_TRANSLATE_NOOP("SettingsDialog", "Myself")),
            ("partner", QT_TRANSLATE_NOOP("SettingsDialog", "A partner")),
        ),
    ),
    Row(
        "reduce_motion",
        _SESSION,
        QT_TRANSLATE_NOOP("SettingsDialog", "&Motion:"),
        QT_TRANSLATE_NOOP("SettingsDialog", "Reduce motion"),
        "check",
        text=QT_TRANSLATE_NOOP(
            "SettingsDialog", "Reduce motion: the map shows the stroke without moving it"
        ),
    ),
    Row(
        "reminder_enabled",
        _REMINDER,
        QT_TRANSLATE_NOOP("SettingsDialog", "Daily &reminder:"),
        QT_TRANSLATE_NOOP("SettingsDialog", "Daily reminder"),
        "check",
        text=QT_TRANSLATE_NOOP("SettingsDialog", "Remind me once a day"),
        enables=("reminder_time",),
    ),
    Row(
        "reminder_time",
        _REMINDER,
        QT_TRANSLATE_NOOP("SettingsDialog", "Reminder t&ime:"),
        QT_TRANSLATE_NOOP("SettingsDialog", "Reminder time"),
        "time",
    ),
)
_SYSTEM_LANGUAGE = QT_TRANSLATE_NOOP("SettingsDialog", "System default")


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

    The walk saw "5 s" set and 7-12 s counted down, with nothing saying why.
    """
    timing = Timing()
    return fill(
        QCoreApplication.translate(
            "SettingsDialog",
            "Before each step the player waits at least this long. A step with a longer "
            "instruction gets the time it takes to read it calmly, up to %1 s.",
        ),
        number(round(timing.get_ready_max_s)),
    )


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


class SettingsDialog(QDialog):
    """Edits a copy of ``Settings``; the caller reads ``result_settings()`` after OK.

    Args:
        settings: the settings to start from; never modified.
        parent: the owning window.
        sound_reason: why cue sounds cannot play here, or None when they can.
        voice_reason: why spoken guidance cannot work here, or None when it can.

    An option that cannot work is disabled and its reason (with the command that enables it)
    is shown beneath the group.

    Signals:
        themePreviewed(str): the user picked a theme ("system", "light" or "dark"); the caller
            may apply it at once and re-apply the saved theme if the dialog is cancelled.
        testSoundRequested(int): the "Test sound" button was pressed, with the volume set.
    """

    themePreviewed = Signal(str)
    testSoundRequested = Signal(int)

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        sound_reason: str | None = None,
        voice_reason: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._original = settings
        self._unavailable = {"sound_enabled": sound_reason, "voice_enabled": voice_reason}
        self.setWindowTitle(QCoreApplication.translate("SettingsDialog", "Settings"))
        self.setObjectName("settingsDialog")
        self.fields: dict[str, form_widgets.Field] = {row.key: self._field(row) for row in ROWS}
        self.test_sound = QPushButton(
            QCoreApplication.translate("SettingsDialog", "&Test sound"), self
        )
        self.test_sound.setAccessibleName(
            QCoreApplication.translate("SettingsDialog", "Play a test sound at this volume")
        )
        self.fields["sound_volume"].extras.append(self.test_sound)
        self.notes: dict[str, QLabel] = {
            key: QLabel(reason, self) for key, reason in self._unavailable.items() if reason
        }
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        layout = QVBoxLayout(self)
        for title in _GROUPS:
            layout.addWidget(self._group(title))
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        for row in ROWS:
            if row.enables:
                self.fields[row.key].changed.connect(self._on_switch_field_changed)
        self.fields["theme"].changed.connect(self._on_theme_field_changed)
        self.test_sound.clicked.connect(self._on_test_sound_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.clicked.connect(self._on_buttons_clicked)
        self._show(settings)
        # Shown at its first, smaller size the dialog gave the wrapped get-ready note one
        # line of its two (measured offscreen, 567 of 581 px); the size hint counts both.
        self.resize(self.sizeHint())

    def result_settings(self) -> Settings:
        """The settings as edited; fields the dialog does not show keep their values."""
        # An option that cannot work here is shown off but keeps its saved value, so it is
        # back as it was on a machine (or a day) where it works.
        edited = {
            key: field.value()
            for key, field in self.fields.items()
            if self._unavailable.get(key) is None
        }
        return Settings.model_validate({**self._original.model_dump(), **edited})

    def _field(self, row: Row) -> form_widgets.Field:
        name = _tr(row.name)
        if row.kind == "check":
            return form_widgets.CheckField(self, _tr(row.text), name)
        if row.kind == "slider":
            return form_widgets.SliderField(self, bounds(row.key), name)
        if row.kind == "seconds":
            return form_widgets.SpinField(
                self, bounds(row.key), QCoreApplication.translate("SettingsDialog", " s"), name
            )
        if row.kind == "time":
            return form_widgets.TimeField(self, name)
        if row.kind == "language":
            items = [("system", _tr(_SYSTEM_LANGUAGE)), *LANGUAGES.items()]
            return form_widgets.ChoiceField(self, items, name)
        labels = dict(row.choices)
        allowed = choices(row.key)
        if set(labels) != set(allowed):
            raise ValueError(
                f"Settings.{row.key}: the dialog labels {sorted(labels)}, "
                f"the model allows {sorted(allowed)}"
            )
        return form_widgets.ChoiceField(self, [(v, _tr(labels[v])) for v in allowed], name)

    def _group(self, title: str) -> QWidget:
        rows = [
            (_tr(row.label), self.fields[row.key].widget, self.fields[row.key].extras)
            for row in ROWS
            if row.group == title
        ]
        keys = {row.key for row in ROWS if row.group == title}
        notes = [label for key, label in self.notes.items() if key in keys]
        if title == _APPEARANCE:
            notes.append(
                QLabel(
                    QCoreApplication.translate(
                        "SettingsDialog", "A new language applies the next time the app starts."
                    )
                )
            )
        if title == _SESSION:
            self.get_ready_note = QLabel(get_ready_note(), self)
            notes.append(self.get_ready_note)
        return form_widgets.group(self, _tr(title), rows, notes)

    def _show(self, settings: Settings) -> None:
        """Put ``settings`` into the widgets."""
        for key, field in self.fields.items():
            field.set_value(getattr(settings, key))
        # toggled is not emitted when the state does not change: sync enabled states directly.
        self._sync_enabled()

    def _sync_enabled(self) -> None:
        for row in ROWS:
            if not row.enables:
                continue
            works = self._unavailable.get(row.key) is None
            field = self.fields[row.key]
            field.widget.setEnabled(works)
            if not works:
                field.set_value(False)  # shown unticked: it cannot work here
            on = works and bool(field.value())
            for key in row.enables:
                for widget in (self.fields[key].widget, *self.fields[key].extras):
                    widget.setEnabled(on)

    def _on_switch_field_changed(self, _checked: bool) -> None:
        self._sync_enabled()

    def _on_theme_field_changed(self, _index: int) -> None:
        self.themePreviewed.emit(self.fields["theme"].value())

    def _on_test_sound_clicked(self) -> None:
        self.testSoundRequested.emit(self.fields["sound_volume"].value())

    def _on_buttons_clicked(self, button: QAbstractButton) -> None:
        role = self.buttons.buttonRole(button)
        if role == QDialogButtonBox.ButtonRole.ResetRole:
            self._show(Settings())

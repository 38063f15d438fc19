"""The Settings dialog: hand-written widgets in four groups, usable from the keyboard alone."""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.storage.settings import Settings
from massage_desktop.ui import form_widgets
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP

# Labels are marked for lupdate here and translated when the dialog is built. Language names
# are written in their own language and never translated.
_THEMES = [
    ("system", QT_TRANSLATE_NOOP("SettingsDialog", "Same as the system")),
    ("light", QT_TRANSLATE_NOOP("SettingsDialog", "Light")),
    ("dark", QT_TRANSLATE_NOOP("SettingsDialog", "Dark")),
]
_PERFORMERS = [
    ("self", QT_TRANSLATE_NOOP("SettingsDialog", "Myself")),
    ("partner", QT_TRANSLATE_NOOP("SettingsDialog", "A partner")),
]
_SYSTEM_LANGUAGE = QT_TRANSLATE_NOOP("SettingsDialog", "System default")
_LANGUAGES = [("en", "English")]
_TIME_FORMAT = "HH:mm"


def _translated(items: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """A table's (value, label) pairs with the labels in the user's language."""
    return [(value, QCoreApplication.translate("SettingsDialog", label)) for value, label in items]


def voice_available() -> bool:
    """Whether spoken guidance can work: QtTextToSpeech ships with the optional audio extra.

    Imported here, never at module import, because the import also fails without the system's
    PulseAudio client library and the app must start without it.
    """
    try:
        importlib.import_module("PySide6.QtTextToSpeech")
    except ImportError:
        return False
    return True


class SettingsDialog(QDialog):
    """Edits a copy of ``Settings``; the caller reads ``result_settings()`` after OK.

    Args:
        settings: the settings to start from; never modified.
        parent: the owning window.
        languages: (code, name) pairs offered besides "System default"; English by default.
        voice: whether text-to-speech is installed; detected when None.

    Signals:
        themePreviewed(str): the user picked a theme ("system", "light" or "dark"); the caller
            may apply it at once and re-apply the saved theme if the dialog is cancelled.
    """

    themePreviewed = Signal(str)

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        languages: Sequence[tuple[str, str]] = _LANGUAGES,
        voice: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self._original = settings
        self.setWindowTitle(QCoreApplication.translate("SettingsDialog", "Settings"))
        self.setObjectName("settingsDialog")

        self.theme_combo = form_widgets.combo(
            self, _translated(_THEMES), QCoreApplication.translate("SettingsDialog", "Theme")
        )
        self.language_combo = form_widgets.combo(
            self,
            [*_translated([("system", _SYSTEM_LANGUAGE)]), *languages],
            QCoreApplication.translate("SettingsDialog", "Language"),
        )
        self.sound_check = form_widgets.check(
            self,
            QCoreApplication.translate("SettingsDialog", "Play a soft chime between steps"),
            QCoreApplication.translate("SettingsDialog", "Sounds"),
        )
        self.sound_slider, self.sound_value = form_widgets.volume(
            self, QCoreApplication.translate("SettingsDialog", "Sound volume")
        )
        self.voice_check = form_widgets.check(
            self,
            QCoreApplication.translate("SettingsDialog", "Read each step aloud"),
            QCoreApplication.translate("SettingsDialog", "Spoken guidance"),
        )
        self.voice_slider, self.voice_value = form_widgets.volume(
            self, QCoreApplication.translate("SettingsDialog", "Voice volume")
        )
        self.voice_note = QLabel(
            QCoreApplication.translate("SettingsDialog", "Voice needs the optional audio extra.")
        )
        self.voice_note.setVisible(not (voice_available() if voice is None else voice))
        self.get_ready_spin = QSpinBox(self)
        self.get_ready_spin.setRange(3, 30)
        self.get_ready_spin.setSuffix(QCoreApplication.translate("SettingsDialog", " s"))
        self.get_ready_spin.setAccessibleName(
            QCoreApplication.translate("SettingsDialog", "Get-ready time in seconds")
        )
        self.performer_combo = form_widgets.combo(
            self,
            _translated(_PERFORMERS),
            QCoreApplication.translate("SettingsDialog", "Who gives the massage"),
        )
        self.reminder_check = form_widgets.check(
            self,
            QCoreApplication.translate("SettingsDialog", "Remind me once a day"),
            QCoreApplication.translate("SettingsDialog", "Daily reminder"),
        )
        self.reminder_time = QTimeEdit(self)
        self.reminder_time.setDisplayFormat(_TIME_FORMAT)
        self.reminder_time.setAccessibleName(
            QCoreApplication.translate("SettingsDialog", "Reminder time")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )

        language_note = QLabel(
            QCoreApplication.translate(
                "SettingsDialog", "A new language applies the next time the app starts."
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            form_widgets.group(
                self,
                QCoreApplication.translate("SettingsDialog", "Appearance"),
                [
                    (
                        QCoreApplication.translate("SettingsDialog", "&Theme:"),
                        self.theme_combo,
                        None,
                    ),
                    (
                        QCoreApplication.translate("SettingsDialog", "&Language:"),
                        self.language_combo,
                        None,
                    ),
                ],
                notes=[language_note],
            )
        )
        layout.addWidget(
            form_widgets.group(
                self,
                QCoreApplication.translate("SettingsDialog", "Sound && voice"),
                [
                    (
                        QCoreApplication.translate("SettingsDialog", "&Sounds:"),
                        self.sound_check,
                        None,
                    ),
                    (
                        QCoreApplication.translate("SettingsDialog", "Sound v&olume:"),
                        self.sound_slider,
                        self.sound_value,
                    ),
                    (
                        QCoreApplication.translate("SettingsDialog", "Spo&ken guidance:"),
                        self.voice_check,
                        None,
                    ),
                    (
                        QCoreApplication.translate("SettingsDialog", "Voice vol&ume:"),
                        self.voice_slider,
                        self.voice_value,
                    ),
                ],
                notes=[self.voice_note],
            )
        )
        layout.addWidget(
            form_widgets.group(
                self,
                QCoreApplication.translate("SettingsDialog", "Session"),
                [
                    (
                        QCoreApplication.translate("SettingsDialog", "&Get-ready time:"),
                        self.get_ready_spin,
                        None,
                    ),
                    (
                        QCoreApplication.translate("SettingsDialog", "&Who massages:"),
                        self.performer_combo,
                        None,
                    ),
                ],
            )
        )
        layout.addWidget(
            form_widgets.group(
                self,
                QCoreApplication.translate("SettingsDialog", "Reminder"),
                [
                    (
                        QCoreApplication.translate("SettingsDialog", "Daily &reminder:"),
                        self.reminder_check,
                        None,
                    ),
                    (
                        QCoreApplication.translate("SettingsDialog", "Reminder t&ime:"),
                        self.reminder_time,
                        None,
                    ),
                ],
            )
        )
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.sound_check.toggled.connect(self._on_sound_check_toggled)
        self.voice_check.toggled.connect(self._on_voice_check_toggled)
        self.reminder_check.toggled.connect(self._on_reminder_check_toggled)
        self.sound_slider.valueChanged.connect(self._on_sound_slider_value_changed)
        self.voice_slider.valueChanged.connect(self._on_voice_slider_value_changed)
        self.theme_combo.currentIndexChanged.connect(self._on_theme_combo_index_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.clicked.connect(self._on_buttons_clicked)
        self._show(settings)

    def result_settings(self) -> Settings:
        """The settings as edited; fields the dialog does not show keep their values."""
        edited = {
            "theme": self.theme_combo.currentData(),
            "language": self.language_combo.currentData(),
            "sound_enabled": self.sound_check.isChecked(),
            "sound_volume": self.sound_slider.value(),
            "voice_enabled": self.voice_check.isChecked(),
            "voice_volume": self.voice_slider.value(),
            "get_ready_s": self.get_ready_spin.value(),
            "default_performer": self.performer_combo.currentData(),
            "reminder_enabled": self.reminder_check.isChecked(),
            "reminder_time": self.reminder_time.time().toString(_TIME_FORMAT),
        }
        return Settings.model_validate({**self._original.model_dump(), **edited})

    def _show(self, settings: Settings) -> None:
        """Put ``settings`` into the widgets."""
        if self.language_combo.findData(settings.language) < 0:
            # A language set elsewhere (a newer version, a hand edit) stays selectable.
            self.language_combo.addItem(settings.language, settings.language)
        self.theme_combo.setCurrentIndex(self.theme_combo.findData(settings.theme))
        self.language_combo.setCurrentIndex(self.language_combo.findData(settings.language))
        self.sound_check.setChecked(settings.sound_enabled)
        self.sound_slider.setValue(settings.sound_volume)
        self.voice_check.setChecked(settings.voice_enabled)
        self.voice_slider.setValue(settings.voice_volume)
        self.get_ready_spin.setValue(settings.get_ready_s)
        self.performer_combo.setCurrentIndex(
            self.performer_combo.findData(settings.default_performer)
        )
        self.reminder_check.setChecked(settings.reminder_enabled)
        self.reminder_time.setTime(QTime.fromString(settings.reminder_time, _TIME_FORMAT))
        # toggled is not emitted when the state does not change: sync enabled states directly.
        self._on_sound_check_toggled(settings.sound_enabled)
        self._on_voice_check_toggled(settings.voice_enabled)
        self._on_reminder_check_toggled(settings.reminder_enabled)
        self._on_sound_slider_value_changed(settings.sound_volume)
        self._on_voice_slider_value_changed(settings.voice_volume)

    def _on_sound_check_toggled(self, checked: bool) -> None:
        self.sound_slider.setEnabled(checked)
        self.sound_value.setEnabled(checked)

    def _on_voice_check_toggled(self, checked: bool) -> None:
        self.voice_slider.setEnabled(checked)
        self.voice_value.setEnabled(checked)

    def _on_reminder_check_toggled(self, checked: bool) -> None:
        self.reminder_time.setEnabled(checked)

    def _on_sound_slider_value_changed(self, value: int) -> None:
        self.sound_value.setText(f"{value} %")

    def _on_voice_slider_value_changed(self, value: int) -> None:
        self.voice_value.setText(f"{value} %")

    def _on_theme_combo_index_changed(self, _index: int) -> None:
        self.themePreviewed.emit(self.theme_combo.currentData())

    def _on_buttons_clicked(self, button: QAbstractButton) -> None:
        role = self.buttons.buttonRole(button)
        if role == QDialogButtonBox.ButtonRole.ResetRole:
            self._show(Settings())

"""Settings ▸ App settings: edit the settings, save them, and apply them to the running app."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QTextBrowser, QWidget

from massage_desktop.domain.enums import Performer
from massage_desktop.storage.settings import LANGUAGES, TEXT_SCALES, Settings, SettingsStore
from massage_desktop.ui.guide.panel import GuidePanel
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill
from massage_desktop.ui.player.audio import CueSounds, Voice
from massage_desktop.ui.player.flow import SessionFlow
from massage_desktop.ui.reminder import DailyReminder
from massage_desktop.ui.theme import apply_theme

if TYPE_CHECKING:
    from massage_desktop.ui.settings_dialog import SettingsDialog

# Windows built without sounds or a voice (screenshots, some tests) say so plainly.
_NO_SOUNDS = QT_TRANSLATE_NOOP("Preferences", "This window plays no sounds.")
_NO_VOICE = QT_TRANSLATE_NOOP("Preferences", "This window has no voice.")


def _reason(part: CueSounds | Voice | None, missing: str) -> str | None:
    """Why ``part`` cannot work, or None when it can."""
    if part is None:
        return QCoreApplication.translate("Preferences", missing)
    return part.unavailable_reason


class Preferences(QObject):
    """Owns the link between the settings file and the parts of the app they control."""

    def __init__(
        self,
        window: QWidget,
        store: SettingsStore,
        flow: SessionFlow,
        sounds: CueSounds | None,
        voice: Voice | None,
        reminder: DailyReminder | None = None,
        performer_chosen: Callable[[Performer], None] = lambda _performer: None,
        language_for_this_run: str | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._store = store
        self._flow = flow
        self._sounds = sounds
        self._voice = voice
        self._reminder = reminder
        self._performer_chosen = performer_chosen
        self._language_for_this_run = language_for_this_run

    @property
    def settings(self) -> Settings:
        """The settings in force."""
        return self._store.settings

    def apply(self, settings: Settings) -> None:
        """Make the running app follow ``settings`` (the language needs a restart)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, settings.theme)
        if self._sounds is not None:
            self._sounds.enabled = settings.sound_enabled
            self._sounds.set_volume(settings.sound_volume)
        if self._voice is not None:
            self._voice.enabled = settings.voice_enabled
            self._voice.set_volume(settings.voice_volume)
        self._apply_text_size(TEXT_SCALES[settings.text_size])
        self._flow.timing = replace(self._flow.timing, get_ready_s=float(settings.get_ready_s))
        # The guide's Start gives the session's length, which the get-ready time is part of.
        guide = self._window.findChild(GuidePanel)
        if guide is not None:
            guide.set_timing(self._flow.timing)
        self._flow.default_performer = Performer(settings.default_performer)
        self._performer_chosen(self._flow.default_performer)
        if self._reminder is not None:
            self._reminder.set_time(settings.reminder_time if settings.reminder_enabled else None)

    def _apply_text_size(self, scale: float) -> None:
        """The player's reading text (every view, through its actions) and the guide's text."""
        self._flow.actions.set_text_scale(scale)
        # The guide's text browser, found by its object name: the guide's other texts have
        # sizes from the design style sheet, which a font set here would not change.
        guide = self._window.findChild(QTextBrowser, "guideText")
        if guide is not None:
            font = QFont(QApplication.font())
            font.setPointSizeF(font.pointSizeF() * scale)
            guide.setFont(font)

    def dialog(self, settings: Settings) -> SettingsDialog:
        """A settings dialog on ``settings`` that shows what works on this machine."""
        from massage_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            settings,
            self._window,
            sound_reason=_reason(self._sounds, _NO_SOUNDS),
            voice_reason=_reason(self._voice, _NO_VOICE),
            large=self._flow.actions.text_scale,
            language_note=_run_language_note(self._language_for_this_run),
        )
        dialog.themePreviewed.connect(self._on_dialog_theme_previewed)
        dialog.testSoundRequested.connect(self._on_dialog_test_sound_requested)
        return dialog

    def edit(self) -> bool:
        """Show the settings dialog; save and apply when accepted."""
        before = self._store.settings
        dialog = self.dialog(before)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.apply(before)  # undo a previewed theme
            return False
        after = dialog.result_settings()
        self._store.save(after)
        self.apply(after)
        # A new language needs the app quit and started again (a start while it waits in the
        # tray only shows this window); the dialog says so under the language field, once.
        return True

    def _on_dialog_test_sound_requested(self, volume: int) -> None:
        if self._sounds is not None:
            self._sounds.test(volume)

    def _on_dialog_theme_previewed(self, theme: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)


def _run_language_note(language: str | None) -> str | None:
    """What the Language field says when ``--language`` chose this run's language.

    The German window showed "Sprache: Systemvorgabe" (the setting) while ``--language de``
    ran it in German (walk 8): the field said one thing, the window another. Plain words,
    not the option's name: "(--language de)" read as developer talk and broke after "(--"
    (walk 10, b12).
    """
    if language is None:
        return None
    if language in LANGUAGES:
        text = QCoreApplication.translate(
            "Preferences",
            "This run uses %1, set when the app was started. Change it here for the next start.",
        )
        return fill(text, LANGUAGES[language])
    return QCoreApplication.translate(
        "Preferences",
        "This run uses the system's language, set when the app was started. Change it here "
        "for the next start.",
    )

"""Cue sounds and spoken guidance.

Sounds play through miniaudio, a default dependency (``sound_sink``). The voice needs
QtTextToSpeech, which ships in PySide6-Addons (the ``[audio]`` extra) and needs the system's
PulseAudio client library. Both are loaded lazily and fail soft: without them the player
still runs, with a visual flash instead of sounds and a note saying what is missing.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from massage_desktop.resources import resource_path
from massage_desktop.ui.i18n import fill
from massage_desktop.ui.message_text import speech_unavailable
from massage_desktop.ui.player.sound_sink import MiniaudioSink, SoundSink

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

CUE_SOUNDS = (
    "get_ready",  # read the next instruction
    "step_start",  # the work begins
    "switch_sides",
    "last_seconds",  # three seconds of this step left
    "finished",  # the session is over
    "stopped",  # stopped because it hurts
    "half_time",
    "beat",  # tempo beat for tapping and pummelling
)
_INSTALL_VOICE = "pip install 'massage-desktop[audio]'"
_log = logging.getLogger(__name__)


def _unavailable_reason(exc: ImportError) -> str:
    text = str(exc)
    if "libpulse" in text:
        return QCoreApplication.translate(
            "Audio",
            "The voice needs the PulseAudio client library: sudo apt-get install libpulse0",
        )
    return fill(
        QCoreApplication.translate("Audio", "The voice needs the optional audio extra: %1"),
        _INSTALL_VOICE,
    )


class CueSounds(QObject):
    """Plays the short cue sounds through a ``SoundSink`` (miniaudio by default).

    Without a sound device nothing plays and nothing fails: ``unavailable_reason`` says why,
    and the player's flash still shows each cue.

    Args:
        sink: where sounds go; the speakers when None.
        parent: the owning object.
    """

    def __init__(self, sink: SoundSink | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sink = sink or MiniaudioSink(resource_path("sounds"), CUE_SOUNDS)
        self._volume = 0.7
        self.enabled = True

    @property
    def unavailable_reason(self) -> str | None:
        """Why sounds cannot be played, or None when they can."""
        return self._sink.unavailable_reason

    @property
    def available(self) -> bool:
        """Whether sounds can be played at all."""
        return self.unavailable_reason is None

    def set_volume(self, percent: int) -> None:
        """Volume from 0 to 100."""
        self._volume = max(0, min(100, percent)) / 100

    def play(self, name: str) -> bool:
        """Play one cue; False when sounds are off or cannot be heard."""
        if not self.enabled or name not in CUE_SOUNDS or not self.available:
            return False
        self._sink.play(name, self._volume)
        return True

    def test(self, percent: int) -> bool:
        """Play a sample cue at ``percent`` volume, even while cues are switched off."""
        if not self.available:
            return False
        self._sink.play("step_start", max(0, min(100, percent)) / 100)
        return True

    def shutdown(self) -> None:
        """Release the sound device (the app is closing)."""
        self._sink.close()


class Voice(QObject):
    """Speaks instructions through QtTextToSpeech, when an engine is available.

    The engine starts on first use, not at construction: loading QtTextToSpeech and its
    plug-ins took ~10 ms of every start, for a voice that only a running session needs.
    """

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._started = False
        self._tts: QTextToSpeech | None = None
        self._unavailable_reason: str | None = None
        self._volume: float | None = None
        self.enabled = True
        self.spoken: list[str] = []
        self._own_language = True

    def _start(self) -> QTextToSpeech | None:
        """The engine, started on the first call; None when there is none."""
        if self._started:
            return self._tts
        self._started = True
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:
            self._unavailable_reason = _unavailable_reason(exc)
            return None
        engines = QTextToSpeech.availableEngines()
        chosen = (
            self._engine
            if self._engine in engines
            else next((e for e in engines if e != "mock"), None)
        )
        if chosen is None:
            self._unavailable_reason = speech_unavailable("NoEngine")
            return None
        tts = QTextToSpeech(chosen, self)
        if tts.state() == QTextToSpeech.State.Error:
            _log.info("speech engine %s did not start: %s", chosen, tts.errorString())
            self._unavailable_reason = speech_unavailable(tts.errorReason().name)
            tts.deleteLater()
            return None
        if self._volume is not None:
            tts.setVolume(self._volume)
        # Speak the app's language (QLocale's default follows it) when the engine has a voice
        # for it; otherwise the engine's own default voice reads the translated text, and
        # the player's audio line says so (``speaks_app_language``).
        wanted = QLocale().language()
        locale = next((lo for lo in tts.availableLocales() if lo.language() == wanted), None)
        if locale is not None:
            tts.setLocale(locale)
        self._own_language = tts.locale().language() == wanted
        self._tts = tts
        return tts

    @property
    def available(self) -> bool:
        """Whether the voice can speak."""
        return self._start() is not None

    @property
    def unavailable_reason(self) -> str | None:
        """Why the voice cannot speak, in words for the user; None when it can."""
        self._start()
        return self._unavailable_reason

    @property
    def speaks_app_language(self) -> bool:
        """Whether the engine has a voice for the app's language (True without an engine).

        Without one, the engine's default voice reads the translated words, in its accent.
        """
        self._start()
        return self._own_language

    @property
    def engine_name(self) -> str | None:
        """The speech engine in use."""
        tts = self._start()
        return tts.engine() if tts is not None else None

    @property
    def locale_name(self) -> str | None:
        """The language the engine speaks, e.g. "de_DE"; None without an engine."""
        tts = self._start()
        return tts.locale().name() if tts is not None else None

    def set_volume(self, percent: int) -> None:
        """Volume from 0 to 100, kept for the engine if it has not started yet."""
        self._volume = max(0, min(100, percent)) / 100
        if self._tts is not None:
            self._tts.setVolume(self._volume)

    def say(self, text: str) -> bool:
        """Speak ``text``, interrupting what is being said; False when the voice is off."""
        tts = self._start() if self.enabled and text else None
        if tts is None:
            return False
        tts.stop()
        tts.say(text)
        self.spoken.append(text)
        return True

    def shutdown(self) -> None:
        """Stop and delete the engine now.

        The speechd engine, with no audio server, can stay in the Speaking state and crash at
        interpreter exit unless it is stopped and deleted before Qt tears down.
        """
        if self._tts is not None:
            self._tts.stop()
            self._tts.deleteLater()
            self._tts = None


def audio_note(sounds: CueSounds | None, voice: Voice | None) -> str:
    """One line for the player: whether sounds and voice work here, and if not, why."""
    if sounds is None:
        sound = QCoreApplication.translate("Audio", "Sounds are off.")
    elif sounds.unavailable_reason:
        sound = sounds.unavailable_reason
    else:
        sound = QCoreApplication.translate("Audio", "Sounds on.")
    if voice is None:
        spoken = QCoreApplication.translate("Audio", "Voice guidance is off.")
    elif voice.unavailable_reason:
        spoken = voice.unavailable_reason  # a whole sentence that names spoken guidance
    else:
        spoken = fill(
            QCoreApplication.translate("Audio", "Voice guidance on (%1)."), voice.engine_name
        )
        if not voice.speaks_app_language:
            spoken = f"{spoken} {_no_voice_for_language()}"
    return f"{sound} {spoken}"


def _no_voice_for_language() -> str:
    """The engine has no voice for the app's language: its own voice reads the words."""
    language = QLocale(QLocale().language()).nativeLanguageName()
    return fill(
        QCoreApplication.translate(
            "Audio",
            "This system has no %1 voice: the spoken words are %1, read by its default voice.",
        ),
        language,
    )


def audio_summary(sounds: CueSounds | None, voice: Voice | None) -> str:
    """A few words for the player's last line; ``audio_note`` (the reasons) goes in its tip.

    The reasons took two lines under "Stop – it hurts" for the whole session.
    """
    sound = sounds is not None and not sounds.unavailable_reason
    spoken = voice is not None and not voice.unavailable_reason
    if spoken and voice is not None and not voice.speaks_app_language:
        # Said on the line itself: German words in an English voice sound like a fault.
        language = QLocale(QLocale().language()).nativeLanguageName()
        if sound:
            words = QCoreApplication.translate("Audio", "Sounds and voice on, no %1 voice.")
        else:
            words = QCoreApplication.translate("Audio", "Voice on, no %1 voice.")
        return fill(words, language)
    if sound and spoken:
        return QCoreApplication.translate("Audio", "Sounds and voice on.")
    if sound:
        return QCoreApplication.translate("Audio", "Sounds on, voice off.")
    if spoken:
        return QCoreApplication.translate("Audio", "Voice on, sounds off.")
    return QCoreApplication.translate(
        "Audio", "Sounds and voice are off: each cue flashes the ring."
    )

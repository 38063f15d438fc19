"""Cue sounds and spoken guidance, both optional.

QtMultimedia and QtTextToSpeech ship in PySide6-Addons (the ``[audio]`` extra) and need the
system's PulseAudio client library. Everything here is imported lazily and fails soft: without
them the player still runs, with a visual flash instead of sounds and a note that the voice
is unavailable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QUrl

from massage_desktop.resources import resource_path
from massage_desktop.ui.i18n import fill

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect
    from PySide6.QtTextToSpeech import QTextToSpeech

CUE_SOUNDS = ("step", "switch_sides", "finished", "half_time", "beat")


def _unavailable_reason(exc: ImportError) -> str:
    text = str(exc)
    if "libpulse" in text:
        return QCoreApplication.translate(
            "Audio",
            "Sound needs the PulseAudio client library (Debian: sudo apt-get install libpulse0).",
        )
    return QCoreApplication.translate(
        "Audio",
        "Sound and voice need the optional audio extra: pip install 'massage-desktop[audio]'.",
    )


class CueSounds(QObject):
    """Plays the short cue sounds, if QtMultimedia is available.

    QtMultimedia and the sound files are loaded on first use (the first cue, or a question
    about availability), not at start-up: loading them made the window appear ~20 ms later
    and cost ~18 MB before anything could be played.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects: dict[str, QSoundEffect] = {}
        self._loaded = False
        self._reason: str | None = None
        self._volume = 0.7
        self.enabled = True

    @property
    def unavailable_reason(self) -> str | None:
        """Why sounds cannot be played, or None when they can."""
        self._load()
        return self._reason

    @property
    def available(self) -> bool:
        """Whether sounds can be played at all."""
        self._load()
        return bool(self._effects)

    def set_volume(self, percent: int) -> None:
        """Volume from 0 to 100."""
        self._volume = max(0, min(100, percent)) / 100
        for effect in self._effects.values():
            effect.setVolume(self._volume)

    def play(self, name: str) -> bool:
        """Play one cue; False when sounds are off or unavailable."""
        if not self.enabled:
            return False
        self._load()
        effect = self._effects.get(name)
        if effect is None:
            return False
        # With no audio server QSoundEffect ends in an Error status without crashing; that is
        # the same as silence, so nothing more is needed here.
        effect.play()
        return True

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError as exc:
            self._reason = _unavailable_reason(exc)
            return
        for name in CUE_SOUNDS:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", f"{name}.wav"))))
            effect.setVolume(self._volume)
            self._effects[name] = effect


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
            self._unavailable_reason = QCoreApplication.translate(
                "Audio", "No speech engine is installed (Debian: speech-dispatcher)."
            )
            return None
        tts = QTextToSpeech(chosen, self)
        if tts.state() == QTextToSpeech.State.Error:
            self._unavailable_reason = fill(
                QCoreApplication.translate("Audio", "The speech engine could not start: %1"),
                tts.errorString(),
            )
            tts.deleteLater()
            return None
        if self._volume is not None:
            tts.setVolume(self._volume)
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
    def engine_name(self) -> str | None:
        """The speech engine in use."""
        tts = self._start()
        return tts.engine() if tts is not None else None

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

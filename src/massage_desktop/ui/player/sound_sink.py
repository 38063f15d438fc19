"""Where cue sounds go: the speakers through miniaudio, or nowhere, with the reason why.

miniaudio (MIT, wheels for Linux, Windows and macOS) bundles its own WAV decoder and talks to
PulseAudio, PipeWire (through its PulseAudio layer), ALSA, WASAPI and CoreAudio directly, so the
default install plays the chimes without PySide6-Addons (~450 MB) or a system library beyond
the platform's own sound stack. Its device runs a thread of its own that pulls the samples;
``play`` only hands over a generator and returns, so the GUI thread never waits for a sound.
"""

from __future__ import annotations

import array
from collections.abc import Generator, Sequence
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from massage_desktop.ui.i18n import fill

RATE = 44_100
_INSTALL = "pip install miniaudio"


class SoundSink(Protocol):
    """Plays named sounds; a test passes a fake that records them."""

    @property
    def unavailable_reason(self) -> str | None:
        """Why nothing can be heard, in words for the user; None when sounds play."""
        ...

    def play(self, name: str, volume: float) -> None:
        """Start ``name`` at ``volume`` (0-1), cutting off the one playing; never blocks."""
        ...

    def close(self) -> None:
        """Release the sound device."""
        ...


def _scaled(samples: array.array[int], volume: float) -> Generator[array.array[int], int, None]:
    """Miniaudio's pull generator: each ``send`` asks for that many frames (mono here)."""
    frames = yield array.array("h")
    position = 0
    while position < len(samples):
        chunk = samples[position : position + frames]
        position += len(chunk)
        frames = yield array.array("h", (int(s * volume) for s in chunk))


class MiniaudioSink:
    """Plays the WAV files ``<folder>/<name>.wav`` on the default output device.

    The library, the files and the device are loaded on first use (a question about
    availability or the first cue), not at start-up, where they are not needed yet.
    """

    def __init__(self, folder: Path, names: Sequence[str]) -> None:
        self._folder = folder
        self._names = tuple(names)
        self._samples: dict[str, array.array[int]] = {}
        self._device: Any = None
        self._loaded = False
        self._reason: str | None = None

    @property
    def unavailable_reason(self) -> str | None:
        """Why nothing can be heard; None when a device is open."""
        self._load()
        return self._reason

    def play(self, name: str, volume: float) -> None:
        """Start ``name`` on miniaudio's own thread; quietly nothing without a device."""
        self._load()
        samples = self._samples.get(name)
        if self._device is None or samples is None:
            return
        stream = _scaled(samples, max(0.0, min(1.0, volume)))
        next(stream)  # miniaudio wants a started generator
        try:
            self._device.stop()
            self._device.start(stream)
        except Exception:
            self._device = None
            self._reason = _no_device()

    def close(self) -> None:
        """Stop and close the device."""
        if self._device is not None:
            self._device.close()
            self._device = None

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        try:
            # A plain import, so PyInstaller's analysis finds it for the bundle.
            import miniaudio  # type: ignore[import-untyped]  # ships no py.typed marker
        except ImportError:
            self._reason = fill(
                QCoreApplication.translate("Audio", "Sounds need the miniaudio package: %1"),
                _INSTALL,
            )
            return
        try:
            for name in self._names:
                decoded = miniaudio.decode_file(
                    str(self._folder / f"{name}.wav"), nchannels=1, sample_rate=RATE
                )
                self._samples[name] = decoded.samples
            self._device = miniaudio.PlaybackDevice(nchannels=1, sample_rate=RATE)
        except (OSError, miniaudio.MiniaudioError):
            self._device = None
            self._reason = _no_device()


def _no_device() -> str:
    return QCoreApplication.translate(
        "Audio", "No sound device was found, so cues are shown as a flash only."
    )

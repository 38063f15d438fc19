"""Why the voice cannot speak is said in plain, translated words, never the engine's own.

The walk saw "Stimme nicht verfügbar: Die Sprachausgabe konnte nicht starten: Text to speech
engine not initialized" in a German player: the speechd engine's English error text.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from tests.player.conftest import needs_speech

from massage_desktop.ui.message_text import speech_unavailable
from massage_desktop.ui.player.audio import CueSounds, Voice, audio_note

NO_ENGINE = "Spoken guidance is not available on this computer: no speech engine was found."


def test_an_engine_that_did_not_initialise_reads_as_no_engine() -> None:
    assert speech_unavailable("Initialization") == NO_ENGINE
    assert speech_unavailable("NoEngine") == NO_ENGINE
    assert "speech engine" in speech_unavailable("SomethingNew")


@pytest.mark.usefixtures("german")
def test_the_reason_is_german_in_german() -> None:
    text = speech_unavailable("Initialization")
    assert text.startswith("Die Sprachausgabe ist auf diesem Computer nicht verfügbar")
    assert "engine" not in text


def test_a_machine_without_engines_gets_the_plain_reason(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tts = needs_speech()
    monkeypatch.setattr(tts.QTextToSpeech, "availableEngines", staticmethod(lambda: []))
    voice = Voice()
    assert not voice.available
    assert voice.unavailable_reason == NO_ENGINE
    note = audio_note(CueSounds(), voice)
    assert note.count("not available") == 1, "the reason is not wrapped in a second prefix"
    assert NO_ENGINE in note

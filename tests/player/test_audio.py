"""Voice guidance through Qt's mock speech engine, and graceful absence of audio."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices
from tests.player.conftest import needs_speech, tick

from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.audio import CueSounds, Voice
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.questions import AutomaticAnswers

if TYPE_CHECKING:  # the [audio] extra: the tests that need it skip without it
    from PySide6.QtTextToSpeech import QTextToSpeech


def test_voice_speaks_the_steps(
    qtbot: QtBot, make_services: MakeServices, clock: ManualClock
) -> None:
    needs_speech()
    voice = Voice(engine="mock")
    assert voice.available, voice.unavailable_reason
    assert voice.engine_name == "mock"
    window = MainWindow(make_services(), voice=voice, clock=clock, interactive=False)
    window.flow.questions = AutomaticAnswers(TodayCheck())  # "no" to today's check
    qtbot.addWidget(window)
    window.show()
    window.select_region("back-calf-left")
    assert window.flow.start_technique("calf-kneading")
    assert voice.spoken, "the first step is announced"
    first = window.flow.controller.session.current  # type: ignore[union-attr]
    assert first is not None
    assert first.instruction.split()[0] in voice.spoken[0]
    for _ in range(240):  # in small steps, as the timer would: cues are on time, so spoken
        tick(window, clock, 0.25)

    assert len(voice.spoken) >= 2

    voice.enabled = False
    assert not voice.say("quiet please")
    voice.shutdown()


def speech_engine(voice: Voice) -> QTextToSpeech | None:
    """The speech engine the voice has started (its QTextToSpeech child), if any."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    return voice.findChild(QTextToSpeech)


def test_unknown_engine_falls_back_or_explains() -> None:
    voice = Voice(engine="no-such-engine")
    assert voice.available or voice.unavailable_reason
    voice.shutdown()


def test_sounds_never_crash() -> None:
    sounds = CueSounds()
    assert sounds.available or sounds.unavailable_reason
    sounds.set_volume(150)
    sounds.play("step")
    sounds.enabled = False
    assert not sounds.play("step")


def test_the_engine_starts_on_first_use_with_the_volume_set_before() -> None:
    needs_speech()
    voice = Voice(engine="mock")
    voice.set_volume(250)  # clamped, and kept until the engine exists
    assert speech_engine(voice) is None, "constructing a Voice must not load the speech engine"
    assert voice.say("Knead the calf")
    engine = speech_engine(voice)
    assert engine is not None
    assert engine.volume() == pytest.approx(1.0)
    voice.set_volume(40)
    assert engine.volume() == pytest.approx(0.4)
    voice.shutdown()


def test_the_speech_engine_waits_for_the_first_session(
    qtbot: QtBot, make_services: MakeServices, clock: ManualClock
) -> None:
    needs_speech()
    services = make_services()
    voice = Voice(engine="mock")
    window = MainWindow(services, voice=voice, clock=clock, interactive=False)
    window.flow.questions = AutomaticAnswers(TodayCheck())  # "no" to today's check
    qtbot.addWidget(window)
    assert speech_engine(voice) is None, "building the window must not start the speech engine"
    window.select_region("back-calf-left")
    assert window.flow.start_technique("calf-kneading")
    assert speech_engine(voice) is not None
    assert "mock" in window.player.voice_note.toolTip()  # the engine's name, in the reasons
    assert "voice on" in window.player.voice_note.text().casefold()
    window.flow.command(PlayerCommand.STOP)
    voice.shutdown()

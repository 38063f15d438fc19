"""No sound device, or no sound library: quiet, visible, and never an error."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices
from tests.player.test_audio_cues import FakeSink

from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.resources import resource_path
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.audio import CUE_SOUNDS, CueSounds
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.questions import AutomaticAnswers
from massage_desktop.ui.player.sound_sink import MiniaudioSink


class MiniaudioError(Exception):
    pass


def no_device_module() -> types.ModuleType:
    """A stand-in for miniaudio on a machine without any sound device."""
    module = types.ModuleType("miniaudio")

    def decode_file(path: str, **_: object) -> types.SimpleNamespace:
        assert Path(path).is_file(), path
        return types.SimpleNamespace(samples=[0, 1, 2])

    def device(**_: object) -> None:
        raise MiniaudioError("failed to init device", -401)

    module.MiniaudioError = MiniaudioError  # type: ignore[attr-defined]
    module.decode_file = decode_file  # type: ignore[attr-defined]
    module.PlaybackDevice = device  # type: ignore[attr-defined]
    return module


def test_no_sound_device_is_a_quiet_explained_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "miniaudio", no_device_module())
    sounds = CueSounds(MiniaudioSink(resource_path("sounds"), CUE_SOUNDS))
    assert not sounds.available
    assert "No sound device" in (sounds.unavailable_reason or "")
    assert not sounds.play("step_start")
    assert not sounds.test(50)
    sounds.shutdown()


def test_without_the_library_the_reason_names_the_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "miniaudio", None)  # the import fails
    sink = MiniaudioSink(resource_path("sounds"), CUE_SOUNDS)
    assert "pip install miniaudio" in (sink.unavailable_reason or "")
    sink.play("step_start", 1.0)  # nothing, and no error


def test_every_cue_sound_ships() -> None:
    for name in CUE_SOUNDS:
        assert resource_path("sounds", f"{name}.wav").is_file(), name


def test_the_real_sink_never_raises_here() -> None:
    # Whatever this machine has (CI has no device), asking and playing must not fail.
    sounds = CueSounds()
    assert sounds.available or sounds.unavailable_reason
    sounds.play("step_start")
    sounds.shutdown()


def test_the_flash_shows_cues_when_nothing_can_be_heard(
    qtbot: QtBot,
    make_services: MakeServices,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services = make_services()
    sink = FakeSink(clock, reason="No sound device was found.")
    window = MainWindow(services, sounds=CueSounds(sink), clock=clock, interactive=False)
    window.flow.questions = AutomaticAnswers(TodayCheck())  # "no" to today's check
    qtbot.addWidget(window)
    flashes: list[bool] = []
    monkeypatch.setattr(window.player.ring, "set_flash", flashes.append)
    window.select_region("back-calf-left")
    assert window.flow.start_technique("calf-kneading")
    assert flashes[:1] == [True]
    assert sink.played == []
    assert "No sound device was found." in window.player.voice_note.toolTip()
    off = "Sounds and voice are off: each cue flashes the ring."
    assert window.player.voice_note.text() == off
    window.flow.command(PlayerCommand.STOP)

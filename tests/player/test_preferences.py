"""Preferences reach the parts of the app they control, and are saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.conftest import StartServices

from massage_desktop.domain.enums import Performer
from massage_desktop.messages import MessageBus
from massage_desktop.storage.settings import SettingsStore
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.audio import CueSounds, Voice
from massage_desktop.ui.safety.first_run import FirstRunDialog


def test_settings_apply_to_timing_performer_sound_and_voice(
    qtbot: QtBot, tmp_path: Path, start_services: StartServices
) -> None:
    sounds, voice = CueSounds(), Voice(engine="mock")
    window = MainWindow(start_services(tmp_path), sounds=sounds, voice=voice)
    qtbot.addWidget(window)
    prefs = window.preferences
    assert prefs is not None
    changed = prefs.settings.model_copy(
        update={
            "get_ready_s": 12,
            "default_performer": "partner",
            "sound_enabled": False,
            "voice_enabled": False,
            "theme": "dark",
        }
    )
    prefs.apply(changed)
    assert window.flow.timing.get_ready_s == 12
    assert window.flow.default_performer is Performer.PARTNER
    assert not sounds.enabled
    assert not voice.enabled
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    prefs.apply(prefs.settings)  # back to the system theme for the tests that follow
    voice.shutdown()


def test_first_run_acknowledgement_is_remembered(
    qtbot: QtBot, tmp_path: Path, start_services: StartServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(start_services(tmp_path))
    qtbot.addWidget(window)
    assert window.preferences is not None
    assert not window.preferences.settings.first_run_acknowledged
    # "I understand" on the last screen, as the person presses it.
    monkeypatch.setattr(FirstRunDialog, "exec", lambda dialog: dialog.accept() or 1)
    window.first_run()
    store = SettingsStore(start_services(tmp_path).paths.settings_file, MessageBus())
    assert store.load().first_run_acknowledged

    def shown(_dialog: FirstRunDialog) -> int:
        raise AssertionError("the acknowledged notes are not shown again")

    monkeypatch.setattr(FirstRunDialog, "exec", shown)
    again = MainWindow(start_services(tmp_path))
    qtbot.addWidget(again)
    again.first_run()  # already acknowledged: nothing is shown, nothing blocks

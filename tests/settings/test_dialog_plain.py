"""The Preferences window is named as its menu entry, and shows what cannot be used (walk 5, 29)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices

from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.storage.settings import Settings
from massage_desktop.ui.design.icons import icon
from massage_desktop.ui.design.tokens import colours
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.questions import AutomaticAnswers
from massage_desktop.ui.settings_dialog import SettingsDialog
from massage_desktop.ui.settings_rows import SECTION_ICONS

NO_SOUND = "No sound device was found, so cues are shown as a flash only."
NO_VOICE = "Spoken guidance is not available on this computer: no speech engine was found."


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_window_has_the_name_of_the_menu_entry_that_opens_it(
    qtbot: QtBot, make_services: MakeServices, language: str, request: pytest.FixtureRequest
) -> None:
    if language == "de":
        request.getfixturevalue("german")
    window = MainWindow(make_services(), clock=ManualClock(), interactive=False)
    window.flow.questions = AutomaticAnswers(TodayCheck())
    qtbot.addWidget(window)
    preferences = window.preferences
    assert preferences is not None
    entry = window.menu_actions["Preferences…"].text().replace("&", "").rstrip("…")
    dialog = preferences.dialog(preferences.settings)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == entry
    assert dialog.heading.text() == entry
    if language == "de":
        assert entry == "Einstellungen"


def _look(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def test_volumes_and_test_sound_look_as_unusable_as_the_switch_that_is_off(
    qtbot: QtBot,
) -> None:
    working = SettingsDialog(Settings(sound_enabled=True, voice_enabled=True))
    missing = SettingsDialog(
        Settings(sound_enabled=True, voice_enabled=True),
        sound_reason=NO_SOUND,
        voice_reason=NO_VOICE,
    )
    for dialog in (working, missing):
        qtbot.addWidget(dialog)
        dialog.show()
    for key in ("sound_volume", "voice_volume"):
        assert not missing.fields[key].widget.isEnabled(), key
        assert not missing.titles[key].isEnabled(), key
        # A greyed-out slider is drawn greyed out, not as the working one.
        assert _look(missing.fields[key].widget) != _look(working.fields[key].widget), key
    assert not missing.test_sound.isEnabled()
    # The quiet button's own rule outranked ":disabled": it looked ready to press.
    assert _look(missing.test_sound) != _look(working.test_sound)


def test_section_headings_carry_no_glyph_that_reads_as_a_control(qtbot: QtBot) -> None:
    controls = {"play", "next", "forward", "expand", "more", "previous", "back", "rewind"}
    assert not controls & set(SECTION_ICONS.values())
    # The Session heading's icon exists (a missing name raises).
    icon(SECTION_ICONS["Session"], colours("light").accent)

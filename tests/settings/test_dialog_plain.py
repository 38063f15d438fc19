"""The settings window is named as its menu entry, and shows what cannot be used (walk 5, 29)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices

from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.services import build_services
from massage_desktop.storage.settings import Settings
from massage_desktop.ui.design.icons import icon
from massage_desktop.ui.design.tokens import colours
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.questions import AutomaticAnswers
from massage_desktop.ui.settings_dialog import SettingsDialog
from massage_desktop.ui.settings_rows import SECTION_ICONS
from massage_desktop.ui.theme import apply_theme

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
    entry = window.menu_actions["App settings…"].text().replace("&", "").rstrip("…")
    dialog = preferences.dialog(preferences.settings)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == entry
    assert dialog.heading.text() == entry
    # One word for one place: the menu is "Settings", so the window is not "Preferences".
    menu = window.menuBar().actions()
    assert any(a.text().replace("&", "").lower() in entry.lower() for a in menu)
    if language == "de":
        assert entry == "App-Einstellungen"


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


def _ink(row: QWidget, card: QWidget) -> float:
    """The strongest contrast of ``row``'s pixels against the card, as the card draws them."""
    image = card.grab().toImage()
    parent = row.parentWidget()
    assert parent is not None
    area = row.geometry().translated(parent.mapTo(card, QPoint(0, 0)))
    paper = image.pixelColor(area.left() - 2, area.top()).lightnessF()
    strongest = 0.0
    for x in range(area.left(), area.right(), 2):
        for y in range(area.top(), area.bottom(), 2):
            strongest = max(strongest, abs(image.pixelColor(x, y).lightnessF() - paper))
    return strongest


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_what_cannot_work_is_drawn_faded_and_the_reason_said_once(
    qtbot: QtBot, qapp: QApplication, theme: str
) -> None:
    # Walk 6 (finding 20): with no sound device "Sound volume 70 %", its slider and "Test
    # sound" were greyed only to the colour of the notes, and looked ready to use.
    apply_theme(qapp, theme)
    try:
        working = SettingsDialog(Settings(sound_enabled=True, voice_enabled=True))
        missing = SettingsDialog(
            Settings(sound_enabled=True, voice_enabled=True),
            sound_reason=NO_SOUND,
            voice_reason=NO_VOICE,
        )
        for dialog in (working, missing):
            qtbot.addWidget(dialog)
            dialog.resize(dialog.width(), 1200)
            dialog.show()
            QApplication.processEvents()
        pages = [dialog.findChild(QWidget, "settingsPage") for dialog in (missing, working)]
        assert pages[0] is not None
        assert pages[1] is not None
        for key in ("sound_volume", "voice_volume"):
            parts = [
                [dialog.titles[key], dialog.fields[key].widget, *dialog.fields[key].extras]
                for dialog in (missing, working)
            ]
            for off, on in zip(*parts, strict=True):
                faded, shown = _ink(off, pages[0]), _ink(on, pages[1])
                assert faded < 0.6 * shown, (key, type(off).__name__, faded, shown)
        # Switched off and on again where it works: faded, then drawn in full once more.
        title = working.titles["sound_volume"]
        full = _ink(title, pages[1])
        working.fields["sound_enabled"].set_value(False)
        assert _ink(title, pages[1]) < 0.6 * full
        working.fields["sound_enabled"].set_value(True)
        assert _ink(title, pages[1]) == pytest.approx(full)
        # Each reason once, under its switch; the faded rows add none of their own.
        texts = [label.text() for label in missing.findChildren(QLabel) if label.isVisible()]
        assert texts.count(NO_SOUND) == 1
        assert texts.count(NO_VOICE) == 1
    finally:
        apply_theme(qapp, "system")


def test_the_language_field_says_when_the_command_line_chose_the_language(
    qtbot: QtBot, make_services: MakeServices, german: None
) -> None:
    # Walk 8: "Sprache: Systemvorgabe" while `--language de` ran the window in German.
    services = dataclasses.replace(make_services(), language_for_this_run="de")
    window = MainWindow(services, clock=ManualClock(), interactive=False)
    qtbot.addWidget(window)
    preferences = window.preferences
    assert preferences is not None
    dialog = preferences.dialog(preferences.settings)
    qtbot.addWidget(dialog)
    note = dialog.notes["language"].text()
    assert "Deutsch" in note
    # Plain words, no option name to break after "(--" (walk 10, b12).
    assert "beim Start der App festgelegt" in note
    assert "--" not in note
    assert note in [label.text() for label in dialog.findChildren(QLabel)]
    # Without --language the field is the whole story.
    services = dataclasses.replace(services, language_for_this_run=None)
    plain = MainWindow(services, clock=ManualClock(), interactive=False)
    qtbot.addWidget(plain)
    assert plain.preferences is not None
    other = plain.preferences.dialog(plain.preferences.settings)
    qtbot.addWidget(other)
    assert "language" not in other.notes


def test_the_services_keep_the_language_given_for_this_run(tmp_path: Path) -> None:
    services = build_services(str(tmp_path), "de")
    try:
        assert services.language_for_this_run == "de"
        assert services.settings.settings.language == "system", "the setting is left alone"
    finally:
        services.close()

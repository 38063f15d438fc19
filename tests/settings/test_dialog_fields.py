"""The settings dialog is a table of fields: ranges, choices and languages come from one place."""

from __future__ import annotations

import typing
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QSlider,
    QSpinBox,
)
from pytestqt.qtbot import QtBot
from tests.conftest import StartServices
from tests.player.test_audio_cues import FakeSink

from massage_desktop.engine.clock import ManualClock
from massage_desktop.storage.settings import LANGUAGES, Settings
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.audio import CueSounds
from massage_desktop.ui.settings_dialog import ROWS, SettingsDialog


def make(qtbot: QtBot, settings: Settings | None = None, **reasons: str) -> SettingsDialog:
    dialog = SettingsDialog(settings or Settings(), **reasons)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def test_every_shown_setting_is_a_model_field_with_one_row(qtbot: QtBot) -> None:
    keys = [row.key for row in ROWS]
    assert len(keys) == len(set(keys))
    assert set(keys) <= set(Settings.model_fields)
    # What the app remembers for the person, not a choice of theirs.
    assert set(Settings.model_fields) - set(keys) == {
        "first_run_acknowledged",
        "first_run_postponed",
        "quick_check_passed_on",
        "rest_day_on",
    }


def test_ranges_and_choices_are_read_from_the_model(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    spin = dialog.fields["get_ready_s"].widget
    assert isinstance(spin, QSpinBox)
    assert (spin.minimum(), spin.maximum()) == (3, 30)  # Field(ge=3, le=30)
    for key in ("sound_volume", "voice_volume"):
        slider = dialog.fields[key].widget
        assert isinstance(slider, QSlider)
        assert (slider.minimum(), slider.maximum()) == (0, 100)
    for key in ("theme", "default_performer"):
        combo = dialog.fields[key].widget
        assert isinstance(combo, QComboBox)
        values = tuple(combo.itemData(i) for i in range(combo.count()))
        assert values == typing.get_args(Settings.model_fields[key].annotation)


def test_one_list_of_languages(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    combo = dialog.fields["language"].widget
    assert isinstance(combo, QComboBox)
    assert [combo.itemData(i) for i in range(combo.count())] == ["system", *LANGUAGES]
    assert "Deutsch" in [combo.itemText(i) for i in range(combo.count())]


def test_values_round_trip_and_restore_defaults(qtbot: QtBot) -> None:
    edited = Settings(
        theme="dark",
        language="pt_BR",  # not shipped, set by hand: stays selectable
        sound_enabled=False,
        sound_volume=35,
        voice_volume=20,
        get_ready_s=12,
        default_performer="partner",
        reminder_enabled=True,
        reminder_time="07:45",
        first_run_acknowledged=True,
    )
    dialog = make(qtbot, edited)
    assert dialog.result_settings() == edited
    assert not dialog.fields["sound_volume"].widget.isEnabled()
    assert dialog.fields["reminder_time"].widget.isEnabled()
    dialog.fields["get_ready_s"].set_value(99)
    assert dialog.result_settings().get_ready_s == 30, "the model's range clamps the box"
    dialog.restore_button.click()
    assert dialog.result_settings() == Settings(first_run_acknowledged=True)


def test_an_option_that_cannot_work_is_off_disabled_and_explained(qtbot: QtBot) -> None:
    reason = "Sounds need the miniaudio package: pip install miniaudio"
    dialog = make(qtbot, Settings(sound_enabled=True, sound_volume=40), sound_reason=reason)
    box = dialog.fields["sound_enabled"].widget
    assert isinstance(box, QCheckBox)
    assert not box.isEnabled()
    assert not box.isChecked()
    assert not dialog.fields["sound_volume"].widget.isEnabled()
    assert not dialog.test_sound.isEnabled()
    notes = [label.text() for label in dialog.findChildren(QLabel)]
    assert reason in notes
    assert dialog.result_settings().sound_enabled, "the saved choice is kept for later"
    assert dialog.fields["voice_enabled"].widget.isEnabled()


def test_the_test_sound_plays_at_the_volume_being_set(
    qtbot: QtBot, tmp_path: Path, start_services: StartServices
) -> None:
    sink = FakeSink(ManualClock())
    window = MainWindow(start_services(tmp_path), sounds=CueSounds(sink))
    qtbot.addWidget(window)
    assert window.preferences is not None
    dialog = window.preferences.dialog(window.preferences.settings)
    qtbot.addWidget(dialog)
    dialog.fields["sound_volume"].set_value(30)
    dialog.test_sound.click()
    assert sink.played == [(0.0, "step_start", 0.3)]

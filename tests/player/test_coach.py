"""The player as a coach: sides named, a pause seen from afar, large targets, text size."""

from __future__ import annotations

import json
import typing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QTextBrowser
from pytestqt.qtbot import QtBot
from tests.player.conftest import tick

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Side
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.phases import SessionPhase
from massage_desktop.engine.plan import build_plan
from massage_desktop.messages import Message, MessageBus
from massage_desktop.storage.settings import TEXT_SCALES, Settings, SettingsStore
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.display import worked_side
from massage_desktop.ui.player.panel import LINE_SCALE
from massage_desktop.ui.player.ring import CountdownRing
from massage_desktop.ui.player.windows import ROOM_CONTROLS, ROOM_TARGET_PX, MiniTimer
from massage_desktop.ui.settings_dialog import SettingsDialog


def _knee_care(window: MainWindow, clock: ManualClock, region: str) -> None:
    window.select_region(region)
    assert window.flow.start_routine("knee-care")
    controller = window.flow.controller
    assert controller is not None
    while controller.session.phase is not SessionPhase.RUNNING:
        tick(window, clock, 1)


def test_a_one_knee_routine_names_the_chosen_knee(window: MainWindow, clock: ManualClock) -> None:
    _knee_care(window, clock, "front-knee-left")
    player = window.player
    assert player.technique.text() == "Knee warm-up strokes, left side"
    assert "Left knee" in player.where.text()
    assert "Right knee" not in player.where.text()
    assert player.next.text().endswith(", left side \u00b7 step 2")


def test_the_repeat_on_the_other_knee_names_the_other_side(catalog: Catalog) -> None:
    plan = build_plan(catalog, catalog.routines["knee-care"], repeat=True)
    first, second = plan.entries[0], plan.entries[len(plan.entries) // 2]
    assert second.second_pass
    assert not first.second_pass
    sides = [
        worked_side(entry, one_side=True, chosen="front-knee-right") for entry in (first, second)
    ]
    assert sides == [Side.RIGHT, Side.LEFT]
    # Without a chosen knee the guides' order, right first, named as such.
    unknown = [worked_side(entry, one_side=True) for entry in (first, second)]
    assert unknown == [Side.RIGHT, Side.LEFT]
    # A routine that is not for one side names both sides for a step on both.
    assert worked_side(first) == "both"


def test_pause_shows_in_the_panel_room_mode_and_mini_timer(
    window: MainWindow, clock: ManualClock
) -> None:
    _knee_care(window, clock, "front-knee-left")
    flow, player = window.flow, window.player
    running = player.ring.arc_colour()
    flow.command(PlayerCommand.ROOM)
    flow.command(PlayerCommand.MINI)
    room = flow.room
    mini = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MiniTimer))
    assert room is not None
    flow.command(PlayerCommand.PAUSE)
    rings: list[CountdownRing] = [player.ring, room.ring, mini.ring]
    for badge in (player.paused, room.paused, mini.paused):
        assert badge.isVisible()
        assert badge.text() == "Paused"
    for ring in rings:
        assert ring.paused()
        assert ring.arc_colour() != running  # dimmed; the badge alone says "Paused"
        assert ring.clipped_texts() == []
    # Readable from two metres, over the ring; the phase stays named beside it (walk 17:
    # paused in a get-ready, its time read as the step's).
    assert player.paused.font().pointSizeF() >= 2 * player.font().pointSizeF()
    assert player.phase.isVisible()
    flow.command(PlayerCommand.PAUSE)
    for badge in (player.paused, room.paused, mini.paused):
        assert not badge.isVisible()
    assert player.ring.arc_colour() == running
    assert player.phase.isVisible()
    assert player.phase.text() == "Massage"
    assert room.ring.caption() == "massage"  # room mode has no heading: its ring says it


def test_room_mode_targets_are_large_at_1024_by_700_with_the_largest_text(
    window: MainWindow, clock: ManualClock
) -> None:
    window.flow.actions.set_text_scale(TEXT_SCALES["extra_large"])
    _knee_care(window, clock, "front-knee-left")
    window.flow.command(PlayerCommand.ROOM)
    room = window.flow.room
    assert room is not None
    room.showNormal()
    room.resize(1024, 700)
    QApplication.processEvents()
    for command in ROOM_CONTROLS:
        button = room.buttons[command]
        assert button.isVisible()
        assert min(button.width(), button.height()) >= ROOM_TARGET_PX, command
        assert button.sizeHint().width() <= button.width(), button.text()
    instruction = room.instruction
    assert instruction.heightForWidth(instruction.width()) <= instruction.height()
    assert room.ring.clipped_texts() == []


def test_the_text_size_choices_come_from_the_model(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    combo = dialog.fields["text_size"].widget
    assert isinstance(combo, QComboBox)
    values = tuple(combo.itemData(i) for i in range(combo.count()))
    assert values == typing.get_args(Settings.model_fields["text_size"].annotation)
    assert set(values) == set(TEXT_SCALES)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Normal",
        "Large",
        "Extra large",
    ]
    combo.setCurrentIndex(values.index("large"))
    assert dialog.result_settings().text_size == "large"


def test_the_text_size_setting_enlarges_the_player_and_the_guide(
    window: MainWindow, clock: ManualClock
) -> None:
    preferences = window.preferences
    assert preferences is not None
    guide = window.findChild(QTextBrowser, "guideText")
    assert guide is not None
    normal = (
        window.player.instruction.largest_px(),
        window.player.technique.font().pointSizeF(),
        guide.font().pointSizeF(),
    )
    _knee_care(window, clock, "front-knee-left")
    window.flow.command(PlayerCommand.ROOM)
    room = window.flow.room
    assert room is not None
    QApplication.processEvents()
    room_before = room.technique.font().pixelSize()
    preferences.apply(preferences.settings.model_copy(update={"text_size": "extra_large"}))
    larger = (
        window.player.instruction.largest_px(),
        window.player.technique.font().pointSizeF(),
        guide.font().pointSizeF(),
    )
    # The step's name grows less (LINE_SCALE): its larger type took the instruction's height.
    growth = (1.5, LINE_SCALE, 1.5)
    assert larger == pytest.approx(
        tuple(s * g for s, g in zip(normal, growth, strict=True)), abs=0.5
    )
    assert room.technique.font().pixelSize() > room_before
    preferences.apply(preferences.settings.model_copy(update={"text_size": "normal"}))
    assert window.player.instruction.largest_px() == normal[0]


def test_the_text_size_is_saved_and_a_bad_value_falls_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    seen: list[Message] = []
    bus = MessageBus()
    bus.subscribe(seen.append)
    SettingsStore(path, bus).save(Settings(text_size="large", theme="dark"))
    assert SettingsStore(path, bus).load().text_size == "large"
    path.write_text(json.dumps({"text_size": "huge", "theme": "dark"}), encoding="utf-8")
    loaded = SettingsStore(path, bus).load()
    assert (loaded.text_size, loaded.theme) == ("normal", "dark")
    assert any("Text size" in message.text for message in seen)


def test_the_mini_timer_stops_for_pain_in_one_press(
    window: MainWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    _knee_care(window, clock, "front-knee-left")
    window.flow.command(PlayerCommand.MINI)
    mini = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MiniTimer))
    assert mini.hurt.isVisible()
    assert mini.hurt.text().startswith("Stop – it hurts")
    assert mini.hurt.width() >= mini.hurt.sizeHint().width()  # the whole label shows
    mini.hurt.click()
    qtbot.waitUntil(lambda: window.flow.controller is None, timeout=5000)


def test_a_one_knee_routine_marks_only_that_knee_on_the_map(
    window: MainWindow, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    body_map = window.map_pane.map
    marked: list[list[str]] = []
    original = body_map.set_marked_regions

    def record(region_ids: typing.Sequence[str]) -> None:
        marked.append(list(region_ids))
        original(region_ids)

    monkeypatch.setattr(body_map, "set_marked_regions", record)
    _knee_care(window, clock, "front-knee-left")
    shown = [ids for ids in marked if ids]
    assert shown, "the step's regions are marked"
    assert "front-knee-left" in shown[-1]
    assert not any(r.endswith("-right") for ids in shown for r in ids)

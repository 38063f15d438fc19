"""The day today's quick check was passed: kept in the settings file, an odd one forgotten."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from massage_desktop.messages import Message, MessageBus
from massage_desktop.storage.settings import Settings, SettingsStore


def _store(tmp_path: Path, seen: list[Message]) -> SettingsStore:
    bus = MessageBus()
    bus.subscribe(seen.append)
    return SettingsStore(tmp_path / "settings.json", bus)


def test_the_day_is_saved_as_a_plain_date_and_read_back(tmp_path: Path) -> None:
    store = _store(tmp_path, [])
    assert store.load().quick_check_passed_on is None  # a first start: never checked
    assert store.save(Settings(theme="dark", quick_check_passed_on=date(2026, 12, 7)))
    assert json.loads(store.path.read_text())["quick_check_passed_on"] == "2026-12-07"
    loaded = _store(tmp_path, []).load()
    assert loaded.quick_check_passed_on == date(2026, 12, 7)
    assert loaded.theme == "dark"


def test_a_file_from_before_the_day_was_kept_loads_without_a_word(tmp_path: Path) -> None:
    seen: list[Message] = []
    (tmp_path / "settings.json").write_text(json.dumps({"theme": "light"}))
    loaded = _store(tmp_path, seen).load()
    assert (loaded.theme, loaded.quick_check_passed_on) == ("light", None)
    assert seen == []


@pytest.mark.parametrize(
    "odd",
    ["yesterday", "2026-13-45", "2026-12-07T10:30:00", 12345, 3.5, True, [], {"day": 7}, ""],
)
def test_an_odd_day_means_asked_again_and_keeps_every_other_setting(
    tmp_path: Path, odd: object
) -> None:
    seen: list[Message] = []
    raw = {"theme": "dark", "get_ready_s": 8, "quick_check_passed_on": odd}
    (tmp_path / "settings.json").write_text(json.dumps(raw))
    loaded = _store(tmp_path, seen).load()
    assert loaded.quick_check_passed_on is None
    assert (loaded.theme, loaded.get_ready_s) == ("dark", 8)
    # Forgetting it asks the check once more, as the person sees; nothing they set is reset,
    # so there is no warning and no copy of the file.
    assert seen == []
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]

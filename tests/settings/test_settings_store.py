"""The settings file: atomic saves, damaged files kept aside, bad values dropped one by one."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest

from massage_desktop.messages import Level, Message, MessageBus
from massage_desktop.storage import settings as settings_module
from massage_desktop.storage.settings import Settings, SettingsStore


@pytest.fixture
def seen() -> list[Message]:
    return []


@pytest.fixture
def store(tmp_path: Path, seen: list[Message]) -> SettingsStore:
    bus = MessageBus()
    bus.subscribe(seen.append)
    return SettingsStore(tmp_path / "config" / "settings.json", bus)


def test_missing_file_gives_defaults_silently(store: SettingsStore, seen: list[Message]) -> None:
    assert store.load() == Settings()
    assert seen == []


def test_round_trip_and_private_file(store: SettingsStore) -> None:
    changed = Settings(theme="dark", get_ready_s=8, language="de", reminder_time="07:30")
    assert store.save(changed)
    assert store.load() == changed
    assert store.path.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in store.path.parent.iterdir()] == ["settings.json"]  # no temp left


def test_damaged_file_is_kept_aside_and_reported(store: SettingsStore, seen: list[Message]) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_text("{not json")
    assert store.load() == Settings()
    copies = list(store.path.parent.glob("settings.json.broken-*"))
    assert len(copies) == 1
    assert copies[0].read_text() == "{not json"
    assert seen[0].level is Level.WARNING
    assert "default settings" in seen[0].text


def test_bad_values_are_dropped_and_good_ones_kept(
    store: SettingsStore, seen: list[Message]
) -> None:
    store.path.parent.mkdir(parents=True)
    raw = {"theme": "dark", "get_ready_s": 999, "reminder_time": "25:99", "unknown": 1}
    store.path.write_text(json.dumps(raw))
    loaded = store.load()
    assert loaded.theme == "dark"
    assert loaded.get_ready_s == Settings().get_ready_s
    assert loaded.reminder_time == Settings().reminder_time
    assert "Get-ready time" in seen[0].text
    assert "Reminder time" in seen[0].text


def test_full_disk_keeps_settings_in_memory_and_says_so_once(
    store: SettingsStore, seen: list[Message], monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(path: Path, text: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(settings_module, "write_atomically", full)
    changed = Settings(theme="light")
    assert not store.save(changed)
    assert not store.save(changed)
    assert store.settings == changed
    assert len(seen) == 1
    assert seen[0].level is Level.ERROR

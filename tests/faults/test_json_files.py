"""Settings and health files that are deep, huge, special or damaged: defaults, kept once."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from massage_desktop.domain.health import HealthProfile
from massage_desktop.messages import Level, Message, MessageBus
from massage_desktop.storage.health import HealthStore
from massage_desktop.storage.json_file import MAX_BYTES
from massage_desktop.storage.settings import Settings, SettingsStore

Store = SettingsStore | HealthStore


def _settings(path: Path, bus: MessageBus) -> Store:
    return SettingsStore(path / "settings.json", bus)


def _health(path: Path, bus: MessageBus) -> Store:
    return HealthStore(path / "health.json", bus)


STORES = pytest.mark.parametrize("make", [_settings, _health], ids=["settings", "health"])


def _load(store: Store) -> object:
    return store.load()


def _defaults(store: Store) -> object:
    return Settings() if isinstance(store, SettingsStore) else HealthProfile()


BAD_CONTENTS = {
    "nested": b"[" * 100_000 + b"]" * 100_000,
    "nested_in_object": b'{"theme": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "huge_integer": b'{"sound_volume": ' + b"9" * 5000 + b"}",
    "not_utf8": b'{"theme": "\xff"}',
    "list": b"[1, 2]",
    "over_the_limit": b'{"x": "' + b"a" * (MAX_BYTES + 10) + b'"}',
}


@STORES
@pytest.mark.parametrize("content", list(BAD_CONTENTS.values()), ids=list(BAD_CONTENTS))
def test_bad_file_gives_defaults_and_a_warning(
    tmp_path: Path, make: Callable[[Path, MessageBus], Store], content: bytes
) -> None:
    bus, seen = MessageBus(), list[Message]()
    bus.subscribe(seen.append)
    store = make(tmp_path, bus)
    store.path.write_bytes(content)
    assert _load(store) == _defaults(store)
    assert [m.level for m in seen] == [Level.WARNING]


@STORES
def test_bad_file_is_kept_once_over_many_starts(
    tmp_path: Path, make: Callable[[Path, MessageBus], Store]
) -> None:
    make(tmp_path, MessageBus()).path.write_text("{not json")
    for _ in range(5):
        _load(make(tmp_path, MessageBus()))
    copies = [p for p in tmp_path.iterdir() if ".broken-" in p.name]
    assert len(copies) == 1
    assert copies[0].read_text() == "{not json"
    assert copies[0].stat().st_mode & 0o777 == 0o600


@STORES
def test_a_link_to_an_endless_device_is_not_read(
    tmp_path: Path, make: Callable[[Path, MessageBus], Store]
) -> None:
    bus, seen = MessageBus(), list[Message]()
    bus.subscribe(seen.append)
    store = make(tmp_path, bus)
    store.path.symlink_to("/dev/zero")
    assert _load(store) == _defaults(store)
    assert len(seen) == 1
    assert not [p for p in tmp_path.iterdir() if ".broken-" in p.name]


@STORES
def test_a_fifo_does_not_hang_the_start(
    tmp_path: Path, make: Callable[[Path, MessageBus], Store]
) -> None:
    store = make(tmp_path, MessageBus())
    os.mkfifo(store.path)
    assert _load(store) == _defaults(store)  # returns at once: no writer is waited for


@STORES
def test_a_folder_in_place_of_the_file_gives_defaults(
    tmp_path: Path, make: Callable[[Path, MessageBus], Store]
) -> None:
    store = make(tmp_path, MessageBus())
    store.path.mkdir()
    assert _load(store) == _defaults(store)

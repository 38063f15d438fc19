"""The health profile file: round trips, atomic private writes, and damage that never crashes."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from massage_desktop.domain.health import HealthProfile
from massage_desktop.messages import Level, Message, MessageBus
from massage_desktop.storage.health import HealthStore, health_file
from massage_desktop.storage.paths import resolve_paths

PROFILE = HealthProfile(
    conditions=("recent-surgery", "varicose-veins"),
    regions={"recent-surgery": ("front-knee-left",)},
    cleared=("recent-surgery",),
)


@pytest.fixture
def bus() -> tuple[MessageBus, list[Message]]:
    messages: list[Message] = []
    bus = MessageBus()
    bus.subscribe(messages.append)
    return bus, messages


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "health.json"


def test_lives_in_the_config_folder(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path)
    assert health_file(paths) == paths.config / "health.json"


def test_missing_file_is_an_empty_profile(
    path: Path, bus: tuple[MessageBus, list[Message]]
) -> None:
    store = HealthStore(path, bus[0])
    assert store.load() == HealthProfile()
    assert bus[1] == []


def test_round_trip_private_and_atomic(path: Path, bus: tuple[MessageBus, list[Message]]) -> None:
    store = HealthStore(path, bus[0])
    assert store.save(PROFILE)
    assert HealthStore(path, bus[0]).load() == PROFILE
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 1
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["health.json"]  # no temp file left
    assert bus[1] == []


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"\xff\xfe",
        b"[]",
        b'{"version": 1, "conditions": "dvt", "surprise": 1}',
        b'{"version": 99, "conditions": []}',
        b'{"conditions": ["dvt"]}',
    ],
)
def test_damaged_file_is_backed_up_and_reported(
    path: Path, bus: tuple[MessageBus, list[Message]], content: bytes
) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    store = HealthStore(path, bus[0])
    assert store.load() == HealthProfile()
    [message] = bus[1]
    assert message.level is Level.WARNING
    assert "tick your conditions again" in message.text
    backups = [p for p in path.parent.iterdir() if p.name.startswith("health.json.broken-")]
    assert len(backups) == 1
    assert backups[0].read_bytes() == content
    assert str(backups[0]) in message.text
    assert store.save(PROFILE)  # the damaged original is kept aside, not overwritten
    assert backups[0].read_bytes() == content


def test_unreadable_file_is_reported(path: Path, bus: tuple[MessageBus, list[Message]]) -> None:
    path.mkdir(parents=True)  # a folder where the file should be: reading raises OSError
    assert HealthStore(path, bus[0]).load() == HealthProfile()
    assert [m.level for m in bus[1]] == [Level.WARNING]


def test_failed_save_keeps_the_profile(
    tmp_path: Path, bus: tuple[MessageBus, list[Message]]
) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    store = HealthStore(blocker / "health.json", bus[0])
    assert not store.save(PROFILE)
    assert store.profile == PROFILE
    assert [m.level for m in bus[1]] == [Level.ERROR]


def test_nothing_ticked_is_an_answer_a_missing_or_damaged_file_is_not(
    path: Path, bus: tuple[MessageBus, list[Message]]
) -> None:
    # The printed card said "No health profile is filled in" to someone who had answered
    # "None of these" (walk 15, MAJOR 1): the store tells the two apart.
    store = HealthStore(path, bus[0])
    assert not store.load().conditions
    assert not store.answered
    store.save(HealthProfile())
    assert store.answered
    again = HealthStore(path, bus[0])
    assert not again.load().conditions
    assert again.answered
    path.write_text("{not json", encoding="utf-8")
    assert not again.load().conditions
    assert not again.answered

"""A read-only folder, a full disk or a file as --data-dir: say what is wrong, keep working."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from tests.conftest import StartServices
from tests.sessions import build_session

from massage_desktop.domain.history import StepStatus
from massage_desktop.history_cli import export_command
from massage_desktop.messages import Level, Message
from massage_desktop.storage import opening
from massage_desktop.storage.errors import StoreWriteError
from massage_desktop.storage.opening import open_history
from massage_desktop.storage.paths import resolve_paths

START = datetime(2026, 5, 4, 19, 0, tzinfo=UTC)


def _filled(folder: Path) -> None:
    store, _ = open_history(resolve_paths(folder))
    with store:
        store.insert_many(
            [build_session(f"s{n}", START, ("back-neck",), 2, StepStatus.DONE) for n in range(3)]
        )


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every write transaction fails as SQLite does with 0 bytes free (SQLITE_FULL)."""

    @contextmanager
    def no_space(conn: object, action: str) -> Iterator[None]:
        raise StoreWriteError(
            f"Could not {action}: the disk is full. Free some space; nothing was lost.",
            "SQLITE_FULL",
        )
        yield

    monkeypatch.setattr(opening, "write", no_space)


@pytest.mark.usefixtures("full_disk")
def test_a_full_disk_opens_the_history_and_records_in_memory(
    tmp_path: Path, start_services: StartServices
) -> None:
    _filled(tmp_path)
    services = start_services(tmp_path)
    seen: list[Message] = []
    services.messages.subscribe(seen.append)  # replays what start-up posted
    assert services.history is not None
    with services.history:
        assert services.history.count_sessions() == 3  # past sessions can be seen
    assert services.recorder.in_memory_only  # type: ignore[attr-defined]
    texts = [m.text for m in seen]
    assert any("disk is full" in t and "kept in memory" in t for t in texts), texts
    assert not any("running already" in t for t in texts)
    assert seen[-1].level is Level.ERROR


@pytest.mark.usefixtures("full_disk")
def test_the_command_line_export_of_a_full_history_works(tmp_path: Path) -> None:
    _filled(tmp_path / "data")
    target = tmp_path / "out.json"
    assert export_command(str(tmp_path / "data"), str(target)) == 0
    assert len(json.loads(target.read_text())["sessions"]) == 3


def test_a_file_as_data_folder_says_so_and_keeps_sessions_in_memory(
    tmp_path: Path, start_services: StartServices
) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("mine")
    services = start_services(not_a_folder, warm=False)  # no cache can be made in a file
    seen: list[Message] = []
    services.messages.subscribe(seen.append)
    assert services.history is None
    assert services.recorder.in_memory_only  # type: ignore[attr-defined]
    assert any("is a file, not a folder" in m.text for m in seen), [m.text for m in seen]
    assert not_a_folder.read_text() == "mine"

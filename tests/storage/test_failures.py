"""Damaged files, files that are not databases, read-only folders and a full disk."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from massage_desktop.domain.history import SessionRecord, StepRecord, StepStatus
from massage_desktop.messages import Level, Message, MessageBus
from massage_desktop.storage import opening
from massage_desktop.storage.backups import backup_if_due, list_backups, restore_backup
from massage_desktop.storage.db import connect, quick_check
from massage_desktop.storage.errors import StoreUnavailableError, StoreWriteError
from massage_desktop.storage.history import HistoryStore
from massage_desktop.storage.opening import OpenStatus, open_history
from massage_desktop.storage.paths import AppPaths, resolve_paths

MakeSession = Callable[..., SessionRecord]
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
NEEDS_USER = pytest.mark.skipif(
    AS_ROOT, reason="running as root: file permissions do not stop root from writing"
)


def filled(paths: AppPaths, session: MakeSession, count: int = 300) -> bytes:
    """A real history of several pages, closed; returns its bytes."""
    store, _ = open_history(paths)
    with store:
        store.insert_many([session(f"s{n}", notes="x" * 200) for n in range(count)])
    return paths.database.read_bytes()


def page(data: bytes, number: int) -> slice:
    return slice(4096 * number, 4096 * (number + 1))


def damage_truncate(data: bytes) -> bytes:
    return data[: len(data) // 2]


def damage_pages(data: bytes) -> bytes:
    junk = bytearray(data)
    junk[page(data, 5).start : page(data, 8).start] = os.urandom(3 * 4096)
    return bytes(junk)


def damage_header(data: bytes) -> bytes:
    return os.urandom(100) + data[100:]


@pytest.mark.parametrize("damage", [damage_truncate, damage_pages, damage_header])
def test_damaged_file_is_moved_aside_and_a_new_one_started(
    damage: Callable[[bytes], bytes], paths: AppPaths, session: MakeSession
) -> None:
    data = filled(paths, session)
    backup_if_due(paths.database, paths.backups)  # the app's routine copy
    damaged = damage(data)
    paths.database.write_bytes(damaged)
    bus = MessageBus()
    store, report = open_history(paths, bus)
    with store:
        assert report.status is OpenStatus.RECOVERED
        assert store.count_sessions() == 0
        store.begin(session("after"))  # the new file works
    assert report.moved_aside is not None
    assert report.moved_aside.name.startswith("history.sqlite3.corrupt-")
    assert report.moved_aside.read_bytes() == damaged
    assert len(report.backups) == 1
    assert "1 backup copy exists" in report.message
    received: list[Message] = []
    bus.subscribe(received.append)
    assert [(m.level, m.text) for m in received] == [(Level.WARNING, report.message)]


@pytest.mark.parametrize(
    "content",
    [b"", b"hello, this is a text file\n" * 50, os.urandom(20_000)],
    ids=["empty", "text", "garbage"],
)
def test_not_a_database(content: bytes, paths: AppPaths) -> None:
    paths.data.mkdir(parents=True)
    paths.database.write_bytes(content)
    store, report = open_history(paths)
    store.close()
    if content:
        assert report.status is OpenStatus.RECOVERED
        assert "no backup copies" in report.message
        assert report.moved_aside is not None
        assert report.moved_aside.read_bytes() == content
    else:  # SQLite takes an empty file as a new database: nothing was lost
        assert report.status is OpenStatus.OPENED


def test_someone_elses_database_is_moved_aside(paths: AppPaths) -> None:
    paths.data.mkdir(parents=True)
    conn = sqlite3.connect(paths.database)
    conn.execute("CREATE TABLE invoices (n)")
    conn.close()
    store, report = open_history(paths)
    store.close()
    assert report.status is OpenStatus.RECOVERED


def test_a_backup_can_be_restored(paths: AppPaths, session: MakeSession) -> None:
    filled(paths, session, count=3)
    copy = backup_if_due(paths.database, paths.backups)
    assert copy is not None
    assert backup_if_due(paths.database, paths.backups) is None  # one a day is enough
    paths.database.write_bytes(b"ruined")
    replaced = restore_backup(paths.database, copy)
    assert replaced is not None
    assert replaced.read_bytes() == b"ruined"
    store, report = open_history(paths)
    with store:
        assert (report.status, store.count_sessions()) == (OpenStatus.OPENED, 3)
    assert [b.path for b in list_backups(paths.backups)] == [copy]


def test_folder_that_cannot_be_created(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(StoreUnavailableError, match="Could not create the history folder"):
        open_history(resolve_paths(tmp_path / "file" / "data"))


@NEEDS_USER
def test_read_only_folder(paths: AppPaths, session: MakeSession) -> None:
    filled(paths, session, count=2)
    paths.data.chmod(0o500)
    try:
        with pytest.raises(StoreUnavailableError, match="read-only"):
            open_history(paths)
    finally:
        paths.data.chmod(0o700)


@NEEDS_USER
def test_read_only_file_can_still_be_viewed(paths: AppPaths, session: MakeSession) -> None:
    filled(paths, session, count=2)
    paths.database.chmod(0o400)
    store, report = open_history(paths)
    with store:
        assert not report.writable
        assert "read-only" in report.message
        assert store.count_sessions() == 2
        with pytest.raises(StoreWriteError, match="read-only"):
            store.begin(session("new"))


def test_read_only_simulated_with_query_only(
    paths: AppPaths, session: MakeSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root ignores file permissions; query_only makes SQLite refuse writes the same way.
    filled(paths, session, count=2)

    def read_only(path: Path, configured: bool = True) -> sqlite3.Connection:
        conn = connect(path, configured)
        conn.execute("PRAGMA query_only = ON")
        return conn

    monkeypatch.setattr(opening, "connect", read_only)
    store, report = open_history(paths)
    with store:
        assert not report.writable
        assert "read-only" in report.message
        assert store.count_sessions() == 2
        with pytest.raises(StoreWriteError) as caught:
            store.add_step("s0", next(iter(session("x", steps=1).steps)))
        assert caught.value.errorname == "SQLITE_READONLY"
        assert "read-only" in str(caught.value)


def test_full_disk_raises_and_keeps_the_file_consistent(
    session: MakeSession,
    open_store: Callable[[], HistoryStore],
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # No disk to fill here: the connection open_history makes (the seam the read-only test
    # uses) is kept, and capped two pages above its size once the session has begun.
    made: list[sqlite3.Connection] = []

    def kept(path: Path, configured: bool = True) -> sqlite3.Connection:
        made.append(connect(path, configured))
        return made[-1]

    monkeypatch.setattr(opening, "connect", kept)
    store, _ = open_history(paths)
    monkeypatch.undo()
    with store:  # closed before the file is checked, even when the test fails
        [conn] = made
        store.begin(session("s", steps=0))
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        saved = 0
        with pytest.raises(StoreWriteError) as caught:  # noqa: PT012 - fills the disk step by step
            for position in range(500):
                regions = [f"region-{position}-{n}-{'x' * 200}" for n in range(10)]
                step = StepRecord(
                    position=position,
                    technique_id="t",
                    step_index=0,
                    region_ids=regions,
                    actual_s=1.0,
                    status=StepStatus.DONE,
                    started_at=datetime(2026, 1, 1, tzinfo=UTC),
                )
                store.add_step("s", step)
                saved += 1
        assert caught.value.errorname == "SQLITE_FULL"
        assert "disk is full" in str(caught.value)
        assert len(store.get("s").steps) == saved
    with closing(sqlite3.connect(paths.database)) as check:  # the file as left on disk
        assert quick_check(check) == []
    again = open_store()  # a restart with space again: nothing lost, recording goes on
    assert [s.position for s in again.get("s").steps] == list(range(saved))
    again.add_step("s", step.model_copy(update={"position": saved}))

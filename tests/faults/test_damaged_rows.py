"""One session row with a value this version rejects never breaks the rest of the history."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from tests.sessions import build_session

from massage_desktop.domain.history import Outcome, StepStatus
from massage_desktop.history_cli import export_command
from massage_desktop.storage.errors import DamagedSessionError
from massage_desktop.storage.history import HistoryStore
from massage_desktop.storage.opening import open_history
from massage_desktop.storage.paths import AppPaths, resolve_paths

START = datetime(2026, 5, 4, 19, 0, tzinfo=UTC)

# What a flipped byte or a hand edit can leave: (column, value).
DAMAGE = {
    "outcome": ("outcome", "bompleted"),
    "kind": ("kind", "tecnique"),
    "date": ("started_at", "2026-13-45T99:00:00"),
    "performer": ("performer", "someone"),
}


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return resolve_paths(tmp_path / "data")


def _fill(paths: AppPaths, count: int, in_progress: tuple[str, ...] = ()) -> None:
    store, _ = open_history(paths)
    with store:
        for n in range(count):
            record = build_session(f"s{n}", START, ("back-neck",), 2, StepStatus.DONE)
            if record.id in in_progress:
                record = record.model_copy(update={"outcome": Outcome.IN_PROGRESS})
            store.insert_many([record])


def _damage(paths: AppPaths, session_id: str, column: str, value: object) -> None:
    conn = sqlite3.connect(paths.database)
    with conn:
        conn.execute(f"UPDATE sessions SET {column} = ? WHERE id = ?", (value, session_id))
    conn.close()


@pytest.fixture
def opened(paths: AppPaths) -> Iterator[HistoryStore]:
    store, _ = open_history(paths)
    with store:
        yield store


@pytest.mark.parametrize(("column", "value"), list(DAMAGE.values()), ids=list(DAMAGE))
def test_the_list_shows_a_damaged_row_as_damaged(
    paths: AppPaths, column: str, value: object
) -> None:
    _fill(paths, 3)
    _damage(paths, "s1", column, value)
    store, _ = open_history(paths)
    with store:
        page = store.list_sessions(limit=10)
        assert sorted(s.id for s in page) == ["s0", "s1", "s2"]
        assert [s.id for s in page if s.damaged] == ["s1"]
        with pytest.raises(DamagedSessionError, match="s1"):
            store.get("s1")
        assert store.get("s0").id == "s0"


@pytest.mark.parametrize(("column", "value"), list(DAMAGE.values()), ids=list(DAMAGE))
def test_export_keeps_the_rest_and_names_the_damaged_one(
    paths: AppPaths,
    column: str,
    value: object,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _fill(paths, 3)
    _damage(paths, "s1", column, value)
    target = tmp_path / "export.json"
    assert export_command(str(paths.data), str(target)) == 0
    exported = json.loads(target.read_text())["sessions"]
    assert sorted(s["id"] for s in exported) == ["s0", "s2"]
    assert "s1" in capsys.readouterr().err


def test_a_damaged_session_in_progress_does_not_stop_the_start(paths: AppPaths) -> None:
    _fill(paths, 3, in_progress=("s1", "s2"))
    _damage(paths, "s1", "started_at", "not a date")
    store, _ = open_history(paths)
    with store:
        assert [s.id for s in store.interrupted_sessions()] == ["s2"]
    store, _ = open_history(paths)
    with store:  # the damaged one is kept as interrupted, not offered at every start
        assert [s.id for s in store.interrupted_sessions()] == ["s2"]
        assert [s.id for s in store.list_sessions(limit=10) if s.damaged] == ["s1"]

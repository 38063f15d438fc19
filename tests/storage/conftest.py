"""Shared fixtures for the history store tests: a data folder, an open store, sessions."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from tests.sessions import build_session

from massage_desktop.domain.history import SessionRecord, StepStatus
from massage_desktop.storage.history import HistoryStore
from massage_desktop.storage.opening import open_history
from massage_desktop.storage.paths import AppPaths, resolve_paths

FIXTURES = Path(__file__).resolve().parent / "fixtures"
START = datetime(2026, 5, 4, 19, 0, tzinfo=timezone(timedelta(hours=2)))  # a Monday evening

MakeSession = Callable[..., SessionRecord]


def make_session(
    session_id: str,
    started_at: datetime = START,
    regions: Sequence[str] = ("back-neck",),
    steps: int = 2,
    status: StepStatus = StepStatus.DONE,
    **fields: Any,
) -> SessionRecord:
    """A finished session with ``steps`` one-minute steps on ``regions``."""
    return build_session(session_id, started_at, regions, steps, status, **fields)


@pytest.fixture
def session() -> MakeSession:
    """Builds sessions: ``session("id", started_at, regions, steps, status, **fields)``."""
    return make_session


@pytest.fixture
def fixtures_dir() -> Path:
    """The committed fixture databases and their expected sessions."""
    return FIXTURES


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    """A data folder of its own for each test."""
    return resolve_paths(tmp_path / "data")


@pytest.fixture
def store(paths: AppPaths) -> Iterator[HistoryStore]:
    """A new, empty store, closed after the test."""
    store, _ = open_history(paths)
    with store:
        yield store


@pytest.fixture
def open_store(paths: AppPaths) -> Iterator[Callable[[], HistoryStore]]:
    """Opens the test's store again (as the next app start would); closes what it opened."""
    opened: list[HistoryStore] = []

    def reopen() -> HistoryStore:
        store, _ = open_history(paths)
        opened.append(store)
        return store

    yield reopen
    for store in opened:
        store.close()

"""Fixtures for the history view: the shipped catalog and art, a store, and sessions."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from tests.sessions import build_session

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import Outcome, SessionRecord, StepRecord, StepStatus
from massage_desktop.storage.history import HistoryStore
from massage_desktop.storage.opening import open_history
from massage_desktop.storage.paths import resolve_paths
from massage_desktop.ui.history import HistoryWindow

TODAY = date(2026, 5, 29)  # a Friday
ZONE = timezone(timedelta(hours=2))
MakeSession = Callable[..., SessionRecord]


def at(day: date, hour: int = 19, minute: int = 0) -> datetime:
    """A local start time on ``day``."""
    return datetime.combine(day, time(hour, minute), tzinfo=ZONE)


def make_session(
    session_id: str,
    started_at: datetime | None = None,
    regions: Sequence[str] = ("back-neck",),
    steps: int = 2,
    status: StepStatus = StepStatus.DONE,
    **fields: Any,
) -> SessionRecord:
    """A finished session with ``steps`` one-minute steps on ``regions``, today by default."""
    start = started_at or at(TODAY)
    return build_session(
        session_id, start, regions, steps, status, "kneading-neck-shoulders", **fields
    )


def _plan(catalog: Catalog, rng: random.Random) -> tuple[str, str, list[tuple[str, int, float]]]:
    """(kind, subject id, [(technique id, step index, planned seconds)]) for one session."""
    if rng.random() < 0.25:
        routine = catalog.routines[rng.choice(["knee-care", "neck-shoulders-kneading"])]
        plan = []
        for item in routine.items:
            technique = catalog.techniques[item.technique]
            share = (item.duration_s or 60) / len(technique.steps)
            plan += [(technique.id, index, share) for index in range(len(technique.steps))]
        return "routine", routine.id, plan
    technique = catalog.techniques[rng.choice(_TECHNIQUES)]
    steps = [(technique.id, i, float(s.duration_s or 45)) for i, s in enumerate(technique.steps)]
    return "technique", technique.id, steps


_TECHNIQUES = [
    "kneading-neck-shoulders", "calf-kneading", "quadriceps-kneading", "temple-rub",
    "patellar-mobilisation", "kneading-hands-wrists", "lower-back-dimples",
]  # fmt: skip


def realistic_history(
    catalog: Catalog, today: date = TODAY, count: int = 60
) -> list[SessionRecord]:
    """About ``count`` sessions over eight weeks, as a regular user's history would look."""
    rng = random.Random(11)
    days = sorted((rng.randrange(3, 56) for _ in range(count - 4)), reverse=True)
    records = []
    for n, back in enumerate([*days, 2, 1, 0, 0]):
        hour, minute = rng.choice([7, 8, 12, 18, 19, 20, 21]), rng.choice([0, 15, 30, 45])
        start = at(today - timedelta(days=back), hour, minute)
        kind, subject, plan = _plan(catalog, rng)
        steps, clock, touched = [], start, []
        for position, (technique_id, index, planned) in enumerate(plan):
            technique = catalog.techniques[technique_id]
            step = technique.steps[index]
            regions = catalog.expand(step.regions or technique.regions)[:2]
            touched += [r for r in regions if r not in touched]
            status = StepStatus.SKIPPED if rng.random() < 0.05 else StepStatus.DONE
            seconds = 0.0 if status is StepStatus.SKIPPED else planned * rng.uniform(0.85, 1.2)
            steps.append(
                StepRecord(
                    position=position, technique_id=technique_id, step_index=index,
                    region_ids=regions, planned_s=None if step.repetitions else planned,
                    actual_s=seconds, repetitions=step.repetitions, status=status,
                    started_at=clock,
                )
            )  # fmt: skip
            clock += timedelta(seconds=seconds + 5)
        outcome = rng.choices(list(Outcome)[1:], weights=[30, 4, 1, 1])[0]
        rated = touched[:1] if rng.random() < 0.7 else []
        before = {r: rng.randint(5, 8) for r in rated}
        after = {r: max(0, v - rng.randint(1, 4)) for r, v in before.items()}
        reason = "Sharp pain behind the knee" if outcome is Outcome.STOPPED_FOR_PAIN else None
        records.append(
            SessionRecord(
                id=f"real-{n:03d}", started_at=start, ended_at=clock, kind=kind,
                subject_id=subject, performer="self", outcome=outcome, stop_reason=reason,
                ratings_before=before, ratings_after=after,
                notes="Felt looser afterwards." if n % 9 == 0 else "", steps=steps,
            )
        )  # fmt: skip
    return records


@pytest.fixture(scope="session")
def session() -> MakeSession:
    """Builds sessions: ``session("id", started_at, regions, steps, status, **fields)``."""
    return make_session


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    """A new, empty store, closed after the test."""
    opened, _ = open_history(resolve_paths(tmp_path / "data"))
    with opened:
        yield opened


WindowFactory = Callable[[], HistoryWindow]


@pytest.fixture
def make_window(
    qtbot: QtBot, store: HistoryStore, catalog: Catalog, svg: bytes, warm_cache: Path
) -> WindowFactory:
    """Builds, shows and returns a history window over ``store`` with today fixed.

    The heat map reads the drawing's outlines from the cache the main map left
    (``warm_cache``), as the app's history does.
    """

    def make() -> HistoryWindow:
        window = HistoryWindow(store, catalog, svg, lambda: TODAY, cache_dir=warm_cache)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make

"""The all-time totals the triggers keep agree with counting every session, after any write."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest

from massage_desktop.domain.enums import Side
from massage_desktop.domain.history import Outcome, SessionRecord, StepRecord, StepStatus
from massage_desktop.storage.history import HistoryStore
from massage_desktop.storage.paths import AppPaths

MakeSession = Callable[..., SessionRecord]
REGIONS = ("front-knee-left", "front-knee-right", "back-neck", "front-thigh-left")
EVER = date(1, 1, 1)  # counted the long way: a start day before every session


def assert_totals_match(store: HistoryStore) -> None:
    """All-time answers (from the totals) equal the same questions asked over every session."""
    stats = store.stats
    fast, slow = stats.region_counts(), stats.region_counts(EVER)
    assert [(c.region_id, c.sessions, c.steps) for c in fast] == [
        (c.region_id, c.sessions, c.steps) for c in slow
    ]
    assert [c.seconds for c in fast] == pytest.approx([c.seconds for c in slow], abs=1e-3)
    assert stats.rating_changes() == stats.rating_changes(EVER)


def _step(position: int, region: str, side: Side | None, status: StepStatus) -> StepRecord:
    return StepRecord(
        position=position,
        technique_id="knee-warm-up-effleurage",
        step_index=position,
        region_ids=[region, "front-knee-right" if region.endswith("-left") else region],
        side=side,
        planned_s=30.0,
        actual_s=12.345 + position,
        status=status,
        started_at=datetime(2026, 5, 4, 19, tzinfo=UTC) + timedelta(minutes=position),
    )


def test_every_kind_of_write_keeps_the_totals(
    store: HistoryStore, session: MakeSession, paths: AppPaths
) -> None:
    rng = random.Random(5)
    assert_totals_match(store)
    for n in range(12):
        started = datetime(2026, 5, 1, 19, tzinfo=UTC) + timedelta(days=n)
        record = SessionRecord(
            id=f"live{n}",
            started_at=started,
            kind="technique",
            subject_id="knee-warm-up-effleurage",
            performer="self",
            ratings_before={rng.choice(REGIONS): rng.randint(0, 10)},
        )
        store.begin(record)
        for position in range(rng.randint(1, 4)):
            side = rng.choice([Side.LEFT, Side.RIGHT, None])
            status = rng.choice([StepStatus.DONE, StepStatus.DONE, StepStatus.SKIPPED])
            store.add_step(record.id, _step(position, rng.choice(REGIONS), side, status))
        if n % 4 == 1:
            store.remove_step(record.id, 0)
        after = {region: rng.randint(0, 10) for region in record.ratings_before}
        store.finish(record.id, Outcome.COMPLETED, started + timedelta(minutes=9), after)
        assert_totals_match(store)
    store.insert_many(
        [session(f"import{n}", regions=(REGIONS[n % 4],), steps=n + 1) for n in range(4)]
    )
    assert_totals_match(store)
    store.delete("live3")
    store.delete("import1")
    assert_totals_match(store)
    store.undo_delete("live3")
    assert_totals_match(store)
    store.purge_deleted()
    assert_totals_match(store)
    store.update_notes("live4", "felt good")
    assert_totals_match(store)
    # A row deleted outright (no soft delete first), with its steps, regions and ratings.
    conn = sqlite3.connect(paths.database)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("DELETE FROM sessions WHERE id = 'live5'")
        conn.commit()
    finally:
        conn.close()
    assert_totals_match(store)
    assert store.stats.region_counts(), "something is left to count"
    assert store.stats.rating_changes(), "some ratings are left"

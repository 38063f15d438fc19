"""Every published schema version opens, is backed up, and migrates with its data intact."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from tests.storage.make_fixtures import build_old

from massage_desktop.domain.enums import Side
from massage_desktop.domain.history import SessionRecord, StepRecord, StepStatus
from massage_desktop.storage import migrations
from massage_desktop.storage.backups import KEEP_BACKUPS, list_backups, make_backup
from massage_desktop.storage.db import connect, user_version
from massage_desktop.storage.errors import StoreTooNewError, StoreWriteError
from massage_desktop.storage.history import HistoryStore
from massage_desktop.storage.opening import OpenStatus, open_history
from massage_desktop.storage.paths import AppPaths, resolve_paths
from massage_desktop.storage.transfer import read_export

VERSIONS = range(1, migrations.CURRENT_VERSION + 1)
LEFT_KNEE, RIGHT_KNEE = "front-knee-left", "front-knee-right"


def read_only(path: Path) -> sqlite3.Connection:
    # Read-only, so reading a committed fixture never writes beside it.
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)


def schema(path: Path) -> list[tuple[str, str]]:
    conn = read_only(path)
    try:
        rows = conn.execute(
            "SELECT name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name"
        ).fetchall()
    finally:
        conn.close()
    # Whitespace differs between CREATE and ALTER-rewritten statements; meaning does not.
    return [(name, " ".join(sql.split())) for name, sql in rows]


def install(fixtures_dir: Path, paths: AppPaths, version: int) -> None:
    paths.data.mkdir(parents=True)
    shutil.copyfile(fixtures_dir / f"history-v{version}.sqlite3", paths.database)


def test_there_is_a_fixture_for_every_version(fixtures_dir: Path) -> None:
    for version in VERSIONS:
        conn = read_only(fixtures_dir / f"history-v{version}.sqlite3")
        try:
            assert user_version(conn) == version
        finally:
            conn.close()


@pytest.mark.parametrize("version", VERSIONS)
def test_opening_migrates_with_data_intact(
    version: int, fixtures_dir: Path, paths: AppPaths, tmp_path: Path
) -> None:
    install(fixtures_dir, paths, version)
    store, report = open_history(paths)
    with store:
        assert report.from_version == version
        expected, _ = read_export(fixtures_dir / f"expected-v{version}.json")
        assert sorted(store.iter_records(), key=lambda r: r.id) == expected
        # Newest first by instant, not by the ISO text (b started before a, in another zone).
        assert [s.id for s in store.list_sessions()] == [
            "d-empty",
            "c-open",
            "a-completed",
            "b-pain",
        ]
        assert store.get("a-completed").steps[1].region_ids == ["back-neck", "back-shoulder-left"]
        # The summaries a migration derives match those kept while recording.
        fresh, _ = open_history(resolve_paths(tmp_path / "fresh"))
        with fresh:
            fresh.insert_many(expected)
            queries: list[Callable[[HistoryStore], object]] = [
                lambda s: s.list_sessions(),
                lambda s: s.stats.region_counts(),
                lambda s: s.stats.rating_changes(),
                lambda s: s.stats.minutes_per_week(date(2025, 3, 16), weeks=2),
            ]
            for query in queries:
                assert query(store) == query(fresh)
    conn = connect(paths.database)
    try:
        assert user_version(conn) == migrations.CURRENT_VERSION
    finally:
        conn.close()
    if version == migrations.CURRENT_VERSION:
        assert report.status is OpenStatus.OPENED
        assert report.backup is None
    else:
        assert report.status is OpenStatus.MIGRATED
        assert report.backup is not None
        assert report.backup.name.endswith(f"-v{version}.sqlite3")
        assert report.backups[0].path == report.backup
        # The backup is the file as it was before the upgrade.
        assert schema(report.backup) == schema(fixtures_dir / f"history-v{version}.sqlite3")


@pytest.mark.parametrize("version", VERSIONS[:-1])
def test_each_step_gives_the_next_published_schema(
    version: int, fixtures_dir: Path, tmp_path: Path
) -> None:
    work = tmp_path / "work.sqlite3"
    shutil.copyfile(fixtures_dir / f"history-v{version}.sqlite3", work)
    conn = connect(work)
    try:
        assert migrations.migrate(conn, target=version + 1) == [version + 1]
    finally:
        conn.close()
    assert schema(work) == schema(fixtures_dir / f"history-v{version + 1}.sqlite3")


def test_upgrading_to_v4_works_out_the_side_each_session_worked(
    paths: AppPaths, tmp_path: Path
) -> None:
    start = datetime(2026, 5, 13, 20, tzinfo=UTC)

    def knee(session_id: str, sides: list[Side | None], rated: dict[str, int]) -> SessionRecord:
        steps = [
            StepRecord(
                position=n,
                technique_id="kneecap-heel-slide",
                step_index=n,
                # A step that runs once lists both knees; a sided step, the knee it ran on.
                region_ids=[f"front-knee-{side}"] if side else [LEFT_KNEE, RIGHT_KNEE],
                side=side,
                actual_s=30.0,
                status=StepStatus.DONE,
                started_at=start,
            )
            for n, side in enumerate(sides)
        ]
        fields = {"id": session_id, "started_at": start, "kind": "routine", "steps": steps}
        fields |= {"subject_id": "knee-care", "performer": "self", "ratings_before": rated}
        return SessionRecord.model_validate(fields)

    records = [
        knee("left", [None, Side.LEFT], {}),
        knee("rated-right", [None], {RIGHT_KNEE: 4}),
        knee("unsaid", [None], {}),
        knee("both", [None, Side.RIGHT, Side.LEFT], {LEFT_KNEE: 5}),
    ]
    paths.data.mkdir(parents=True)
    build_old(paths.database, 3, records)
    store, report = open_history(paths)
    with store:
        assert report.from_version == 3
        counts = {c.region_id: c.sessions for c in store.stats.region_counts()}
        assert counts == {LEFT_KNEE: 3, RIGHT_KNEE: 3}  # "left" worked the left knee only
        fresh, _ = open_history(resolve_paths(tmp_path / "fresh"))
        with fresh:
            fresh.insert_many(records)
            assert store.stats.region_counts() == fresh.stats.region_counts()


def test_upgrading_to_v6_counts_the_regions_a_stopped_step_massaged(
    paths: AppPaths, tmp_path: Path
) -> None:
    # Walk 10, a98/b117: a tour ended in its first foot step after 19 s (feet rated 5 -> 3);
    # the heat map counted finished steps only and left the foot off.
    start = datetime(2026, 5, 13, 20, tzinfo=UTC)
    foot = "front-foot-right"

    def step(n: int, region: str, seconds: float, status: StepStatus) -> StepRecord:
        fields = {"position": n, "technique_id": "foot-kneading", "step_index": n}
        fields |= {"region_ids": [region], "actual_s": seconds, "status": status}
        return StepRecord.model_validate(fields | {"started_at": start})

    tour = SessionRecord.model_validate(
        {
            "id": "tour",
            "started_at": start,
            "kind": "routine",
            "subject_id": "full-body-tour",
            "performer": "self",
            "ratings_before": {"feet": 5},
            "ratings_after": {"feet": 3},
            "steps": [
                step(0, foot, 19.0, StepStatus.SKIPPED),  # stopped in it
                step(1, "back-lower", 0.0, StepStatus.SKIPPED),  # never reached
            ],
        }
    )
    paths.data.mkdir(parents=True)
    build_old(paths.database, 5, [tour])
    store, report = open_history(paths)
    with store:
        assert report.from_version == 5
        assert report.backup is not None
        [count] = store.stats.region_counts()
        assert (count.region_id, count.sessions, count.steps) == (foot, 1, 0)
        assert count.seconds == pytest.approx(19.0)
        assert store.stats.region_counts(date(2026, 5, 1)) == [count]
        fresh, _ = open_history(resolve_paths(tmp_path / "fresh"))
        with fresh:
            fresh.insert_many([tour])
            assert store.stats.region_counts() == fresh.stats.region_counts()


def test_upgrading_to_v7_leaves_warming_the_oil_out_of_the_massage_time(
    paths: AppPaths, tmp_path: Path
) -> None:
    # A tour ended after 7 s of warming the oil listed "7 s" of massage time beside "no part
    # finished"; a step that only gets the hands ready records no region.
    start = datetime(2026, 5, 13, 20, tzinfo=UTC)

    def step(n: int, technique: str, regions: list[str], seconds: float) -> StepRecord:
        fields = {"position": n, "technique_id": technique, "step_index": 0}
        fields |= {"region_ids": regions, "actual_s": seconds, "status": StepStatus.DONE}
        return StepRecord.model_validate(fields | {"started_at": start})

    def session(session_id: str, steps: list[StepRecord]) -> SessionRecord:
        return SessionRecord.model_validate(
            {"id": session_id, "started_at": start, "kind": "routine"}
            | {"subject_id": "partner-leg", "performer": "partner", "steps": steps}
        )

    oil_only = session("oil", [step(0, "warm-oil", [], 7.0)])
    legs = session(
        "legs", [step(0, "warm-oil", [], 20.0), step(1, "leg-stroke", [LEFT_KNEE], 90.0)]
    )
    paths.data.mkdir(parents=True)
    build_old(paths.database, 6, [oil_only, legs])
    store, report = open_history(paths)
    with store:
        assert report.from_version == 6
        assert {s.id: s.active_s for s in store.list_sessions()} == {"oil": 0.0, "legs": 90.0}
        [week] = store.stats.minutes_per_week(date(2026, 5, 17), weeks=1)
        # The oil alone is a session without massage time, as the History's days name it.
        assert (week.sessions, week.unworked, week.minutes) == (1, 1, 1.5)
        fresh, _ = open_history(resolve_paths(tmp_path / "fresh"))
        with fresh:
            fresh.insert_many([oil_only, legs])
            assert {s.id: s.active_s for s in fresh.list_sessions()} == {"oil": 0.0, "legs": 90.0}
            assert fresh.stats.minutes_per_week(date(2026, 5, 17), 1) == [week]


def test_new_file_gets_the_current_schema_without_backup(paths: AppPaths) -> None:
    store, report = open_history(paths)
    store.close()
    assert report.status is OpenStatus.CREATED
    assert report.backup is None
    assert list_backups(paths.backups) == []


def test_failed_migration_keeps_earlier_versions_and_the_backup(
    fixtures_dir: Path, paths: AppPaths
) -> None:
    install(fixtures_dir, paths, 1)
    conn = sqlite3.connect(paths.database)
    with conn:
        conn.execute("UPDATE sessions SET started_at = 'last Tuesday' WHERE id = 'b-pain'")
    conn.close()
    with pytest.raises(StoreWriteError, match="upgrade the history file to version 3"):
        open_history(paths)
    conn = sqlite3.connect(paths.database)
    try:
        assert user_version(conn) == 2  # v1 -> v2 committed, v2 -> v3 rolled back whole
        assert conn.execute("SELECT count(*) FROM sessions").fetchone() == (4,)
    finally:
        conn.close()
    assert [b.version for b in list_backups(paths.backups)] == [1]


def test_file_from_a_newer_app_is_left_untouched(fixtures_dir: Path, paths: AppPaths) -> None:
    install(fixtures_dir, paths, migrations.CURRENT_VERSION)
    conn = sqlite3.connect(paths.database)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = paths.database.read_bytes()
    with pytest.raises(StoreTooNewError, match="newer version"):
        open_history(paths)
    assert paths.database.read_bytes() == before


def test_only_the_newest_backups_are_kept(store: object, paths: AppPaths) -> None:
    conn = connect(paths.database)
    try:
        made = [make_backup(conn, paths.backups, 3) for _ in range(KEEP_BACKUPS + 2)]
    finally:
        conn.close()
    kept = list_backups(paths.backups)
    assert [b.path for b in kept] == made[::-1][:KEEP_BACKUPS]

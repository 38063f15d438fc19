"""Every export the app writes holds what it was given: JSON imports again, CSV reads back."""

from __future__ import annotations

import csv
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from massage_desktop.domain.enums import Side
from massage_desktop.domain.history import (
    MAX_COUNT,
    MAX_NOTES,
    MAX_SECONDS,
    Outcome,
    SessionRecord,
    StepRecord,
    StepStatus,
)
from massage_desktop.storage.opening import open_history
from massage_desktop.storage.paths import resolve_paths
from massage_desktop.storage.transfer import CSV_COLUMNS, export_history, import_history

zones = st.builds(timezone, st.integers(-14 * 60, 14 * 60).map(lambda m: timedelta(minutes=m)))
moments = st.datetimes(datetime(1900, 1, 1), datetime(2200, 1, 1), timezones=zones)
# Any text UTF-8 can hold (no lone surrogates), including the formula starts CSV escapes.
texts = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)
seconds = st.floats(0, MAX_SECONDS, allow_nan=False, allow_infinity=False) | st.just(MAX_SECONDS)
counts = st.integers(0, MAX_COUNT)
notes = st.text(st.characters(exclude_categories=["Cs"]), max_size=40) | st.just("n" * MAX_NOTES)


@st.composite
def histories(draw: st.DrawFn) -> list[SessionRecord]:
    ids = draw(st.lists(texts.filter(bool), max_size=4, unique=True))
    found = []
    for session_id in ids:
        positions = draw(st.lists(counts, max_size=3, unique=True))
        steps = [
            StepRecord(
                position=position,
                technique_id=draw(texts),
                step_index=draw(counts),
                region_ids=draw(st.lists(texts, max_size=3)),
                side=draw(st.none() | st.sampled_from(Side)),
                planned_s=draw(st.none() | seconds),
                actual_s=draw(seconds),
                repetitions=draw(st.none() | counts),
                status=draw(st.sampled_from(StepStatus)),
                started_at=draw(moments),
            )
            for position in positions
        ]
        found.append(
            SessionRecord(
                id=session_id,
                started_at=draw(moments),
                ended_at=draw(st.none() | moments),
                kind=draw(st.sampled_from(["technique", "routine"])),
                subject_id=draw(texts),
                performer=draw(st.sampled_from(["self", "partner"])),
                outcome=draw(st.sampled_from(Outcome)),
                stop_reason=draw(st.none() | texts),
                ratings_before=draw(st.dictionaries(texts, st.integers(0, 10), max_size=3)),
                ratings_after=draw(st.dictionaries(texts, st.integers(0, 10), max_size=3)),
                notes=draw(notes),
                steps=steps,
            )
        )
    return found


def by_position(record: SessionRecord) -> SessionRecord:
    return record.model_copy(update={"steps": sorted(record.steps, key=lambda s: s.position)})


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(sessions=histories())
def test_an_exported_history_imports_again_unchanged(
    tmp_path: Path, sessions: list[SessionRecord]
) -> None:
    work = tmp_path / uuid.uuid4().hex  # one folder per example: tmp_path is shared
    work.mkdir()
    store, _ = open_history(resolve_paths(work / "first"))
    with store:
        store.insert_many(sessions)
        export_history(store.iter_records(), work / "export.json")
        stored = sorted(store.iter_records(), key=lambda r: r.id)
    again, _ = open_history(resolve_paths(work / "second"))
    with again:
        assert import_history(again, work / "export.json").added == len(sessions)
        assert sorted(again.iter_records(), key=lambda r: r.id) == stored
    assert stored == sorted(map(by_position, sessions), key=lambda r: r.id)


def local(moment: datetime) -> str:
    """A spreadsheet reads local time to the second; the offset keeps the moment exact."""
    return moment.astimezone().isoformat(timespec="seconds")


def tenths(seconds: float | None) -> str | None:
    """Seconds to a tenth, as a person reads them."""
    return None if seconds is None else f"{seconds:.1f}"


def unescape(cell: str) -> str:
    escaped = cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@", "\t", "\r", "'")
    return cell[1:] if escaped else cell


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(sessions=histories())
def test_the_csv_export_reads_back_to_the_same_values(
    tmp_path: Path, sessions: list[SessionRecord]
) -> None:
    path = tmp_path / f"{uuid.uuid4().hex}.csv"
    export_history(sessions, path)
    with path.open(encoding="utf-8-sig", newline="") as stream:
        header, *rows = list(csv.reader(stream))
    assert tuple(header) == CSV_COLUMNS
    expected = []
    for record in sessions:
        session = [
            record.id, local(record.started_at),
            local(record.ended_at) if record.ended_at else "",
            record.kind, record.subject_id, record.performer, record.outcome.value,
            record.stop_reason or "",
            ";".join(f"{k}={v}" for k, v in record.ratings_before.items()),
            ";".join(f"{k}={v}" for k, v in record.ratings_after.items()),
            record.notes,
        ]  # fmt: skip
        expected += [[*session, *[""] * 10]] if not record.steps else []
        for step in record.steps:
            values = [
                step.position, step.technique_id, step.step_index, ";".join(step.region_ids),
                step.side, tenths(step.planned_s), tenths(step.actual_s), step.repetitions,
                step.status.value, local(step.started_at),
            ]  # fmt: skip
            expected.append([*session, *("" if v is None else str(v) for v in values)])
    assert [[unescape(cell) for cell in row] for row in rows] == expected

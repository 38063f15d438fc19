"""Export and import: a lossless JSON round trip, spreadsheet CSV, and refusing bad files."""

from __future__ import annotations

import csv
import json
import re
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from massage_desktop.domain.enums import Side
from massage_desktop.domain.history import (
    InMemoryRecorder,
    Outcome,
    SessionRecord,
    StepRecord,
    StepStatus,
)
from massage_desktop.storage.history import HistoryStore
from massage_desktop.storage.opening import open_history
from massage_desktop.storage.paths import resolve_paths
from massage_desktop.storage.transfer import (
    CSV_COLUMNS,
    ImportRejectedError,
    TransferError,
    export_history,
    import_history,
    read_export,
)

MakeSession = Callable[..., SessionRecord]

zones = st.builds(timezone, st.integers(-14 * 60, 14 * 60).map(lambda m: timedelta(minutes=m)))
moments = st.datetimes(datetime(2000, 1, 1), datetime(2100, 1, 1), timezones=zones)
texts = st.text(max_size=12)
seconds = st.floats(0, 1e6, allow_nan=False, allow_infinity=False)
ratings = st.dictionaries(texts, st.integers(0, 10), max_size=3)


@st.composite
def records(draw: st.DrawFn) -> list[SessionRecord]:
    ids = draw(st.lists(st.text(min_size=1, max_size=64), max_size=4, unique=True))
    found = []
    for session_id in ids:
        step_count = draw(st.integers(0, 3))
        steps = [
            StepRecord(
                position=position,
                technique_id=draw(texts),
                step_index=draw(st.integers(0, 50)),
                region_ids=draw(st.lists(texts, max_size=3)),
                side=draw(st.none() | st.sampled_from(Side)),
                planned_s=draw(st.none() | seconds),
                actual_s=draw(seconds),
                repetitions=draw(st.none() | st.integers(0, 1000)),
                status=draw(st.sampled_from(StepStatus)),
                started_at=draw(moments),
            )
            for position in draw(st.permutations(range(step_count)))
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
                ratings_before=draw(ratings),
                ratings_after=draw(ratings),
                notes=draw(st.text(max_size=40)),
                steps=steps,
            )
        )
    return found


def normal(record: SessionRecord) -> SessionRecord:
    """Steps in position order: the store keeps them that way whatever order they came in."""
    return record.model_copy(update={"steps": sorted(record.steps, key=lambda s: s.position)})


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(sessions=records())
def test_json_round_trip_through_a_store(tmp_path: Path, sessions: list[SessionRecord]) -> None:
    work = tmp_path / uuid.uuid4().hex  # one folder per example: tmp_path is shared
    exported = work / "export.json"
    work.mkdir()
    assert export_history(sessions, exported) == len(sessions)
    assert read_export(exported) == (sessions, 0)
    store, _ = open_history(resolve_paths(work / "data"))
    with store:
        result = import_history(store, exported)
        assert (result.added, result.skipped) == (len(sessions), 0)
        back = sorted(store.iter_records(batch=2), key=lambda r: r.id)
        assert back == sorted(map(normal, sessions), key=lambda r: r.id)
        again = work / "again.json"
        export_history(back, again)
        assert import_history(store, again).skipped == len(sessions)  # duplicates by id


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(sessions=records())
def test_csv_export_is_one_row_per_step(tmp_path: Path, sessions: list[SessionRecord]) -> None:
    exported = tmp_path / f"{uuid.uuid4().hex}.csv"
    export_history(sessions, exported)
    with exported.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == list(CSV_COLUMNS)
    assert len(rows) - 1 == sum(max(1, len(s.steps)) for s in sessions)
    assert all(len(row) == len(CSV_COLUMNS) for row in rows)
    escaped = ["'" + s.id if s.id[:1] in "=+-@\t\r'" else s.id for s in sessions]
    repeats = [max(1, len(s.steps)) for s in sessions]
    expected = [sid for sid, n in zip(escaped, repeats, strict=True) for _ in range(n)]
    assert [row[0] for row in rows[1:]] == expected


def test_csv_cells_never_become_formulas(tmp_path: Path, session: MakeSession) -> None:
    exported = tmp_path / "history.csv"
    export_history([session("s", notes='=HYPERLINK("http://x")', steps=0)], exported)
    with exported.open(encoding="utf-8-sig", newline="") as stream:
        [_, row] = list(csv.reader(stream))
    assert row[CSV_COLUMNS.index("notes")] == '\'=HYPERLINK("http://x")'


def test_a_note_that_begins_with_a_quote_keeps_it(tmp_path: Path, session: MakeSession) -> None:
    # Found by the round-trip property test: "'=0" read back as "=0" once the escape was undone.
    exported = tmp_path / "history.csv"
    export_history([session("s", notes="'=0", steps=0)], exported)
    with exported.open(encoding="utf-8-sig", newline="") as stream:
        [_, row] = list(csv.reader(stream))
    assert row[CSV_COLUMNS.index("notes")] == "''=0"


def test_export_from_memory_when_the_disk_failed(tmp_path: Path, session: MakeSession) -> None:
    memory = InMemoryRecorder()
    memory.begin(session("kept", steps=1))
    export_history(memory.sessions.values(), tmp_path / "rescue.json")
    assert read_export(tmp_path / "rescue.json") == ([memory.sessions["kept"]], 0)


def test_invalid_sessions_are_all_reported_and_nothing_is_imported(
    tmp_path: Path, store: HistoryStore, session: MakeSession
) -> None:
    good = json.loads(session("good").model_dump_json())
    bad_rating = good | {"id": "r", "ratings_before": {"neck": 12}}
    bad_step = good | {"id": "s", "steps": [good["steps"][0] | {"actual_s": -1}]}
    twice = good | {"id": "t", "steps": [good["steps"][0], good["steps"][0]]}
    path = write_export(tmp_path, [good, bad_rating, "nonsense", bad_step, twice, good])
    with pytest.raises(ImportRejectedError, match="4 of 6 sessions") as caught:
        import_history(store, path)
    found = [(p.index, p.field) for p in caught.value.problems]
    assert found == [
        (1, "ratings_before.neck"),
        (2, "(the session itself)"),
        (3, "steps[0].actual_s"),
        (4, "steps"),
    ]
    assert store.count_sessions() == 0


def test_repeats_in_the_file_are_skipped(
    tmp_path: Path, store: HistoryStore, session: MakeSession
) -> None:
    good = json.loads(session("good").model_dump_json())
    result = import_history(store, write_export(tmp_path, [good, good]))
    assert (result.added, result.skipped) == (1, 1)
    assert result.message == "Imported 1 sessions; 1 were already in the history."


def write_export(folder: Path, sessions: list[Any], **header: Any) -> Path:
    path = folder / "import.json"
    document = {"format": "massage-desktop-history", "version": 1, "sessions": sessions}
    path.write_text(json.dumps(document | header), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.json", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "not a text file"),
        ("a.json", b"\xff\xfe{}", "not UTF-8 text"),
        ("a.json", b'{"format": ', "not valid JSON (line 1, column 12"),
        ("a.json", b"[1, 2, 3]", "not a Massage Desktop history export"),
        ("a.json", b'{"format": "massage-desktop-history", "version": 7}', "newer version"),
        ("a.json", b'{"format": "massage-desktop-history", "version": "1"}', "no valid format"),
        ("a.json", b'{"format": "massage-desktop-history", "version": 1}', "no list of sessions"),
        ("a.json", b'{"sessions": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nested too deeply"),
        ("a.csv", b"session_id\n", "cannot be imported"),
        ("a.json", b" " * 2048, "too large"),
    ],
)
def test_files_that_are_not_exports(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(TransferError, match=re.escape(message)):
        read_export(path, max_bytes=1024 if message == "too large" else 10**7)


def test_export_refuses_other_extensions_and_unwritable_places(tmp_path: Path) -> None:
    with pytest.raises(TransferError, match=r"choose a \.json or \.csv"):
        export_history([], tmp_path / "history.xlsx")
    with pytest.raises(TransferError, match="Could not write"):
        export_history([], tmp_path / "missing-folder" / "history.json")
    assert list(tmp_path.iterdir()) == []


def test_csv_times_are_local_to_the_second_and_seconds_to_a_tenth(
    tmp_path: Path, session: MakeSession
) -> None:
    exported = tmp_path / "history.csv"
    record = session("s", steps=1)
    record.steps[0] = record.steps[0].model_copy(update={"actual_s": 7.084969039862958})
    export_history([record], exported)
    with exported.open(encoding="utf-8-sig", newline="") as stream:
        [_, row] = list(csv.reader(stream))
    assert row[CSV_COLUMNS.index("actual_s")] == "7.1"
    started = row[CSV_COLUMNS.index("started_at")]
    assert datetime.fromisoformat(started) == record.started_at.replace(microsecond=0)
    assert started == record.started_at.astimezone().isoformat(timespec="seconds")

"""Export and import of the history from the command line."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from massage_desktop.cli import main
from massage_desktop.domain.history import Outcome, SessionRecord, StepRecord, StepStatus
from massage_desktop.storage.opening import open_history
from massage_desktop.storage.paths import resolve_paths

START = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)


def session(n: int) -> SessionRecord:
    started = START + timedelta(days=n)
    return SessionRecord(
        id=f"s{n}",
        started_at=started,
        ended_at=started + timedelta(minutes=6),
        kind="routine",
        subject_id="knee-care",
        performer="self",
        outcome=Outcome.COMPLETED,
        ratings_before={"front-knee-left": 6},
        ratings_after={"front-knee-left": 3},
        steps=[
            StepRecord(
                position=i,
                technique_id="knee-warm-up-effleurage",
                step_index=0,
                region_ids=["front-knee-left"],
                planned_s=150,
                actual_s=150,
                status=StepStatus.DONE,
                started_at=started + timedelta(minutes=i),
            )
            for i in range(2)
        ],
    )


def fill(folder: Path, count: int) -> None:
    store, _ = open_history(resolve_paths(folder))
    with store:
        store.insert_many([session(n) for n in range(count)])


def test_export_json_then_import_elsewhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(tmp_path / "a", 3)
    target = tmp_path / "history.json"
    assert main(["--data-dir", str(tmp_path / "a"), "--export-history", str(target)]) == 0
    assert "Exported 3 sessions" in capsys.readouterr().out
    assert len(json.loads(target.read_text())["sessions"]) == 3
    assert main(["--data-dir", str(tmp_path / "b"), "--import-history", str(target)]) == 0
    assert "Imported 3 sessions" in capsys.readouterr().out
    # Importing again skips every session by its id.
    assert main(["--data-dir", str(tmp_path / "b"), "--import-history", str(target)]) == 0
    assert "Imported 0 sessions; 3 were already" in capsys.readouterr().out


def test_export_csv_has_one_row_per_step(tmp_path: Path) -> None:
    fill(tmp_path / "a", 2)
    target = tmp_path / "history.csv"
    assert main(["--data-dir", str(tmp_path / "a"), "--export-history", str(target)]) == 0
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))

    assert len(rows) == 4


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\x00\x01garbage", "Nothing was imported"),
        (b'{"format": "something-else"}', "Nothing was imported"),
        (b"[1, 2, 3]", "Nothing was imported"),
    ],
)
def test_garbage_import_is_refused_and_imports_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, expected: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    assert main(["--data-dir", str(tmp_path / "b"), "--import-history", str(bad)]) == 1
    err = capsys.readouterr().err
    assert expected in err
    assert "Traceback" not in err
    store, _ = open_history(resolve_paths(tmp_path / "b"))
    with store:
        assert store.count_sessions() == 0


def test_import_with_one_bad_record_imports_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(tmp_path / "a", 3)
    target = tmp_path / "history.json"
    main(["--data-dir", str(tmp_path / "a"), "--export-history", str(target)])
    data = json.loads(target.read_text())
    data["sessions"][1]["ratings_before"] = {"front-knee-left": 42}
    target.write_text(json.dumps(data))
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "b"), "--import-history", str(target)]) == 1
    err = capsys.readouterr().err
    assert "session 2" in err
    assert "ratings_before" in err
    store, _ = open_history(resolve_paths(tmp_path / "b"))
    with store:
        assert store.count_sessions() == 0


def test_unknown_extension(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "--export-history", str(tmp_path / "x.txt")]) == 1
    assert "choose a .json or .csv" in capsys.readouterr().err

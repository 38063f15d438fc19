"""Import values Python, SQLite or the window cannot hold: refused by session and field."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from tests.sessions import build_session

from massage_desktop.domain.history import MAX_NOTES, MAX_REASON
from massage_desktop.history_cli import import_command
from massage_desktop.storage.history import HistoryStore
from massage_desktop.storage.opening import open_history
from massage_desktop.storage.paths import resolve_paths
from massage_desktop.storage.transfer import ImportRejectedError, import_history

START = datetime(2026, 5, 4, 19, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    """An empty history of its own."""
    opened, _ = open_history(resolve_paths(tmp_path / "data"))
    with opened:
        yield opened


def good(session_id: str = "good") -> dict[str, Any]:
    """A valid session as the export writes it."""
    loaded: dict[str, Any] = json.loads(build_session(session_id, START).model_dump_json())
    return loaded


def with_step(**fields: Any) -> dict[str, Any]:
    session = good("bad")
    session["steps"][0].update(fields)
    return session


def export_text(sessions_json: str) -> str:
    return f'{{"format": "massage-desktop-history", "version": 1, "sessions": [{sessions_json}]}}'


def rejected(store: HistoryStore, folder: Path, text: str) -> ImportRejectedError:
    """Import ``text`` (the first session valid), expecting a rejection; nothing is stored."""
    path = folder / "import.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportRejectedError) as caught:
        import_history(store, path)
    assert store.count_sessions() == 0
    return caught.value


@pytest.mark.parametrize(
    ("bad_json", "field"),
    [
        pytest.param(json.dumps(with_step(position=2**63)), "steps[0].position", id="2**63"),
        pytest.param(json.dumps(with_step(repetitions=2**64)), "steps[0].repetitions", id="2**64"),
        pytest.param(
            json.dumps(good("bad")).replace('"step_index": 0', '"step_index": ' + "9" * 5000),
            "steps[0].step_index",
            id="5000-digits",
        ),
        pytest.param(
            json.dumps(good("bad")).replace('"actual_s": 60.0', '"actual_s": ' + "9" * 5000, 1),
            "steps[0].actual_s",
            id="5000-digit-float",
        ),
        pytest.param(
            json.dumps(with_step(actual_s=1.0)).replace('"actual_s": 1.0', '"actual_s": Infinity'),
            "steps[0].actual_s",
            id="infinity",
        ),
        pytest.param(
            json.dumps(with_step(planned_s=1.0)).replace('"planned_s": 1.0', '"planned_s": NaN'),
            "steps[0].planned_s",
            id="nan",
        ),
        pytest.param(json.dumps(with_step(planned_s=1e300)), "steps[0].planned_s", id="1e300"),
        pytest.param(
            json.dumps(good("bad") | {"notes": "x"}).replace('"x"', '"a \\ud800 b"'),
            "notes",
            id="lone-surrogate",
        ),
        pytest.param(
            json.dumps(good("bad") | {"ratings_before": {"x": 3}}).replace('"x"', '"\\udfff"'),
            "ratings_before.'\\udfff'",
            id="surrogate-key",
        ),
        pytest.param(
            json.dumps(good("bad") | {"notes": "n" * (MAX_NOTES + 1)}), "notes", id="note"
        ),
        pytest.param(
            json.dumps(good("bad") | {"stop_reason": "r" * (MAX_REASON + 1)}),
            "stop_reason",
            id="reason",
        ),
    ],
)
def test_a_value_that_cannot_be_stored_names_session_and_field(
    store: HistoryStore, tmp_path: Path, bad_json: str, field: str
) -> None:
    error = rejected(store, tmp_path, export_text(json.dumps(good()) + ",\n" + bad_json))
    assert [(p.index, p.field) for p in error.problems] == [(1, field)]
    assert str(error).startswith("1 of 2 sessions in import.json are not valid")
    assert f"Session 2, {field}: " in str(error)


def test_the_command_line_prints_one_line_per_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "import.json"
    path.write_text(export_text(json.dumps(with_step(position=2**63))), encoding="utf-8")
    assert import_command(str(tmp_path / "data"), str(path)) == 1
    err = capsys.readouterr().err
    assert "session 1: steps[0].position: Input should be less than or equal to 100000" in err
    assert "Traceback" not in err


def test_the_same_id_with_other_content_is_a_conflict(store: HistoryStore, tmp_path: Path) -> None:
    first, other = good("twice"), good("twice") | {"notes": "written later"}
    text = export_text(",".join(json.dumps(s) for s in (first, good("b"), other)))
    error = rejected(store, tmp_path, text)
    assert [(p.index, p.field, p.message) for p in error.problems] == [
        (2, "id", "the same id as session 1, with other content")
    ]


def test_the_same_session_twice_is_still_skipped_as_a_repeat(
    store: HistoryStore, tmp_path: Path
) -> None:
    path = tmp_path / "import.json"
    path.write_text(export_text(",".join(json.dumps(good("twice")) for _ in range(2))))
    result = import_history(store, path)
    assert (result.added, result.skipped) == (1, 1)

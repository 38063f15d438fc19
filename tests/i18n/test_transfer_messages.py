"""History export and import errors are shown in the user's language (message codes).

The walk imported a CSV file in German and read "hist.csv is a spreadsheet (CSV) export,
which cannot be imported…" in English: storage errors were shown as their English text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from massage_desktop.storage.transfer import TransferError, export_history, read_export
from massage_desktop.ui.message_text import error_text

BAD_FILES = [
    ("a.json", b"\x89PNG\r\n\x1a\n\x00\x00\x00"),
    ("a.json", b"\xff\xfe{}"),
    ("a.json", b'{"format": '),
    ("a.json", b"[1, 2, 3]"),
    ("a.json", b'{"format": "massage-desktop-history", "version": 7}'),
    ("a.json", b'{"format": "massage-desktop-history", "version": "1"}'),
    ("a.json", b'{"format": "massage-desktop-history", "version": 1}'),
    ("a.json", b'{"sessions": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"),
    ("hist.csv", b"session_id\n"),
    ("a.json", b" " * 2048),
    ("missing.json", None),
]


def _error(tmp_path: Path, name: str, content: bytes | None) -> TransferError:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(TransferError) as caught:
        read_export(path, max_bytes=1024)
    return caught.value


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize(("name", "content"), BAD_FILES)
def test_every_import_error_carries_a_code_and_reads_the_same_in_english(
    tmp_path: Path, name: str, content: bytes | None
) -> None:
    error = _error(tmp_path, name, content)
    assert error.part is not None
    shown = error_text(error)
    if "too large" in str(error):  # the window leaves out the file's own size
        assert shown.startswith(str(error).split(" (")[0])
    elif content is None:  # the system's words become the app's own (Reason)
        assert shown == f"Could not read {name}: not found."
    else:
        assert shown == str(error)


@pytest.mark.usefixtures("german")
@pytest.mark.parametrize(("name", "content"), BAD_FILES)
def test_import_errors_are_german_in_german(
    tmp_path: Path, name: str, content: bytes | None
) -> None:
    error = _error(tmp_path, name, content)
    shown = error_text(error)
    assert shown != str(error)
    assert name in shown, "the file is named"
    for english in ("cannot be imported", "is not", "Could not", "history export"):
        assert english not in shown


@pytest.mark.usefixtures("german")
def test_the_walks_csv_message_in_german(tmp_path: Path) -> None:
    shown = error_text(_error(tmp_path, "hist.csv", b"session_id\n"))
    assert shown == (
        "hist.csv ist ein Tabellen-Export (CSV) und kann nicht importiert werden. "
        "Importieren Sie stattdessen den .json-Export."
    )


@pytest.mark.usefixtures("german")
def test_export_errors_are_german_too(tmp_path: Path) -> None:
    for target in (tmp_path / "history.xlsx", tmp_path / "missing" / "history.json"):
        with pytest.raises(TransferError) as caught:
            export_history([], target)
        shown = error_text(caught.value)
        assert target.name in shown
        assert "Could not" not in shown
        assert "choose a" not in shown


@pytest.mark.usefixtures("german")
def test_the_import_job_reports_the_german_text(tmp_path: Path) -> None:
    from massage_desktop.storage.history import HistoryStore
    from massage_desktop.ui.history.transfer_jobs import import_file

    source = tmp_path / "hist.csv"
    source.write_bytes(b"session_id\n")
    with HistoryStore.reader(tmp_path / "history.sqlite3") as store:
        outcome = import_file(store, source)
    assert not outcome.ok
    assert outcome.message.startswith("hist.csv ist ein Tabellen-Export (CSV)")


@pytest.mark.usefixtures("german")
def test_a_history_failure_reads_in_german_where_its_kind_is_known() -> None:
    from massage_desktop.messages import Why
    from massage_desktop.storage.errors import StoreError, StoreWriteError

    busy = StoreError("The history file is in use by another program.", why=Why.HISTORY_BUSY)
    assert error_text(busy) == "Ein anderes Programm verwendet gerade die Verlaufsdatei."
    odd = StoreWriteError("Something only SQLite knows.")
    assert error_text(odd) == "Something only SQLite knows."  # its own words are all there is

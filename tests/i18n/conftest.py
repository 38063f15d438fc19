"""Fixtures for the translation tests: committed and extracted messages, German translators."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from tests.i18n.helpers import TS_FILE, translations

LUPDATE_WAIT = 300.0  # seconds another worker may take to run lupdate under a loaded machine


@pytest.fixture(scope="session")
def committed() -> list[translations.Message]:
    """The messages of the committed German .ts file."""
    return translations.read_ts(TS_FILE)


@pytest.fixture(scope="session")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[translations.Message]:
    """What lupdate extracts from the code today, into a fresh .ts file.

    lupdate takes seconds of CPU, and with pytest-xdist each worker running a test that needs
    it ran it again: the first worker to get here runs it into the run's shared temporary
    folder, the others wait for its file.
    """
    if os.environ.get("PYTEST_XDIST_WORKER") is None:
        ts_file = tmp_path_factory.mktemp("lupdate") / "massage_desktop_de.ts"
        translations.extract(ts_file, "de")
        return translations.read_ts(ts_file)
    # Each worker's base folder lies in the one this run of pytest made for all of them.
    return translations.read_ts(_extract_once(tmp_path_factory.getbasetemp().parent))


def _extract_once(shared: Path) -> Path:
    """The .ts file in ``shared``: extracted here if no other worker has started it, else awaited.

    Raises:
        RuntimeError: when the worker running lupdate failed or took too long.
    """
    ts_file = shared / "lupdate-massage_desktop_de.ts"
    failed = shared / "lupdate-failed.txt"
    try:
        os.close(os.open(shared / "lupdate.lock", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return _awaited(ts_file, failed)
    partial = shared / "lupdate-partial" / ts_file.name
    partial.parent.mkdir()
    try:
        translations.extract(partial, "de")
    except BaseException as error:
        failed.write_text(repr(error), encoding="utf-8")
        raise
    partial.replace(ts_file)  # whole, at once: the others wait for this name
    return ts_file


def _awaited(ts_file: Path, failed: Path) -> Path:
    deadline = time.monotonic() + LUPDATE_WAIT
    while not ts_file.exists():
        if failed.exists():
            raise RuntimeError(f"lupdate failed in another worker: {failed.read_text()}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"no {ts_file.name} from another worker after {LUPDATE_WAIT:g} s")
        time.sleep(0.1)
    return ts_file

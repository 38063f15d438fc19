"""Imports of things that are not regular files: refused at once, never read, never waited on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from massage_desktop.storage.transfer import TransferError, read_export


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_link_to_an_endless_device_is_refused_before_reading(tmp_path: Path) -> None:
    link = tmp_path / "history.json"
    link.symlink_to("/dev/zero")
    # Before the fix this read until MemoryError (5.4 GB); now it must not read at all.
    with pytest.raises(TransferError, match=r"history\.json is not a regular file"):
        read_export(link)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "history.json"
    os.mkfifo(fifo)
    # In a child process with a timeout: the old import blocked forever opening the FIFO.
    result = subprocess.run(
        [sys.executable, "-m", "massage_desktop", "--data-dir", str(tmp_path / "data"),
         "--import-history", str(fifo)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert "history.json is not a regular file" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "history.json"
    folder.mkdir()
    with pytest.raises(TransferError, match="not a regular file"):
        read_export(folder)


def test_the_size_limit_is_checked_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as out:
        out.truncate(2**30)  # sparse: a gigabyte that costs no disk
    with pytest.raises(TransferError, match=r"too large to be a history export \(1024 MB"):
        read_export(big)

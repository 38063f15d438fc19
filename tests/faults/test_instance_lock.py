"""Lock files a power cut or a reused process id leaves behind never block the start."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from massage_desktop.ui.single_instance import SingleInstance, server_name


@pytest.mark.parametrize("content", [b"", b"\x00\xffgarbage\n", b"not a pid\nx\ny\n"])
def test_an_empty_or_garbage_lock_is_taken_over(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "instance.lock").write_bytes(content)
    instance = SingleInstance(tmp_path)
    assert instance.acquire()
    assert instance.owner_pid() > 0
    instance.release()


@pytest.fixture
def unrelated_process() -> Iterator[int]:
    """A live process that is not the app, whose id a stale lock may name."""
    # Another Python program: the same executable name as the app, which is all Qt checks.
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield process.pid
    process.kill()
    process.wait()


def test_a_lock_naming_an_unrelated_live_process_is_taken_over(
    tmp_path: Path, unrelated_process: int
) -> None:
    # What Qt writes: pid, executable name, host name.
    name = Path(os.readlink(f"/proc/{unrelated_process}/exe")).name
    host = socket.gethostname()
    (tmp_path / "instance.lock").write_text(f"{unrelated_process}\n{name}\n{host}\n")
    instance = SingleInstance(tmp_path)
    assert not instance.acquire(), "Qt sees a live process of the same name"
    assert instance.take_over_foreign()
    assert instance.owner_pid() == os.getpid()
    instance.release()


def test_a_lock_held_by_this_app_is_never_taken_over(tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.acquire()
    second = SingleInstance(tmp_path)
    assert not second.acquire()
    assert not second.take_over_foreign()
    first.release()


def test_a_folder_name_that_is_not_utf8_gets_a_socket_name(tmp_path: Path) -> None:
    folder = tmp_path / "caf\udce9"  # b"caf\xe9" as Python holds undecodable file names
    folder.mkdir()
    name = server_name(folder)
    assert name.startswith("massage-desktop-")
    assert name != server_name(tmp_path)


def test_a_folder_name_that_is_not_utf8_gets_a_real_lock(tmp_path: Path) -> None:
    folder = tmp_path / "caf\udce9"
    folder.mkdir()
    first = SingleInstance(folder)
    assert first.acquire()
    assert not SingleInstance(folder).acquire()  # a second launch still finds the first
    first.release()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["caf\udce9"]  # no look-alike folder

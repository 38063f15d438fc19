"""A second launch on the same data folder wakes the first instead of running beside it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from massage_desktop.ui import single_instance
from massage_desktop.ui.single_instance import SingleInstance, server_name


def test_second_instance_wakes_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.acquire()
    assert first.listen()
    second = SingleInstance(tmp_path)
    assert not second.acquire()
    with qtbot.waitSignal(first.activationRequested, timeout=3000):
        assert second.wake_primary()
    first.release()
    third = SingleInstance(tmp_path)
    assert third.acquire()  # released locks are free again
    assert third.listen()  # and the server name too
    third.release()


def test_a_second_launch_with_a_routine_file_hands_it_over(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.acquire()
    assert first.listen()
    shared = tmp_path / "shared routines" / "Knie am Abend.yaml"
    second = SingleInstance(tmp_path)
    with qtbot.waitSignal(first.importRequested, timeout=3000) as handed:
        assert second.wake_primary(shared)
    assert handed.args == [str(shared.absolute())]
    first.release()


def test_folders_have_their_own_instance(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    a, b = SingleInstance(tmp_path / "a"), SingleInstance(tmp_path / "b")
    assert a.acquire()
    assert a.listen()
    assert b.acquire()
    assert b.listen()
    a.release()
    b.release()


def test_a_second_launch_exits_and_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    primary = SingleInstance(tmp_path)
    assert primary.acquire()
    assert primary.listen()
    woken: list[bool] = []
    primary.activationRequested.connect(lambda: woken.append(True))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    launch = subprocess.Popen(
        [sys.executable, "-m", "massage_desktop", "--data-dir", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    # Serve the primary's event loop while the second launch connects.
    qtbot.waitUntil(lambda: launch.poll() is not None, timeout=30000)
    out, err = launch.communicate()
    assert launch.returncode == 0, err
    assert "already running" in out
    qtbot.waitUntil(lambda: bool(woken), timeout=3000)
    primary.release()


def test_a_launch_while_the_first_is_still_starting_waits_for_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The primary holds the lock before it listens; a launch in that gap retries."""
    first = SingleInstance(tmp_path)
    assert first.acquire()
    second = SingleInstance(tmp_path)
    assert not second.acquire()
    monkeypatch.setattr(single_instance, "_CONNECT_MS", 300)
    assert not second.wake_primary(), "nobody ever listens: it gives up"
    pauses: list[float] = []

    def primary_starts_listening(seconds: float) -> None:
        pauses.append(seconds)
        assert first.listen()

    monkeypatch.setattr("time.sleep", primary_starts_listening)
    with qtbot.waitSignal(first.activationRequested, timeout=5000):
        assert second.wake_primary()
    assert len(pauses) == 1, "refused once, then connected on the retry"
    first.release()

"""SIGTERM and SIGINT close the app like Quit: session kept as interrupted, socket removed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.sessions import build_session

from massage_desktop.domain.history import Outcome, StepStatus
from massage_desktop.storage.opening import open_history
from massage_desktop.storage.paths import resolve_paths
from massage_desktop.ui.single_instance import SingleInstance, server_name
from massage_desktop.ui.stop_signals import StopSignals

START = datetime(2026, 5, 4, 19, 0, tzinfo=UTC)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_stop_signal_runs_the_close_in_the_event_loop(qtbot: QtBot, signum: int) -> None:
    stops: list[int] = []
    # What the test process started with: SIG_IGN when launched as a background job.
    before = signal.getsignal(signal.SIGINT)
    watcher = StopSignals(lambda: stops.append(1))
    try:
        os.kill(os.getpid(), signum)
        qtbot.waitUntil(lambda: bool(stops), timeout=3000)
        os.kill(os.getpid(), signum)  # a second one while closing is not a second close
        qtbot.wait(50)
        assert stops == [1]
    finally:
        watcher.restore()
    assert signal.getsignal(signal.SIGINT) is before


def test_the_session_being_recorded_is_kept_as_interrupted(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path)
    store, _ = open_history(paths)
    with store:
        record = build_session("s0", START, ("back-neck",), 2, StepStatus.DONE)
        store.begin(record.model_copy(update={"outcome": Outcome.IN_PROGRESS, "steps": []}))
        for step in record.steps:
            store.add_step("s0", step)
        assert store.interrupt_live() == ["s0"]
        assert store.get("s0").outcome is Outcome.INTERRUPTED
        assert store.get("s0").ended_at is not None


def _start_then_stop(data_dir: Path) -> tuple[int, str]:
    """Launch the app, wait until its window is up, send SIGTERM; the exit code and stderr."""
    socket_file = Path(tempfile.gettempdir()) / server_name(data_dir)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen(
        [sys.executable, "-m", "massage_desktop", "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while not socket_file.exists():  # it listens once the window is on screen
            assert app.poll() is None, app.communicate()
            assert time.monotonic() < deadline, "the app never started listening"
            time.sleep(0.1)
        app.send_signal(signal.SIGTERM)
        _out, err = app.communicate(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert not socket_file.exists()
    return app.returncode, err


def test_sigterm_closes_the_window_and_removes_the_socket(tmp_path: Path) -> None:
    code, err = _start_then_stop(tmp_path)
    assert code == 0, err
    assert not (tmp_path / "instance.lock").exists()


def test_a_file_as_data_folder_opens_the_window_instead_of_running_already(
    tmp_path: Path,
) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("mine")
    code, err = _start_then_stop(not_a_folder)
    assert code == 0, err
    assert "running already" not in err
    assert "cannot be written" in err
    assert not_a_folder.read_text() == "mine"


def test_a_socket_left_by_a_killed_app_is_replaced(qtbot: QtBot, tmp_path: Path) -> None:
    import socket as sockets

    stale = Path(tempfile.gettempdir()) / server_name(tmp_path)
    left = sockets.socket(sockets.AF_UNIX, sockets.SOCK_STREAM)
    left.bind(str(stale))  # what SIGKILL leaves: the file, with nobody listening
    left.close()
    try:
        instance = SingleInstance(tmp_path)
        assert instance.acquire()
        assert instance.listen()
        instance.release()
    finally:
        stale.unlink(missing_ok=True)

"""A recording process killed with SIGKILL at random points loses nothing it acknowledged."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from massage_desktop.storage.db import quick_check
from massage_desktop.storage.opening import OpenStatus, open_history
from massage_desktop.storage.paths import resolve_paths

# Prints a line after each call that returned: from then on the change must survive.
CHILD = """
import sys
from datetime import datetime, timezone
from massage_desktop.domain.history import Outcome, SessionRecord, StepRecord
from massage_desktop.storage.opening import open_history
from massage_desktop.storage.paths import resolve_paths

store, _ = open_history(resolve_paths(sys.argv[1]))
session_id, start = sys.argv[2], datetime(2026, 1, 1, tzinfo=timezone.utc)
store.begin(SessionRecord(
    id=session_id, started_at=start, kind="routine", subject_id="r", performer="self"))
print("begun", flush=True)
for n in range(int(sys.argv[3])):
    store.add_step(session_id, StepRecord(
        position=n, technique_id="t", step_index=n, region_ids=["back-neck", "back-upper"],
        actual_s=1.5, status="done", started_at=start))
    print("step", n, flush=True)
store.finish(session_id, Outcome.COMPLETED, start, {"back-neck": 2})
print("finished", flush=True)
"""
ITERATIONS = 8
STEPS = 300


def run_and_kill(data: Path, session_id: str, rng: random.Random) -> list[str]:
    """Start a recording, kill it at a random point; returns the lines it acknowledged."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data), session_id, str(STEPS)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    lines: list[str] = []
    wanted = rng.choice([-1, rng.randrange(0, 80), rng.randrange(0, STEPS)])
    if wanted < 0:
        time.sleep(rng.uniform(0.0, 0.4))  # somewhere in start-up, opening or creating the file
    else:
        while len(lines) < wanted + 1 and (line := child.stdout.readline()):
            lines.append(line.strip())
        time.sleep(rng.uniform(0, 0.003))  # then in the middle of some later step
    child.send_signal(signal.SIGKILL)
    child.wait()
    lines += child.stdout.read().split("\n")  # printed before the kill: acknowledged too
    child.stdout.close()
    return [line for line in lines if line]


@pytest.mark.slow
def test_killed_recordings_keep_every_acknowledged_step(tmp_path: Path) -> None:
    seed = int(os.environ.get("KILL_TEST_SEED", time.time_ns() % 10**6))
    rng = random.Random(seed)
    data = tmp_path / "data"
    acknowledged: dict[str, list[str]] = {}
    for n in range(ITERATIONS):
        acknowledged[f"s{n}"] = run_and_kill(data, f"s{n}", rng)

    paths = resolve_paths(data)
    with closing(sqlite3.connect(paths.database)) as conn:  # the file as the kills left it
        assert quick_check(conn) == [], f"seed {seed}"
    store, report = open_history(paths)
    with store:
        assert report.status is not OpenStatus.RECOVERED, f"seed {seed}"
        stored = {record.id: record for record in store.interrupted_sessions()}
        stored |= {s.id: store.get(s.id) for s in store.list_sessions(limit=100)}
        for session_id, lines in acknowledged.items():
            saved = sum(line.startswith("step") for line in lines)
            context = f"seed {seed}, {session_id}: {lines[-1:]}"
            if "begun" not in lines:
                continue  # killed before begin() returned: either outcome is fine
            steps = [step.position for step in stored[session_id].steps]
            # Every acknowledged step, plus at most the one being written at the kill.
            assert steps[:saved] == list(range(saved)), context
            assert len(steps) - saved <= 1, context
            if "finished" in lines:
                assert len(steps) == STEPS, context

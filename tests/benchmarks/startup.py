"""Start-up: wall time and peak memory from process spawn to the first painted main window.

The app and the floor (a bare PySide6 QMainWindow with a QSvgWidget) are launched the same way,
alternately, each as ``python -m tests.benchmarks.startup_probe MODE``; the time runs from just
before the spawn to the moment the child's event loop is free after its first paint (both read
``time.monotonic()``, one system-wide clock). Peak memory is the child's ``ru_maxrss`` then.
Qt runs offscreen. One unmeasured run of each comes first: it writes the byte-code caches,
the app's data folder and its content cache (later runs open an existing history and find the
checked content cached, as every start but the first after an install or upgrade does).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import Result, emit, median, offscreen_env

# Regression guards at the measured line, not targets: 1.5x the bare floor is out of reach with
# the pydantic models on the start path, which the design keeps (issue 16). Keep the ratio and
# the timeline reported, lower these when a saving lands, and never raise them to hide a loss.
TIME_BUDGET = 2.6  # times the floor
MEMORY_BUDGET = 1.65


def acknowledge_first_run(data: Path) -> None:
    """Start as a returning user: the first-run safety notes were read before."""
    from massage_desktop.messages import MessageBus
    from massage_desktop.storage.paths import resolve_paths
    from massage_desktop.storage.settings import Settings, SettingsStore

    paths = resolve_paths(data)
    paths.ensure()
    assert SettingsStore(paths.settings_file, MessageBus()).save(
        Settings(first_run_acknowledged=True)
    )


def launch(mode: str, data_dir: Path | None = None) -> tuple[float, float]:
    """One launch; returns (milliseconds to the first paint, peak MB).

    Raises:
        RuntimeError: when the child did not report a paint.
    """
    argv = [sys.executable, "-m", "tests.benchmarks.startup_probe", mode]
    if data_dir is not None:
        argv.append(str(data_dir))
    started = time.monotonic()
    done = subprocess.run(
        argv, capture_output=True, text=True, env=offscreen_env(), timeout=60, check=False
    )
    for line in done.stdout.splitlines():
        if line.startswith("painted "):
            _, stamp, peak_kib = line.split()
            return (float(stamp) - started) * 1000, int(peak_kib) / 1024
    raise RuntimeError(f"{mode} did not report a paint (exit {done.returncode}):\n{done.stderr}")


def run(runs: int = 10) -> list[Result]:
    """Median of ``runs`` launches of each, interleaved."""
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        data = Path(tmp) / "data"
        acknowledge_first_run(data)
        launch("floor")
        launch("app", data)  # creates the history file
        floor: list[tuple[float, float]] = []
        app: list[tuple[float, float]] = []
        for _ in range(runs):
            floor.append(launch("floor"))
            app.append(launch("app", data))
    floor_ms, floor_mb = median([t for t, _ in floor]), median([m for _, m in floor])
    app_ms, app_mb = median([t for t, _ in app]), median([m for _, m in app])
    note = f"median of {runs}"
    label = "bare PySide6 floor"
    results = [
        Result("startup.time", app_ms, "ms", None, floor_ms, label, note),
        Result("startup.memory", app_mb, "MB", None, floor_mb, label, note),
        Result("startup.time_ratio", app_ms / floor_ms, "x", TIME_BUDGET, 1.0, label, note),
        Result("startup.memory_ratio", app_mb / floor_mb, "x", MEMORY_BUDGET, 1.0, label, note),
    ]
    return [emit(r) for r in results]

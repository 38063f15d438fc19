"""Peak memory of importing a large history export, in a child process of its own.

An export of ``size_mb`` megabytes is written (sessions of four steps, as the player records
them), then imported into an empty history by a fresh interpreter; its peak resident memory
(``ru_maxrss`` of the finished child) is the measurement. The baseline is the same child
opening the same empty history without importing. Parsing the whole file used to peak at about
nine times its size (1.86 GB for 200 MB); the budget is 300 MB for any size.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import Result, emit

BUDGET_MB = 300.0
_CHILD = """
import sys, time
from pathlib import Path
from massage_desktop.storage.opening import open_history
from massage_desktop.storage.paths import resolve_paths
from massage_desktop.storage.transfer import import_history
store, _ = open_history(resolve_paths(sys.argv[1]))
with store:
    if len(sys.argv) > 2:
        began = time.perf_counter()
        result = import_history(store, Path(sys.argv[2]))
        print(result.added, time.perf_counter() - began)
"""


def write_export(path: Path, size_mb: float) -> int:
    """Write a valid export of about ``size_mb`` MB; returns how many sessions it holds."""
    step = {
        "position": 0, "technique_id": "knee-warm-up-effleurage", "step_index": 0,
        "region_ids": ["front-knee-left", "front-knee-right"], "side": None,
        "planned_s": 150.0, "actual_s": 148.5, "repetitions": None, "status": "done",
        "started_at": "2026-03-02T18:00:00+01:00",
    }  # fmt: skip
    session = {
        "id": "", "started_at": "2026-03-02T18:00:00+01:00",
        "ended_at": "2026-03-02T18:10:00+01:00", "kind": "routine", "subject_id": "knee-care",
        "performer": "self", "outcome": "completed", "stop_reason": None,
        "ratings_before": {"front-knee-left": 6}, "ratings_after": {"front-knee-left": 3},
        "notes": "Knees felt warmer afterwards; less stiff on the stairs.",
        "steps": [step | {"position": n, "step_index": n} for n in range(4)],
    }  # fmt: skip
    limit = int(size_mb * 2**20)
    count = 0
    with path.open("w", encoding="utf-8") as out:
        out.write('{"format": "massage-desktop-history", "version": 1, "sessions": [')
        while out.tell() < limit:
            out.write(("\n" if count == 0 else ",\n") + json.dumps(session | {"id": f"s{count}"}))
            count += 1
        out.write("\n]}\n")
    return count


def _child_peak_mb(*args: str) -> tuple[float, str]:
    """Run the child; its peak resident memory in MB and its output."""
    script = (
        "import resource\n"
        f"exec({_CHILD!r})\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, check=True
    )
    lines = done.stdout.split("\n")
    return int(lines[-2]) / 1024, "\n".join(lines[:-2])  # ru_maxrss is in KiB on Linux


def run(size_mb: float = 200.0) -> list[Result]:
    """Build the export, import it in a child, and report peak memory and speed."""
    assert resource.RUSAGE_SELF is not None  # Linux and macOS; not Windows
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        folder = Path(tmp)
        export = folder / "export.json"
        began = time.perf_counter()
        count = write_export(export, size_mb)
        size = export.stat().st_size / 2**20
        print(f"# wrote {count} sessions, {size:.0f} MB in {time.perf_counter() - began:.0f} s")
        baseline, _ = _child_peak_mb(str(folder / "empty"))
        peak, output = _child_peak_mb(str(folder / "data"), str(export))
        added, seconds = output.split()
        assert int(added) == count, (added, count)
    return [
        emit(
            Result(
                f"import.peak_memory_{size:.0f}mb", peak, "MB", BUDGET_MB, baseline,
                "open the empty history only", f"{count} sessions, peak RSS of the child",
            )
        ),
        emit(Result("import.sessions_per_s", int(added) / float(seconds), "/s",
                    note=f"{size:.0f} MB in {float(seconds):.0f} s")),
    ]  # fmt: skip

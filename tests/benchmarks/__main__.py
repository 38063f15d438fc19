"""Run the benchmarks: ``python -m tests.benchmarks`` from the repository root (``make bench``).

Each benchmark prints ``name value unit`` lines as it goes (and ``name.baseline value unit``
for the baseline measured in the same run); a Markdown table with the budgets follows. The exit
status is 1 when a budget is exceeded. The real-time timer run (5 minutes by default) goes on in
a child process while the others run; it mostly sleeps, so it hardly disturbs them.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

from tests.benchmarks.common import Result, table

ALL = (
    "content",
    "interaction",
    "wakeup",
    "pace",
    "drift",
    "startup",
    "history",
    "import",
    "drift-real",
)
_QUIET = (
    "This plugin does not support",
    "Couldn't load",
    "Couldn't resolve",
    "PulseAudioService",
    "QSoundEffect",
    "Error loading text-to-speech",
)


def _quiet_qt() -> None:
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if not message.startswith(_QUIET):
            print(f"Qt: {message}", file=sys.stderr)

    qInstallMessageHandler(handler)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__)
    parser.add_argument(
        "--only", default=",".join(ALL), help=f"comma-separated subset of: {', '.join(ALL)}"
    )
    parser.add_argument("--runs", type=int, default=10, help="start-up launches of each kind")
    parser.add_argument(
        "--real-minutes", type=float, default=5.0, help="length of the real-time timer run"
    )
    parser.add_argument(
        "--pace-minutes", type=float, default=1.5, help="length of the animated real-time run"
    )
    parser.add_argument("--history-small", type=int, default=100_000, help="sessions")
    parser.add_argument("--history-large", type=int, default=1_000_000, help="sessions")
    parser.add_argument("--import-mb", type=float, default=200.0, help="size of the export")
    parser.add_argument("--markdown", metavar="FILE", help="also write the table to FILE")
    parser.add_argument("--json-out", metavar="FILE", help=argparse.SUPPRESS)
    return parser


def _start_real_drift(minutes: float, out: Path) -> subprocess.Popen[bytes]:
    argv = [sys.executable, "-m", "tests.benchmarks", "--only", "drift-real"]
    argv += ["--real-minutes", str(minutes), "--json-out", str(out)]
    return subprocess.Popen(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the chosen benchmarks; 0 when every budget holds."""
    args = _parser().parse_args(argv)
    chosen = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = set(chosen) - set(ALL)
    if unknown:
        print(f"unknown benchmarks: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _quiet_qt()
    results: list[Result] = []
    background = None
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        real_out = Path(tmp) / "real.json"
        if "drift-real" in chosen and len(chosen) > 1:
            background = _start_real_drift(args.real_minutes, real_out)
            chosen.remove("drift-real")
        if "content" in chosen:
            from tests.benchmarks import content

            results += content.run()
        if "interaction" in chosen:
            from tests.benchmarks import interaction

            results += interaction.run()
        if "wakeup" in chosen:
            from tests.benchmarks import wakeup

            results += wakeup.run()
        if "pace" in chosen:
            from tests.benchmarks import pace

            results += pace.run(args.pace_minutes)
        if "drift" in chosen:
            from tests.benchmarks import drift

            results += drift.run_simulated()
        if "startup" in chosen:
            from tests.benchmarks import startup

            results += startup.run(args.runs)
        if "history" in chosen:
            from tests.benchmarks import history

            results += history.run(args.history_small, args.history_large)
        if "import" in chosen:
            from tests.benchmarks import importing

            results += importing.run(args.import_mb)
        if "drift-real" in chosen:
            from tests.benchmarks import drift

            results += drift.run_real(args.real_minutes)
        if background is not None:
            print(f"# waiting for the {args.real_minutes:g}-minute real-time run", flush=True)
            if background.wait() != 0:
                print("the real-time timer run failed", file=sys.stderr)
                return 1
            for item in json.loads(real_out.read_text(encoding="utf-8")):
                results.append(Result(**item))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps([asdict(r) for r in results]), "utf-8")
        return 0
    report = table(results)
    print()
    print(report)
    if args.markdown:
        Path(args.markdown).write_text(report + "\n", encoding="utf-8")
    failed = [r.name for r in results if r.passed is False]
    print()
    print(f"{len(failed)} over budget: {', '.join(failed)}" if failed else "all within budget")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

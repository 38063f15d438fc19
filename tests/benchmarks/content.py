"""Loading and validating the built-in content (``load_catalog``), as the app does at start.

The baseline, measured in the same run, only parses the same YAML files with libyaml: what any
loader of these files must pay before checking anything.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import yaml
from tests.benchmarks.common import Result, emit, median

from massage_desktop.content import load_catalog
from massage_desktop.resources import data_dir

BUDGET_MS = 30.0
RUNS = 20


def _parse_only() -> None:
    loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    root = data_dir()
    files = [*root.glob("*.yaml"), *root.glob("techniques/*.yaml"), *root.glob("routines/*.yaml")]
    for path in sorted(files):
        yaml.load(path.read_text(encoding="utf-8"), Loader=loader)


def _ms(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def run() -> list[Result]:
    """Median of ``RUNS`` loads."""
    root = data_dir()
    load_catalog(root)  # the first call also reads the files from disk into the page cache
    _parse_only()
    loads = [_ms(lambda: load_catalog(root)) for _ in range(RUNS)]
    parses = [_ms(_parse_only) for _ in range(RUNS)]
    result = Result(
        "content.load_validate",
        median(loads),
        "ms",
        BUDGET_MS,
        median(parses),
        "YAML parse only, no checks",
        f"median of {RUNS}",
    )
    return [emit(result)]

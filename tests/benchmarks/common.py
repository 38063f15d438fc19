"""Shared pieces of the benchmarks: results, percentiles, the offscreen QApplication.

Every benchmark prints ``name value unit`` lines as it goes and returns ``Result`` rows; the
runner prints them again as a table with the baseline measured in the same run and the budget.
"""

from __future__ import annotations

import math
import os
import statistics
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    """One measured number, its same-run baseline and its budget.

    Attributes:
        name: Dotted name, e.g. ``startup.time``.
        value: The measurement.
        unit: ``ms``, ``MB``, ``x`` (a ratio)...
        budget: The largest acceptable value; None for numbers only shown.
        baseline: The same quantity for the baseline, measured in this run.
        baseline_label: What the baseline is, in a few words.
        note: How the value was obtained (median of 10, p95 of 740...).
    """

    name: str
    value: float
    unit: str
    budget: float | None = None
    baseline: float | None = None
    baseline_label: str = ""
    note: str = ""

    @property
    def passed(self) -> bool | None:
        """Whether the value is within the budget; None when there is no budget."""
        if self.budget is None:
            return None
        return self.value <= self.budget

    def line(self) -> str:
        """The ``name value unit`` line."""
        return f"{self.name} {_fmt(self.value)} {self.unit}"


def _fmt(value: float) -> str:
    if value == 0 or abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    if abs(value) >= 0.1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def emit(result: Result) -> Result:
    """Print one result line (and its baseline) at once, then return it."""
    print(result.line(), flush=True)
    if result.baseline is not None:
        print(f"{result.name}.baseline {_fmt(result.baseline)} {result.unit}", flush=True)
    return result


def percentile(values: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile (``fraction`` 0.95 for p95) of non-empty ``values``."""
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def median(values: Sequence[float]) -> float:
    """The median of non-empty ``values``."""
    return statistics.median(values)


def table(results: Sequence[Result]) -> str:
    """A Markdown table of the results: measured, baseline, budget and verdict."""
    rows = [
        "| Benchmark | Measured | Baseline (same run) | Budget | Result |",
        "|---|---:|---|---:|---|",
    ]
    for r in results:
        baseline = (
            f"{_fmt(r.baseline)} {r.unit} ({r.baseline_label})"
            if r.baseline is not None
            else r.baseline_label
        )
        budget = f"≤ {_fmt(r.budget)} {r.unit}" if r.budget is not None else ""
        verdict = {True: "pass", False: "**FAIL**", None: ""}[r.passed]
        note = f" ({r.note})" if r.note else ""
        rows.append(
            f"| `{r.name}`{note} | {_fmt(r.value)} {r.unit} | {baseline} | {budget} | {verdict} |"
        )
    return "\n".join(rows)


def offscreen_env() -> dict[str, str]:
    """The environment for benchmark child processes: offscreen Qt, byte-code caching on.

    ``PYTHONDONTWRITEBYTECODE`` is dropped so that children use ``.pyc`` files as an installed
    app does (pip compiles them at install time); the first, unmeasured run writes them.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env

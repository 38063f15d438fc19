"""A step's words never give it another length than its timer (walk 4).

"Carry on for several minutes" ran under the knee-care routine's 2:30 timer for the finishing
strokes: what an instruction or a routine's note says about time must hold for the time the
player counts down, in the technique on its own and in every routine, in both languages.
"""

from __future__ import annotations

import math
import re

import pytest

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.entry import PlanEntry
from massage_desktop.engine.plan import build_plan

UNITS = {"second": 1, "seconds": 1, "minute": 60, "minutes": 60}
UNITS_DE = {"Sekunde": 1, "Sekunden": 1, "Minute": 60, "Minuten": 60}
RANGE = re.compile(r"(\d+)\s*[-–]\s*(\d+) (seconds|minutes|Sekunden|Minuten)\b")
ABOUT = re.compile(r"\b(?:about|etwa|ungefähr) (\d+) (seconds|minutes|Sekunden|Minuten)\b")
SEVERAL = re.compile(r"\b(several|a few|mehrere|einige) (minutes|Minuten)\b", re.IGNORECASE)
SEVERAL_LEAST_S = 180  # "several minutes" is three or more


def said_range(text: str) -> list[tuple[float, float, str]]:
    """The lengths ``text`` gives, each as the shortest and longest it allows, in seconds."""
    units = UNITS | UNITS_DE
    out: list[tuple[float, float, str]] = []
    for low, high, unit in RANGE.findall(text):
        out.append((int(low) * units[unit], int(high) * units[unit], f"{low}-{high} {unit}"))
    for number, unit in ABOUT.findall(text):
        seconds = int(number) * units[unit]
        out.append((seconds * 0.5, seconds * 1.5, f"about {number} {unit}"))
    for words in SEVERAL.findall(text):
        out.append((SEVERAL_LEAST_S, math.inf, " ".join(words)))
    return out


def _entries(catalog: Catalog) -> list[tuple[str, PlanEntry]]:
    plans = [(t.id, build_plan(catalog, t)) for t in catalog.techniques.values()]
    plans += [(r.id, build_plan(catalog, r)) for r in catalog.routines.values()]
    return [(name, entry) for name, plan in plans for entry in plan.entries]


def test_the_counter_finds_the_phrases() -> None:
    assert said_range("Keep going for 2-3 minutes.") == [(120, 180, "2-3 minutes")]
    assert said_range("for about 30 seconds")[0][:2] == (15, 45)
    assert said_range("Carry on for several minutes")[0][0] == SEVERAL_LEAST_S
    assert said_range("Machen Sie das mehrere Minuten lang.")[0][0] == SEVERAL_LEAST_S


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_timed_step_says_no_other_length_than_its_timer(
    language: str, catalog: Catalog, german_catalog: Catalog
) -> None:
    shown = catalog if language == "en" else german_catalog
    wrong = [
        f"{name}: {entry.technique_id} step {entry.step_index + 1}: says {words}, "
        f"timer {entry.planned_s} s"
        for name, entry in _entries(shown)
        if entry.planned_s is not None
        for low, high, words in said_range(f"{entry.instruction} {entry.note or ''}")
        if not low <= entry.planned_s <= high
    ]
    assert wrong == []


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_range_in_words_says_the_timer_ends_the_step(
    language: str, catalog: Catalog, german_catalog: Catalog
) -> None:
    """A step that names a range says the timer ends it, inside that range.

    Walk 7, finding 5: "Keep going for 2–3 minutes" under a "2 min 30 s" timer read as two
    lengths.
    """
    shown = catalog if language == "en" else german_catalog
    word = "timer" if language == "en" else "Timer"
    silent = [
        (technique.id, step.instruction)
        for technique in shown.techniques.values()
        for step in technique.steps
        if step.duration_s is not None and RANGE.search(step.instruction)
        if word not in step.instruction
    ]
    assert silent == []

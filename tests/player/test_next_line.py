"""The player's "Next:" line never names the step already running (walk3 finding 5).

Knee care from the left kneecap with a fresh left-knee injury showed "Next: Quadriceps thumb
stripping, left side" while that step ran: the technique's next step had the same label.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from tests.player.conftest import tick

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.domain.routines import Routine
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.entry import PlanEntry
from massage_desktop.engine.health import TodayCheck
from massage_desktop.engine.phases import SessionPhase
from massage_desktop.engine.plan import Plan, build_plan
from massage_desktop.engine.screening import Screening
from massage_desktop.engine.step_count import counts_parts, part_number, step_count, step_number
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.display import WorkedSide, entry_label, worked_side
from massage_desktop.ui.player.next_line import next_label, next_text
from massage_desktop.ui.player.questions import AutomaticAnswers

INJURED_LEFT_KNEE = HealthProfile(
    conditions=("acute-injury",),
    regions={"acute-injury": ("front-knee-left", "front-kneecap-left")},
)


class _GoAhead(AutomaticAnswers):
    """A person who read what is left out, goes ahead, and answers the side question."""

    def __init__(self, both: bool) -> None:
        super().__init__(TodayCheck())
        self.both = both

    def confirm_partial(self, plan: Plan) -> bool:
        return True

    def repeat(self, routine: Routine, where: str = "", other_side: bool = True) -> bool | None:
        return self.both


def _reader(one_side: bool) -> Callable[[PlanEntry], WorkedSide]:
    return lambda entry: worked_side(entry, one_side=one_side)


def _lines(window: MainWindow, clock: ManualClock) -> list[tuple[str, str]]:
    """(running step's label, "Next:" line) at every change until the session ends."""
    seen: list[tuple[str, str]] = []
    for _ in range(4000):
        controller = window.flow.controller
        if controller is None:
            break
        if controller.session.phase is SessionPhase.REPS:
            QTest.keyClick(window, Qt.Key.Key_Return)
        line = (window.player.technique.text(), window.player.next.text())
        if not seen or seen[-1] != line:
            seen.append(line)
        tick(window, clock, 2)
    return seen


@pytest.mark.parametrize(
    ("region", "routine", "injured", "both"),
    [
        ("front-kneecap-left", "knee-care", True, False),  # the walk-through's session
        ("front-kneecap-left", "knee-care", False, True),  # both knees, one after the other
        ("back-calf-left", "partner-leg", False, False),  # steps that switch sides
    ],
)
def test_next_never_names_the_running_step(
    window: MainWindow,
    catalog: Catalog,
    clock: ManualClock,
    region: str,
    routine: str,
    injured: bool,
    both: bool,
) -> None:
    if injured:
        window.flow.screening = Screening(catalog, INJURED_LEFT_KNEE)
    window.select_region(region)
    window.flow.questions = _GoAhead(both)
    assert window.flow.start_routine(routine)
    seen = _lines(window, clock)
    assert len(seen) > 5, "the session ran"
    for running, upcoming in seen:
        assert upcoming != f"Next: {running}", upcoming
    if routine == "knee-care" and injured:
        # Numbered as the header's "Step 3 of 16", not the technique's own "step 2 of 3".
        total = step_count(build_plan(catalog, catalog.routines[routine])).total
        stripping = [n for _r, n in seen if n.startswith("Next: Thumb strokes up the thigh")]
        assert stripping
        numbers = [int(n.split(" \u00b7 step ")[1].split()[0]) for n in stripping]
        assert all(0 < number <= total for number in numbers), stripping
    if both:
        second = [n for _r, n in seen if n.endswith("(second pass)")]
        assert second, seen
        assert second[0].startswith("Next: Knee warm-up strokes, right side \u00b7 step ")


def test_a_step_repeated_on_the_other_side_says_so(catalog: Catalog) -> None:
    plan = build_plan(catalog, catalog.routines["self-massage-tour"])
    pairs = [
        (a, b)
        for a, b in zip(plan.entries, plan.entries[1:], strict=False)
        if (a.technique_id, a.step_index) == (b.technique_id, b.step_index) and a.side != b.side
    ]
    assert pairs, "the tour does a step on one side, then the same on the other"
    for current, upcoming in pairs:
        assert upcoming.side is not None
        label = next_label(plan, current, upcoming, _reader(False))
        # The tour counts parts: the next part's number, as the header will show it (walk
        # 11: "· step 6" beside "Part 13 of 19" read as the running step again).
        assert counts_parts(plan)
        number = part_number(plan, upcoming.index)[0]
        assert number == part_number(plan, current.index)[0] + 1
        assert label.endswith(f", {upcoming.side.value} side \u00b7 part {number}"), label


@pytest.mark.parametrize("repeat", [False, True])
def test_every_next_line_has_one_form(catalog: Catalog, repeat: bool) -> None:
    # Walk 9, P1-d: "Next: Front-of-thigh kneading, right side" beside "Next: Friction around
    # the kneecap, step 11 of 16": the side dropped for a number.
    # One unit per routine, the header's: parts where it counts parts, else steps.
    for routine in catalog.routines.values():
        plan = build_plan(catalog, routine, repeat=repeat)
        unit = "part" if counts_parts(plan) else "step"
        form = re.compile(rf"^.+ \u00b7 {unit} \d+( \(second pass\))?$")
        side = _reader(routine.repeat is not None)
        for current, upcoming in itertools.pairwise(plan.entries):
            label = next_label(plan, current, upcoming, side)
            assert form.match(label), (routine.id, label)
            if side(upcoming) is not None and not upcoming.prepares:
                assert re.search(rf" sides? \u00b7 {unit} ", label), (routine.id, label)


@pytest.mark.parametrize("repeat", [False, True])
def test_no_routine_names_a_step_after_itself(catalog: Catalog, repeat: bool) -> None:
    for routine in catalog.routines.values():
        plan = build_plan(catalog, routine, repeat=repeat)
        side = _reader(routine.repeat is not None)
        for current, upcoming in zip(plan.entries, plan.entries[1:], strict=False):
            running = entry_label(current, side(current))
            assert next_label(plan, current, upcoming, side) != running, (routine.id, current)


def test_next_names_the_steps_it_passes_left_out(catalog: Catalog) -> None:
    """Walk 7, finding 4, and walk 8, finding 4: the left-out steps are said where passed.

    The start sheet said "8 of 13 remain" and the player then counted "Step 12 of 13": it
    now counts the steps that run, and names how many left-out ones it passes.
    """
    profile = HealthProfile(conditions=("varicose-veins",))
    plan = Screening(catalog, profile).screen_plan(
        build_plan(catalog, catalog.routines["partner-leg"])
    )
    count = step_count(plan)
    runnable = plan.runnable
    assert {step_number(plan, e.index)[1] for e in runnable} == {count.remaining}
    assert step_number(plan, runnable[-1].index)[0] == count.remaining
    lines = [next_text(plan, a, b, _reader(False)) for a, b in itertools.pairwise(runnable)]
    said = [line for line in lines if "left out" in line]
    assert said, "varicose veins leave out the calf work in the middle of the routine"
    passed = [int(line.rsplit("(", 1)[1].split()[0]) for line in said]
    assert sum(passed) == count.left_out, said
    assert all(line.endswith("left out for safety)") for line in said), said
    # Where no step is passed, nothing is added.
    whole = build_plan(catalog, catalog.routines["partner-leg"])
    first, second = whole.entries[:2]
    assert "left out" not in next_text(whole, first, second, _reader(False))

"""Steps as a person counts them: a step done on both sides is one step, not two.

The plan has an entry per side; the routine card numbers one line per step, and the start
question of a partly ruled-out routine counts the same way, so the two always agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from massage_desktop.engine.entry import PlanEntry
from massage_desktop.engine.plan import Plan

StepKey = tuple[int, int, bool]
"""(routine item, technique step, second pass): one numbered step, whatever its sides."""


def step_key(entry: PlanEntry) -> StepKey:
    """The numbered step ``entry`` is a side of: the card prints one line per key."""
    return (entry.item_index, entry.step_index, entry.second_pass)


@dataclass(frozen=True)
class StepCount:
    """A plan's steps as a person counts them: a step done on both sides is one step.

    The start question and the routine card both count with this, so they say the same.

    Attributes:
        total: Numbered steps.
        left_out: Steps the health profile leaves out on every side: none of it runs. A step
            kept to one side is ``one_sided``, not left out, as the summary counts it; the
            card said "9 of 13 steps left out" where the summary said "5 left out" (walk 7,
            finding 4).
        remaining: Steps that run, on at least one side.
        one_sided: Steps of ``remaining`` that run on one of their sides only.
        parts: The parts that run, each side of a step one, when the player counts by parts
            (``counts_parts``: the step numbers go back); else 0. The card and the start
            sheet say "44 parts, one side then the other" where the player counts "Part 14
            of 44".
        parts_left_out: With ``parts``, the parts the health profile leaves out, each side
            one: the summary counts "4 left out for safety" in parts, so the card and the
            start sheet say them in parts too (walk 10, b103: three bases for one tour).
        both_sided: With ``parts``, the steps worked on more than one side, each side a part
            of its own: the card says how the parts come about, "24 parts (13 steps, 11 of
            them on each side)". "6 parts, one side then the other" over an own routine of
            one technique on both sides read as six things where its user counted two, one
            a side.
    """

    total: int
    left_out: int
    remaining: int
    one_sided: int
    parts: int = 0
    parts_left_out: int = 0
    both_sided: int = 0


def step_count(plan: Plan) -> StepCount:
    """Count ``plan``'s steps with their sides folded together (``step_key``)."""
    steps: dict[StepKey, list[PlanEntry]] = {}
    by_parts = counts_parts(plan)
    for entry in plan.entries:
        steps.setdefault(step_key(entry), []).append(entry)
    return StepCount(
        total=len(steps),
        left_out=sum(all(e.blocked for e in sides) for sides in steps.values()),
        remaining=sum(not all(e.blocked for e in sides) for sides in steps.values()),
        one_sided=sum(
            any(e.blocked for e in sides) and not all(e.blocked for e in sides)
            for sides in steps.values()
        ),
        parts=part_number(plan, len(plan.entries))[1] if by_parts else 0,
        parts_left_out=sum(e.blocked for e in plan.entries) if by_parts else 0,
        both_sided=sum(len(sides) > 1 for sides in steps.values()) if by_parts else 0,
    )


def step_number(plan: Plan, index: int) -> tuple[int, int]:
    """Entry ``index``'s numbered step and how many steps run, sides folded together.

    The one rule for counting the steps of a session: only steps that run count, a step
    the health profile leaves out on every side is no step of the session. The start sheet
    said "Steps that remain: 14 of 16" and the player then counted "Step 1 of 16"; the
    partner leg's "8 of 13 remain" ran to "Step 12 of 13" (walk 8, finding 4). The left-out
    steps are said where the player passes them (``left_out_between``) and in the summary.

    The player says "Step 3 of 6" on both sides of the third step; a left-out step has the
    number of the step that runs before it (0 before the first); an ``index`` past the end
    (a finished session) is the last step.
    """
    keys: dict[StepKey, int] = {}
    for entry in plan.entries:
        if not entry.blocked:
            keys.setdefault(step_key(entry), len(keys) + 1)
    if not plan.entries:
        return 0, 0
    number = 0
    for entry in plan.entries[: min(index, len(plan.entries) - 1) + 1]:
        number = keys.get(step_key(entry), number)
    return number, len(keys)


def left_out_between(plan: Plan, first: int, then: int) -> int:
    """Steps left out on every side first met between entries ``first`` and ``then``.

    They have no number of their own (``step_number``), so the player names how many it
    passes: "Step 6" then "Step 7" read as if nothing were missing in between. Each is
    counted where the plan first comes to it, so a step left out on both sides is said
    once, not again where the routine comes back for the other side.
    """
    met: dict[StepKey, int] = {}
    for entry in plan.entries:
        met.setdefault(step_key(entry), entry.index)
    running = {step_key(e) for e in plan.entries if not e.blocked}
    return sum(first < at < then and key not in running for key, at in met.items())


def step_sides(plan: Plan, index: int) -> int:
    """How many sides of entry ``index``'s numbered step may run (0 past the end).

    The player names the side when it is more than one: "Step 1 of 1" over both thighs read
    as if the second thigh were a step of its own, or none at all.
    """
    if not 0 <= index < len(plan.entries):
        return 0
    key = step_key(plan.entries[index])
    return sum(step_key(e) == key and not e.blocked for e in plan.entries)


def side_place(plan: Plan, index: int) -> int:
    """Entry ``index``'s place among its step's sides that may run: 1 for the first side.

    The player says "right side, then left" on the first side and "left side (2nd side)"
    on the second, so that "Step 1 of 1" on each reads as one step done twice (walk 6, #15).
    0 past the end.
    """
    if not 0 <= index < len(plan.entries):
        return 0
    key = step_key(plan.entries[index])
    return sum(step_key(e) == key and not e.blocked for e in plan.entries[: index + 1])


def counts_parts(plan: Plan) -> bool:
    """Whether the player counts ``plan`` by parts: its step numbers would go back.

    A routine that works through the right side, then the left (per routine or per
    technique), comes back to step 6 after step 13: "Step 13 of 13" was not the end, and
    the count went backwards (walk 9, P1-i). Such a plan is counted by its parts, each side
    of a step one part (``part_number``), with the step's number beside it. A plan that does
    each step on both sides before the next keeps "Step 3 of 6" on both: it never goes back.

    Left-out steps count in this too: a routine is counted in one unit whatever the health
    profile or a rest leaves out. A right arm resting turned Upper-arm kneading's "11 parts"
    into "6 steps, 5 on one side only", and "Steps that remain: 6 of 6" read as if nothing
    were left out (walk 17).
    """
    keys: dict[StepKey, int] = {}
    last = 0
    for entry in plan.entries:
        number = keys.setdefault(step_key(entry), len(keys) + 1)
        if number < last:
            return True
        last = number
    return False


def part_number(plan: Plan, index: int) -> tuple[int, int]:
    """Entry ``index``'s part of the session and how many parts run: each side is one part.

    The count that only goes up and ends at the end: "Part 14 of 19". A left-out entry has
    the number of the part before it (0 before the first); past the end is the last part.
    """
    runnable = [e.index for e in plan.entries if not e.blocked]
    if not plan.entries:
        return 0, 0
    at = min(index, len(plan.entries) - 1)
    return sum(i <= at for i in runnable), len(runnable)

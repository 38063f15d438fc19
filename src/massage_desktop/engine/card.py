"""What a printed routine card says: the steps in running order, their warnings and the total.

Widget-free, so the card's words come from the same plan the player runs (``build_plan`` and,
with a health profile, ``Screening.screen_plan``): the paper and the screen cannot disagree.
The plan has one entry per side; the card folds the sides of one step into one numbered line
("30 s each side, right then left"), which is how a person reads a list on paper.
"""

from __future__ import annotations

from dataclasses import dataclass

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import PressureLevel, Side
from massage_desktop.domain.routines import Routine
from massage_desktop.engine.entry import PlanEntry, StepWarning
from massage_desktop.engine.phases import Timing
from massage_desktop.engine.plan import Plan, build_plan
from massage_desktop.engine.screening import Screening
from massage_desktop.engine.step_count import StepCount, StepKey, step_count, step_key


@dataclass(frozen=True)
class CardSide:
    """One side of a card step (the only one for a step on no side).

    Attributes:
        side: The person's side, or None for a step done once.
        planned_s: Seconds of a timed step, None for a counted one.
        repetitions: Repetitions of a counted step, None for a timed one.
        blocked_reason: Why the health profile leaves this side out, or None.
    """

    side: Side | None
    planned_s: float | None
    repetitions: int | None
    blocked_reason: str | None


@dataclass(frozen=True)
class CardStep:
    """One numbered step of the card: a technique's step, on each of its sides.

    Attributes:
        number: Its number on the card, from 1.
        technique_id: The technique's id.
        technique_name: The technique's name.
        step_index: Index into the technique's steps.
        instruction: How to do it.
        region_ids: The regions worked, over the sides that run (all sides when none does).
        pressure: The guides' pressure for these regions.
        sides: The sides in running order.
        warnings: Every warning of its sides, strongest first.
        note: The routine item's note, on the item's first step only.
        number_source: Where the time or count comes from (a guide id, 'suggested', None).
        second_pass: Whether it belongs to the routine's repeat on the other side.
    """

    number: int
    technique_id: str
    technique_name: str
    step_index: int
    instruction: str
    region_ids: tuple[str, ...]
    pressure: PressureLevel
    sides: tuple[CardSide, ...]
    warnings: tuple[StepWarning, ...]
    note: str | None
    number_source: str | None
    second_pass: bool = False

    @property
    def blocked(self) -> bool:
        """Whether the health profile leaves the whole step out."""
        return all(side.blocked_reason is not None for side in self.sides)

    @property
    def blocked_reason(self) -> str | None:
        """Why a side (or the whole step) is left out: the first reason given, or None."""
        return next((s.blocked_reason for s in self.sides if s.blocked_reason), None)

    @property
    def left_out_sides(self) -> tuple[Side, ...]:
        """The sides left out while others run (empty when all or none are)."""
        if self.blocked:
            return ()
        return tuple(s.side for s in self.sides if s.blocked_reason and s.side is not None)

    @property
    def counted(self) -> bool:
        """Whether the step counts repetitions instead of running for a time."""
        return self.sides[0].repetitions is not None


@dataclass(frozen=True)
class CardWarning:
    """A warning printed once on the card, with the steps it applies to."""

    warning: StepWarning
    steps: tuple[int, ...]


@dataclass(frozen=True)
class RoutineCard:
    """Everything a routine card prints, in order.

    Attributes:
        routine: The routine.
        steps: Its steps in running order.
        warnings: Every distinct warning of the steps that run, strongest first.
        worked_regions: The region ids the steps that run work on.
        left_out_regions: Regions only steps (or sides) the health profile leaves out work on.
        strokes: (technique id, step index) of the steps that run, for the figure's arrows.
        estimated_s: Working time of the steps that run.
        total_s: The whole session as the player runs it, with get-ready and switch pauses.
        screened: Whether a health profile was applied.
        parts: The parts the player counts, each side one (``StepCount.parts``), or 0.
        parts_left_out: With ``parts``, the parts left out (``StepCount.parts_left_out``).
    """

    routine: Routine
    steps: tuple[CardStep, ...]
    warnings: tuple[CardWarning, ...]
    worked_regions: tuple[str, ...]
    left_out_regions: tuple[str, ...]
    strokes: tuple[tuple[str, int], ...]
    estimated_s: float
    total_s: float
    screened: bool
    parts: int = 0
    parts_left_out: int = 0
    both_sided: int = 0

    @property
    def left_out(self) -> int:
        """How many steps the health profile leaves out, whole or on one side."""
        return sum(1 for step in self.steps if step.blocked_reason is not None)

    @property
    def count(self) -> StepCount:
        """Its steps counted as the guide and the player count them (``engine.step_count``)."""
        whole = sum(1 for step in self.steps if step.blocked)
        one_sided = sum(1 for step in self.steps if step.left_out_sides)
        total = len(self.steps)
        return StepCount(
            total,
            whole,
            total - whole,
            one_sided,
            self.parts,
            self.parts_left_out,
            self.both_sided,
        )


def routine_card(
    catalog: Catalog,
    routine: Routine,
    screening: Screening | None = None,
    timing: Timing | None = None,
) -> RoutineCard:
    """The card of ``routine``, screened against a health profile when one is given.

    Args:
        catalog: The loaded content.
        routine: The routine to print.
        screening: The user's health profile at work; None (no profile, or one with nothing
            ticked) prints the routine unscreened.
        timing: The player's pauses, for the total; the guide's defaults when None.
    """
    plan: Plan = build_plan(catalog, routine)
    if screening is not None:
        plan = screening.screen_plan(plan)
    steps = _fold(catalog, plan.entries)
    warnings: dict[tuple[str, str], tuple[StepWarning, list[int]]] = {}
    regions: dict[str, None] = {}
    strokes: dict[tuple[str, int], None] = {}
    for step in steps:
        if step.blocked:
            continue
        for warning in step.warnings:
            # The same text at two severities is printed once, at the stronger one.
            known = warnings.setdefault((warning.title, warning.text), (warning, []))
            if known[0].severity.rank > warning.severity.rank:
                warnings[(warning.title, warning.text)] = (warning, known[1])
            warnings[(warning.title, warning.text)][1].append(step.number)
        strokes.setdefault((step.technique_id, step.step_index))
    for entry in plan.runnable:  # a side the profile leaves out is not shaded on the figure
        regions.update(dict.fromkeys(entry.region_ids))
    ordered = sorted(warnings.values(), key=lambda pair: pair[0].severity.rank)
    counted = step_count(plan)
    return RoutineCard(
        routine=routine,
        steps=steps,
        warnings=tuple(CardWarning(w, tuple(dict.fromkeys(n))) for w, n in ordered),
        worked_regions=tuple(regions),
        left_out_regions=tuple(
            dict.fromkeys(
                r for e in plan.entries if e.blocked for r in e.region_ids if r not in regions
            )
        ),
        strokes=tuple(strokes),
        estimated_s=plan.estimated_s,
        total_s=plan.total_s(timing or Timing()),
        screened=screening is not None,
        parts=counted.parts,
        parts_left_out=counted.parts_left_out,
        both_sided=counted.both_sided,
    )


def _fold(catalog: Catalog, entries: tuple[PlanEntry, ...]) -> tuple[CardStep, ...]:
    """One card step per (item, step, pass), its sides in the order the plan runs them."""
    groups: dict[StepKey, list[PlanEntry]] = {}
    for entry in entries:
        groups.setdefault(step_key(entry), []).append(entry)
    steps: list[CardStep] = []
    noted: set[tuple[int, bool]] = set()
    for number, ((item, _, second), group) in enumerate(groups.items(), start=1):
        first = group[0]
        note = first.note if (item, second) not in noted else None
        noted.add((item, second))
        warnings = {(w.severity, w.title, w.text): w for e in group for w in e.warnings}
        # A side left out is not "where": the step is printed as done on the other side.
        running = [e for e in group if not e.blocked] or group
        regions = tuple(dict.fromkeys(r for e in running for r in e.region_ids))
        steps.append(
            CardStep(
                number=number,
                technique_id=first.technique_id,
                technique_name=first.technique_name,
                step_index=first.step_index,
                instruction=first.instruction,
                region_ids=regions,
                pressure=pressure_for(catalog, first.technique_id, regions),
                sides=tuple(
                    CardSide(e.side, e.planned_s, e.repetitions, e.blocked_reason) for e in group
                ),
                warnings=tuple(sorted(warnings.values(), key=lambda w: w.severity.rank)),
                note=note,
                number_source=first.number_source,
                second_pass=second,
            )
        )
    return tuple(steps)


def pressure_for(catalog: Catalog, technique_id: str, region_ids: tuple[str, ...]) -> PressureLevel:
    """The pressure for a technique on some regions: the guides' per-area advice over the rest."""
    technique = catalog.techniques[technique_id]
    areas = {catalog.regions[r].area for r in region_ids if r in catalog.regions}
    for band in technique.pressure.by_area:
        if areas & set(band.areas):
            return band.level
    return technique.pressure.level

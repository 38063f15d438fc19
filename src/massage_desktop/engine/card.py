"""What a printed routine card says: the steps in running order, their warnings and the total.

Widget-free, so the card's words come from the same plan the player runs (``build_plan`` and,
with a health profile, ``Screening.screen_plan``; printed from the app, today's rests after
"Stop – it hurts" left out with ``leave_out_resting``): the paper and the screen cannot
disagree. A one-side routine (Knee care) is printed for the side the player would run it on
(``one_side_choice``): printed for both knees at once, an injured left knee struck the right
knee's steps too (walk 15, MAJOR 2). The plan has one entry per side; the card folds the sides
of one step into one numbered line ("30 s each side, right then left"), which is how a person
reads a list on paper.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import PressureLevel, Side
from massage_desktop.domain.routines import Routine
from massage_desktop.engine.entry import PlanEntry, StepWarning
from massage_desktop.engine.one_side import one_side_choice, side_hits
from massage_desktop.engine.pain_rest import leave_out_resting
from massage_desktop.engine.phases import Timing
from massage_desktop.engine.plan import Plan, build_plan
from massage_desktop.engine.rated import picked_if_worked
from massage_desktop.engine.screening import Screening
from massage_desktop.engine.sides import other_side, side_of
from massage_desktop.engine.step_count import StepCount, StepKey, step_count, step_key


@dataclass(frozen=True)
class CardRests:
    """Today's rests after "Stop – it hurts", for a card printed from the app on that day.

    Attributes:
        day: The day they rest (the card says it: the paper outlives the day).
        regions: The areas resting today of the person the routine massages.
        reason: Why a step over one is left out, in the user's language.
        check: Today's quick check said not to massage today: the card says it is a rest
            day, as the guide's notice does.
    """

    day: date
    regions: Collection[str]
    reason: str
    check: bool = False


@dataclass(frozen=True)
class CardSide:
    """One side of a card step (the only one for a step on no side).

    Attributes:
        side: The person's side, or None for a step done once.
        planned_s: Seconds of a timed step, None for a counted one.
        repetitions: Repetitions of a counted step, None for a timed one.
        blocked_reason: Why the health profile (or today's rest) leaves this side out, or None.
        rests: It is left out because an area it works rests today, not by the profile.
    """

    side: Side | None
    planned_s: float | None
    repetitions: int | None
    blocked_reason: str | None
    rests: bool = False


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
        """Why a side (or the whole step) is left out: the profile's first, or None."""
        out = sorted((s for s in self.sides if s.blocked_reason), key=lambda s: s.rests)
        return out[0].blocked_reason if out else None

    @property
    def rests(self) -> bool:
        """Whether all that is left out of it rests today (the health profile leaves none)."""
        out = [s for s in self.sides if s.blocked_reason]
        return bool(out) and all(s.rests for s in out)

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
        left_out_regions: Regions the card hatches: those the routine works (on either side)
            that the health profile rules out or that rest today, as the app's map hatches
            them; never a region a step that runs works.
        strokes: (technique id, step index) of the steps that run, for the figure's arrows.
        estimated_s: Working time of the steps that run.
        total_s: The whole session as the player runs it, with get-ready and switch pauses.
        screened: Whether a health profile was applied.
        parts: The parts the player counts, each side one (``StepCount.parts``), or 0.
        parts_left_out: With ``parts``, the parts left out (``StepCount.parts_left_out``).
        both_sided: The steps done on each side (``StepCount.both_sided``).
        answered: The health profile was answered with nothing ticked ("None of these").
        resting: The areas resting today that the card's steps work (left out).
        rest_day: The day they rest, when printed with today's rests.
        check_rest_day: The day printed on, when today's quick check said not to massage
            that day; else None.
        hatched_rests: Those of ``left_out_regions`` hatched only because they rest today.
        side: A one-side routine's side, the one the player would run it on; else None.
        other_side_out: The areas of a one-side routine's other side that are ruled out or
            rest today, which is why the card is for ``side``.
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
    answered: bool = False
    resting: tuple[str, ...] = ()
    rest_day: date | None = None
    check_rest_day: date | None = None
    hatched_rests: tuple[str, ...] = ()
    side: Side | None = None
    other_side_out: tuple[str, ...] = ()

    @property
    def profile_left_out(self) -> bool:
        """Whether the health profile leaves out a step, or a side of one."""
        return any(s.blocked_reason and not s.rests for step in self.steps for s in step.sides)

    @property
    def left_out(self) -> int:
        """How many steps the health profile or today's rests leave out, whole or on one side."""
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
    *,
    chosen: str | None = None,
    rests: CardRests | None = None,
    answered: bool = False,
) -> RoutineCard:
    """The card of ``routine`` as the player would run it, screened when a profile is given.

    Args:
        catalog: The loaded content.
        routine: The routine to print.
        screening: The user's health profile at work; None (no profile, or one with nothing
            ticked) prints the routine unscreened.
        timing: The player's pauses, for the total; the guide's defaults when None.
        chosen: The region shown in the guide: a one-side routine starts on its side, as
            the player starts it, unless that side is ruled out and the other is not.
        rests: Today's rests, printed from the app: their steps are left out and marked.
        answered: The profile was answered with nothing ticked (the card says so).
    """
    whole: Plan = build_plan(catalog, routine)
    # What the map hatches: the regions the profile rules out, and today's rests.
    ruled = screening.blocked_map() if screening is not None else {}
    resting = set(rests.regions) if rests is not None else set()
    hatched = {r for r, (state, _why) in ruled.items() if state == "blocked"} | resting
    plan, side = whole, None
    other_out: tuple[str, ...] = ()
    if routine.repeat is not None:
        picked = picked_if_worked(catalog, whole, chosen)
        choice = one_side_choice(catalog, whole, picked, hatched)
        side = (side_of(choice.region) if choice.region is not None else None) or Side.RIGHT
        plan = build_plan(catalog, routine, side=side)
        other_out = side_hits(whole, other_side(side), hatched)
    if screening is not None:
        plan = screening.screen_plan(plan)
    profiled = {e.index for e in plan.entries if e.blocked}
    if rests is not None:
        plan = leave_out_resting(catalog, plan, resting, rests.reason)
    rested = {e.index for e in plan.entries if e.blocked and e.index not in profiled}
    steps = _fold(catalog, plan.entries, rested)
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
    # Hatched as the map hatches: a region ruled out or resting, not every region a left-out
    # stroke passes over (walk 15, E6: the left buttock and thigh were hatched under an
    # injured left knee). A one-side routine's other side shows why it is on this one.
    touched = dict.fromkeys(r for p in (whole, plan) for e in p.entries for r in e.region_ids)
    hatch = tuple(r for r in touched if r in hatched and r not in regions)
    ordered = sorted(warnings.values(), key=lambda pair: pair[0].severity.rank)
    counted = step_count(plan)
    return RoutineCard(
        routine=routine,
        steps=steps,
        warnings=tuple(CardWarning(w, tuple(dict.fromkeys(n))) for w, n in ordered),
        worked_regions=tuple(regions),
        left_out_regions=hatch,
        strokes=tuple(strokes),
        estimated_s=plan.estimated_s,
        total_s=plan.total_s(timing or Timing()),
        screened=screening is not None,
        parts=counted.parts,
        parts_left_out=counted.parts_left_out,
        both_sided=counted.both_sided,
        answered=answered,
        resting=tuple(
            r for r in dict.fromkeys(r for e in plan.entries for r in e.region_ids) if r in resting
        ),
        rest_day=rests.day if rests is not None else None,
        check_rest_day=rests.day if rests is not None and rests.check else None,
        hatched_rests=tuple(
            r for r in hatch if r in resting and ruled.get(r, ("",))[0] != "blocked"
        ),
        side=side,
        other_side_out=other_out,
    )


def _fold(
    catalog: Catalog, entries: tuple[PlanEntry, ...], rested: Collection[int] = ()
) -> tuple[CardStep, ...]:
    """One card step per (item, step, pass), its sides in the order the plan runs them.

    ``rested``: the indexes of the entries left out for today's rests (not by the profile).
    """
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
                    CardSide(
                        e.side, e.planned_s, e.repetitions, e.blocked_reason, e.index in rested
                    )
                    for e in group
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

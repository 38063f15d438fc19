"""The flat plan a session runs: one entry per step, two for a step done on each side.

Building the plan is a pure function of the catalog, the chosen technique or routine and the
blocked ids, so the player can show the whole session (and its length) before it starts.

Which side each entry is on, and the order of the sides, is ``engine.sides``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Literal

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Step, Technique
from massage_desktop.domain.enums import Performer, Phase, Side
from massage_desktop.domain.routines import Routine, RoutineItem, SideOrder
from massage_desktop.engine.entry import PlanEntry, StepWarning
from massage_desktop.engine.phases import Timing
from massage_desktop.engine.sides import (
    SIDE_ORDER,
    in_side_order,
    is_switch,
    narrowed,
    on_side,
    side_of,
    step_sides,
)

SHORTEST_S = 10.0
"""The least a timed step may be shortened to when its guide gives no range."""


@dataclass(frozen=True)
class Plan:
    """Every entry of a session in order, with what the session is about."""

    kind: Literal["technique", "routine"]
    subject_id: str
    title: str
    performer: Performer
    entries: tuple[PlanEntry, ...]

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def runnable(self) -> tuple[PlanEntry, ...]:
        """Entries that will run, i.e. those not blocked."""
        return tuple(e for e in self.entries if not e.blocked)

    @property
    def estimated_s(self) -> float:
        """Expected working time of the runnable entries, without get-ready pauses."""
        return sum(e.estimated_s for e in self.runnable)

    def total_s(self, timing: Timing) -> float:
        """Expected length of the whole session: the work plus every get-ready and switch."""
        total, previous = 0.0, None
        for entry in self.entries:
            if entry.blocked:
                previous = None  # as in the session: after a skipped entry comes a get-ready
                continue
            total += timing.lead_in_for(entry, previous) + entry.estimated_s
            previous = entry
        return total


def build_plan(
    catalog: Catalog,
    subject: Technique | Routine,
    blocked: Mapping[str, str] | None = None,
    *,
    repeat: bool = False,
    focus: str | None = None,
    side: Side | None = None,
) -> Plan:
    """Flatten a technique or a routine into plan entries.

    Args:
        catalog: The loaded content.
        subject: A technique, or a routine whose items name techniques in ``catalog``.
        blocked: Technique ids or region refs (a sided part blocks both sides) mapped to the
            reason they may not be massaged. An entry is blocked when its technique or any of
            its regions is; blocked entries stay in the plan so they can be shown as skipped.
        repeat: Run the routine a second time on the other side (a routine with ``repeat``,
            e.g. the other knee); the second pass starts with a switch.
        focus: For a technique, the region the person started it from: a step the guides
            allow almost anywhere (kneading lists 38 regions) is worked on that part only,
            and steps done on each side start on the chosen side (the left knee's leg
            strokes begin on the left leg).
        side: For a one-side routine (one with ``repeat``), the side it runs on: the steps
            of a technique done one side at a time work that side only (the second pass of
            ``repeat`` the other), so only that side is screened.

    Returns:
        The plan, with entries numbered from 0.
    """
    raw: list[PlanEntry] = []
    if isinstance(subject, Technique):
        pieces = _technique_entries(catalog, subject, 0, None, None)
        region = catalog.regions.get(focus) if focus is not None else None
        if region is not None:
            pieces = [narrowed(catalog, e, region.id) for e in pieces]
        raw.extend(in_side_order(pieces, side_of(region.id) if region is not None else None))
        kind: Literal["technique", "routine"] = "technique"
        title = subject.title
    else:
        runs: list[list[PlanEntry]] = []
        for item_index, item in enumerate(subject.items):
            technique = catalog.techniques[item.technique]
            limit = set(catalog.expand(item.regions)) if item.regions else None
            steps = tuple(n - 1 for n in item.steps) or None
            runs.append(_technique_entries(catalog, technique, item_index, limit, item, steps))
        if subject.sides is SideOrder.ROUTINE:
            raw.extend(in_side_order([e for run in runs for e in run]))
        elif subject.sides is SideOrder.TECHNIQUE:
            raw.extend(e for run in runs for e in in_side_order(run))
        else:
            raw.extend(e for run in runs for e in run)
        if side is not None and subject.repeat is not None:
            raw = [on_side(catalog, e, side) for e in raw]
        if repeat and subject.repeat is not None:
            other = None if side is None else next(s for s in SIDE_ORDER if s is not side)
            again = [e if other is None else on_side(catalog, e, other, mirror=True) for e in raw]
            raw.extend(replace(e, second_pass=True) for e in again)
        kind, title = "routine", subject.name
    reasons = _blocked_lookup(catalog, blocked or {})
    entries = tuple(
        replace(
            entry,
            index=index,
            blocked_reason=_reason_for(entry, reasons),
            switches=is_switch(raw[:index], entry),
            # Worked out for the regions the entry ends with, after a focus or a side narrowed
            # them: kneading started from a palm kept all 38 regions' warnings, the spine's,
            # oily feet's and a blood clot's among them (walk 18).
            warnings=_warnings(
                catalog, catalog.techniques[entry.technique_id], list(entry.region_ids)
            ),
            areas=tuple(
                dict.fromkeys(
                    catalog.regions[r].area for r in entry.region_ids if r in catalog.regions
                )
            ),
        )
        for index, entry in enumerate(raw)
    )
    return Plan(kind, subject.id, title, subject.performer, entries)


def _technique_entries(
    catalog: Catalog,
    technique: Technique,
    item_index: int,
    limit: set[str] | None,
    item: RoutineItem | None,
    only: tuple[int, ...] | None = None,
) -> list[PlanEntry]:
    """The entries of one technique, each step on each of its sides in turn.

    A routine ``item`` may give its own time (shared out over the timed entries, both sides
    counted) and its own count (shared out over the counted steps, the same on each side).
    """
    chosen = only if only is not None else tuple(range(len(technique.steps)))
    pieces = [
        (step_index, technique.steps[step_index], side, regions)
        for step_index in chosen
        for side, regions in step_sides(
            catalog,
            technique,
            technique.steps[step_index],
            limit,
            item is not None and item.each_side,
        )
    ]
    if not pieces and limit is not None:
        # The routine's regions miss every step: run the technique whole rather than drop it.
        return _technique_entries(catalog, technique, item_index, None, item, only)
    duration_s = item.duration_s if item is not None else None
    timed = [step.duration_s for _, step, _, _ in pieces if step.duration_s is not None]
    shares = iter(_distribute(duration_s, timed) if duration_s is not None else timed)
    counts = _counts(technique, [i for i, _, _, _ in pieces], item)
    source = item.number_source if item is not None else None
    return [
        PlanEntry(
            index=0,
            item_index=item_index,
            technique_id=technique.id,
            technique_name=technique.name,
            step_index=step_index,
            # A note about other areas ("for small parts like the jaw…") is left out.
            instruction=step.instruction_for(
                {catalog.regions[r].area for r in regions if r in catalog.regions}
            ),
            region_ids=tuple(regions),
            side=side,
            planned_s=planned,
            shortest_s=_shortest(step, planned),
            repetitions=counts.get(step_index),
            # A routine's own number for the item replaces the step's, and so does its source.
            number_source=source
            if source is not None and _overridden(step, item)
            else step.number_source,
            stroke=step.stroke,
            tempo_bpm=step.tempo_bpm,
            note=item.note if item is not None else None,
            reading_words=_reading_words(catalog, technique, step_index),
            prepares=technique.phase is Phase.PREPARE,
        )
        for step_index, step, side, regions in pieces
        for planned in [float(next(shares)) if step.duration_s is not None else None]
    ]


def _reading_words(catalog: Catalog, technique: Technique, step_index: int) -> int | None:
    """The words of the step's original instruction: in a translation, or beside area notes."""
    words = catalog.reading_words.get(technique.id)
    if words is None or step_index >= len(words):
        step = technique.steps[step_index]
        # A note about some areas ("for small parts like the jaw…") is not counted in any
        # language, so a session lasts as long in each; a step without one counts its words.
        return len(step.instruction.split()) if step.area_notes else None
    return words[step_index]


def _shortest(step: Step, planned_s: float | None) -> float | None:
    """The guide's lower bound for ``step`` (or ``SHORTEST_S``), never above its planned time.

    A routine's own (shorter) share of a step is its floor: "−15 s" then takes nothing off.
    """
    if planned_s is None:
        return None
    low = step.duration_range_s[0] if step.duration_range_s is not None else SHORTEST_S
    return min(float(low), planned_s)


def _counts(
    technique: Technique, step_indices: list[int], item: RoutineItem | None
) -> dict[int, int]:
    """Repetitions of each counted step among ``step_indices``: the guide's, or the item's.

    The item's count is shared out over its counted steps in proportion to the guide's counts
    (one counted step, the usual case, simply takes it); each side runs the full count.
    """
    counted = [i for i in dict.fromkeys(step_indices) if technique.steps[i].repetitions is not None]
    guide = [technique.steps[i].repetitions or 0 for i in counted]
    wanted = item.repetitions if item is not None else None
    return dict(
        zip(counted, _distribute(wanted, guide) if wanted is not None else guide, strict=True)
    )


def _overridden(step: Step, item: RoutineItem | None) -> bool:
    """Whether the routine item sets the number (time or count) ``step`` runs with."""
    if item is None:
        return False
    if step.duration_s is not None:
        return item.duration_s is not None
    return item.repetitions is not None


def _distribute(total: int, weights: list[int]) -> list[int]:
    """Split ``total`` whole seconds in proportion to ``weights``, each share at least 1.

    Largest remainders get the spare seconds, so the shares add up to ``total`` exactly
    (unless there are more shares than seconds).
    """
    if not weights:
        return []
    whole = sum(weights)
    exact = [total * w / whole for w in weights]
    shares = [int(x) for x in exact]
    spare = total - sum(shares)
    by_remainder = sorted(range(len(exact)), key=lambda i: exact[i] - shares[i], reverse=True)
    for i in by_remainder[:spare]:
        shares[i] += 1
    return [max(1, s) for s in shares]


def _warnings(
    catalog: Catalog, technique: Technique, regions: list[str]
) -> tuple[StepWarning, ...]:
    found = [StepWarning(w.severity, w.severity.label, w.text) for w in technique.warnings]
    seen: set[str] = set()
    known: list[str | None] = [r for r in regions if r in catalog.regions]
    here = {r for r in known if r is not None}
    screened = {i for condition in catalog.conditions.values() for i in condition.contraindications}
    # The contraindications the step's own regions list (DVT on every leg region).
    own = {i for r in here for i in catalog.regions[r].contraindications}
    for region_id in known or [None]:
        for c in catalog.warnings_for(technique, region_id):
            # A technique used in many places lists the warnings of each place (stroking:
            # "not after a heavy meal" for the stomach); a step shows only those of its own
            # regions, not the stomach's on a shoulder stroke.
            elsewhere = c.regions and here and not here & set(catalog.expand(c.regions))
            if c.id not in seen and not elsewhere:
                seen.add(c.id)
                line = c.step_line if c.id in own else None
                found.append(
                    StepWarning(
                        c.severity,
                        c.title,
                        c.text,
                        c.advice,
                        c.id,
                        screened=c.id in screened,
                        step_line=line,
                    )
                )
    return tuple(sorted(found, key=lambda w: w.severity.rank))


def _blocked_lookup(catalog: Catalog, blocked: Mapping[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, reason in blocked.items():
        out.setdefault(key, reason)
        if catalog.is_region_ref(key):
            for region_id in catalog.expand([key]):
                out.setdefault(region_id, reason)
    return out


def _reason_for(entry: PlanEntry, reasons: Mapping[str, str]) -> str | None:
    for key in (entry.technique_id, *entry.region_ids):
        if key in reasons:
            return reasons[key]
    return None

"""Which side of the body each plan entry is on, and in which order the sides come.

Side order: each side of the body starts on the person's RIGHT, then the LEFT (the person's
own sides, as in ``Side``). How far one side goes before the other is the routine's
``sides``: every sided step of the routine, each technique, or each step (a technique on its
own finishes on one side first). Steps that work on no side split the runs: the sides are
ordered within each run of consecutive sided entries, so such a step stays where it was.
An entry whose side differs from the entry before it is a switch (``PlanEntry.switches``).
"""

from __future__ import annotations

from dataclasses import replace

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Step, Technique
from massage_desktop.domain.enums import Side
from massage_desktop.engine.entry import PlanEntry

SIDE_ORDER = (Side.RIGHT, Side.LEFT)
"""The person's right side first, then the left."""


_SUFFIXES = tuple((f"-{side.value}", side) for side in (Side.RIGHT, Side.LEFT))


def other_side(side: Side) -> Side:
    """The person's other side."""
    return Side.LEFT if side is Side.RIGHT else Side.RIGHT


def side_of(region_id: str) -> Side | None:
    """The side a region id names by its suffix, or None for a centre region."""
    for suffix, side in _SUFFIXES:
        if region_id.endswith(suffix):
            return side
    return None


def is_switch(before: list[PlanEntry], entry: PlanEntry) -> bool:
    """Whether the hands move to the other side for ``entry``, after the ``before`` entries.

    That is when a repeat pass begins, or when the entry's side differs from the side of the
    last sided entry before it (steps on no side in between do not move the hands back).
    """
    if not before:
        return False
    if entry.second_pass and not before[-1].second_pass:
        return True
    last = next((e.side for e in reversed(before) if e.side is not None), None)
    return entry.side is not None and last is not None and entry.side is not last


def narrowed(catalog: Catalog, entry: PlanEntry, focus: str) -> PlanEntry:
    """``entry`` limited to the chosen part when it is a technique usable over several areas.

    A stroke along a limb (foot to thigh, with a path) keeps its path; a step listing many
    areas without one is a technique usable anywhere, done where the person chose: that part,
    on the chosen side (kneading the left calf does not knead the right one), or for a step
    done on each side, that part on the entry's side. Stroking started from the right
    shoulder once lit the right wrist and ankle as "also in this step".
    A step of one area on both sides is done on the chosen side when its technique works
    one side at a time (``Technique.one_side_at_a_time``).
    """
    if entry.side is not None and entry.stroke is not None and entry.stroke.path:
        return entry
    regions = [catalog.regions[r] for r in entry.region_ids if r in catalog.regions]
    part = catalog.regions[focus].part
    side = entry.side if entry.side is not None else side_of(focus)
    if len({r.area for r in regions}) < 2:
        if not catalog.techniques[entry.technique_id].one_side_at_a_time or side is None:
            return entry
        # Both kneecaps listed, one worked: the chosen one (an injured left knee does not
        # hold the right one's kneecap work). A step on both at once keeps both.
        mine = tuple(r.id for r in regions if side_of(r.id) in (side, None))
        return replace(entry, region_ids=mine) if mine else entry
    here = tuple(r.id for r in regions if r.part == part and side_of(r.id) in (side, None))
    return replace(entry, region_ids=here) if here else entry


def on_side(catalog: Catalog, entry: PlanEntry, side: Side, *, mirror: bool = False) -> PlanEntry:
    """``entry`` of a one-side routine on ``side``, when its technique works one side at a time.

    Knee care lists both knees in its unsided steps; run on the right knee, its kneecap work
    is on the right one, and an injured left knee leaves it whole. ``mirror``: ``entry`` was
    put on the other side before (the second pass of ``repeat``).
    """
    technique = catalog.techniques[entry.technique_id]
    if entry.side is not None or not technique.one_side_at_a_time:
        return entry
    regions = entry.region_ids
    if mirror:
        regions = tuple(mirror_region(catalog, r) for r in regions)
    mine = tuple(r for r in regions if side_of(r) in (side, None))
    return replace(entry, region_ids=mine) if mine else entry


def mirror_region(catalog: Catalog, region_id: str) -> str:
    """The region on the other side (``front-knee-left`` for ``front-knee-right``)."""
    for here, there in (("-right", "-left"), ("-left", "-right")):
        if region_id.endswith(here):
            other = region_id.removesuffix(here) + there
            return other if other in catalog.regions else region_id
    return region_id


def in_side_order(entries: list[PlanEntry], first: Side | None = None) -> list[PlanEntry]:
    """Each run of consecutive sided entries: all its right-side entries, then the left.

    ``first`` starts each run on that side instead (the side of the region chosen).
    """
    order: tuple[Side, ...] = SIDE_ORDER
    if first in SIDE_ORDER:
        order = (first, *(side for side in SIDE_ORDER if side != first))
    out: list[PlanEntry] = []
    run: list[PlanEntry] = []
    for entry in [*entries, None]:
        if entry is not None and entry.side is not None:
            run.append(entry)
            continue
        # sorted() is stable: within one side the entries keep their order.
        out.extend(sorted(run, key=lambda e: order.index(e.side)))
        run = []
        if entry is not None:
            out.append(entry)
    return out


def step_sides(
    catalog: Catalog,
    technique: Technique,
    step: Step,
    limit: set[str] | None,
    item_each_side: bool = False,
) -> list[tuple[Side | None, list[str]]]:
    """The sides ``step`` of ``technique`` runs on, each with its regions, in side order.

    Args:
        catalog: The loaded content.
        technique: The technique the step belongs to (its regions stand in for the step's).
        step: The step.
        limit: The region ids a routine's item keeps, or None for all.
        item_each_side: Whether the routine's item asks for the step on each side.

    Returns:
        One (side, regions) pair for a step run once (side None), else one per side; empty
        when the step works only on parts ``limit`` leaves out.
    """
    regions = all_regions = catalog.expand(step.regions or technique.regions)
    was_sided = any(side_of(r) is not None for r in regions)
    if limit is not None:
        regions = [r for r in regions if r in limit]
        if not regions:
            return []  # this step works on parts the routine leaves out
    centre = [r for r in regions if side_of(r) is None]
    any_sided = len(centre) < len(regions)
    # A routine's item on both sides of a part (the editor's "Both sides") is done on one
    # side, then the other, in the routine's side order: run as one step, the player titled
    # it "Kneading, both sides" beside the right thigh alone (walk 6, finding 8).
    # Not a step on both at once (the palms together, both temples): as ``narrowed`` tells
    # them, a technique of one area that does not work one side at a time.
    one_at_a_time = technique.one_side_at_a_time or len(_areas(catalog, all_regions)) > 1
    each_side = step.each_side or (
        item_each_side and one_at_a_time and not centre and _both_sides(regions)
    )
    if not each_side or (was_sided and not any_sided):
        # A step that is sided only through parts the routine leaves out (stroking limited
        # to the stomach) runs once.
        return [(None, regions)]
    out: list[tuple[Side | None, list[str]]] = []
    for side in SIDE_ORDER:
        own = [r for r in regions if side_of(r) is side]
        # A centre-only step (e.g. each side of the spine) still runs twice; a limit to one
        # side of a sided part keeps only that side.
        if own or not any_sided:
            out.append((side, own + centre))
    return out


def _areas(catalog: Catalog, regions: list[str]) -> set[str]:
    return {catalog.regions[r].area for r in regions if r in catalog.regions}


def _both_sides(regions: list[str]) -> bool:
    """Whether ``regions`` hold the right and the left of the same places, and only those."""
    right = {r.removesuffix("-right") for r in regions if side_of(r) is Side.RIGHT}
    left = {r.removesuffix("-left") for r in regions if side_of(r) is Side.LEFT}
    return bool(right) and right == left

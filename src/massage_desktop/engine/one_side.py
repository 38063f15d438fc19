"""Which side a one-side routine (Knee care) runs on, away from a ruled-out area.

A routine for one knee lists both knees' regions; the side it is done on is the side of the
region the person chose (the right when none). When that side has an area the health profile
rules out, or that rests today after a pain stop, the rest of the routine would still run
around it: thigh strokes just above a freshly injured knee. The routine then runs on the other
side, when that side is clear.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Side
from massage_desktop.engine.plan import Plan
from massage_desktop.engine.sides import other_side, side_of

SIDES = (Side.LEFT, Side.RIGHT)
"""The sides in the order the question lists them: left, then right, as the person reads."""


@dataclass(frozen=True)
class SideChoice:
    """The side a one-side routine runs on.

    Attributes:
        region: A region on that side, to name the side by (the chosen region or its mirror).
        switched: The chosen side had an area ruled out, so the routine moved to the other.
        ruled_out: The ruled-out regions the routine works on the chosen side (empty when
            not switched and that side is clear).
    """

    region: str | None
    switched: bool
    ruled_out: tuple[str, ...]


def _worked_on(plan: Plan, side: Side) -> list[str]:
    seen = dict.fromkeys(r for e in plan.entries for r in e.region_ids if side_of(r) is side)
    return list(seen)


def own_part(plan: Plan, side: Side) -> tuple[str, ...]:
    """The regions on ``side`` the most steps work: what the routine is for (a knee's two).

    Knee care's steps go over the thigh and calf too, but most of them over the knee and
    kneecap; with those ruled out or resting that side is out, not run around them (walk 7:
    an injured left knee was offered, with its thigh strokes, and its kneecap rated).
    """
    counts: dict[str, int] = {}
    for entry in plan.entries:
        for region_id in dict.fromkeys(entry.region_ids):
            if side_of(region_id) is side:
                counts[region_id] = counts.get(region_id, 0) + 1
    most = max(counts.values(), default=0)
    return tuple(r for r, n in counts.items() if n == most)


def side_out(plan: Plan, side: Side, ruled_out: Collection[str]) -> tuple[str, ...]:
    """The regions of ``side``'s own part (``own_part``) that are ruled out; empty when clear."""
    return tuple(r for r in own_part(plan, side) if r in ruled_out)


def side_hits(plan: Plan, side: Side, ruled_out: Collection[str]) -> tuple[str, ...]:
    """The regions ``side`` works that are ruled out, as the Start sheet names them."""
    return tuple(r for r in _worked_on(plan, side) if r in ruled_out)


def no_side(plan: Plan, ruled_out: Collection[str]) -> tuple[str, ...]:
    """The areas that keep every side out (an injured knee and the other resting).

    Empty when a side may still run; else, left side first, each side's ruled-out areas as
    the Start sheet lists them (``side_hits``): naming only the own parts, the guide left out
    "Left back of the knee", which the sheet and the check named (walk 9, P1-b).
    """
    if not all(side_out(plan, s, ruled_out) for s in SIDES):
        return ()
    return tuple(r for s in SIDES for r in side_hits(plan, s, ruled_out))


def region_on_side(catalog: Catalog, plan: Plan, chosen: str | None, side: Side) -> str | None:
    """``chosen``'s mirror on ``side``, else the first region the plan works on that side."""
    if chosen is not None:
        base = chosen.removesuffix("-right").removesuffix("-left")
        if f"{base}-{side.value}" in catalog.regions:
            return f"{base}-{side.value}"
    worked = _worked_on(plan, side)
    return worked[0] if worked else None


def one_side_choice(
    catalog: Catalog, plan: Plan, chosen: str | None, ruled_out: Collection[str]
) -> SideChoice:
    """The side of ``chosen`` (the right when it has none), or the other when only it is hit.

    Also the other side when the chosen part itself is ruled out there and its mirror is not
    (an injured left knee, a right hip resting today): the routine then runs on the knee that
    may be massaged, leaving out the few steps over the other area, instead of on the injured
    knee without six of its steps.
    """
    side = side_of(chosen) if chosen is not None else None
    here = side or Side.RIGHT
    other = other_side(here)
    hit = tuple(r for r in _worked_on(plan, here) if r in ruled_out)
    clear_there = not any(r in ruled_out for r in _worked_on(plan, other))
    region = chosen if side is not None else region_on_side(catalog, plan, chosen, here)
    mirror = region_on_side(catalog, plan, chosen, other)
    # The knee itself out here and not there moves it; so does the region chosen, while
    # its mirror and the other knee are clear.
    other_out = bool(side_out(plan, other, ruled_out))
    chosen_moves = region in ruled_out and mirror is not None and mirror not in ruled_out
    part_moves = not other_out and (bool(side_out(plan, here, ruled_out)) or chosen_moves)
    if hit and (clear_there or part_moves):
        return SideChoice(mirror, True, hit)
    return SideChoice(region, False, hit)


@dataclass(frozen=True)
class SideOption:
    """One answer to "Which side?" before a one-side routine starts.

    Attributes:
        side: The side the routine runs on first; for ``both`` the side it starts on.
        both: Run it on ``side``, then again on the other side.
        region: A region on ``side`` naming it (the chosen region or its mirror).
        ruled_out: The ruled-out regions the answer would work (on either side for ``both``).
        allowed: Whether it may be chosen: a side with a ruled-out area is not, while the
            other side is clear; both sides are not when either has one.
    """

    side: Side
    both: bool
    region: str | None
    ruled_out: tuple[str, ...]
    allowed: bool


def side_options(
    catalog: Catalog, plan: Plan, chosen: str | None, ruled_out: Collection[str]
) -> tuple[SideOption, ...]:
    """Left, right, and both one after the other, each allowed or not (``SideOption``).

    When both sides have a ruled-out area neither is clear, so either may be chosen (its
    steps that touch the area are left out) but not both. A side whose own part is ruled
    out or resting (the knee itself, or the region chosen) is never allowed, so with both
    knees out nothing is (``no_side``). The caller's default is ``one_side_choice``'s side,
    which is allowed whenever one is.
    """
    hits = {s: side_hits(plan, s, ruled_out) for s in SIDES}
    both_hit = all(hits.values())
    parts = {s: region_on_side(catalog, plan, chosen, s) for s in SIDES}
    # The routine's own part ruled out: that side is never offered (walk 7: the injured left
    # knee was offered and rated while the right one rested today). The region chosen rules
    # its side out only while its mirror is clear, as ``no_side`` does not look at it.
    chosen_out = {s: parts[s] in ruled_out for s in SIDES}
    part_out = {
        s: bool(side_out(plan, s, ruled_out)) or (chosen_out[s] and not all(chosen_out.values()))
        for s in SIDES
    }
    options = [
        SideOption(s, False, parts[s], hits[s], not part_out[s] and (not hits[s] or both_hit))
        for s in SIDES
    ]
    default = one_side_choice(catalog, plan, chosen, ruled_out)
    first = side_of(default.region) if default.region is not None else None
    start = first or Side.RIGHT
    either = tuple(r for s in SIDES for r in hits[s])
    region = region_on_side(catalog, plan, chosen, start)
    options.append(SideOption(start, True, region, either, not either))
    return tuple(options)

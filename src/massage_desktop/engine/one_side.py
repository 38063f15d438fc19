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
from massage_desktop.engine.plan import Plan, side_of


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


def _on_side(catalog: Catalog, plan: Plan, chosen: str | None, side: Side) -> str | None:
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
    """The side of ``chosen`` (the right when it has none), or the other when only it is hit."""
    side = side_of(chosen) if chosen is not None else None
    here = side or Side.RIGHT
    other = Side.LEFT if here is Side.RIGHT else Side.RIGHT
    hit = tuple(r for r in _worked_on(plan, here) if r in ruled_out)
    clear_there = not any(r in ruled_out for r in _worked_on(plan, other))
    if hit and clear_there:
        return SideChoice(_on_side(catalog, plan, chosen, other), True, hit)
    region = chosen if side is not None else _on_side(catalog, plan, chosen, here)
    return SideChoice(region, False, hit)

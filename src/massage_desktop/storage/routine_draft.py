"""A routine being built in the editor: its techniques, sides and times, before it is saved.

Qt-free so that the editor's rules (times within what the content allows, sides, order, the
total) are tested without widgets; the editor window only shows a draft and edits it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import SUGGESTED
from massage_desktop.domain.enums import Performer, Side
from massage_desktop.domain.routines import Repeat, Routine, RoutineItem, SideOrder
from massage_desktop.engine.phases import Timing
from massage_desktop.engine.plan import Plan, build_plan
from massage_desktop.storage.routine_check import (
    Bounds,
    item_bounds,
    item_count_bounds,
    sources_of,
)


class ItemSide(StrEnum):
    """Which side of the body an item works on."""

    BOTH = "both"
    RIGHT = "right"
    LEFT = "left"


@dataclass(frozen=True)
class DraftItem:
    """One technique of the draft.

    Attributes:
        technique: The technique's id.
        parts: The regions it is limited to, without their side (empty: all of the
            technique's regions).
        side: Both sides, or one; only matters when a part has sides.
        duration_s: The item's own time, or None for the guide's.
        number_source: Where ``duration_s`` and ``repetitions`` come from: kept from a
            built-in routine until one is changed, then ``"suggested"`` (the guides do not
            give that number).
        steps: The technique's steps it runs (numbered from 1), empty for all.
        note: A note carried over from a built-in routine.
        repetitions: The item's own count for its counted steps (on each side), or None for
            the guide's.
        each_side: On both sides, one side and then the other in the routine's side order
            (``RoutineItem.each_side``): so for every item added in the editor; an item of a
            routine keeps that routine's way, so a copy runs as the original.
    """

    technique: str
    parts: tuple[str, ...] = ()
    side: ItemSide = ItemSide.BOTH
    duration_s: int | None = None
    number_source: str | None = None
    steps: tuple[int, ...] = ()
    note: str | None = None
    repetitions: int | None = None
    each_side: bool = True


class RoutineDraft:
    """The editable list of items, with the routine's name, performer and side order."""

    def __init__(self, catalog: Catalog) -> None:
        """Start an empty draft for a routine on oneself."""
        self._catalog = catalog
        self.items: list[DraftItem] = []
        self.name = ""
        self.summary = ""
        self.performer = Performer.SELF
        self.sides = SideOrder.TECHNIQUE
        self.repeat: Repeat | None = None  # kept from a routine that offers the other side

    @classmethod
    def from_routine(cls, catalog: Catalog, routine: Routine) -> RoutineDraft:
        """A draft holding a built-in or own routine, to edit or save as one's own."""
        draft = cls(catalog)
        draft.name, draft.summary = routine.name, routine.summary
        draft.performer, draft.sides = routine.performer, routine.sides
        draft.repeat = routine.repeat
        for item in routine.items:
            parts, side = _split_sides(catalog, item.regions)
            draft.items.append(
                DraftItem(
                    item.technique,
                    parts,
                    side,
                    item.duration_s,
                    item.number_source,
                    tuple(item.steps),
                    item.note,
                    item.repetitions,
                    item.each_side,
                )
            )
        return draft

    # --- editing ----------------------------------------------------------------------------

    def add(self, technique_id: str, region_id: str | None = None) -> int:
        """Add a technique at the end, on ``region_id``'s part (both sides), or everywhere."""
        parts: tuple[str, ...] = ()
        if region_id is not None and region_id in self._catalog.regions:
            parts = (self._catalog.regions[region_id].part,)
        self.items.append(DraftItem(technique_id, parts))
        return len(self.items) - 1

    def move(self, index: int, to: int) -> None:
        """Move an item to position ``to`` (clamped to the list)."""
        to = max(0, min(to, len(self.items) - 1))
        self.items.insert(to, self.items.pop(index))

    def remove(self, index: int) -> None:
        """Take an item out."""
        del self.items[index]

    def set_side(self, index: int, side: ItemSide) -> None:
        """Work an item on both sides or on one."""
        self.items[index] = replace(self.items[index], side=side)

    def set_duration(self, index: int, seconds: int | None) -> None:
        """Give an item its own time, clamped to its bounds; None goes back to the guide's."""
        bounds = self.bounds(index)
        if seconds is not None and bounds is not None:
            seconds = max(bounds.low, min(seconds, bounds.high))
            if seconds == bounds.default:
                seconds = None
        item = self.items[index]
        if seconds != item.duration_s:
            self.items[index] = _renumbered(replace(item, duration_s=seconds), seconds)

    def set_repetitions(self, index: int, times: int | None) -> None:
        """Give an item's counted steps their own count, clamped; None: the guide's."""
        bounds = self.count_bounds(index)
        if times is not None and bounds is not None:
            times = max(bounds.low, min(times, bounds.high))
            if times == bounds.default:
                times = None
        item = self.items[index]
        if times != item.repetitions:
            self.items[index] = _renumbered(replace(item, repetitions=times), times)

    # --- reading ----------------------------------------------------------------------------

    def has_sides(self, index: int) -> bool:
        """Whether the item works on a part with a left and a right."""
        item = self.items[index]
        parts = item.parts or _parts(
            self._catalog, self._catalog.techniques[item.technique].regions
        )
        return any(self._catalog.is_region_ref(f"{p}-right") for p in parts)

    def routine_item(self, index: int) -> RoutineItem:
        """The item as it will be saved."""
        item = self.items[index]
        regions = _with_side(self._catalog, item.parts, item.side, item.technique)
        return RoutineItem(
            technique=item.technique,
            duration_s=item.duration_s,
            repetitions=item.repetitions,
            number_source=item.number_source if _has_numbers(item) else None,
            regions=regions,
            steps=list(item.steps),
            note=item.note,
            each_side=item.each_side,
        )

    def bounds(self, index: int) -> Bounds | None:
        """How long the item may run; None when it only has counted steps."""
        return item_bounds(self._catalog, self.routine_item(index))

    def count_bounds(self, index: int) -> Bounds | None:
        """How many times the item's counted steps may run; None when it has none."""
        return item_count_bounds(self._catalog, self.routine_item(index))

    def to_routine(self, routine_id: str, default_summary: str) -> Routine:
        """The draft as a routine; ``default_summary`` when the user wrote none.

        Raises:
            pydantic.ValidationError: when the draft is not a routine yet (no name, no items).
        """
        return self._routine(routine_id, self.name, default_summary)

    def _routine(self, routine_id: str, name: str, default_summary: str) -> Routine:
        items = [self.routine_item(i) for i in range(len(self.items))]
        return Routine(
            id=routine_id,
            name=name,
            summary=self.summary.strip() or default_summary,
            performer=self.performer,
            sides=self.sides,
            repeat=self.repeat,
            items=items,
            sources=sources_of(self._catalog, items) or ["own-advice"],
        )

    def total_s(self) -> float:
        """The whole session's expected length, pauses between steps included."""
        if not self.items:
            return 0.0
        return self.plan().total_s(Timing())

    def plan(self, side: Side | None = None) -> Plan:
        """The session the draft would run (on ``side``, for a routine of one side)."""
        routine = self._routine("my-draft", "draft", "draft")  # a name is not needed yet
        return build_plan(self._catalog, routine, side=side)


def _has_numbers(item: DraftItem) -> bool:
    return item.duration_s is not None or item.repetitions is not None


def _renumbered(item: DraftItem, new: int | None) -> DraftItem:
    """``item`` after the user changed a number to ``new`` (None: back to the guide's).

    A number the user chose is the app's own, no longer the guide's; going back to the
    guide's keeps the other number's source, or drops the source when no number is left.
    """
    if new is not None:
        return replace(item, number_source=SUGGESTED)
    return item if _has_numbers(item) else replace(item, number_source=None)


def _parts(catalog: Catalog, refs: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for ref in refs:
        part = catalog.regions[ref].part if ref in catalog.regions else ref
        if part not in out:
            out.append(part)
    return tuple(out)


def _split_sides(catalog: Catalog, refs: list[str]) -> tuple[tuple[str, ...], ItemSide]:
    """Parts and side of a saved item's regions (``front-knee-right`` -> right knee)."""
    sides = {r.rsplit("-", 1)[1] for r in refs if r.endswith(("-left", "-right"))}
    whole = any(catalog.is_region_ref(f"{r}-right") for r in refs)
    side = ItemSide(sides.pop()) if len(sides) == 1 and not whole else ItemSide.BOTH
    return _parts(catalog, refs), side


def _with_side(
    catalog: Catalog, parts: tuple[str, ...], side: ItemSide, technique: str
) -> list[str]:
    """The region refs of ``parts`` on ``side``; empty (all regions) when nothing limits them."""
    if side is ItemSide.BOTH:
        return list(parts)
    chosen = parts or _parts(catalog, catalog.techniques[technique].regions)
    out = []
    for part in chosen:
        sided = f"{part}-{side.value}"
        out.append(sided if catalog.is_region_ref(sided) else part)
    return out

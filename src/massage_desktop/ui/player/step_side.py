"""Which side and which regions a step works, in words for the player (no widgets here).

A step may list both sides (a routine for one knee lists both knees): the side worked comes
from the routine, the person's chosen region and which pass of the routine runs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Side
from massage_desktop.engine.entry import PlanEntry
from massage_desktop.engine.session import Session
from massage_desktop.engine.sides import SIDE_ORDER, side_of
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill

_SIDE_LABEL = {
    Side.LEFT: QT_TRANSLATE_NOOP("PlayerDisplay", "%1, left side"),
    Side.RIGHT: QT_TRANSLATE_NOOP("PlayerDisplay", "%1, right side"),
    "both": QT_TRANSLATE_NOOP("PlayerDisplay", "%1, both sides"),
}
_OTHER = {Side.LEFT: Side.RIGHT, Side.RIGHT: Side.LEFT}
WorkedSide = Side | str | None
"""Which side a step works: a ``Side``, "both", or None for a step on the middle of the body.

A one-side routine always names its side: the chosen region's, else the guides' first."""


def worked_side(
    entry: PlanEntry, *, one_side: bool = False, chosen: str | None = None
) -> WorkedSide:
    """The side ``entry`` massages, as far as the plan and the person's choice tell.

    Args:
        entry: The step.
        one_side: The plan is a routine for one side that may be repeated on the other (e.g.
            Knee care): a step listing both knees is done on one of them.
        chosen: The region the person picked; its side is the first pass's side.
    """
    if entry.side in _OTHER:
        return entry.side
    sides = {side_of(r) for r in entry.region_ids} - {None}
    if len(sides) == 1:
        return sides.pop()
    if len(sides) < 2:
        return None
    if not one_side:
        return "both"
    picked = side_of(chosen) if chosen else None
    if picked not in _OTHER:
        # No knee chosen (started from a routine card): the guides' order, right first, and
        # said so. "First side" beside a map marking the right knee left people unsure.
        picked = SIDE_ORDER[0]
    return _OTHER[picked] if entry.second_pass else picked


def entry_label(entry: PlanEntry, side: WorkedSide = None) -> str:
    """``PlanEntry.label`` in the user's language: the technique with its side.

    ``side`` (from ``worked_side``) names the side when the entry itself has none; a step
    that only gets the hands ready (``PlanEntry.prepares``) names none.
    """
    key = entry.side if entry.side in _OTHER else side
    # Warming the oil is done in the giver's hands: "Warming the oil, both sides" named a
    # side of nothing (walk 9, P1-l).
    if key in _SIDE_LABEL and not entry.prepares:
        text = QCoreApplication.translate("PlayerDisplay", _SIDE_LABEL[key])
        return fill(text, entry.technique_name)
    return entry.label


def worked_regions(entry: PlanEntry, side: WorkedSide = None) -> tuple[str, ...]:
    """The step's regions on the side worked: a one-side routine's step lists both knees."""
    if entry.side is None and side in _OTHER:
        return tuple(r for r in entry.region_ids if side_of(r) in (side, None))
    return entry.region_ids


def side_reader(
    catalog: Catalog, session: Session, chosen: str | None = None
) -> Callable[[PlanEntry], WorkedSide]:
    """``worked_side`` for the steps of ``session``, with the person's chosen region."""
    one_side = one_side_routine(catalog, session)
    return lambda entry: worked_side(entry, one_side=one_side, chosen=chosen)


def place_of(entry: PlanEntry, side: WorkedSide = None, chosen: str | None = None) -> str:
    """The step's one main region: the chosen region if worked, else the first one ("")."""
    regions = worked_regions(entry, side)
    return (chosen if chosen in regions else next(iter(regions), None)) or ""


def place_pair(
    catalog: Catalog, entry: PlanEntry, side: WorkedSide = None, chosen: str | None = None
) -> tuple[str, ...]:
    """``place_of``'s region, with the same part on the other side when both are worked at once.

    Both palms warming the oil lit the right palm alone, named "Right palm" (walk 8).
    """
    place = place_of(entry, side, chosen)
    region = catalog.regions.get(place)
    if side != "both" or region is None:
        return (place,) if place else ()
    regions = worked_regions(entry, side)
    other = next(
        (
            r
            for r in regions
            if r != place and r in catalog.regions and catalog.regions[r].part == region.part
        ),
        None,
    )
    return (place, other) if other is not None else (place,)


def place_text(
    catalog: Catalog, entry: PlanEntry, side: WorkedSide = None, chosen: str | None = None
) -> str:
    """The name of ``place_pair``'s regions: "Right palm and left palm" for a step on both.

    Room mode shows it in large type ("Left knee") under the figure that highlights it.
    """
    names = [catalog.regions[r].name for r in place_pair(catalog, entry, side, chosen)]
    if len(names) == 2:
        second = names[1][:1].lower() + names[1][1:]  # "Right palm and left palm"
        return fill(QCoreApplication.translate("PlayerDisplay", "%1 and %2"), names[0], second)
    return names[0] if names else ""


def one_side_routine(catalog: Catalog, session: Session) -> bool:
    """Whether the session runs a routine for one side that may be repeated (Knee care)."""
    routine = catalog.routines.get(session.plan.subject_id)
    return session.plan.kind == "routine" and routine is not None and routine.repeat is not None


def session_worked_regions(
    catalog: Catalog, session: Session, chosen: str | None = None
) -> tuple[str, ...]:
    """The current step's regions on the side being massaged (all of them between steps)."""
    entry = session.current
    if entry is None or (entry.prepares and session.performer == "partner"):
        # The oil is warmed in the giver's hands: the map lit the partner's (walk 9, P1-l).
        return ()
    side = worked_side(entry, one_side=one_side_routine(catalog, session), chosen=chosen)
    return worked_regions(entry, side)


def where_text(catalog: Catalog, entry: PlanEntry, side: WorkedSide = None) -> str:
    """``Left side · Left calf, Left back of the knee``."""
    regions = list(worked_regions(entry, side))
    names = [catalog.regions[r].name for r in regions[:3] if r in catalog.regions]
    more = len(regions) - len(names)
    place = ", ".join(names)
    if more > 0:
        place += QCoreApplication.translate("PlayerDisplay", " and %n more", None, more)
    if entry.side is Side.LEFT:
        return fill(QCoreApplication.translate("PlayerDisplay", "Left side · %1"), place)
    if entry.side is Side.RIGHT:
        return fill(QCoreApplication.translate("PlayerDisplay", "Right side · %1"), place)
    return place

"""What a session asks to rate before and after: the few zones it really massages.

A session rated one region: the one last clicked on the map, even when the session did not
touch it ("Left armpit" for a hand routine), or the region it worked longest on one side
("Right ankle and Achilles tendon" for a massage of both whole legs; walk 8, finding 2).
The questions are now the zones the session works (``Catalog.zone_of``: "Right leg",
"Left leg"), the area picked on the map first when the session works it, and never what
only prepares the massage (warming the oil on the massager's own palms).
"""

from __future__ import annotations

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.entry import PlanEntry
from massage_desktop.engine.phases import WORK, Timing
from massage_desktop.engine.plan import Plan
from massage_desktop.engine.sides import mirror_region
from massage_desktop.engine.view import SessionView

MOST_RATED = 7
"""At most this many zones, beyond it both sides of a zone are asked as one ("Legs").

The self-massage tour works seven zones (back, feet, stomach, legs, arms, hands, neck and
shoulders) and asked about four, never the lower back it starts with nor the belly (walk 9,
P2-a). When more remain, the ones massaged longest are kept: the dialogs scroll at 1024x700,
but a long list of questions is one nobody answers. The area picked on the map may come on
top of them.
"""
MAIN_SHARE = 0.4
"""A zone is asked about when the session works it at least this share of the top zone's time.

The wrists at the start of an arm stroke, or the heel and ankle a leg massage passes on its
way up, are part of that massage, not questions of their own.
"""
OWN_S = 60.0
"""A zone is asked about, too, when steps working it alone take at least this long (1 minute).

In a tour the top zone's share says little: the belly's three steps, 110 s on their own, were
under the share the neck and legs set. The wrists an arm stroke passes are never worked alone.
"""
SHORT_S = 180.0
"""A single technique shorter than this (3 minutes) is rated on one place, on each side it works."""


def worked_entries(plan: Plan) -> list[PlanEntry]:
    """The entries that massage someone: in a routine, warming the oil or hands does not.

    Started on its own, a warming technique is what the session is about, so it counts.
    """
    runnable = plan.runnable
    return list(runnable) if plan.kind == "technique" else [e for e in runnable if not e.prepares]


def rated_places(catalog: Catalog, plan: Plan, chosen: str | None) -> list[str]:
    """The keys to rate, in the session's order: region ids or zone keys (``place_name``).

    Args:
        catalog: The loaded content, for regions and zones.
        plan: The session's plan; only entries that will run count.
        chosen: The region picked on the map, asked first when the session works it (and
            its other side next when the session works that too). When every step working
            its zone works it too (a technique started from the right knee), its zone is not
            asked again.

    Returns:
        The picked region, then up to ``MOST_RATED`` zone keys, each where the session first
        works it most; for a single technique under ``SHORT_S`` one place on each side it
        works; none when the session massages nothing.
    """
    worked = worked_entries(plan)
    merge = False
    main = _main(catalog, worked, merge=merge)
    if len(main) > MOST_RATED:
        merge = True
        main = _main(catalog, worked, merge=merge)
    seconds = _zone_seconds(catalog, worked, merge=merge)
    picked = _picked(catalog, worked, chosen)
    for region_id in picked:
        if _all_with(catalog, worked, region_id):
            # Every step in the picked region's zone works the picked region: its zone would
            # ask the same question again.
            main = [k for k in main if k not in _zone_keys(catalog, region_id)]
    # The pick comes on top of the zones: in the Self-massage tour, the right knee picked
    # took the place of the feet, which the tour works longer than the back.
    keys = [*picked, *_longest(seconds, main, MOST_RATED)]
    if plan.kind == "technique" and plan.total_s(Timing()) < SHORT_S:
        # Calf kneading from the right calf works both calves and asked about the right
        # one only (walk 9, P3-d): one place, but on each side.
        first = picked[0] if picked else next(iter(_longest(seconds, keys, 1)), None)
        return [k for k in keys if first is not None and k in _sides_of(first)]
    return keys


def _picked(catalog: Catalog, worked: list[PlanEntry], chosen: str | None) -> list[str]:
    """The region picked when the session works it, then its other side if that is all it works.

    Calf kneading from the right calf goes on to the left calf and nothing else of that leg.
    """
    if chosen is None or not any(chosen in e.region_ids for e in worked):
        return []
    other = mirror_region(catalog, chosen)
    worked_too = other != chosen and any(other in e.region_ids for e in worked)
    if worked_too and _all_with(catalog, worked, other):
        return [chosen, other]
    return [chosen]


def _sides_of(key: str) -> set[str]:
    """A key and the same key on the other side ("back-calf-right": both calves)."""
    for here, there in (("-right", "-left"), ("-left", "-right")):
        if key.endswith(here):
            return {key, key.removesuffix(here) + there}
    return {key}


def _zone_keys(catalog: Catalog, region_id: str) -> set[str]:
    """The keys a region is rated under, with sides and without."""
    key = catalog.zone_of(region_id) or region_id
    return {key, _merged(catalog, key)}


def _merged(catalog: Catalog, key: str) -> str:
    """A sided zone key without its side ("leg-right" -> "leg"); other keys unchanged."""
    zone_id, _, side = key.rpartition("-")
    return zone_id if side in ("right", "left") and zone_id in catalog.zones else key


def _zone_seconds(catalog: Catalog, worked: list[PlanEntry], *, merge: bool) -> dict[str, float]:
    """Seconds spent in each key, in the order the session first works them.

    A step's time is shared among its regions, so the shoulder at the end of an arm stroke
    does not make "Neck and shoulders" as much of an arm massage as the arm.
    """
    seconds: dict[str, float] = {}
    for entry in worked:
        regions = [r for r in entry.region_ids if r in catalog.regions]
        for region_id in regions:
            key = catalog.zone_of(region_id) or region_id
            key = _merged(catalog, key) if merge else key
            seconds[key] = seconds.get(key, 0.0) + entry.estimated_s / len(regions)
    return seconds


def _main(catalog: Catalog, worked: list[PlanEntry], *, merge: bool) -> list[str]:
    """The keys worked long enough to ask about (``MAIN_SHARE``, ``OWN_S``), in session order.

    A key's place is the first step it is most of: the wrists an arm stroke starts from come
    with the hands' own steps, after the arms.
    """
    seconds = _zone_seconds(catalog, worked, merge=merge)
    if not seconds:
        return []
    top = max(seconds.values())
    alone: dict[str, float] = {}
    first: dict[str, int] = {}
    for index, entry in enumerate(worked):
        share = _zone_seconds(catalog, [entry], merge=merge)
        if len(share) == 1:
            key = next(iter(share))
            alone[key] = alone.get(key, 0.0) + share[key]
        if share:
            first.setdefault(max(share, key=lambda k: share[k]), index)
    keys = [k for k, s in seconds.items() if s >= top * MAIN_SHARE or alone.get(k, 0.0) >= OWN_S]
    return sorted(keys, key=lambda k: first.get(k, len(worked)))


def _longest(seconds: dict[str, float], keys: list[str], room: int) -> list[str]:
    """The ``room`` keys worked longest, still in the session's order (right before left)."""
    kept = set(sorted(keys, key=lambda k: -seconds[k])[: max(room, 0)])
    return [k for k in keys if k in kept]


def _all_with(catalog: Catalog, worked: list[PlanEntry], picked: str) -> bool:
    """Whether every step working the picked region's zone works the picked region too."""
    zone = catalog.zone_of(picked)
    if zone is None:
        return True
    in_zone = [e for e in worked if any(catalog.zone_of(r) == zone for r in e.region_ids)]
    return all(picked in e.region_ids for e in in_zone)


def picked_if_worked(catalog: Catalog, plan: Plan, chosen: str | None) -> str | None:
    """The region picked on the map when the session works that part (either side), else None.

    A routine of the palms, started while the left armpit was shown, took its side from the
    armpit: the player lit the left palm and History logged "Left side" for a routine built
    for the right palm (walk 8, finding 3).
    """
    region = catalog.regions.get(chosen) if chosen is not None else None
    if region is None:
        return None
    for entry in plan.runnable:
        for region_id in entry.region_ids:
            other = catalog.regions.get(region_id)
            if other is not None and other.part == region.part:
                return chosen
    return None


def reached_places(catalog: Catalog, keys: list[str], session: SessionView) -> list[str]:
    """Those of ``keys`` the session massaged: what is asked again after it.

    Ended at the feet, the self-massage tour still asked how the legs, the arms and the neck
    felt after, and History kept "Legs: 4 -> 3 (1 better)" for legs never touched; a routine
    skipped through asked too (walk 9). A place counts once a step working it had time, the
    step in progress included.
    """
    regions = {r for record in session.records if record.actual_s > 0 for r in record.region_ids}
    if session.plan.kind == "technique":
        # A warming step records no region (in a routine it massages nobody), but started on
        # its own it is what was rated (``worked_entries``): warming the hands to the end was
        # summed up as "not reached today" for the palm asked about before (walk 18).
        entries = {e.index: e for e in session.plan.entries}
        for record in session.records:
            entry = entries.get(record.position)
            if record.actual_s > 0 and entry is not None and entry.prepares:
                regions.update(entry.region_ids)
    entry = session.current
    if entry is not None and session.phase in WORK and session.elapsed_s() > 0:
        regions.update(entry.region_ids)
    return [
        key for key in keys if key in regions or any(key in _zone_keys(catalog, r) for r in regions)
    ]

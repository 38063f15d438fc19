"""A session's ratings as the History lists them: in the session's order, rated places first.

The store keeps no order for ratings (they came back sorted by key: "Arms, Back, Feet …,
Stomach"), and places the session never reached were listed as "Stomach: 2 → not rated",
five of them burying the two rated ones (walk 10, b42). The steps say where the session went.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import SessionRecord, rating_order
from massage_desktop.engine.plan import build_plan
from massage_desktop.ui.history import wording


def _keys_of(catalog: Catalog, region_id: str) -> set[str]:
    """The rating keys a region counts for: itself, its zone, and its zone without the side."""
    zone = catalog.zone_of(region_id) or region_id
    base, _, side = zone.rpartition("-")
    merged = base if side in ("right", "left") and base in catalog.zones else zone
    return {region_id, zone, merged}


def rating_lines(catalog: Catalog, record: SessionRecord) -> list[str]:
    """One plain line a rated place: "Back: 5 → 3 (2 better)", "Stomach: 2 → not massaged".

    Places rated before and after come first, then the others; each group in the order the
    session first worked the place (as the Start and After dialogs asked), a place of no step
    last. A place only rated before is "not massaged" when no step with time worked it (it was
    never asked again), else "not rated".
    """
    places = rating_order([*record.ratings_before, *record.ratings_after])
    reached: set[str] = set()
    for step in record.steps:
        if step.actual_s > 0:
            reached.update(k for r in step.region_ids for k in _keys_of(catalog, r))
    # The places in the order the session would work them: an early end records no step
    # after the one under way, so the routine's plan tells where the rest came.
    first: dict[str, int] = {}
    for index, regions in enumerate(_planned_regions(catalog, record)):
        for region_id in regions:
            for key in _keys_of(catalog, region_id):
                first.setdefault(key, index)
    order = {key: rank for rank, key in enumerate(places)}

    def sort_key(key: str) -> tuple[bool, int, int]:
        unrated = key not in record.ratings_after
        return unrated, first.get(key, len(first) + len(places)), order[key]

    lines = []
    for key in sorted(places, key=sort_key):
        before = record.ratings_before.get(key)
        after = record.ratings_after.get(key)
        if after is None and before is not None and key not in reached:
            change = _not_massaged(before)
        else:
            change = wording.rating_change_text(before, after)
        lines.append(f"{wording.region_name(catalog, key)}: {change}")
    return lines


def _planned_regions(catalog: Catalog, record: SessionRecord) -> list[list[str]]:
    """Each step's regions: the recorded steps, then the routine's plan where it still exists."""
    steps = [list(step.region_ids) for step in record.steps]
    subject = (catalog.routines if record.kind == "routine" else catalog.techniques).get(
        record.subject_id
    )
    if subject is not None:
        steps += [list(entry.region_ids) for entry in build_plan(catalog, subject).entries]
    return steps


def _not_massaged(before: int) -> str:
    """A rating before a place the session never reached: "2 → not massaged"."""
    return f"{before} \u2192 " + QCoreApplication.translate("History", "not massaged")


def ratings_html(catalog: Catalog, record: SessionRecord) -> str:
    """The before -> after ratings, one place a line, as HTML for a label; "" when none."""
    return "<br>".join(escape(line) for line in rating_lines(catalog, record))

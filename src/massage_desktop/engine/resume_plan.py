"""The plan an interrupted session was running, rebuilt from its stored steps. No Qt.

A session stores its steps, not how its plan was built: whether the other side was repeated,
which side a one-side routine ran on, or which region a technique was started from (which
narrows and orders its steps). The candidates are rebuilt and the one whose entries match
every stored step is taken, so a resumed session carries on where it was, not at a shifted
position.
"""

from __future__ import annotations

from collections.abc import Iterator

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Technique
from massage_desktop.domain.history import SessionRecord
from massage_desktop.domain.routines import Routine
from massage_desktop.engine.plan import Plan, build_plan
from massage_desktop.engine.sides import SIDE_ORDER


def _candidates(
    catalog: Catalog, subject: Technique | Routine, record: SessionRecord
) -> Iterator[Plan]:
    yield build_plan(catalog, subject)
    if isinstance(subject, Routine):
        yield build_plan(catalog, subject, repeat=True)
        if subject.repeat is not None:
            # A one-side routine ran on the side chosen: its one-knee steps on that side.
            for side in SIDE_ORDER:
                yield build_plan(catalog, subject, side=side)
                yield build_plan(catalog, subject, repeat=True, side=side)
        return
    seen: set[str] = set()
    for step in record.steps:
        for region_id in step.region_ids:
            if region_id not in seen:
                seen.add(region_id)
                yield build_plan(catalog, subject, focus=region_id)


def _matches(plan: Plan, record: SessionRecord) -> bool:
    for step in record.steps:
        if step.position >= len(plan):
            return False
        entry = plan.entries[step.position]
        if (entry.technique_id, entry.step_index, entry.side) != (
            step.technique_id,
            step.step_index,
            step.side,
        ) or list(entry.region_ids) != step.region_ids:
            return False
    return True


def resumed_plan(catalog: Catalog, subject: Technique | Routine, record: SessionRecord) -> Plan:
    """The plan whose entries match ``record``'s steps; the plain plan when none does.

    None matching happens when the content changed since (a step added or moved): the plain
    plan is the best guess, as before.
    """
    plain: Plan | None = None
    for plan in _candidates(catalog, subject, record):
        plain = plain or plan
        if _matches(plan, record):
            return plan
    assert plain is not None  # _candidates always yields the plain plan first
    return plain

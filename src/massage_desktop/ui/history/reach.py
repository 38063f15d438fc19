"""Whether a stored session came to its last step: the one fact the records leave unsaid.

Skipping every step to the end ends a session as "ended early" (nothing was massaged), as
does "End" part-way with nothing done, and the records of the two read alike. The summary
knew the first and said "Skipped to the end" where the history said "Ended early · nothing
done" (walk 8, check 5): the history counts the session's steps against its plan's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import Outcome, SessionRecord
from massage_desktop.engine.plan import build_plan
from massage_desktop.engine.step_count import counts_parts, step_count
from massage_desktop.storage.listing import SessionSummary
from massage_desktop.storage.stats import StepTally


def skipped_to_end(
    catalog: Catalog, outcome: Outcome | None, kind: str, subject_id: str, tally: StepTally
) -> bool:
    """Whether a session ended early with nothing done after it reached every step.

    The steps are counted as the player numbered them (``StepTally.of_steps``, parts where
    it counted parts): as many as the plan's, or twice as many for a routine run again on
    the other side. A routine of one side ended by "End" in the last step of its first pass
    reads as skipped to the end: its records are those of a pass skipped through.
    """
    if outcome is not Outcome.STOPPED_EARLY or tally.done or not tally.total:
        return False
    subject = (catalog.routines if kind == "routine" else catalog.techniques).get(subject_id)
    if subject is None:
        return False
    plan = build_plan(catalog, subject)
    # Parts are the plan's entries, a side each, where the player counted parts: the steps
    # of a routine worked right side, then left are fewer than its records.
    steps = len(plan.entries) if tally.by_parts else step_count(plan).total
    again = kind == "routine" and catalog.routines[subject_id].repeat is not None
    return tally.total in ((steps, 2 * steps) if again else (steps,))


def as_counted(catalog: Catalog, record: SessionRecord, tally: StepTally) -> StepTally:
    """``record``'s ``tally`` in the player's unit: parts for a routine it counted by parts.

    The records say so once the count went back (``domain.history.counts_parts``); a session
    ended before that has only its first sides, each a step and a part alike, and "1 step
    done" stood beside the summary's "1 of 24 parts done" (walk 9, X-e). Its plan tells. A
    session with every part recorded is taken as its records say: its left-out sides may
    have kept the count from going back.
    """
    parts = _plan_parts(catalog, record.kind, record.subject_id)
    return _in_parts(tally, len(record.steps), parts)


def listed_as_counted(
    catalog: Catalog, sessions: Iterable[SessionSummary], tallies: Mapping[str, StepTally]
) -> dict[str, StepTally]:
    """``as_counted`` for a page of the list: its rows count as the open session's details.

    The list counted an early end of a routine counted by parts in steps, its details in
    parts: "Ended early · no step finished" over "Ended early · no part finished". Each
    routine's plan is read once a page.
    """
    parts: dict[tuple[str, str], int] = {}
    counted = {}
    for session in sessions:
        tally = tallies.get(session.id)
        if tally is None:
            continue
        key = (session.kind, session.subject_id)
        if key not in parts:
            parts[key] = _plan_parts(catalog, session.kind, session.subject_id)
        counted[session.id] = _in_parts(tally, session.step_count, parts[key])
    return counted


def _plan_parts(catalog: Catalog, kind: str, subject_id: str) -> int:
    """The parts of a routine's plan when the player counts it by parts, else 0."""
    routine = catalog.routines.get(subject_id) if kind == "routine" else None
    if routine is None:
        return 0
    plan = build_plan(catalog, routine)
    return len(plan.entries) if counts_parts(plan) else 0


def _in_parts(tally: StepTally, recorded: int, parts: int) -> StepTally:
    """``tally`` in parts when its session recorded fewer than its plan's ``parts``."""
    if tally.by_parts or recorded >= parts:
        return tally
    return replace(tally, by_parts=True)

"""Whether a stored session came to its last step: the one fact the records leave unsaid.

Skipping every step to the end ends a session as "ended early" (nothing was massaged), as
does "End" part-way with nothing done, and the records of the two read alike. The summary
knew the first and said "Skipped to the end" where the history said "Ended early · nothing
done" (walk 8, check 5): the history counts the session's steps against its plan's.
"""

from __future__ import annotations

from dataclasses import replace

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import Outcome, SessionRecord
from massage_desktop.engine.plan import build_plan
from massage_desktop.engine.step_count import counts_parts, step_count
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
    routine = catalog.routines.get(record.subject_id) if record.kind == "routine" else None
    if tally.by_parts or routine is None:
        return tally
    plan = build_plan(catalog, routine)
    if len(record.steps) < len(plan.entries) and counts_parts(plan):
        return replace(tally, by_parts=True)
    return tally

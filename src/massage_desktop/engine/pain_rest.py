"""Areas to rest after "Stop – it hurts": the advice is not to massage them again that day.

A session stopped for pain says "rest the area and do not massage it again today"; without
this, the same Start button ran the same step a minute later. A later session leaves out the
steps that work a resting area (``leave_out_resting``), as steps the health profile rules out
are left out: one sore shoulder once greyed out a 31-minute tour. No Qt: the player words the
reason and says why when nothing is left to run.

A rest belongs to the person who was massaged when it hurt (the session's performer): after
"Stop – it hurts" on your own right knee, a partner session still works your partner's right
knee, and a session on yourself leaves yours out (walk 8, finding 1).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Literal

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Performer, Phase
from massage_desktop.domain.history import Outcome, SessionRecord, StepRecord, StepStatus
from massage_desktop.engine.phases import WORK
from massage_desktop.engine.plan import Plan
from massage_desktop.engine.view import SessionView

Person = Literal["self", "partner"]
"""Who was massaged: yourself or the partner you massage (a session record's performer)."""

PEOPLE: tuple[Person, ...] = ("self", "partner")


class PainRest:
    """The regions a session was stopped on for pain, by the local day and the person massaged.

    Args:
        today: The local date now; injected so tests can move to the next day.
    """

    def __init__(self, today: Callable[[], date] = date.today) -> None:
        self.today = today
        """Gives the local date now."""
        self._rested: dict[tuple[date, Person], dict[str, None]] = {}

    def note(
        self, region_ids: Iterable[str], when: datetime | None = None, who: Person = "self"
    ) -> None:
        """Rest ``who``'s ``region_ids`` for the rest of the day ``when`` falls on.

        Args:
            region_ids: The regions that hurt.
            when: When it hurt (local day; now if None).
            who: Who was massaged when it hurt.
        """
        day = when.astimezone().date() if when is not None else self.today()
        self._rested.setdefault((day, who), {}).update(dict.fromkeys(region_ids))

    def note_record(self, record: SessionRecord) -> None:
        """Take a stored session into account: a pain stop rests the regions it hurt in."""
        if record.outcome is not Outcome.STOPPED_FOR_PAIN:
            return
        step = hurt_step(record.steps)
        if step is not None:
            self.note(step.region_ids, record.ended_at or step.started_at, record.performer)

    def resting(self, region_ids: Iterable[str], who: Person = "self") -> tuple[str, ...]:
        """Those of ``who``'s ``region_ids`` stopped for pain today, in the order given."""
        today = self._rested.get((self.today(), who), {})
        return tuple(dict.fromkeys(r for r in region_ids if r in today))

    def everyone(self, region_ids: Iterable[str]) -> dict[Person, tuple[str, ...]]:
        """Each person's regions of ``region_ids`` stopped for pain today."""
        ids = tuple(region_ids)
        return {who: self.resting(ids, who) for who in PEOPLE}


def massaged(performer: Performer, default: Performer = Performer.SELF) -> Person:
    """Who a session of content for ``performer`` massages (``default`` when it suits both)."""
    wanted = performer if performer is not Performer.BOTH else default
    return "partner" if wanted is Performer.PARTNER else "self"


def hurt_step(steps: Sequence[StepRecord]) -> StepRecord | None:
    """The step a session stopped for pain hurt in: the last one the hands worked on.

    The step in progress is the last record, but pressed in the pause before a step ("Switch
    to the other side", "Get ready") the hands were still where the step before had been: the
    right thigh hurt, and the left one, not yet touched, was rested in its place. Before any
    step was worked on, the first one's area rests: the safe side.
    """
    ordered = sorted(
        (s for s in steps if s.status is not StepStatus.BLOCKED),
        key=lambda step: (step.started_at, step.position),
    )
    worked = [s for s in ordered if s.actual_s > 0]
    last = worked or ordered
    return last[-1] if last else None


def hurting_regions(session: SessionView) -> tuple[str, ...]:
    """The regions "Stop – it hurts" will rest, asked while the session is still open.

    The stop advice names them before the session ends; ``hurt_step`` then finds the same
    step in the records: the one being worked, else (in a pause before a step) the last one
    worked, else the step about to begin.
    """
    entry = session.current
    if entry is not None and session.phase in WORK:
        return entry.region_ids
    hurt = hurt_step(session.records)
    if hurt is not None and hurt.actual_s > 0:
        return tuple(hurt.region_ids)
    return entry.region_ids if entry is not None else ()


def leave_out_resting(catalog: Catalog, plan: Plan, resting: Collection[str], reason: str) -> Plan:
    """``plan`` with every entry that works a region in ``resting`` left out for ``reason``.

    An entry left out already (by the health profile) keeps its own reason, the more serious
    one. The rest of the plan runs: only the resting area is not massaged again today. When
    all that would be left is getting ready (warming the hands), that is left out as well:
    the stomach routine over a resting stomach was nothing but rubbing the palms.
    """
    if not resting:
        return plan
    rested = {
        entry.index
        for entry in plan.entries
        if not entry.blocked and any(r in resting for r in entry.region_ids)
    }
    if not rested:
        return plan
    left = [e for e in plan.entries if not e.blocked and e.index not in rested]
    if all(catalog.techniques[e.technique_id].phase is Phase.PREPARE for e in left):
        rested.update(e.index for e in left)
    entries = tuple(
        replace(entry, blocked_reason=reason) if entry.index in rested else entry
        for entry in plan.entries
    )
    return replace(plan, entries=entries)

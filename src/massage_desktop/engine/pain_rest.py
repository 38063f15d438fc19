"""Areas to rest after "Stop – it hurts": the advice is not to massage them again that day.

A session stopped for pain says "rest the area and do not massage it again today"; without
this, the same Start button ran the same step a minute later. No Qt: the player asks
``resting`` before every start and words the refusal itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime

from massage_desktop.domain.history import Outcome, SessionRecord


class PainRest:
    """The regions a session was stopped on for pain, by the local day it happened.

    Args:
        today: The local date now; injected so tests can move to the next day.
    """

    def __init__(self, today: Callable[[], date] = date.today) -> None:
        self._today = today
        self._rested: dict[date, dict[str, None]] = {}

    def note(self, region_ids: Iterable[str], when: datetime | None = None) -> None:
        """Rest ``region_ids`` for the rest of the day ``when`` falls on (local; now if None)."""
        day = when.astimezone().date() if when is not None else self._today()
        self._rested.setdefault(day, {}).update(dict.fromkeys(region_ids))

    def note_record(self, record: SessionRecord) -> None:
        """Take a stored session into account: a pain stop rests its last step's regions.

        The step in progress when "Stop – it hurts" was pressed is the session's last record.
        """
        if record.outcome is not Outcome.STOPPED_FOR_PAIN or not record.steps:
            return
        last = max(record.steps, key=lambda step: (step.started_at, step.position))
        self.note(last.region_ids, record.ended_at or last.started_at)

    def resting(self, region_ids: Iterable[str]) -> tuple[str, ...]:
        """Those of ``region_ids`` stopped for pain today, in the order given."""
        today = self._rested.get(self._today(), {})
        return tuple(dict.fromkeys(r for r in region_ids if r in today))

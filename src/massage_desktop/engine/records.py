"""The step records of a session, and when they are handed to the recorder.

The recorder only appends, yet ``back`` must be able to re-run the step just finished without
that step being counted twice. So the record of the most recently finished step (with any
blocked entries passed after it) is held back as *pending*: it is written when the next step
finishes, thrown away if ``back`` re-runs its step, and written at the end of the session.
The recorder therefore sees every plan entry at most once, in plan order, and a crash loses at
most the step in progress and the one before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from massage_desktop.domain.history import SessionRecorder, StepRecord, StepStatus
from massage_desktop.engine.entry import PlanEntry


class RecordBook:
    """Working time per entry, the records written so far, and the pending ones."""

    def __init__(self, recorder: SessionRecorder, session_id: str) -> None:
        """Create an empty book that writes to ``recorder`` under ``session_id``."""
        self._recorder = recorder
        self._session_id = session_id
        self._work_s: dict[int, float] = {}
        self._started_at: dict[int, datetime] = {}
        self._written: list[StepRecord] = []
        self._pending: list[StepRecord] = []

    @property
    def records(self) -> list[StepRecord]:
        """Every record so far, written and pending, in plan order."""
        return [*self._written, *self._pending]

    def add_work(self, index: int, seconds: float) -> None:
        """Count ``seconds`` of work on entry ``index``; restarts and re-runs add up."""
        self._work_s[index] = self._work_s.get(index, 0.0) + max(0.0, seconds)

    def work_s(self, index: int) -> float:
        """Seconds worked on entry ``index`` so far."""
        return self._work_s.get(index, 0.0)

    def mark_started(self, index: int, when: datetime) -> None:
        """Remember when entry ``index`` was first reached; later visits keep the first time."""
        self._started_at.setdefault(index, when)

    def record(
        self,
        entry: PlanEntry,
        status: StepStatus,
        planned_s: float | None,
        repetitions: int | None,
        when: datetime,
    ) -> StepRecord:
        """Build the record of ``entry`` leaving with ``status`` (not stored yet)."""
        return StepRecord(
            position=entry.index,
            technique_id=entry.technique_id,
            step_index=entry.step_index,
            region_ids=list(entry.region_ids),
            side=entry.side,
            planned_s=None if entry.counted else planned_s,
            actual_s=self.work_s(entry.index),
            repetitions=repetitions if entry.counted else None,
            status=status,
            started_at=self._started_at.get(entry.index, when),
        )

    def leave(self, record: StepRecord) -> None:
        """Add the record of an entry the session moved past.

        A finished or skipped step makes the earlier pending records final; a blocked entry
        joins the pending ones so that plan order is kept when they are written.
        """
        if record.status is not StepStatus.BLOCKED:
            self._write(self._pending)
            self._pending = []
        self._pending.append(record)

    def back_target(self) -> int | None:
        """The entry ``back`` may re-run: the pending finished or skipped step, if any."""
        if self._pending and self._pending[0].status is not StepStatus.BLOCKED:
            return self._pending[0].position
        return None

    def void_pending(self) -> None:
        """Forget the pending records; their entries will be recorded again when passed."""
        self._pending = []

    def is_recorded(self, index: int) -> bool:
        """Whether entry ``index`` has a record, written or pending."""
        return any(r.position == index for r in self.records)

    def left_by_back(
        self, entries: Sequence[PlanEntry], current: PlanEntry | None, when: datetime
    ) -> list[StepRecord]:
        """SKIPPED records for entries worked on, then left by ``back``, and never recorded.

        Used when a session ends early, so that their time still shows in the records.
        """
        worked = sorted(i for i, s in self._work_s.items() if s > 0 and not self.is_recorded(i))
        return [
            self.record(entries[i], StepStatus.SKIPPED, entries[i].planned_s, None, when)
            for i in worked
            if current is None or i != current.index
        ]

    def flush(self, extra: list[StepRecord]) -> None:
        """Write the pending records and ``extra`` ones, in plan order; used at the end."""
        self._write(sorted([*self._pending, *extra], key=lambda r: r.position))
        self._pending = []

    def _write(self, records: list[StepRecord]) -> None:
        for record in records:
            self._recorder.add_step(self._session_id, record)
            self._written.append(record)

"""The step records of a session, written to the recorder as soon as each step is left.

Every record is durable the moment the session moves past its step, so a crash loses at most
the step in progress. ``back`` may re-run the step just left: its record (and the records of
blocked entries passed after it) stay *revocable* until the next step is left, and ``back``
removes them from the recorder, so that every plan entry ends up recorded at most once.
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
        self._left_at: dict[int, datetime] = {}  # first starts of steps a Back went before
        self._written: list[StepRecord] = []
        self._revocable: list[StepRecord] = []

    @property
    def records(self) -> list[StepRecord]:
        """Every record written so far, in plan order."""
        return sorted(self._written, key=lambda r: r.position)

    def preload(self, records: Sequence[StepRecord]) -> None:
        """Take the records an interrupted session already stored; they are final."""
        self._written = list(records)
        self._revocable = []

    def add_work(self, index: int, seconds: float) -> None:
        """Count ``seconds`` of work on entry ``index``; restarts and re-runs add up."""
        self._work_s[index] = self._work_s.get(index, 0.0) + max(0.0, seconds)

    def work_s(self, index: int) -> float:
        """Seconds worked on entry ``index`` so far."""
        return self._work_s.get(index, 0.0)

    def mark_started(self, index: int, when: datetime) -> None:
        """Remember when entry ``index`` was first reached; later visits keep it (not ``rerun``)."""
        self._started_at.setdefault(index, when)

    def rerun(self, index: int, when: datetime) -> None:
        """Entry ``index`` runs again after Back: its record starts with this run.

        The step under way is then the last one started, as ``stopped_position`` and
        ``hurt_step`` read the records: after 10, 11, Back to 10 and "Stop – it hurts", step 11
        (started later than 10's first run) read as the one that hurt (walk 9, P1-h).
        """
        self._started_at[index] = when
        # The steps after it start anew when reached again; one left by this Back and never
        # reached again keeps its first start (``left_by_back``), before this run's.
        for later in [i for i in self._started_at if i > index]:
            self._left_at[later] = self._started_at.pop(later)

    def record(
        self,
        entry: PlanEntry,
        status: StepStatus,
        planned_s: float | None,
        repetitions: int | None,
        when: datetime,
    ) -> StepRecord:
        """Build the record of ``entry`` leaving with ``status`` (not stored yet).

        A step that only gets the hands ready records no region: warming the oil between the
        palms made "Left palm, Right palm" the most massaged after a leg massage (walk 7).
        """
        return StepRecord(
            position=entry.index,
            technique_id=entry.technique_id,
            step_index=entry.step_index,
            region_ids=[] if entry.prepares else list(entry.region_ids),
            side=entry.side,
            planned_s=None if entry.counted else planned_s,
            actual_s=self.work_s(entry.index),
            repetitions=repetitions if entry.counted else None,
            status=status,
            started_at=self._started_at.get(entry.index, self._left_at.get(entry.index, when)),
        )

    def leave(self, record: StepRecord) -> None:
        """Write the record of an entry the session moved past.

        A finished or skipped step makes the earlier records final; a blocked entry joins the
        revocable ones, because ``back`` passes over it again.
        """
        if record.status is not StepStatus.BLOCKED:
            self._revocable = []
        self._write([record])
        self._revocable.append(record)

    def back_target(self) -> int | None:
        """The entry ``back`` may re-run: the last finished or skipped step, if revocable."""
        if self._revocable and self._revocable[0].status is not StepStatus.BLOCKED:
            return self._revocable[0].position
        return None

    def void_revocable(self) -> None:
        """Remove the revocable records; their entries will be recorded again when passed."""
        for record in self._revocable:
            self._recorder.remove_step(self._session_id, record.position)
            self._written.remove(record)
        self._revocable = []

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
        """Write the ``extra`` records at the end, in plan order; nothing is revocable after."""
        self._write(sorted(extra, key=lambda r: r.position))
        self._revocable = []

    def _write(self, records: list[StepRecord]) -> None:
        for record in records:
            self._recorder.add_step(self._session_id, record)
            self._written.append(record)

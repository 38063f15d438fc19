"""Building session records for tests of the store and of the history view."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from massage_desktop.domain.history import Outcome, SessionRecord, StepRecord, StepStatus


def build_session(
    session_id: str,
    started_at: datetime,
    regions: Sequence[str] = ("back-neck",),
    steps: int = 2,
    status: StepStatus = StepStatus.DONE,
    technique: str = "neck-kneading",
    **fields: Any,
) -> SessionRecord:
    """A finished session of ``technique`` with ``steps`` one-minute steps on ``regions``."""
    values: dict[str, Any] = {
        "id": session_id,
        "started_at": started_at,
        "ended_at": started_at + timedelta(minutes=steps),
        "kind": "technique",
        "subject_id": technique,
        "performer": "self",
        "outcome": Outcome.COMPLETED,
        "steps": [
            StepRecord(
                position=n,
                technique_id=technique,
                step_index=n,
                region_ids=list(regions),
                actual_s=60.0,
                planned_s=60.0,
                status=status,
                started_at=started_at + timedelta(minutes=n),
            )
            for n in range(steps)
        ],
    }
    return SessionRecord.model_validate(values | fields)

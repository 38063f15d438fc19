"""Helpers shared by the engine tests."""

from __future__ import annotations

from collections.abc import Callable

from massage_desktop.domain.history import StepStatus
from massage_desktop.engine import Cue, CueKind, ManualClock, Plan, Session, SessionPhase

SessionFactory = Callable[..., Session]
PlanOf = Callable[..., Plan]


def phase(session: Session) -> SessionPhase:
    """The phase, read through a call so that mypy does not keep an earlier narrowing."""
    return session.phase


def kinds(cues: list[Cue]) -> list[CueKind]:
    """The kinds of some cues, in order."""
    return [c.kind for c in cues]


def started(make_session: SessionFactory, clock: ManualClock, subject: str = "glide") -> Session:
    """A session in the RUNNING phase of its first (30 s) step."""
    session = make_session(subject)
    session.start()
    clock.advance(5.0)
    session.update()
    return session


def statuses(session: Session) -> list[tuple[int, StepStatus, float]]:
    """Position, status and actual seconds of every record so far."""
    return [(r.position, r.status, r.actual_s) for r in session.records]

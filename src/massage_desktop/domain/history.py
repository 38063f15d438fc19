"""What a session leaves behind: the records the player writes and the history store keeps."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal, Protocol, TypeVar

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from massage_desktop.domain.enums import Side

Rating = Annotated[int, Field(ge=0, le=10)]

# Bounds on what a session can hold. No real session comes near them; they keep a hand-edited or
# hostile import from storing what SQLite cannot hold (integers past 2**63), what JSON cannot
# write back (infinity), or text too long to show (a 10 MB note froze the History window).
MAX_SECONDS = 1_000_000.0  # one step, about 11 days
MAX_COUNT = 100_000  # positions, step indexes and repetitions
MAX_STEPS = 10_000
MAX_REGIONS = 1_000  # per step
MAX_NOTES = 10_000  # characters: several pages
MAX_REASON = 500
MAX_ID = 500
Seconds = Annotated[float, Field(ge=0, le=MAX_SECONDS, allow_inf_nan=False)]
Count = Annotated[int, Field(ge=0, le=MAX_COUNT)]
Ident = Annotated[str, Field(max_length=MAX_ID)]


class Outcome(StrEnum):
    """How a session ended."""

    IN_PROGRESS = "in_progress"  # still running, or the app died before it ended
    COMPLETED = "completed"
    STOPPED_EARLY = "stopped_early"
    STOPPED_FOR_PAIN = "stopped_for_pain"
    INTERRUPTED = "interrupted"  # found in progress after a crash and kept as it was


class StepStatus(StrEnum):
    """What happened to one step."""

    DONE = "done"
    SKIPPED = "skipped"
    BLOCKED = "blocked"  # not run because safety screening rules it out


# defer_build on these models: their validators are built when the first session starts or is
# read, not at import; start-up seldom needs either, and building them cost ~7 ms of it.


class StepRecord(BaseModel):
    """One step (one side of an each-side step) as it was actually run."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    position: Count = Field(description="Order within the session, from 0.")
    technique_id: Ident
    step_index: Count = Field(description="Index into the technique's steps.")
    region_ids: list[Ident] = Field(default=[], max_length=MAX_REGIONS)
    side: Side | None = None
    planned_s: Seconds | None = Field(default=None, description="None for counted steps.")
    actual_s: Seconds
    repetitions: Count | None = None
    status: StepStatus
    started_at: AwareDatetime


class SessionRecord(BaseModel):
    """One guided session from start to end."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    id: str = Field(min_length=1, max_length=64)
    started_at: AwareDatetime
    ended_at: AwareDatetime | None = None
    kind: Literal["technique", "routine"]
    subject_id: Ident = Field(description="The technique or routine id.")
    performer: Literal["self", "partner"]
    outcome: Outcome = Outcome.IN_PROGRESS
    stop_reason: str | None = Field(default=None, max_length=MAX_REASON)
    ratings_before: dict[Ident, Rating] = Field(default={}, description="Region id -> 0-10.")
    ratings_after: dict[Ident, Rating] = {}
    notes: str = Field(default="", max_length=MAX_NOTES)
    steps: list[StepRecord] = Field(default=[], max_length=MAX_STEPS)


ENDED_EARLY = (Outcome.STOPPED_EARLY, Outcome.STOPPED_FOR_PAIN)


class StepSide(Protocol):
    """What folding needs of a recorded step (a ``StepRecord`` or a row read for a tally)."""

    @property
    def position(self) -> int: ...  # noqa: D102
    @property
    def technique_id(self) -> str: ...  # noqa: D102
    @property
    def step_index(self) -> int: ...  # noqa: D102
    @property
    def side(self) -> Side | None: ...  # noqa: D102
    @property
    def status(self) -> StepStatus: ...  # noqa: D102


T = TypeVar("T", bound=StepSide)


def whole_seconds(seconds: float) -> int:
    """A session's length as it is shown, to the second, a half rounding up.

    Totals add these, not the exact lengths: a day of 15 s and 12 s sessions said "26 s"
    (14.6 s + 11.6 s, walk 12).
    """
    return int(seconds + 0.5)


def fold_sides(steps: Sequence[T]) -> list[list[T]]:
    """A session's records grouped into steps as the card and the player number them.

    Both sides of a step are one step ("Step 2 of 7" on each side), so the right and the left
    side of a technique's step fold together, wherever in the session the left one came; a
    step already holding both sides starts a new group. The records keep no routine item,
    so a technique done twice in one routine on one side each would fold too: no shipped
    routine does that.
    """
    groups: list[list[T]] = []
    waiting: dict[tuple[str, int], list[T]] = {}  # a step with one side so far
    for step in sorted(steps, key=lambda s: s.position):
        key = (step.technique_id, step.step_index)
        group = waiting.pop(key, None)
        if step.side in _SIDES and group is not None and group[0].side != step.side:
            group.append(step)
            continue
        groups.append([step])
        if step.side in _SIDES:
            waiting[key] = groups[-1]
    return groups


def step_numbers(steps: Sequence[StepSide]) -> dict[int, int]:
    """Position -> the step's number as the player said it ("Step 2 of 7"), from 1.

    Numbered by step, sides folded (``fold_sides``), whatever ``counts_parts`` says: the
    player names that step beside the part ("Part 14 of 24 · step 3 of 13").
    """
    return {
        side.position: number
        for number, sides in enumerate(fold_sides(steps), start=1)
        for side in sides
    }


def counts_parts(steps: Sequence[StepSide]) -> bool:
    """Whether the player counted these steps by parts: their step numbers go back.

    The records' side of ``engine.step_count.counts_parts``: a routine that works the right
    side, then the left comes back to step 2 after step 13, so the player counted "Part 14
    of 24", each side of a step one part, and the summary "0 of 24 parts done". The history
    counted steps and numbered its rows "2 R, 3 R, 4, 2 L" (walk 9, X-e). Steps left out
    for safety ran on no side and are passed over, as the player passes them. A session
    ended before the count went back has steps and parts alike: each side so far is a step.
    """
    numbers = step_numbers(steps)
    last = 0
    for step in sorted(steps, key=lambda s: s.position):
        if step.status is StepStatus.BLOCKED:
            continue
        if numbers[step.position] < last:
            return True
        last = numbers[step.position]
    return False


def counted_groups(steps: Sequence[T]) -> list[list[T]]:
    """A session's records grouped as the player counted them: parts or steps.

    Each side its own part where the player counted parts (``counts_parts``), else the
    sides of a step folded into one step (``fold_sides``).
    """
    if counts_parts(steps):
        return [[step] for step in sorted(steps, key=lambda s: s.position)]
    return fold_sides(steps)


_SIDES = (Side.LEFT, Side.RIGHT)


def stopped_position(record: SessionRecord) -> int | None:
    """The position of the step under way when ``record`` was ended early; None otherwise.

    Ending a session ("End", "Stop – it hurts") records the step under way as skipped, and
    last (``engine.pain_rest`` rests its regions by the same fact), so the history can tell
    it from a step the person chose to skip. A stop after the last step had none under way:
    its last record is done.
    """
    if record.outcome not in ENDED_EARLY or not record.steps:
        return None
    last = max(record.steps, key=lambda step: (step.started_at, step.position))
    return last.position if last.status is StepStatus.SKIPPED else None


def rating_order(keys: Iterable[str]) -> list[str]:
    """Rated places in one order everywhere: as given, each place's right side before its left.

    The keys are region ids or zone keys, sided by "-right" or "-left" ("leg-right"). The
    Start and After dialogs asked "Right leg" then "Left leg", the summary and the history
    listed "Left leg" first (walk 9, P1-n); the history keeps no order of its own.
    """
    unique = list(dict.fromkeys(keys))
    bases: dict[str, int] = {}
    for key in unique:
        bases.setdefault(_without_side(key)[0], len(bases))

    def order(key: str) -> tuple[int, int]:
        base, rank = _without_side(key)
        return bases[base], rank

    return sorted(unique, key=order)


def _without_side(key: str) -> tuple[str, int]:
    """A place key without its side, and where that side goes: right 0, left 1, none 2."""
    for rank, suffix in enumerate(("-right", "-left")):
        if key.endswith(suffix):
            return key.removesuffix(suffix), rank
    return key, 2


def left_by_back(steps: Sequence[StepRecord], stopped: int | None) -> set[int]:
    """Positions of steps left by Back and not reached again before the session was ended.

    Ending a session records them as skipped after the step under way (at ``stopped``), so
    that their time still counts; but they were never finished or skipped, so they count as
    not reached. After 10, 11, Back to 10 and "Stop – it hurts" the summary read "10 skipped
    · 5 not reached" where a person expects 9 and 6 (walk 9, P1-a).
    """
    if stopped is None:
        return set()
    return {s.position for s in steps if s.position > stopped and s.status is StepStatus.SKIPPED}


class SessionRecorder(Protocol):
    """Where the player writes a session as it runs; the history store implements it.

    Each call is durable when it returns, so a crash loses at most the step in progress.
    """

    def begin(self, session: SessionRecord) -> None:
        """Store a new session (outcome in progress, no steps yet)."""

    def adopt(self, session: SessionRecord) -> None:
        """Carry on recording an interrupted session that is already stored."""

    def add_step(self, session_id: str, step: StepRecord) -> None:
        """Append one finished or skipped step."""

    def remove_step(self, session_id: str, position: int) -> None:
        """Forget the step at ``position``: the person went back to run it again."""

    def finish(
        self,
        session_id: str,
        outcome: Outcome,
        ended_at: datetime,
        ratings_after: dict[str, int],
        stop_reason: str | None = None,
    ) -> None:
        """Close a session with its outcome and after-ratings."""


class InMemoryRecorder:
    """A ``SessionRecorder`` that keeps sessions in a dict.

    Used by tests, and as the fallback when the disk cannot be written: the session keeps
    running in memory and can still be exported.
    """

    def __init__(self) -> None:
        self.sessions: dict[str, SessionRecord] = {}

    def begin(self, session: SessionRecord) -> None:
        """Store a copy of a new session."""
        self.sessions[session.id] = session.model_copy(deep=True)

    def adopt(self, session: SessionRecord) -> None:
        """Keep recording an interrupted session; a copy is taken if it is not here yet."""
        self.sessions.setdefault(session.id, session.model_copy(deep=True))

    def add_step(self, session_id: str, step: StepRecord) -> None:
        """Append a step to a stored session."""
        self.sessions[session_id].steps.append(step)

    def remove_step(self, session_id: str, position: int) -> None:
        """Drop a step that will be run again."""
        session = self.sessions[session_id]
        session.steps = [s for s in session.steps if s.position != position]

    def finish(
        self,
        session_id: str,
        outcome: Outcome,
        ended_at: datetime,
        ratings_after: dict[str, int],
        stop_reason: str | None = None,
    ) -> None:
        """Record the end of a session."""
        session = self.sessions[session_id]
        session.outcome = outcome
        session.ended_at = ended_at
        session.ratings_after = dict(ratings_after)
        session.stop_reason = stop_reason

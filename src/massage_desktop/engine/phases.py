"""The session's phases, and how long the player's own ones last."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from massage_desktop.engine.entry import PlanEntry


class SessionPhase(StrEnum):
    """Where a session is; pausing is a separate flag beside the phase."""

    NOT_STARTED = "not_started"
    GET_READY = "get_ready"  # read the instruction before a step
    SWITCH_SIDES = "switch_sides"  # the hands move to the other side (PlanEntry.switches)
    RUNNING = "running"  # a timed step
    REPS = "reps"  # a counted step; ends on ``done``
    FINISHED = "finished"


LEAD_INS = frozenset({SessionPhase.GET_READY, SessionPhase.SWITCH_SIDES})
WORK = frozenset({SessionPhase.RUNNING, SessionPhase.REPS})
TIMED = LEAD_INS | {SessionPhase.RUNNING}
ACTIVE = LEAD_INS | WORK


@dataclass(frozen=True)
class Timing:
    """Lengths of the phases around the steps; the defaults suit reading aloud at a calm pace.

    Attributes:
        get_ready_s: Shortest get-ready phase before a step.
        reading_words_per_s: Reading speed used to lengthen get-ready for long instructions
            (3.5 words a second is a relaxed reading pace).
        get_ready_max_s: Longest get-ready phase, however long the instruction; a person can
            pause if they need longer.
        switch_sides_s: Pause for a switch to the same step on the other side (a switch
            that brings a new step also gets that step's reading time).
        half_time_min_s: Timed steps at least this long announce half-time; on shorter ones
            the cue would crowd the step's start and end.
        next_part_s: Lead-in before the next step of the same technique on the same side
            (``PlanEntry.continues``): the hands stay where they are, and the instruction
            stays on screen while the step runs. A full get-ready of up to 16 s came between
            the strips of one thigh (walk 6, finding 14).
    """

    get_ready_s: float = 5.0
    reading_words_per_s: float = 3.5
    get_ready_max_s: float = 20.0
    switch_sides_s: float = 5.0
    half_time_min_s: float = 20.0
    next_part_s: float = 3.0

    def __post_init__(self) -> None:
        for name in ("get_ready_s", "switch_sides_s", "next_part_s"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative")
        if self.reading_words_per_s <= 0:
            raise ValueError("reading_words_per_s must be positive")

    def get_ready_for(self, entry: PlanEntry) -> float:
        """Seconds of get-ready before ``entry``: enough to read its instruction.

        The result is ``max(get_ready_s, words / reading_words_per_s)`` capped at
        ``get_ready_max_s`` (but never below ``get_ready_s``). The words are the original
        (English) instruction's when the plan knows them, so a translation that words a step
        longer or shorter does not change how long the session takes.
        """
        words = entry.reading_words
        if words is None:
            words = len(entry.instruction.split())
        reading = words / self.reading_words_per_s
        return min(max(self.get_ready_s, reading), max(self.get_ready_max_s, self.get_ready_s))

    def lead_in_for(self, entry: PlanEntry, previous: PlanEntry | None) -> float:
        """Seconds of get-ready or switch-sides before ``entry``, run straight after ``previous``.

        A switch to the same step on the other side is ``switch_sides_s``; a switch that also
        brings a new step gets the step's reading time too. The next step of the same
        technique on the same side gets ``next_part_s`` (never more than a get-ready).
        """
        if previous is not None and entry.continues(previous):
            return min(self.next_part_s, self.get_ready_for(entry))
        if previous is None or not entry.switches:
            return self.get_ready_for(entry)
        if entry.pairs_with(previous):
            return self.switch_sides_s
        return max(self.switch_sides_s, self.get_ready_for(entry))

    def announces_half_time(self, run_s: float) -> bool:
        """Whether a timed run of ``run_s`` seconds gets a half-time cue."""
        return run_s >= self.half_time_min_s

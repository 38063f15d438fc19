"""Cues: what the session tells the UI, with the words to show or speak.

The engine has no Qt signals. Every command and ``update()`` returns the cues it caused, and
the session also hands each cue to its listeners, so a Qt adapter can forward them as signals
and a test can simply look at the returned list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from massage_desktop.domain.history import Outcome
from massage_desktop.engine.entry import PlanEntry

LATE_AFTER_S = 0.5
"""A cue emitted this long after it was due (the event loop stalled) is marked late."""


class CueKind(StrEnum):
    """What happened."""

    STEP_CHANGED = "step_changed"  # a different entry is now current
    GET_READY = "get_ready"  # read the next instruction; the step starts after it
    STEP_STARTED = "step_started"  # the timed or counted work begins (again, after restart)
    SWITCH_SIDES = "switch_sides"  # the hands move to the other side (once per switch)
    HALF_TIME = "half_time"  # half of a long timed step is over
    TEMPO_BEAT = "tempo_beat"  # one beat of a counted step with a tempo
    STEP_BLOCKED = "step_blocked"  # a blocked entry was passed over without running
    FINISHED = "finished"  # the session ended, by completion or by the user


@dataclass(frozen=True)
class Cue:
    """One event for the UI.

    Attributes:
        kind: What happened.
        entry: The entry it concerns (the new current entry for STEP_CHANGED), or None.
        text: Plain words to show or speak; empty for tempo beats.
        due_s: Session time (seconds of running, pauses excluded) when the cue was due.
        late: True when the cue comes well after it was due because updates stalled; a UI
            may show it but should not speak it.
        beat: The beat number (from 1) for TEMPO_BEAT.
        new_step: For SWITCH_SIDES, the entry is a different step from the one just done on
            the other side, so its instruction is read out with the switch.
    """

    kind: CueKind
    entry: PlanEntry | None
    text: str
    due_s: float
    late: bool = False
    beat: int | None = None
    new_step: bool = False


Listener = Callable[[Cue], None]


def _duration(seconds: float) -> str:
    whole = round(seconds)
    minutes, rest = divmod(whole, 60)
    if minutes and rest:
        return f"{minutes} min {rest} s"
    return f"{minutes} minute{'s' if minutes != 1 else ''}" if minutes else f"{rest} seconds"


def step_changed_text(entry: PlanEntry, step: int, steps: int) -> str:
    """Heading for a new current entry, e.g. 'Step 3 of 6: Flushing, right side'.

    Both sides of a step share its number (``engine.step_count.step_number``).
    """
    return f"Step {step} of {steps}: {entry.label}"


def get_ready_text(entry: PlanEntry) -> str:
    """What to say before a step: 'Next: <technique, side>. <instruction>'."""
    return f"Next: {entry.label}. {entry.instruction}"


def step_started_text(entry: PlanEntry, run_s: float | None) -> str:
    """What to say when the work begins."""
    if entry.repetitions is not None:
        count = entry.repetitions
        return f"Begin: {count} time{'s' if count != 1 else ''}, then press Done."

    return f"Begin: {_duration(run_s or 0.0)}."


def switch_sides_text(entry: PlanEntry, *, announce_step: bool = False) -> str:
    """What to say between sides; ``entry`` is the side about to run.

    With ``announce_step`` the next step follows, as in the get-ready text, because it is
    not the step just done on the other side.
    """
    side = entry.side.value if entry.side else "other"
    switch = f"Switch to the {side} side."
    return f"{switch} {get_ready_text(entry)}" if announce_step else switch


def blocked_text(entry: PlanEntry) -> str:
    """What to show for an entry passed over because it is blocked."""
    return f"Skipped {entry.label}: {entry.blocked_reason}"


def finished_text(outcome: Outcome) -> str:
    """What to say when the session ends."""
    return _FINISHED_TEXT.get(outcome, "")


HALF_TIME_TEXT = "Half time."
_FINISHED_TEXT = {
    Outcome.COMPLETED: "Session complete. Well done.",
    Outcome.STOPPED_EARLY: "Session ended.",
    Outcome.STOPPED_FOR_PAIN: "Session stopped. Rest, and see a professional if the pain stays.",
}

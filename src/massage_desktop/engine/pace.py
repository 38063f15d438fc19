"""The stroke's pace: where the hands are along a step's stroke at a moment of the step.

Everything here is a pure function of the step's elapsed work time, the session's own
``elapsed_s`` (pauses excluded). The map's animation asks it on every frame, so a pause stops
the stroke where it is, a late frame draws the right place rather than "one frame on", and
the animation can never drift from the session's clock or from its counted beats.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from massage_desktop.domain.content import Stroke, StrokeReturn
from massage_desktop.domain.enums import Heading
from massage_desktop.engine.entry import PlanEntry
from massage_desktop.engine.phases import WORK, SessionPhase
from massage_desktop.engine.runner import EPSILON_S
from massage_desktop.engine.view import SessionView

OUT_SHARE = {
    StrokeReturn.LIFT: 0.8,
    StrokeReturn.LIGHT: 0.6,
    StrokeReturn.SIDES: 0.6,
    StrokeReturn.SAME: 0.5,
}
"""Share of a stroke's time spent working along the arrow; the rest is the way back."""

_CYCLES = frozenset({Heading.IN_PLACE, Heading.CLOCKWISE, Heading.ANTICLOCKWISE})


class Leg(StrEnum):
    """Which part of a stroke the hands are in."""

    OUT = "out"  # working along the arrow (or round the circle, or the squeeze)
    BACK = "back"  # coming back: lightly, down the sides, or the same way
    LIFTED = "lifted"  # off the skin, on the way back to the start
    DONE = "done"  # a counted step's strokes are all made; waiting for "Done"


@dataclass(frozen=True)
class StrokePace:
    """The hands' place in the stroke at one moment.

    Attributes:
        strokes: Whole strokes finished so far in this step.
        leg: The part of the stroke being made.
        progress: How far through ``leg``, from 0 to 1.
    """

    strokes: int
    leg: Leg
    progress: float

    @property
    def position(self) -> float:
        """Where along the arrow the hands are, from 0 (its start) to 1 (its head)."""
        if self.leg is Leg.OUT:
            return self.progress
        if self.leg is Leg.BACK:
            return 1.0 - self.progress
        return 0.0


def _ease(t: float) -> float:
    """Hands speed up from rest and slow down before turning (smoothstep)."""
    return t * t * (3.0 - 2.0 * t)


def returns_of(stroke: Stroke) -> StrokeReturn | None:
    """How the stroke comes back, or None for one that does not travel (circles, squeezes)."""
    return None if stroke.heading in _CYCLES else stroke.returns


def pace_at(
    elapsed_s: float,
    tempo_s: float,
    returns: StrokeReturn | None,
    planned_strokes: int | None = None,
) -> StrokePace:
    """The hands' place ``elapsed_s`` seconds into a step's work.

    Args:
        elapsed_s: Work time of the step so far, pauses excluded.
        tempo_s: Seconds one whole stroke takes.
        returns: How the stroke comes back; None for a stroke worked on one spot, where each
            stroke is one even cycle (a circle, a squeeze, a tap).
        planned_strokes: A counted step's repetitions: after the last one the hands rest.

    Raises:
        ValueError: ``tempo_s`` is not positive.
    """
    if tempo_s <= 0:
        raise ValueError("tempo_s must be positive")
    elapsed = max(0.0, elapsed_s)
    # The same tolerance as the runner's beats: the count turns over with the beat's click.
    strokes = int((elapsed + EPSILON_S) / tempo_s)
    if planned_strokes is not None and strokes >= planned_strokes:
        return StrokePace(planned_strokes, Leg.DONE, 0.0)
    t = min(1.0, max(0.0, elapsed / tempo_s - strokes))
    if returns is None:
        return StrokePace(strokes, Leg.OUT, t)
    share = OUT_SHARE[returns]
    if t < share:
        return StrokePace(strokes, Leg.OUT, _ease(t / share))
    leg = Leg.LIFTED if returns is StrokeReturn.LIFT else Leg.BACK
    return StrokePace(strokes, leg, _ease((t - share) / (1.0 - share)))


def stroke_period_s(entry: PlanEntry) -> float | None:
    """Seconds per stroke of an entry: a counted step's beat, else its stroke's tempo."""
    if entry.stroke is None:
        return None
    if entry.counted and entry.beat_s:
        return entry.beat_s
    return entry.stroke.tempo_s


def step_pace(session: SessionView) -> StrokePace | None:
    """The current step's stroke pace, or None outside a step's work or without a stroke."""
    entry = session.current
    if entry is None or entry.stroke is None or session.phase not in WORK:
        return None
    period = stroke_period_s(entry)
    if period is None:
        return None
    return pace_at(session.elapsed_s(), period, returns_of(entry.stroke), entry.repetitions)


@dataclass(frozen=True)
class StrokeCount:
    """How far a counted step's strokes have come, as its beats count them.

    Attributes:
        made: Strokes finished so far (at most ``planned``).
        planned: The step's repetitions.
    """

    made: int
    planned: int

    @property
    def number(self) -> int:
        """The stroke being made now, counting from 1; the last one once all are made.

        The map's count says the same ("2 of 5" while the second stroke is made).
        """
        return min(self.made + 1, self.planned)

    @property
    def fraction(self) -> float:
        """The share of the strokes made, from 0 to 1."""
        return self.made / self.planned if self.planned else 1.0


def stroke_count(session: SessionView) -> StrokeCount | None:
    """The current counted step's strokes so far, or None where nothing keeps count.

    A counted step with a beat (its tempo, or its stroke's) is counted by the beats the
    runner gives; without one the person counts and only the target is known.
    """
    entry = session.current
    if entry is None or session.phase is not SessionPhase.REPS or not entry.repetitions:
        return None
    beat = entry.beat_s
    if not beat:
        return None
    # The same tolerance as the runner's beats: the count turns over with the beat's click.
    made = int((max(0.0, session.elapsed_s()) + EPSILON_S) / beat)
    return StrokeCount(min(made, entry.repetitions), entry.repetitions)

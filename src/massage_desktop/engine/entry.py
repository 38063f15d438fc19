"""One entry of a session plan: a single step, on a single side, ready to run."""

from __future__ import annotations

from dataclasses import dataclass

from massage_desktop.domain.content import Stroke
from massage_desktop.domain.enums import Severity, Side

SECONDS_PER_REP = 3.0
"""Assumed length of one repetition without a tempo, for estimates and progress only."""


@dataclass(frozen=True)
class StepWarning:
    """A warning to show with a step: a technique's own or a shared contraindication.

    Attributes:
        screened: Whether the health profile asks about this condition, so a person who has
            it was screened before the session (a shared contraindication a condition names).
        personal: Whether it is a caution from this person's health profile for this step
            (set by the screening).
        step_line: The contraindication's short line when one of the step's own regions lists
            it: the strip names it on this step whatever the profile says.
        elsewhere: For a condition this person has at places they named, none of them on
            this step: those region ids (set by the screening). "More…" says it is not here
            instead of "Do not massage if you have: Fresh injury" (walk 5, finding 2).
        unticked: Whether the health profile asks about this condition and this person, who
            ticked others, did not tick it (set by the screening): "More…" names it in one
            calm line instead of listing it as if it applied (walk 5, finding 3).
    """

    severity: Severity
    title: str
    text: str
    advice: str | None = None
    contraindication_id: str | None = None
    screened: bool = False
    personal: bool = False
    step_line: str | None = None
    elsewhere: tuple[str, ...] = ()
    unticked: bool = False

    @property
    def at_a_glance(self) -> bool:
        """Whether the player's warning strip shows it while the step runs.

        The step's own cautions, the person's own conditions, and a line a region insists
        on do; a condition the profile asks about and this person does not have does not
        (it was screened before the session, and "More…" still lists it).
        """
        return not self.screened or self.personal or self.step_line is not None


@dataclass(frozen=True)
class PlanEntry:
    """One step of a technique on one side, with everything the player shows and says.

    Attributes:
        index: Position in the plan, from 0; also the record's ``position``.
        item_index: Which routine item the entry comes from (0 for a single technique).
        technique_id: The technique's id.
        technique_name: The technique's name, for display and speech.
        step_index: Index into the technique's steps.
        instruction: What to do.
        region_ids: Regions worked, already filtered to ``side`` for each-side steps.
        side: The person's side for an each-side step, else None.
        planned_s: Planned seconds of a timed step (after any routine override), None when
            the step is counted.
        repetitions: Repetitions of a counted step, None when it is timed.
        stroke: How the body map draws the movement.
        tempo_bpm: Beat for percussion steps, when the content gives one.
        warnings: Warnings to show, strongest first.
        blocked_reason: Why the entry may not run, or None when it may.
        note: The routine item's note, if any.
        number_source: Where the step's number (time or count) comes from: a guide id, or
            'suggested' for the app's own; None when unknown.
        switches: Whether the hands move to the other side before this entry (the side
            differs from the entry before, or a repeat pass begins).
        second_pass: Whether the entry belongs to a routine's repeat on the other side.
        shortest_s: The least time "−15 s" may leave a timed step: the guide's lower bound
            (or a floor where it gives none), never more than ``planned_s``; None if counted.
        reading_words: Words of the instruction as written in English, which the time to read
            it counts in every language; None to count ``instruction``'s own.
        areas: The body areas of ``region_ids`` ("thigh", "lower-leg"): a step in another
            area is a new place, however the technique goes on.
        prepares: Whether the step only gets the hands ready (warming the oil or the hands):
            it takes place at ``region_ids`` but massages none of them.
    """

    index: int
    item_index: int
    technique_id: str
    technique_name: str
    step_index: int
    instruction: str
    region_ids: tuple[str, ...]
    side: Side | None
    planned_s: float | None
    repetitions: int | None
    stroke: Stroke | None
    tempo_bpm: int | None
    warnings: tuple[StepWarning, ...] = ()
    blocked_reason: str | None = None
    note: str | None = None
    number_source: str | None = None
    switches: bool = False
    second_pass: bool = False
    shortest_s: float | None = None
    reading_words: int | None = None
    areas: tuple[str, ...] = ()
    prepares: bool = False

    @property
    def glance_warnings(self) -> tuple[StepWarning, ...]:
        """The warnings the player's strip shows while the step runs, strongest first."""
        return tuple(w for w in self.warnings if w.at_a_glance)

    @property
    def blocked(self) -> bool:
        """Whether the entry is skipped without running."""
        return self.blocked_reason is not None

    @property
    def counted(self) -> bool:
        """Whether the step counts repetitions instead of running for a time."""
        return self.repetitions is not None

    @property
    def beat_s(self) -> float | None:
        """Seconds between tempo beats, or None without a tempo.

        A step's own ``tempo_bpm`` sets the beat; a counted step without one beats once a
        stroke, so the count (clicked, spoken, and shown on the map) follows the strokes.
        """
        if self.tempo_bpm:
            return 60.0 / self.tempo_bpm
        if self.counted and self.stroke is not None:
            return self.stroke.tempo_s
        return None

    @property
    def estimated_s(self) -> float:
        """Planned seconds, or for a counted step an estimate from its tempo or a default."""
        if self.planned_s is not None:
            return self.planned_s
        return (self.repetitions or 0) * (self.beat_s or SECONDS_PER_REP)

    @property
    def label(self) -> str:
        """The technique's name with the side, e.g. 'Flushing, right side'."""
        return (
            f"{self.technique_name}, {self.side.value} side" if self.side else self.technique_name
        )

    def continues(self, earlier: PlanEntry) -> bool:
        """Whether this entry is the next step of the technique ``earlier`` ran, on its side.

        The hands are already there: the thigh's inner, middle and outer strips, or the
        second hand joining the first. No new place or side to move to, so no full get-ready.
        A step in another body area (the thigh's kneading going on to the calf) is a new place.
        """
        apart = bool(self.areas and earlier.areas and not set(self.areas) & set(earlier.areas))
        return (
            not self.switches
            and not apart
            and self.side == earlier.side
            and self.step_index == earlier.step_index + 1
            and (self.item_index, self.technique_id, self.second_pass)
            == (earlier.item_index, earlier.technique_id, earlier.second_pass)
        )

    def pairs_with(self, earlier: PlanEntry) -> bool:
        """Whether this entry is the second side of the step ``earlier`` ran on the first."""
        return (
            self.side is not None
            and earlier.side is not None
            and self.side is not earlier.side
            and (self.item_index, self.step_index, self.technique_id)
            == (earlier.item_index, earlier.step_index, earlier.technique_id)
        )

"""Models of the content files in ``data/``: regions, techniques, routines and warnings.

Every model forbids unknown keys so that a typo in a content file is an error, not a silently
ignored field. Cross-file references (a technique naming a region, a routine naming a technique)
are plain ids here; ``massage_desktop.content`` resolves and checks them.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from massage_desktop.domain.enums import (
    Heading,
    Performer,
    Phase,
    PressureLevel,
    Severity,
    Side,
    StrokePattern,
    View,
)

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)]
RegionId = Annotated[
    str, StringConstraints(pattern=r"^(front|back)-[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)
]
"""A region id, or a region id without its ``-left``/``-right`` suffix meaning both sides."""
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Range = tuple[Annotated[int, Field(gt=0)], Annotated[int, Field(gt=0)]]

SUGGESTED = "suggested"
"""The ``number_source`` of a number the app suggests rather than takes from a guide."""
NumberSource = Annotated[
    Slug,
    Field(
        description="Where the step's number comes from: the id of the guide that gives it, "
        "or 'suggested' for the app's own suggestion."
    ),
]


class Strict(BaseModel):
    """Base for content models: unknown keys are errors and loaded content is immutable."""

    # defer_build: validators are built on the first validation, not at import. A start that
    # loads the checked content from the cache (storage.content_cache) never validates any.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Guide(Strict):
    """One of the source guides the content was written from."""

    id: Slug
    title: Line
    summary: Text


class Area(Strict):
    """A group of regions, such as every part of the knee."""

    id: Slug
    name: Line


class Zone(Strict):
    """A few areas a session is rated on as one: "Right leg" rather than nine leg regions.

    A session asked to rate one random region it touched ("Right ankle and Achilles tendon"
    for a whole leg massage, walk 8): a zone is what a person can answer for. A zone with
    ``name_right`` and ``name_left`` is rated per side; ``name`` covers both sides or, for a
    zone without sides (the back), the whole of it.
    """

    id: Slug
    name: Line
    name_right: Line | None = None
    name_left: Line | None = None
    areas: list[Slug] = Field(min_length=1)

    @model_validator(mode="after")
    def _both_sides_named(self) -> Self:
        if (self.name_right is None) != (self.name_left is None):
            raise ValueError("a zone names both sides (name_right and name_left) or neither")
        return self


class Region(Strict):
    """A clickable part of the body map."""

    id: RegionId
    name: Line
    view: View
    side: Side
    area: Slug
    aliases: list[Line] = []
    contraindications: list[Slug] = Field(
        default=[], description="Warnings that apply whenever this region is massaged."
    )

    @property
    def part(self) -> str:
        """The id without its side suffix: both sides of the same part share it."""
        for suffix in ("-left", "-right"):
            if self.id.endswith(suffix):
                return self.id.removesuffix(suffix)
        return self.id

    @model_validator(mode="after")
    def _id_matches_view_and_side(self) -> Self:
        if not self.id.startswith(f"{self.view.value}-"):
            raise ValueError(f"id {self.id!r} must start with its view {self.view.value!r}")
        sided = self.id.endswith(("-left", "-right"))
        if self.side is Side.CENTRE and sided:
            raise ValueError(f"id {self.id!r} ends in a side but side is 'centre'")
        if self.side is not Side.CENTRE and not self.id.endswith(f"-{self.side.value}"):
            raise ValueError(f"id {self.id!r} must end in '-{self.side.value}'")
        return self


class AreaPressure(Strict):
    """Pressure advice for particular areas, e.g. light on the face, firmer on the thighs."""

    areas: list[Slug] = Field(min_length=1)
    level: PressureLevel
    advice: Text


class PressureAdvice(Strict):
    """How hard to press overall, with the guides' region-specific advice."""

    level: PressureLevel
    advice: Text
    by_area: list[AreaPressure] = []


class StrokeReturn(StrEnum):
    """How the hands get back to the start of a stroke, as the step's instruction says.

    The body map's animation draws the way back accordingly.
    """

    LIFT = "lift"  # lifted off and set down at the start again: no way back is drawn
    LIGHT = "light"  # glide back the same way with a light touch: drawn dimmer
    SIDES = "sides"  # brush back down both sides: drawn dimmer, either side of the arrow
    SAME = "same"  # back the same way with the same touch, as in rubbing to and fro


TEMPO_RANGE_S = (0.4, 20.0)
"""Shortest and longest stroke a step may give: a brisk rub to a slow, long sweep."""


class Stroke(Strict):
    """Where and which way a step's hands move, as the body map draws it."""

    pattern: StrokePattern
    heading: Heading
    tempo_s: Annotated[float, Field(ge=TEMPO_RANGE_S[0], le=TEMPO_RANGE_S[1])] = Field(
        description="Seconds one whole stroke takes: out and back, one circle, one squeeze "
        "and release, or one tap. The map's animation and the count of a counted step "
        "follow it."
    )
    tempo_source: NumberSource
    returns: StrokeReturn = Field(
        default=StrokeReturn.LIFT,
        description="How the hands come back to the start: lifted, gliding back lightly, "
        "brushing down the sides, or the same way (rubbing to and fro).",
    )
    label: Line = Field(description="The direction in words, e.g. 'towards the heart'.")
    path: list[RegionId] = Field(
        default=[],
        description="Regions the stroke runs through, first to last; defaults to the step's.",
    )
    ends: Literal["far", "near"] = Field(
        default="far",
        description="Where a path's arrow starts and ends: 'far' well inside its first and "
        "last regions, 'near' just either side of the regions between them ('from a little "
        "above the knee to a little below').",
    )

    @property
    def tempo_from_guide(self) -> bool:
        """Whether a guide gives the tempo (otherwise it is the app's suggestion)."""
        return self.tempo_source != SUGGESTED

    @model_validator(mode="after")
    def _along_needs_a_path(self) -> Self:
        if self.heading is Heading.ALONG and len(self.path) < 2:
            raise ValueError("heading 'along' needs a path of at least two regions")
        return self


class AreaNote(Strict):
    """A sentence of a step's instruction that is about some areas only.

    Kneading's "For small parts like the jaw, the hands or the feet, use your fingers and
    thumb instead" was printed on a thigh routine's card (walk 6, finding 24): a session, its
    card and its history show it only where the step works on one of ``areas``.
    """

    areas: list[Slug] = Field(min_length=1)
    text: Text


class Step(Strict):
    """One instruction of a technique, timed or counted."""

    instruction: Text
    duration_s: Annotated[int, Field(gt=0, le=3600)] | None = None
    duration_range_s: Range | None = Field(
        default=None, description="The range the guide gives, e.g. [5, 15] seconds."
    )
    repetitions: Annotated[int, Field(gt=0, le=500)] | None = None
    repetitions_range: Range | None = None
    number_source: NumberSource
    each_side: bool = False
    regions: list[RegionId] = Field(
        default=[], description="Regions this step works on; defaults to the technique's."
    )
    stroke: Stroke | None = None
    tempo_bpm: Annotated[int, Field(ge=20, le=240)] | None = Field(
        default=None, description="An optional beat for percussion steps."
    )
    area_notes: list[AreaNote] = Field(
        default=[],
        description="Sentences added to the instruction only where the step works on one of "
        "their areas (the whole guide shows them all).",
    )

    def instruction_for(self, areas: set[str] | None = None) -> str:
        """The instruction with the notes about ``areas`` (None: every note, as the guide)."""
        notes = [n.text for n in self.area_notes if areas is None or areas & set(n.areas)]
        return " ".join([self.instruction, *notes])

    @property
    def from_guide(self) -> str | None:
        """The id of the guide the step's number comes from, or None when suggested."""
        return None if self.number_source == SUGGESTED else self.number_source

    @model_validator(mode="after")
    def _timed_or_counted(self) -> Self:
        if (self.duration_s is None) == (self.repetitions is None):
            raise ValueError("give exactly one of duration_s and repetitions")
        for value, rng, name in (
            (self.duration_s, self.duration_range_s, "duration"),
            (self.repetitions, self.repetitions_range, "repetitions"),
        ):
            if rng is None:
                continue
            if value is None:
                raise ValueError(f"{name} range given without {name}")
            low, high = rng
            if not low <= value <= high:
                raise ValueError(f"{name} {value} lies outside its range {low}-{high}")
        return self

    @model_validator(mode="after")
    def _one_beat_in_place(self) -> Self:
        # Taps worked on one spot are one stroke per beat: the map and the clicks agree.
        stroke = self.stroke
        if stroke is None or self.tempo_bpm is None or stroke.heading is not Heading.IN_PLACE:
            return self
        beat = 60.0 / self.tempo_bpm
        if abs(stroke.tempo_s - beat) > 0.01:
            raise ValueError(
                f"stroke.tempo_s {stroke.tempo_s:g} must be one beat of tempo_bpm "
                f"{self.tempo_bpm} ({beat:g} s) for a stroke worked in place"
            )
        return self


class TechniqueWarning(Strict):
    """A warning that belongs to one technique only."""

    severity: Severity
    text: Line


class Technique(Strict):
    """A massage technique with its steps, pressure and warnings."""

    id: Slug
    name: Line
    term: Line | None = Field(
        default=None,
        description="The technical term the guides use, shown under the plain name, e.g. "
        "'effleurage'; left out when the name says it already.",
    )
    aliases: list[Line] = []
    summary: Line
    benefits: list[Line] = []
    phase: Phase
    order: int = Field(ge=0, description="Position in the guides' sequence within its phase.")
    performer: Performer
    pressure: PressureAdvice
    position: Text
    preparation: list[Line] = []
    regions: list[RegionId] = Field(min_length=1)
    one_side_at_a_time: bool = Field(
        default=False,
        description=(
            "It works one side at a time (one knee, one thigh): a step listing both sides "
            "of a part, started from one of them, works that side only, and only that side "
            "is screened. Leave it unset for a step that works both sides at once (both "
            "temples, the palms together)."
        ),
    )
    steps: list[Step] = Field(min_length=1)
    warnings: list[TechniqueWarning] = []
    contraindications: list[Slug] = []
    variant_of: Slug | None = None
    sources: list[Slug] = Field(min_length=1)

    @property
    def title(self) -> str:
        """The name a list or heading shows: the plain name alone, e.g. 'Kneading'.

        It was the name with its first alias in brackets, 'Kneading (petrissage)': a term a
        newcomer does not know, in every list and routine (walk 8, finding 9). Names are
        unique, so they need no bracket to tell two apart; the aliases stay for the search,
        and the technique's own guide names its ``term``.
        """
        return self.name

    @property
    def search_label(self) -> str:
        """Name with its first alias, e.g. 'Kneading (petrissage)': a search result's label.

        In the search the term helps: it says why a row matched what was typed. An alias the
        name already holds is left out: "Thigh fanning (fanning)" said it twice.
        """
        if not self.aliases or self.aliases[0].lower() in self.name.lower():
            return self.name
        return f"{self.name} ({self.aliases[0]})"

    @property
    def planned_seconds(self) -> int | None:
        """Total planned time of the timed steps, or None when any step is counted."""
        total = 0
        for step in self.steps:
            if step.duration_s is None:
                return None
            total += step.duration_s * (2 if step.each_side else 1)
        return total

"""Models of routines: techniques in the guides' order, and how they work through both sides."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Self

from pydantic import Field, model_validator

from massage_desktop.domain.content import (
    SUGGESTED,
    Line,
    NumberSource,
    Range,
    RegionId,
    Slug,
    Strict,
    Text,
)
from massage_desktop.domain.enums import Performer


class SideOrder(StrEnum):
    """How a routine works through the two sides of the body.

    ROUTINE does every sided step on the right, then all of them again on the left (between
    steps that work on no side); TECHNIQUE finishes each technique on the right, then on the
    left; STEP does each step on both sides before the next step.
    """

    ROUTINE = "routine"
    TECHNIQUE = "technique"
    STEP = "step"


class RoutineItem(Strict):
    """One technique within a routine."""

    technique: Slug
    duration_s: Annotated[int, Field(gt=0, le=3600)] | None = Field(
        default=None, description="Overrides the technique's time for this routine."
    )
    repetitions: Annotated[int, Field(gt=0, le=500)] | None = Field(
        default=None,
        description="Overrides how many times the technique's counted steps run, on each side.",
    )
    number_source: NumberSource | None = Field(
        default=None,
        description="Where duration_s and repetitions come from; required with either.",
    )
    regions: list[RegionId] = Field(
        default=[], description="Limits the technique to these regions in this routine."
    )
    steps: list[Annotated[int, Field(gt=0)]] = Field(
        default=[],
        description="Runs only these steps of the technique (numbered from 1), in this order.",
    )
    note: Line | None = None
    each_side: bool = Field(
        default=False,
        description=(
            "A step over the right and the left of the same regions runs on one side, then "
            "on the other, in the routine's side order (the routine editor's 'Both sides'); "
            "unset, it runs once over both."
        ),
    )

    @model_validator(mode="after")
    def _time_has_a_source(self) -> Self:
        numbers = self.duration_s is not None or self.repetitions is not None
        if numbers != (self.number_source is not None):
            raise ValueError(
                "give number_source together with duration_s or repetitions, and only with them"
            )
        return self

    @property
    def from_guide(self) -> str | None:
        """The id of the guide the item's numbers come from, or None when suggested or unset."""
        source = self.number_source
        return None if source in (None, SUGGESTED) else source


class Repeat(Strict):
    """The offer to run a one-sided routine a second time on the other side."""

    label: Line = Field(description="The offer in words, e.g. 'Repeat on the other knee'.")


class Routine(Strict):
    """A built-in sequence of techniques in the guides' order."""

    id: Slug
    name: Line
    summary: Text
    performer: Performer
    minutes: Range | None = Field(default=None, description="Length the guide suggests.")
    sides: SideOrder = Field(
        default=SideOrder.TECHNIQUE,
        description="Whole routine on one side then the other, per technique, or per step.",
    )
    repeat: Repeat | None = Field(
        default=None, description="Offers a second pass on the other side, e.g. the other knee."
    )
    items: list[RoutineItem] = Field(min_length=1)
    sources: list[Slug] = Field(min_length=1)

    @model_validator(mode="after")
    def _minutes_ordered(self) -> Self:
        if self.minutes is not None and self.minutes[0] > self.minutes[1]:
            raise ValueError("minutes must be [shortest, longest]")
        return self

    @property
    def technique_count(self) -> int:
        """How many different techniques it uses: stroking before and after kneading is one.

        The card lists each technique once; counting items said "5 steps (4 techniques)"
        beside a list of 3 (walk 8).
        """
        return len({item.technique for item in self.items})

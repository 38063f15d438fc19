"""Models of the safety content: contraindications, health conditions and their rules, principles.

Split from ``content`` so that each file holds one kind of content; ids are plain here and
``massage_desktop.content`` resolves them.
"""

from __future__ import annotations

from typing import Self

from pydantic import Field, model_validator

from massage_desktop.domain.content import Line, RegionId, Slug, Strict, Text
from massage_desktop.domain.enums import PressureLevel, RuleEffect, Severity, StrokePattern


class Contraindication(Strict):
    """A warning or contraindication from the guides.

    Attributes:
        step_line: A short line the player's warning strip shows on every step of a region
            that lists this contraindication, whatever the health profile says: for a
            condition someone may have without knowing it (a blood clot), which the health
            profile's screening cannot rule out. None: the strip names it only for a person
            whose profile has the condition.
    """

    id: Slug
    title: Line
    severity: Severity
    text: Text
    advice: Text | None = None
    step_line: Line | None = None
    regions: list[RegionId] = []
    sources: list[Slug] = Field(min_length=1)


class ConditionRule(Strict):
    """One effect of a health condition.

    The rule picks regions (listed ``regions`` and ``areas``, the regions the user named for
    the condition when ``affected_regions`` is set, or every region with ``all_regions``) and
    techniques (listed ``techniques``, those with a step of one of ``patterns``, those whose
    pressure is at least ``min_pressure``). With only regions it applies to everything done
    there; with only techniques, to those techniques everywhere; with both, to those
    techniques on those regions.
    """

    effect: RuleEffect
    regions: list[RegionId] = []
    areas: list[Slug] = []
    affected_regions: bool = False
    all_regions: bool = False
    techniques: list[Slug] = []
    patterns: list[StrokePattern] = []
    min_pressure: PressureLevel | None = None
    unless_cleared: bool = Field(
        default=False, description="Does not apply once a professional has cleared it."
    )
    reason: Line
    advice: Text | None = None

    @model_validator(mode="after")
    def _targets_something(self) -> Self:
        picks_regions = self.regions or self.areas or self.affected_regions or self.all_regions
        picks_techniques = self.techniques or self.patterns or self.min_pressure is not None
        if not picks_regions and not picks_techniques:
            raise ValueError("a rule must name regions, areas or techniques it applies to")
        return self


class Condition(Strict):
    """A health condition from the guides that the user can tick in their health profile."""

    id: Slug
    name: Line
    hint: Line | None = Field(default=None, description="Signs in plain words, e.g. swelling.")
    asks_regions: bool = Field(default=False, description="The user names the affected regions.")
    asks_clearance: bool = Field(
        default=False, description="Ask whether a professional cleared it."
    )
    contraindications: list[Slug] = []
    rules: list[ConditionRule] = Field(min_length=1)
    sources: list[Slug] = Field(min_length=1)


class Principle(Strict):
    """A general rule of safe, effective massage, or a reason to seek professional help."""

    id: Slug
    title: Line
    text: Text
    sources: list[Slug] = Field(min_length=1)
    after_pain: bool = Field(
        default=True,
        description="A reason to seek help that the stop advice lists after pain ('You want "
        "deeper work' is not one).",
    )
    for_partner: bool = Field(
        default=True,
        description="The stop advice lists it after a partner's session too ('Self-massage is "
        "not helping enough' speaks of massaging yourself).",
    )

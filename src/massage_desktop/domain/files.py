"""Top-level shapes of the content files; one model per kind of file in ``data/``."""

from __future__ import annotations

from pydantic import Field

from massage_desktop.domain.content import Area, Guide, Region, Strict, Technique, Zone
from massage_desktop.domain.routines import Routine
from massage_desktop.domain.rules import Condition, Contraindication, Principle


class GuidesFile(Strict):
    """``data/guides.yaml``: the source guides the content is written from."""

    guides: list[Guide] = Field(min_length=1)


class RegionsFile(Strict):
    """``data/regions.yaml``: areas and the clickable regions, listed head to toe."""

    areas: list[Area] = Field(min_length=1)
    zones: list[Zone] = Field(default_factory=list)
    regions: list[Region] = Field(min_length=1)


class SafetyFile(Strict):
    """``data/contraindications.yaml``: warnings, health conditions, principles, getting help."""

    contraindications: list[Contraindication] = Field(min_length=1)
    conditions: list[Condition] = Field(default_factory=list)
    principles: list[Principle] = Field(min_length=1)
    seek_help: list[Principle] = Field(min_length=1)


# A technique file and a routine file each hold exactly one Technique or Routine.
FILE_KINDS: dict[str, type[Strict]] = {
    "guides": GuidesFile,
    "regions": RegionsFile,
    "contraindications": SafetyFile,
    "technique": Technique,
    "routine": Routine,
}

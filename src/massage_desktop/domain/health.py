"""The user's health profile: the guides' conditions they have ticked. No Qt, no I/O."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, field_validator


class HealthProfile(BaseModel):
    """What the user told us about their health; ids refer to ``Catalog.conditions``.

    Attributes:
        conditions: Ticked condition ids.
        regions: Condition id to the region ids (or sided parts, meaning both sides) the user
            named, for conditions that ask where.
        cleared: Condition ids a doctor, surgeon or physical therapist has cleared.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    conditions: tuple[str, ...] = ()
    regions: dict[str, tuple[str, ...]] = {}
    cleared: tuple[str, ...] = ()

    @field_validator("conditions", "cleared")
    @classmethod
    def _unique(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(value))

    def has(self, condition_id: str) -> bool:
        """Whether the condition is ticked."""
        return condition_id in self.conditions

    def regions_for(self, condition_id: str) -> tuple[str, ...]:
        """The regions named for a condition (empty when none were named)."""
        return self.regions.get(condition_id, ())

    def is_cleared(self, condition_id: str) -> bool:
        """Whether a professional has cleared the condition."""
        return condition_id in self.cleared

"""Pydantic models of the massage content and of sessions; no Qt, no I/O."""

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import (
    Area,
    Contraindication,
    Guide,
    PressureAdvice,
    Principle,
    Region,
    Routine,
    RoutineItem,
    Step,
    Stroke,
    Technique,
    TechniqueWarning,
)
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

__all__ = [
    "Area",
    "Catalog",
    "Contraindication",
    "Guide",
    "Heading",
    "Performer",
    "Phase",
    "PressureAdvice",
    "PressureLevel",
    "Principle",
    "Region",
    "Routine",
    "RoutineItem",
    "Severity",
    "Side",
    "Step",
    "Stroke",
    "StrokePattern",
    "Technique",
    "TechniqueWarning",
    "View",
]

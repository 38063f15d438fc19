"""Pydantic models of the massage content and of sessions; no Qt, no I/O."""

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import (
    Area,
    Guide,
    PressureAdvice,
    Region,
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
from massage_desktop.domain.routines import Routine, RoutineItem
from massage_desktop.domain.rules import Contraindication, Principle

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

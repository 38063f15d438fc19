"""Closed vocabularies used by the content files."""

from enum import StrEnum


class View(StrEnum):
    """Which drawing of the figure a region belongs to."""

    FRONT = "front"
    BACK = "back"


class Side(StrEnum):
    """Side of the body in the person's own frame (not the viewer's)."""

    LEFT = "left"
    RIGHT = "right"
    CENTRE = "centre"


class PressureLevel(StrEnum):
    """How hard to press, from the guides' three words."""

    LIGHT = "light"
    MODERATE = "moderate"
    FIRM = "firm"


class Performer(StrEnum):
    """Who gives the massage."""

    SELF = "self"
    PARTNER = "partner"
    BOTH = "both"


class Phase(StrEnum):
    """Where a technique sits in a session; the guides warm up first and finish gently."""

    PREPARE = "prepare"
    WARM_UP = "warm_up"
    MAIN = "main"
    FINISH = "finish"


class Severity(StrEnum):
    """How strongly a warning restricts massage, strongest first."""

    DO_NOT_MASSAGE = "do_not_massage"
    AVOID = "avoid"
    LIGHT_PRESSURE = "light_pressure"
    ASK_PROFESSIONAL = "ask_professional"
    TAKE_CARE = "take_care"

    @property
    def rank(self) -> int:
        """0 for the strongest restriction, larger for milder ones."""
        return _SEVERITY_RANKS[self]

    @property
    def label(self) -> str:
        """Short English label shown next to a warning."""
        return _SEVERITY_LABELS[self]


# Warnings are sorted by rank wherever they are listed (about a million times a test run);
# listing the members for each rank took a second of it.
_SEVERITY_RANKS = {severity: index for index, severity in enumerate(Severity)}

_SEVERITY_LABELS = {
    Severity.DO_NOT_MASSAGE: "Do not massage",
    Severity.AVOID: "Avoid this area or technique",
    Severity.LIGHT_PRESSURE: "Light pressure only",
    Severity.ASK_PROFESSIONAL: "Ask a professional first",
    Severity.TAKE_CARE: "Take care",
}


class StrokePattern(StrEnum):
    """The shape of a stroke as the body map draws it."""

    GLIDE = "glide"  # a straight or curved arrow along the path
    CIRCLES = "circles"  # small rotations (thumb/finger circles, circular friction)
    BACK_AND_FORTH = "back_and_forth"  # rubbing to and fro
    FAN = "fan"  # fanning out sideways
    LIFT = "lift"  # kneading, wringing, grab-and-release: squeeze and lift in place
    PERCUSSION = "percussion"  # pummelling, cupping, tapping
    PRESS = "press"  # static pressure
    STRETCH = "stretch"  # pulling (toes, fingers)


class Heading(StrEnum):
    """Direction of travel in the person's own frame; the map turns it into screen vectors."""

    UP = "up"  # towards the head
    DOWN = "down"  # towards the feet
    INWARD = "inward"  # towards the midline
    OUTWARD = "outward"  # away from the midline
    CLOCKWISE = "clockwise"  # as seen on the drawing of that view
    ANTICLOCKWISE = "anticlockwise"
    ALONG = "along"  # follows `path` in the given order
    IN_PLACE = "in_place"  # no travel: lifts, presses and circles worked on one spot


class RuleEffect(StrEnum):
    """What a health condition does to a region or technique."""

    BLOCK = "block"  # cannot start; says why and what to do
    CAUTION = "caution"  # can start after confirming; light pressure only
    INFO = "info"  # shown, changes nothing

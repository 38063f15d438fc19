"""Plain-text pieces of the guide: durations, counts, pressure scales, directions.

Qt-free so the same words appear in the guide, the player and the tests.
"""

from __future__ import annotations

from massage_desktop.domain.content import Step, Stroke
from massage_desktop.domain.enums import Heading, Performer, PressureLevel

PRESSURE_STEPS = {PressureLevel.LIGHT: 1, PressureLevel.MODERATE: 2, PressureLevel.FIRM: 3}
PERFORMER_TEXT = {
    Performer.SELF: "On yourself",
    Performer.PARTNER: "On a partner",
    Performer.BOTH: "On yourself or a partner",
}
HEADING_ARROWS = {
    Heading.UP: "↑",
    Heading.DOWN: "↓",
    Heading.INWARD: "→←",
    Heading.OUTWARD: "←→",
    Heading.CLOCKWISE: "↻",
    Heading.ANTICLOCKWISE: "↺",
    Heading.ALONG: "➝",
    Heading.IN_PLACE: "•",
}


def seconds_text(seconds: int) -> str:
    """``45 s``, ``2 min``, ``2 min 30 s``."""
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min {rest} s" if rest else f"{minutes} min"


def range_text(low: int, high: int, *, timed: bool) -> str:
    """``5–15 s``, ``2–3 min`` or ``5–6``; whole minutes are shown as minutes."""
    if timed and low % 60 == 0 and high % 60 == 0:
        return f"{low // 60}–{high // 60} min"
    return f"{low}–{high} s" if timed else f"{low}–{high}"


def step_amount(step: Step) -> str:
    """How long or how often, with the guide's range: ``10 s (guide: 5–15 s)``."""
    if step.duration_s is not None:
        text = seconds_text(step.duration_s)
        if step.duration_range_s:
            text += f" (guide: {range_text(*step.duration_range_s, timed=True)})"
    else:
        count = step.repetitions or 0
        text = f"{count} time{'s' if count != 1 else ''}"
        if step.repetitions_range:
            text += f" (guide: {range_text(*step.repetitions_range, timed=False)})"
    if step.each_side:
        text += ", each side"
    return text


def stroke_text(stroke: Stroke) -> str:
    """``↑ towards the heart``."""
    return f"{HEADING_ARROWS[stroke.heading]} {stroke.label}"


def pressure_scale(level: PressureLevel) -> str:
    """A three-step scale with the level named, e.g. ``●●○ Moderate``."""
    filled = PRESSURE_STEPS[level]
    return "●" * filled + "○" * (3 - filled) + f" {level.value.capitalize()}"

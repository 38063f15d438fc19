"""Plain-text pieces of the guide: durations, counts, pressure scales, directions.

Widget-free so the same words appear in the guide, the player and the tests; translated with
``QCoreApplication.translate`` (context "Guide"), which needs no application object.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from massage_desktop.domain.content import SUGGESTED, Guide, Step, Stroke
from massage_desktop.domain.enums import Heading, Performer, PressureLevel
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill

PRESSURE_STEPS = {PressureLevel.LIGHT: 1, PressureLevel.MODERATE: 2, PressureLevel.FIRM: 3}
PRESSURE_TEXT = {
    PressureLevel.LIGHT: QT_TRANSLATE_NOOP("Guide", "Light"),
    PressureLevel.MODERATE: QT_TRANSLATE_NOOP("Guide", "Moderate"),
    PressureLevel.FIRM: QT_TRANSLATE_NOOP("Guide", "Firm"),
}
PERFORMER_TEXT = {
    Performer.SELF: QT_TRANSLATE_NOOP("Guide", "On yourself"),
    Performer.PARTNER: QT_TRANSLATE_NOOP("Guide", "On a partner"),
    Performer.BOTH: QT_TRANSLATE_NOOP("Guide", "On yourself or a partner"),
}
"""English texts (marked for translation); ``performer_text`` gives them translated."""
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


def performer_text(performer: Performer) -> str:
    """Who the technique is for, in the user's language: "On yourself", ..."""
    return QCoreApplication.translate("Guide", PERFORMER_TEXT[performer])


def seconds_text(seconds: int) -> str:
    """``45 s``, ``2 min``, ``2 min 30 s``."""
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return fill(QCoreApplication.translate("Guide", "%1 s"), rest)
    if rest:
        return fill(QCoreApplication.translate("Guide", "%1 min %2 s"), minutes, rest)
    return fill(QCoreApplication.translate("Guide", "%1 min"), minutes)


def range_text(low: int, high: int, *, timed: bool) -> str:
    """``5–15 s``, ``2–3 min`` or ``5–6``; whole minutes are shown as minutes."""
    if timed and low % 60 == 0 and high % 60 == 0:
        return fill(QCoreApplication.translate("Guide", "%1–%2 min"), low // 60, high // 60)
    if timed:
        return fill(QCoreApplication.translate("Guide", "%1–%2 s"), low, high)
    return f"{low}–{high}"


def with_source(amount: str, source: str | None, guides: Mapping[str, Guide]) -> str:
    """``about 1 min, suggested`` or ``5 times, from the guide “Partner leg massage”``.

    ``source`` is a number's ``number_source``: a guide id, ``suggested``, or None when
    unknown (the amount is then shown as it is).
    """
    if source == SUGGESTED:
        return fill(QCoreApplication.translate("Guide", "about %1, suggested"), amount)
    if source is not None and source in guides:
        return fill(
            QCoreApplication.translate("Guide", "%1, from the guide “%2”"),
            amount,
            guides[source].title,
        )
    return amount


def count_text(count: int) -> str:
    """``1 time``, ``4 times``."""
    if count == 1:
        return QCoreApplication.translate("Guide", "1 time")
    return QCoreApplication.translate("Guide", "%n times", None, count)


def step_amount(step: Step, guides: Mapping[str, Guide]) -> str:
    """How long or how often, the guide's range and where the number comes from.

    E.g. ``10 s (guide: 5–15 s), from the guide “Kneading for self-massage”`` or
    ``about 30 s, each side, suggested``.
    """
    if step.duration_s is not None:
        text = seconds_text(step.duration_s)
        if step.duration_range_s:
            guide = range_text(*step.duration_range_s, timed=True)
            text += fill(QCoreApplication.translate("Guide", " (guide: %1)"), guide)
    else:
        text = count_text(step.repetitions or 0)
        if step.repetitions_range:
            guide = range_text(*step.repetitions_range, timed=False)
            text += fill(QCoreApplication.translate("Guide", " (guide: %1)"), guide)
    if step.each_side:
        text += QCoreApplication.translate("Guide", ", each side")
    return with_source(text, step.number_source, guides)


def stroke_text(stroke: Stroke) -> str:
    """``↑ towards the heart``."""
    return f"{HEADING_ARROWS[stroke.heading]} {stroke.label}"


def pressure_scale(level: PressureLevel) -> str:
    """A three-step scale with the level named, e.g. ``●●○ Moderate``."""
    filled = PRESSURE_STEPS[level]
    name = QCoreApplication.translate("Guide", PRESSURE_TEXT[level])
    return "●" * filled + "○" * (3 - filled) + f" {name}"

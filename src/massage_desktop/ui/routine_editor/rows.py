"""The routine editor's words: side choices, marks, and the texts of a step's row and range.

The controller (``controller.py``) decides what the editor shows; these functions only say it,
in the user's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Performer, RuleEffect
from massage_desktop.domain.routines import SideOrder
from massage_desktop.engine.health import Verdict
from massage_desktop.storage.routine_check import Bounds
from massage_desktop.storage.routine_draft import ItemSide, RoutineDraft
from massage_desktop.ui.guide.formatting import count_text, seconds_text
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill

SIDE_ORDERS = (
    (
        SideOrder.TECHNIQUE,
        QT_TRANSLATE_NOOP("RoutineEditor", "Each technique on one side, then the other"),
    ),
    (
        SideOrder.ROUTINE,
        QT_TRANSLATE_NOOP("RoutineEditor", "The whole routine on one side, then the other"),
    ),
    (SideOrder.STEP, QT_TRANSLATE_NOOP("RoutineEditor", "Alternating sides, step by step")),
)
ITEM_SIDES = (
    (ItemSide.BOTH, QT_TRANSLATE_NOOP("RoutineEditor", "Both sides")),
    (ItemSide.RIGHT, QT_TRANSLATE_NOOP("RoutineEditor", "Right side only")),
    (ItemSide.LEFT, QT_TRANSLATE_NOOP("RoutineEditor", "Left side only")),
)
FOR_OTHER = {
    Performer.PARTNER: QT_TRANSLATE_NOOP("RoutineEditor", "⚠ only for massaging a partner"),
    Performer.SELF: QT_TRANSLATE_NOOP("RoutineEditor", "⚠ only for massaging yourself"),
}
"""The mark of a technique written for the other way round than the routine's "For".

"for yourself" beside a technique in a routine "On a partner" read as a description, not as
the reason it cannot be saved there (walk 8, finding 9); the tooltip says what to do.
"""
FOR_WHOM = FOR_OTHER
"""The same mark on a technique not added yet."""
FOR_OTHER_TIP = {
    Performer.PARTNER: QT_TRANSLATE_NOOP(
        "RoutineEditor",
        "Written for massaging a partner, and this routine is for yourself. To add it, choose "
        "“For: On a partner”.",
    ),
    Performer.SELF: QT_TRANSLATE_NOOP(
        "RoutineEditor",
        "Written for massaging yourself, and this routine is for a partner. To add it, choose "
        "“For: On yourself”.",
    ),
}
"""What the mark means, in the technique's tooltip."""
MARKS = {
    RuleEffect.BLOCK: QT_TRANSLATE_NOOP("RoutineEditor", "⊘ ruled out by your health profile"),
    RuleEffect.CAUTION: QT_TRANSLATE_NOOP("RoutineEditor", "⚠ take care"),
}


def tr(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP above, translated."""
    return QCoreApplication.translate("RoutineEditor", text)


def mark(verdict: Verdict | None) -> str:
    """What the health profile says of a step or technique, as its row shows it."""
    if verdict is None or verdict.effect not in MARKS:
        return ""
    return tr(MARKS[verdict.effect])


def time_range_text(
    catalog: Catalog, bounds: Bounds, both_sides: bool = False, counted: Bounds | None = None
) -> str:
    """``From 4 min to 6 min for both sides together, as the guide gives``: a time's range.

    Args:
        catalog: The content, for the guide the range comes from.
        bounds: The item's time over all its timed steps and sides.
        both_sides: Whether the time is shared by two sides: the knee warm-up's "2 min 30 s"
            became "5 min (from 4 to 6 min)" in a routine with no word that it was both
            knees together (walk 7, finding 5).
        counted: The item's counted steps, which this time leaves out: a step set to
            "1 min" first played a count, "1/1 press Done" (walk 7, finding 5).
    """
    low, high = seconds_text(bounds.low), seconds_text(bounds.high)
    # The guide's title here was bookkeeping, not help (walk 7, finding 13): "the guide".
    from_guide = bounds.source in catalog.guides
    if both_sides:
        text = fill(
            QCoreApplication.translate(
                "RoutineEditor", "From %1 to %2 for both sides together, as the guide gives."
            )
            if from_guide
            else QCoreApplication.translate(
                "RoutineEditor",
                "From %1 to %2 for both sides together (suggested: half to twice the guide's "
                "time).",
            ),
            low,
            high,
        )
    else:
        text = fill(
            QCoreApplication.translate("RoutineEditor", "From %1 to %2, as the guide gives.")
            if from_guide
            else QCoreApplication.translate(
                "RoutineEditor", "From %1 to %2 (suggested: half to twice the guide's time)."
            ),
            low,
            high,
        )
    if counted is None:
        return text
    untimed = QCoreApplication.translate(
        "RoutineEditor",
        "Part of it is counted, not timed (%1): it waits for you to press Done.",
    )
    return f"{text} {fill(untimed, count_text(counted.default))}"


def count_range_text(catalog: Catalog, bounds: Bounds) -> str:
    """``From 3 to 10 times, as the guide gives``: the range a counted step may take."""
    if bounds.source in catalog.guides:
        return fill(
            QCoreApplication.translate("RoutineEditor", "From %1 to %2 times, as the guide gives"),
            str(bounds.low),
            str(bounds.high),
        )
    return fill(
        QCoreApplication.translate(
            "RoutineEditor", "From %1 to %2 times (suggested: half to twice the guide's count)"
        ),
        str(bounds.low),
        str(bounds.high),
    )


def time_text(draft: RoutineDraft, index: int) -> str:
    """A step's time, or its count for a counted step, as its row shows it.

    ``1 min + 1 time`` when a part is counted: "1 min" alone played first as a count
    (walk 7, finding 5).
    """
    bounds = draft.bounds(index)
    counted = draft.count_bounds(index)
    if bounds is not None:
        time = seconds_text(draft.items[index].duration_s or bounds.default)
        if counted is None:
            return time
        times = count_text(draft.items[index].repetitions or counted.default)
        return fill(QCoreApplication.translate("RoutineEditor", "%1 + %2"), time, times)
    if counted is None:
        return QCoreApplication.translate("RoutineEditor", "counted")
    return count_text(draft.items[index].repetitions or counted.default)


def part_name(catalog: Catalog, part: str) -> str:
    """The area's name of a region reference (a region or a sided part)."""
    for region_id in catalog.expand([part]):
        region = catalog.regions[region_id]
        area = catalog.areas.get(region.area)
        return area.name if area is not None else region.name
    return part


def for_other_text(catalog: Catalog, draft: RoutineDraft, rows: list[int]) -> str:
    """Why steps written for the other way round keep the routine from being saved."""
    names = ", ".join(
        dict.fromkeys(catalog.techniques[draft.items[row].technique].title for row in rows)
    )
    if draft.performer is Performer.SELF:
        text = QCoreApplication.translate(
            "RoutineEditor",
            "Written for massaging a partner: %1. This routine is for yourself: choose "
            "“For: On a partner”, or remove the steps marked ⚠.",
        )
    else:
        text = QCoreApplication.translate(
            "RoutineEditor",
            "Written for massaging yourself: %1. This routine is for a partner: choose "
            "“For: On yourself”, or remove the steps marked ⚠.",
        )
    return fill(text, names)

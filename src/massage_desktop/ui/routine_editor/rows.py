"""The routine editor's words: side choices, marks, and the texts of a step's row and range.

The controller (``controller.py``) decides what the editor shows; these functions only say it,
in the user's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import SideOrder
from massage_desktop.domain.enums import Performer, RuleEffect
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
    Performer.PARTNER: QT_TRANSLATE_NOOP("RoutineEditor", "⚠ for a partner"),
    Performer.SELF: QT_TRANSLATE_NOOP("RoutineEditor", "⚠ for yourself"),
}
"""The mark of a step written for the other way round than the routine's "For"."""
FOR_WHOM = {
    Performer.PARTNER: QT_TRANSLATE_NOOP("RoutineEditor", "for a partner"),
    Performer.SELF: QT_TRANSLATE_NOOP("RoutineEditor", "for yourself"),
}
"""The same, said plainly of a technique not added yet (the first one added sets "For")."""
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


def time_range_text(catalog: Catalog, bounds: Bounds) -> str:
    """``From 22 s to 1 min 30 s, as the guide … gives``: the range a step's time may take."""
    low, high = seconds_text(bounds.low), seconds_text(bounds.high)
    guide = catalog.guides.get(bounds.source)
    if guide is not None:
        return fill(
            QCoreApplication.translate("RoutineEditor", "From %1 to %2, as the guide “%3” gives"),
            low,
            high,
            guide.title,
        )
    return fill(
        QCoreApplication.translate(
            "RoutineEditor", "From %1 to %2 (suggested: half to twice the guide's time)"
        ),
        low,
        high,
    )


def count_range_text(catalog: Catalog, bounds: Bounds) -> str:
    """``From 3 to 10 times, as the guide … gives``: the range a counted step may take."""
    guide = catalog.guides.get(bounds.source)
    if guide is not None:
        return fill(
            QCoreApplication.translate(
                "RoutineEditor", "From %1 to %2 times, as the guide “%3” gives"
            ),
            str(bounds.low),
            str(bounds.high),
            guide.title,
        )
    return fill(
        QCoreApplication.translate(
            "RoutineEditor", "From %1 to %2 times (suggested: half to twice the guide's count)"
        ),
        str(bounds.low),
        str(bounds.high),
    )


def time_text(draft: RoutineDraft, index: int) -> str:
    """A step's time, or its count for a counted step, as its row shows it."""
    bounds = draft.bounds(index)
    if bounds is not None:
        return seconds_text(draft.items[index].duration_s or bounds.default)
    counts = draft.count_bounds(index)
    if counts is None:
        return QCoreApplication.translate("RoutineEditor", "counted")
    return count_text(draft.items[index].repetitions or counts.default)


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

"""The routine card's words, in the user's language (context "RoutineCard").

Widget-free. Where the guide or the player already says a thing (the stop rule, the total
time, "On a partner", pressure, times and counts) the card uses the same function or the same
marked sentence, so paper and screen word it alike.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Side
from massage_desktop.domain.routines import SideOrder
from massage_desktop.engine.card import CardSide, CardStep, RoutineCard
from massage_desktop.engine.one_side import SideChoice
from massage_desktop.ui.guide.formatting import count_text, seconds_text
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill, local_date
from massage_desktop.ui.player.side_note import side_note
from massage_desktop.ui.step_words import left_out_text as steps_left_out_text

_SIDE_ORDER = {
    SideOrder.ROUTINE: QT_TRANSLATE_NOOP(
        "RoutineCard", "Sides: the whole routine on the right side first, then on the left."
    ),
    SideOrder.TECHNIQUE: QT_TRANSLATE_NOOP(
        "RoutineCard", "Sides: each technique on the right side first, then on the left."
    ),
    SideOrder.STEP: QT_TRANSLATE_NOOP(
        "RoutineCard", "Sides: each step on the right side first, then on the left."
    ),
}
_MAX_PLACES = 4  # region names listed per step before "and N more"


def tr(text: str) -> str:
    """``text`` in the user's language, from the "RoutineCard" context."""
    return QCoreApplication.translate("RoutineCard", text)


def total_text(card: RoutineCard) -> str:
    """``Total time: about 9 min, with the pauses between steps``, as the guide says it.

    To the nearest minute, as the guide's cards round it (``whole_minutes``).
    """
    minutes = max(1, math.floor(card.total_s / 60 + 0.5)) * 60
    return fill(
        QCoreApplication.translate("Guide", "Total time: about %1, with the pauses between steps"),
        seconds_text(minutes),
    )


def routine_count_text(card: RoutineCard) -> str:
    """``24 parts, one side then the other`` or ``16 steps, 2 left out``: the guide's count.

    In the unit the guide's card and the player count the routine in, with what the health
    profile leaves out: the card's "13 steps (8 techniques)" stood beside the guide's "24
    parts, one side then the other" and the player's "Part 14 of 24" (fresh users).
    """
    return steps_left_out_text(card.count)


def side_order_text(card: RoutineCard) -> str:
    """How the routine goes through the sides, or "" when no step has two."""
    if not any(len(step.sides) > 1 for step in card.steps):
        return ""
    return tr(_SIDE_ORDER[card.routine.sides])


def repeat_text(card: RoutineCard) -> str:
    """The routine's offer to go again on the other side, as the guide words it; or "".

    Not while the other side is ruled out or resting: the "Before you start" sheet does not
    offer both sides then.
    """
    routine = card.routine
    if routine.repeat is None or card.other_side_out:
        return ""
    return fill(
        QCoreApplication.translate("Guide", "For the other side: “%1” when you start."),
        routine.repeat.label,
    )


def screening_text(card: RoutineCard) -> str:
    """Whether the card was checked against the health profile, and what that left out."""
    if not card.screened:
        if card.answered:
            # "None of these" is an answer: "No health profile is filled in" said otherwise
            # to the person who had just filled it in (walk 15, MAJOR 1).
            return QCoreApplication.translate(
                "RoutineCard",
                "Nothing is ticked in the health profile, so it leaves no step out. Read the "
                "warnings below before you start.",
            )
        return QCoreApplication.translate(
            "RoutineCard",
            "No health profile is filled in, so nothing was checked against one. Read the "
            "warnings below before you start.",
        )
    if card.profile_left_out:
        # How many is said once, above, in the guide's unit (``count_text``): counted here
        # again in the numbered steps, "13 steps, 5 left out" stood under "24 parts, 10 left
        # out" on one card.
        return QCoreApplication.translate(
            "RoutineCard", "Checked against the health profile: what it leaves out is marked below."
        )
    if card.resting:
        return QCoreApplication.translate(
            "RoutineCard", "Checked against the health profile: it leaves no step out."
        )
    return QCoreApplication.translate(
        "RoutineCard", "Checked against the health profile: no step is left out."
    )


def rests_text(catalog: Catalog, card: RoutineCard) -> str:
    """``Resting today (Monday 7 December 2026) because it hurt: Lower back. …``, or "".

    Printed right after "Stop – it hurts", the card began on the very area the screen had
    just said to rest (walk 15, MAJOR 1); the day is printed because the paper outlives it.
    """
    if not card.resting or card.rest_day is None:
        return ""
    names = ", ".join(catalog.regions[r].name for r in card.resting if r in catalog.regions)
    return fill(
        QCoreApplication.translate(
            "RoutineCard",
            "Resting today (%1) because it hurt: %2. Its steps are left out and marked "
            "below; print the card again on another day.",
        ),
        # The History's full date: "Monday 7 December 2026", German "Montag, 7. Dezember 2026".
        local_date(card.rest_day, QCoreApplication.translate("History", "dddd d MMMM yyyy")),
        names,
    )


def rest_day_text(card: RoutineCard) -> tuple[str, str]:
    """``Rest day (Monday 7 December 2026): no massage today.`` and its advice; or ("", "").

    The guide's rest-day notice, dated: a card printed on a day the quick check said to rest
    did not say so (walk 16), and the paper outlives the day.
    """
    if card.check_rest_day is None:
        return "", ""
    heading = fill(
        QCoreApplication.translate("RoutineCard", "Rest day (%1): no massage today."),
        local_date(card.check_rest_day, QCoreApplication.translate("History", "dddd d MMMM yyyy")),
    )
    advice = QCoreApplication.translate(
        "RoutineCard",
        "Today's quick check said so. Rest, and have anything new checked by a doctor or other "
        "health professional first; use the card on another day.",
    )
    return heading, advice


def side_text(catalog: Catalog, card: RoutineCard) -> str:
    """A one-side routine's side: ``It runs on the right side: Left knee may not be …``.

    The guide's and the "Before you start" sheet's words: the card is for the side the
    player would run (walk 15, MAJOR 2). "" for a routine on both sides.
    """
    if card.side is None:
        return ""
    region = next((r for r in card.worked_regions if r.endswith(f"-{card.side.value}")), None)
    return side_note(catalog, SideChoice(region, bool(card.other_side_out), card.other_side_out))


def hatched_text(card: RoutineCard) -> str:
    """The figure's red hatching, said by what hatches it: the profile, today's rests, both."""
    if not card.left_out_regions:
        return ""
    rests = set(card.hatched_rests)
    profile = any(r not in rests for r in card.left_out_regions)
    if not rests:
        return QCoreApplication.translate(
            "RoutineCard", "Hatched in red: parts left out because of the health profile."
        )
    if not profile:
        return QCoreApplication.translate(
            "RoutineCard", "Hatched in red: parts resting today because they hurt."
        )
    return QCoreApplication.translate(
        "RoutineCard",
        "Hatched in red: parts left out because of the health profile or resting today.",
    )


def _amount(side: CardSide) -> str:
    if side.repetitions is not None:
        return count_text(side.repetitions)
    return seconds_text(round(side.planned_s or 0))


def amount_text(catalog: Catalog, step: CardStep) -> str:
    """``30 s each side (right first), suggested`` or ``10 times, right side only``."""
    running = [s for s in step.sides if s.blocked_reason is None] or list(step.sides)
    amounts = [_amount(s) for s in running]
    if len(running) == 1 and running[0].side is not None and len(step.sides) > 1:
        only = {
            Side.RIGHT: QT_TRANSLATE_NOOP("RoutineCard", "%1, right side only"),
            Side.LEFT: QT_TRANSLATE_NOOP("RoutineCard", "%1, left side only"),
        }.get(running[0].side, "%1")
        text = fill(tr(only), amounts[0])
    elif len(running) == 1 and running[0].side is Side.RIGHT:
        text = fill(QCoreApplication.translate("RoutineCard", "%1, right side"), amounts[0])
    elif len(running) == 1 and running[0].side is Side.LEFT:
        text = fill(QCoreApplication.translate("RoutineCard", "%1, left side"), amounts[0])
    elif len(running) == 1:
        text = amounts[0]
    elif len(set(amounts)) == 1:
        text = fill(
            QCoreApplication.translate("RoutineCard", "%1 each side (right first)"), amounts[0]
        )
    else:
        text = fill(
            QCoreApplication.translate("RoutineCard", "right side %1, left side %2"),
            amounts[0],
            amounts[-1],
        )
    # The amount alone: "1 time, from the guide “Partner knee and thigh massage”" on a card
    # for the massage table was bookkeeping, not help (walk 7, finding 13).
    return text


def places_text(catalog: Catalog, step: CardStep) -> str:
    """The regions worked: ``Right thigh, Left thigh`` (at most four, then "and N more")."""
    names = [catalog.regions[r].name for r in step.region_ids if r in catalog.regions]
    text = ", ".join(names[:_MAX_PLACES])
    if len(names) > _MAX_PLACES:
        more = len(names) - _MAX_PLACES
        text += QCoreApplication.translate("PlayerDisplay", " and %n more", None, more)
    return text


_SEE_STEP = {
    True: QT_TRANSLATE_NOOP("RoutineCard", "Left out by the health profile (see step %1)."),
    Side.RIGHT: QT_TRANSLATE_NOOP(
        "RoutineCard", "Right side left out by the health profile (see step %1)."
    ),
    Side.LEFT: QT_TRANSLATE_NOOP(
        "RoutineCard", "Left side left out by the health profile (see step %1)."
    ),
}


def left_out_text(step: CardStep, told: int | None = None) -> str:
    """Why the profile (or today's rest) leaves the step, or one of its sides, out; or "".

    Args:
        step: The step.
        told: The step that gave the same reason in full before, if any: the card then
            points to it instead of repeating the reason.
    """
    reason = step.blocked_reason
    if reason is None:
        return ""
    if step.rests:
        # Short, and said on each step it strikes: it is only for today.
        if step.blocked:
            return fill(QCoreApplication.translate("RoutineCard", "Left out: %1"), reason)
        if step.left_out_sides == (Side.RIGHT,):
            return fill(
                QCoreApplication.translate("RoutineCard", "Right side left out: %1"), reason
            )
        return fill(QCoreApplication.translate("RoutineCard", "Left side left out: %1"), reason)
    if told is not None:
        key: bool | Side = True if step.blocked else step.left_out_sides[0]
        return fill(tr(_SEE_STEP[key]), told)
    if step.blocked:
        return fill(
            QCoreApplication.translate("RoutineCard", "Left out by the health profile: %1"), reason
        )
    if step.left_out_sides == (Side.RIGHT,):
        return fill(
            QCoreApplication.translate(
                "RoutineCard", "Right side left out by the health profile: %1"
            ),
            reason,
        )
    return fill(
        QCoreApplication.translate("RoutineCard", "Left side left out by the health profile: %1"),
        reason,
    )


def rest_reason() -> str:
    """Why a step over an area resting today is left out, as short as a card line can be."""
    return QCoreApplication.translate("RoutineCard", "rests today (it hurt)")


def step_numbers_text(numbers: tuple[int, ...]) -> str:
    """``Step 3`` or ``Steps 2, 5, 7``."""
    listed = ", ".join(str(n) for n in numbers)
    if len(numbers) == 1:
        return fill(QCoreApplication.translate("RoutineCard", "Step %1"), listed)
    return fill(QCoreApplication.translate("RoutineCard", "Steps %1"), listed)


def page_text(page: int, pages: int) -> str:
    """``Page 1 of 2``."""
    return fill(QCoreApplication.translate("RoutineCard", "Page %1 of %2"), page, pages)

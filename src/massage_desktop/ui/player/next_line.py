"""The player's "Next:" words: what comes after the running step, never the step itself.

One form for every next step: its technique and side, and its step as the card and the
header number it: "Next: Calf kneading, left side · step 8". "Next: Front-of-thigh kneading,
right side" stood beside "Next: Friction around the kneecap, step 11 of 16", the side dropped
for a number (walk 9, P1-d). The number tells the next of a technique's steps from the running
one, which has the same label ("Next: Quadriceps thumb stripping, left side" while that ran,
walk 3); the first step of a routine's second pass says it is the second pass.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.entry import PlanEntry
from massage_desktop.engine.plan import Plan
from massage_desktop.engine.session import Session
from massage_desktop.engine.step_count import (
    counts_parts,
    left_out_between,
    part_number,
    step_number,
)
from massage_desktop.ui.i18n import fill
from massage_desktop.ui.player.display import (
    Display,
    WorkedSide,
    display_of,
    entry_label,
    side_reader,
)

SideOf = Callable[[PlanEntry], WorkedSide]
"""Which side a step works (``display.worked_side`` with the session's facts)."""


def next_label(
    plan: Plan, current: PlanEntry, upcoming: PlanEntry, side: SideOf, spoken: bool = False
) -> str:
    """What to call ``upcoming`` after "Next:", told apart from ``current``.

    ``Calf kneading, left side · step 8``: the step's label and its number as the header
    numbers it (``step_count.step_number``); ``… (second pass)`` where a routine starts again
    on the other side. ``spoken``: with a comma for the voice, which has no "·" to read.
    """
    if counts_parts(plan):
        # The header counts parts there ("Part 14 of 24"): "· step 6" named the technique's
        # number beside it, and read as the running step again (walk 11).
        number, _count = part_number(plan, upcoming.index)
        form = (
            QCoreApplication.translate("PlayerDisplay", "%1, part %2")
            if spoken
            else QCoreApplication.translate("PlayerDisplay", "%1 \u00b7 part %2")
        )
    else:
        number, _count = step_number(plan, upcoming.index)
        form = (
            QCoreApplication.translate("PlayerDisplay", "%1, step %2")
            if spoken
            else QCoreApplication.translate("PlayerDisplay", "%1 \u00b7 step %2")
        )
    text = fill(form, entry_label(upcoming, side(upcoming)), number)
    if upcoming.second_pass and not current.second_pass:
        return fill(QCoreApplication.translate("PlayerDisplay", "%1 (second pass)"), text)
    return text


def with_next_line(catalog: Catalog, session: Session, chosen: str | None = None) -> Display:
    """``display_of`` the session, with ``next_text``'s line for "Next:"."""
    shown = display_of(catalog, session, chosen)
    if not shown.next_text:
        return shown
    sides = side_reader(catalog, session, chosen)
    line = next_text(session.plan, session.current, session.next_entry, sides)
    return replace(shown, next_text=line)


def next_text(
    plan: Plan, current: PlanEntry | None, upcoming: PlanEntry | None, side: SideOf
) -> str:
    """``Next: …`` for the player's display; empty when nothing runs or nothing follows."""
    if current is None or upcoming is None:
        return ""
    line = fill(
        QCoreApplication.translate("PlayerDisplay", "Next: %1"),
        next_label(plan, current, upcoming, side),
    )
    gap = _left_out_between(plan, current, upcoming)
    return f"{line} {gap}" if gap else line


def _left_out_between(plan: Plan, current: PlanEntry, upcoming: PlanEntry) -> str:
    """``(2 steps left out for safety)`` when the next step passes left-out ones, else "".

    The steps the health profile leaves out have no number in the player ("Step 1 of 14"
    where 2 of 16 are left out, walk 8, finding 4), so the line says how many it passes
    where it passes them: the header going on from "Step 6" to "Step 7" says nothing of
    them (walk 7, finding 4).
    """
    passed = left_out_between(plan, current.index, upcoming.index)
    if not passed:
        return ""
    if passed == 1:
        return QCoreApplication.translate("PlayerDisplay", "(1 step left out for safety)")
    return QCoreApplication.translate(
        "PlayerDisplay", "(%n steps left out for safety)", None, passed
    )

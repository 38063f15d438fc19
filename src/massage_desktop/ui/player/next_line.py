"""The player's "Next:" words: what comes after the running step, never the step itself.

A step's label is its technique and side ("Quadriceps thumb stripping, left side"), so the
next of a technique's three steps had the running step's own label: "Next: Quadriceps thumb
stripping, left side" while that was running. The next step of the same technique is named
by its number in the technique, the same step on the other side says so, and the first step
of a routine's second pass says it is the second pass.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Side
from massage_desktop.engine.entry import PlanEntry
from massage_desktop.engine.plan import Plan
from massage_desktop.engine.session import Session
from massage_desktop.engine.step_count import left_out_between, step_number
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


def _same_technique(a: PlanEntry, b: PlanEntry) -> bool:
    """Whether ``a`` and ``b`` belong to one run of a technique (one routine item, one pass)."""
    return (a.item_index, a.technique_id, a.second_pass) == (
        b.item_index,
        b.technique_id,
        b.second_pass,
    )


def step_in_technique(plan: Plan, entry: PlanEntry) -> tuple[int, int]:
    """``entry``'s step number within its technique's run, and how many steps that run has."""
    steps = list(dict.fromkeys(e.step_index for e in plan.entries if _same_technique(e, entry)))
    return steps.index(entry.step_index) + 1, len(steps)


def next_label(plan: Plan, current: PlanEntry, upcoming: PlanEntry, side: SideOf) -> str:
    """What to call ``upcoming`` after "Next:", told apart from ``current``.

    ``the same on the left side`` for the running step's other side; ``Knee warm-up
    strokes, right side (second pass)`` where a routine starts again on the other side;
    ``Quadriceps thumb stripping, step 4 of 16`` (numbered as the header numbers steps) for
    another step of the running technique on the same side; else the step's own label.
    """
    here, there = side(current), side(upcoming)
    label = entry_label(upcoming, there)
    if _same_technique(current, upcoming) and there != here:
        if current.step_index == upcoming.step_index and there is Side.LEFT:
            return QCoreApplication.translate("PlayerDisplay", "the same on the left side")
        if current.step_index == upcoming.step_index and there is Side.RIGHT:
            return QCoreApplication.translate("PlayerDisplay", "the same on the right side")
    if upcoming.second_pass and not current.second_pass:
        return fill(QCoreApplication.translate("PlayerDisplay", "%1 (second pass)"), label)
    if label != entry_label(current, here):
        return label
    # Numbered as the header numbers steps ("Step 3 of 16"): a technique's own "step 2 of 3"
    # under that header read as another count of the same session (walk 5, finding 9).
    number, count = step_number(plan, upcoming.index)
    if step_in_technique(plan, upcoming)[1] > 1:
        return fill(
            QCoreApplication.translate("PlayerDisplay", "%1, step %2 of %3"),
            upcoming.technique_name,
            number,
            count,
        )
    # The same technique again as the routine's next item, on the same side.
    return fill(QCoreApplication.translate("PlayerDisplay", "%1, once more"), label)


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

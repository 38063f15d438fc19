"""Filling the guide's technique and routine lists, marked by the health screening."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Technique
from massage_desktop.domain.enums import Performer, Phase
from massage_desktop.domain.routines import Routine
from massage_desktop.engine.health import Verdict
from massage_desktop.engine.phases import Timing
from massage_desktop.engine.plan import Plan, build_plan
from massage_desktop.engine.step_count import StepCount, step_count
from massage_desktop.ui.core_text import verdict_text
from massage_desktop.ui.guide.cards import SEPARATOR, TERM_ROLE
from massage_desktop.ui.guide.formatting import performer_text, seconds_text
from massage_desktop.ui.guide.gate import Outlook, StartGate
from massage_desktop.ui.guide.start_words import badge
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill
from massage_desktop.ui.step_words import left_out_text, part_meaning

ID_ROLE = Qt.ItemDataRole.UserRole
# Words of a session's parts: a bare "Main" on a card said nothing to someone new, and
# "Finish" read as a surface (walk 6, finding 12).
_PHASE_TAGS = {
    Phase.PREPARE: QT_TRANSLATE_NOOP("Guide", "Getting ready"),
    Phase.WARM_UP: QT_TRANSLATE_NOOP("Guide", "Warm-up"),
    Phase.MAIN: QT_TRANSLATE_NOOP("Guide", "Main part"),
    Phase.FINISH: QT_TRANSLATE_NOOP("Guide", "To finish"),
}


def _row_text(title: str, *details: str) -> str:
    """``"Title  · detail · detail"``: the card shows the title over the details."""
    shown = [d for d in details if d]
    return title + (SEPARATOR + " · ".join(shown) if shown else "")


def _tip(verdict: Verdict | None, summary: str) -> str:
    return verdict_text(verdict) if verdict is not None and verdict.effect else summary


class Row(NamedTuple):
    """A list entry: the id it stands for, its text, its tooltip and a grey technical term."""

    id: str
    text: str
    tip: str
    term: str = ""


def phase_text(technique: Technique) -> str:
    """Where the technique sits in a session: "Warm-up", "Main part", ... translated."""
    return QCoreApplication.translate("Guide", _PHASE_TAGS[technique.phase])


def technique_amount(technique: Technique) -> str:
    """How long or how often, in plain words: ``45 s a side``, ``1 min a side, then once a side``.

    Timed steps done on each side give the time of one side; counted steps have no time of
    their own, so each step's count is given as the player's ring counts it: ``once, once,
    then 4 times a side``. Their sum, "6 times, each side", was a number the player never
    showed (walk 6, finding 4); "1 min, both sides + 1 time, each side" and "1 + 1 + 4 times"
    read as formulas (walk 9, P3-e).
    """
    timed = [s for s in technique.steps if s.duration_s is not None]
    counted = [s for s in technique.steps if s.duration_s is None]
    parts = []
    if timed:
        total = sum((s.duration_s or 0) * (2 if s.each_side else 1) for s in timed)
        if all(s.each_side for s in timed):
            parts.append(_a_side(seconds_text(total // 2)))
        elif any(s.each_side for s in timed):
            # Some on each side, some once: the time of the whole, as the session runs it.
            parts.append(seconds_text(total) + QCoreApplication.translate("Guide", ", both sides"))
        elif total:
            parts.append(seconds_text(total))
    if counted:
        words = [_times(s.repetitions or 0) for s in counted]
        count = words[0] if len(words) == 1 else _then(", ".join(words[:-1]), words[-1])
        parts.append(_a_side(count) if all(s.each_side for s in counted) else count)
    return _then(*parts) if len(parts) == 2 else "".join(parts)


def _a_side(amount: str) -> str:
    return fill(QCoreApplication.translate("Guide", "%1 a side"), amount)


def _then(first: str, second: str) -> str:
    return fill(QCoreApplication.translate("Guide", "%1, then %2"), first, second)


def _times(count: int) -> str:
    """``once``, ``4 times``: a count said as words, not "1 time"."""
    if count == 1:
        return QCoreApplication.translate("Guide", "once")
    return QCoreApplication.translate("Guide", "%n times", None, count)


_Item = TypeVar("_Item", Technique, Routine)


def chosen_first(items: Sequence[_Item], performer: Performer) -> list[_Item]:
    """``items`` with those for ``performer`` (or for either) first, each group in its order.

    The settings' "Who massages" is the person's choice: a calf listed the partner's leg
    effleurage first, and showed it, to someone who massages themselves (walk 4).
    """
    return sorted(items, key=lambda item: item.performer not in (performer, Performer.BOTH))


def technique_rows(
    catalog: Catalog, region_id: str, gate: StartGate, performer: Performer = Performer.SELF
) -> list[Row]:
    """The region's techniques, the chosen performer's first, then in the guides' order.

    Each shows its phase, time or count, and screening badge.
    """
    rows = []
    for technique in chosen_first(catalog.techniques_for_region(region_id), performer):
        outlook = gate.technique(technique.id, region_id)
        text = technique_card_text(technique, outlook)
        tip = _tip(outlook.verdict, technique.summary)
        rows.append(Row(technique.id, text, tip, technique.term or ""))
    return rows


def technique_card_text(technique: Technique, outlook: Outlook | None = None) -> str:
    """A technique card: its plain name over phase, time (or count) and any badge."""
    return _row_text(
        technique.name, phase_text(technique), technique_amount(technique), badge(outlook)
    )


def routine_rows(
    catalog: Catalog, region_id: str, gate: StartGate, performer: Performer = Performer.SELF
) -> list[Row]:
    """The routines that include the region, the chosen performer's first.

    Each is shown as it would run for this person.
    """
    rows = []
    for routine in chosen_first(catalog.routines_for_region(region_id), performer):
        outlook = gate.routine(routine.id, region_id)
        text = routine_card_text(catalog, routine, outlook, own=catalog.is_own(routine.id))
        tip = _tip(outlook.verdict, routine.summary)
        if _card_count(catalog, routine, outlook).parts:
            # What a part is, beside "24 parts (13 steps, …)": the card has no room for it.
            tip = f"{tip}\n\n{part_meaning()}"
        rows.append(Row(routine.id, text, tip))
    return rows


def routine_card_text(
    catalog: Catalog, routine: Routine, outlook: Outlook | None = None, own: bool = False
) -> str:
    """A routine card: name over "Your routine", its length, steps, who it is for and a badge.

    The length and the step count are the session's, as the player and the printed card show
    them: the plan's total time rounded up to whole minutes, and its steps as a person counts
    them, a step on both sides once (``engine.step_count``; the guide's own "5–10 min" and its
    list of techniques would disagree with them). With ``outlook`` (the health profile and
    today's rests) a routine that runs without some steps says so: "About 5 min · 16 steps,
    2 left out", the numbers the player's start question gives. One count, in the player's
    unit: "28 steps (19 techniques), 2 on one side only, 42 parts, a side each" was three
    (walk 10, a08); a routine counted by parts says "44 parts, one side then the other".
    """
    if outlook is not None and outlook.partial:
        return _partial_card_text(routine, outlook, own)
    plan = _card_plan(catalog, routine, outlook)
    # With the person's get-ready time, as Start counts it (walk 8, finding 6).
    length = _plan_length(plan, outlook.timing if outlook is not None else Timing())
    # In parts when the player counts by them ("Part 14 of 44"): left_out_text names
    # nothing left out here, the plan is whole.
    steps = left_out_text(step_count(plan))
    yours = _yours() if own else ""
    performer = performer_text(routine.performer)
    return _row_text(routine.name, yours, length, steps, performer, badge(outlook))


def _card_plan(catalog: Catalog, routine: Routine, outlook: Outlook | None) -> Plan:
    """The plan a card counts when nothing of it is left out: the outlook's, if it has one."""
    whole = outlook is not None and not any(e.blocked for e in outlook.plan.entries)
    return outlook.plan if outlook is not None and whole else build_plan(catalog, routine)


def _card_count(catalog: Catalog, routine: Routine, outlook: Outlook | None) -> StepCount:
    """The steps (or parts) a routine's card counts, as ``routine_card_text`` counts them."""
    if outlook is not None and outlook.partial:
        return outlook.count
    return step_count(_card_plan(catalog, routine, outlook))


def _yours() -> str:
    # The first word of the card's line: "yours · 4 min" began it lowercase (walk 9, P3-l).
    return QCoreApplication.translate("Guide", "Your routine")


def _partial_card_text(routine: Routine, outlook: Outlook, own: bool) -> str:
    """``About 5 min · 16 steps, 2 left out``: what runs of it."""
    length = _for_you(outlook)
    steps = left_out_text(outlook.count)
    yours = _yours() if own else ""
    performer = performer_text(routine.performer)
    return _row_text(routine.name, yours, length, steps, performer, badge(outlook))


def _for_you(outlook: Outlook) -> str:
    # "About 30 min for you" on a partner's routine read as the partner's time (walk 9,
    # P1-k; walk 10, a08): the time is the session's, for whoever runs it.
    return fill(
        QCoreApplication.translate("Guide", "About %1"),
        seconds_text(whole_minutes(outlook.total_s)),
    )


def routine_length_for(catalog: Catalog, routine: Routine, outlook: Outlook | None) -> str:
    """``12 min``, or ``About 5 min`` when steps are left out: as its card says."""
    if outlook is not None and outlook.partial:
        return _for_you(outlook)
    return routine_length(catalog, routine)


def routine_length(catalog: Catalog, routine: Routine) -> str:
    """``12 min``: the routine's session length, as its card shows it."""
    return _plan_length(build_plan(catalog, routine))


def routine_seconds(catalog: Catalog, routine: Routine) -> int:
    """The routine's session length in whole minutes (as seconds); 0 for an empty plan."""
    plan = build_plan(catalog, routine)
    return whole_minutes(plan.total_s(Timing())) if len(plan) else 0


def _plan_length(plan: Plan, timing: Timing | None = None) -> str:
    return seconds_text(whole_minutes(plan.total_s(timing or Timing()))) if len(plan) else ""


def whole_minutes(seconds: float) -> int:
    """A total time as every card, sheet and editor shows it, in seconds: the one rule.

    To the nearest whole minute, not up: "About 12 min" stood over "Start · 11:08",
    and "4 min" over "Start · 3:21" (walk 6, finding 14); "About 10 min" over "Start · 10:17"
    is the same time to the minute. Under a minute, to the second, as Start gives it: a
    card's "1 min" stood over "Start · 0:22" (walk 8, finding 6).
    """
    if round(seconds) < 60:
        return max(1, round(seconds))
    return math.floor(seconds / 60 + 0.5) * 60


def show_rows(view: QListWidget, rows: Sequence[Sequence[str]]) -> bool:
    """Fill a list with ``rows``, none of them current or selected, scrolled to the top.

    Rows are ``(id, text, tip)`` or ``Row``s with a technical term. Left and right regions
    mostly share their lists: when the rows are those shown already, the items stay, which
    spares refilling, relaying out and repainting the list.

    Returns:
        Whether the items changed (the list's height then has to be measured again).
    """
    wanted = [Row(*row) for row in rows]
    shown = [
        Row(str(item.data(ID_ROLE)), item.text(), item.toolTip(), str(item.data(TERM_ROLE) or ""))
        for item in (view.item(row) for row in range(view.count()))
    ]
    if shown != wanted:
        view.clear()
        for row in wanted:
            item = QListWidgetItem(row.text)
            item.setData(ID_ROLE, row.id)
            item.setData(TERM_ROLE, row.term)
            item.setToolTip(row.tip)
            # A screen reader hears the term too, which the card draws beside the name.
            if row.term:
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{row.text} ({row.term})")
            view.addItem(item)
        return True
    # Where clear() and refilling would leave the same items.
    view.setCurrentRow(-1)
    view.scrollToTop()
    return False


def fit_rows(view: QListWidget) -> None:
    """Size a list to all its rows (cards differ in height: their titles wrap)."""
    if not view.count():
        view.setFixedHeight(view.fontMetrics().height() + 4)
        return
    height = sum(view.sizeHintForRow(row) for row in range(view.count()))
    view.setFixedHeight(height + 2 * view.frameWidth())

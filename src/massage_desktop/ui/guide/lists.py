"""Filling the guide's technique and routine lists, marked by the health screening."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Routine
from massage_desktop.domain.enums import Phase, RuleEffect
from massage_desktop.engine.health import Verdict, routine_verdict
from massage_desktop.engine.phases import Timing
from massage_desktop.engine.plan import Plan, build_plan
from massage_desktop.engine.screening import Screening
from massage_desktop.ui.core_text import verdict_text
from massage_desktop.ui.guide.cards import SEPARATOR
from massage_desktop.ui.guide.formatting import performer_text, seconds_text
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill

ID_ROLE = Qt.ItemDataRole.UserRole
_PHASE_TAGS = {
    Phase.PREPARE: QT_TRANSLATE_NOOP("Guide", "Prepare"),
    Phase.WARM_UP: QT_TRANSLATE_NOOP("Guide", "Warm-up"),
    Phase.MAIN: "",
    Phase.FINISH: QT_TRANSLATE_NOOP("Guide", "Finish"),
}
_MARKS = {
    RuleEffect.BLOCK: QT_TRANSLATE_NOOP("Guide", "ruled out"),
    RuleEffect.CAUTION: QT_TRANSLATE_NOOP("Guide", "take care"),
}
_SIGNS = {RuleEffect.BLOCK: "⊘", RuleEffect.CAUTION: "⚠"}


def _mark(verdict: Verdict | None) -> str:
    """A word after a list entry when the health profile restricts it."""
    if verdict is None or verdict.effect not in _MARKS:
        return ""
    word = QCoreApplication.translate("Guide", _MARKS[verdict.effect])
    return f"{_SIGNS[verdict.effect]} {word}"


def _row_text(title: str, *details: str) -> str:
    """``"Title  · detail · detail"``: the card shows the title over the details."""
    shown = [d for d in details if d]
    return title + (SEPARATOR + " · ".join(shown) if shown else "")


def _tip(verdict: Verdict | None, summary: str) -> str:
    return verdict_text(verdict) if verdict is not None and verdict.effect else summary


Row = tuple[str, str, str]
"""A list entry: the id it stands for, its text and its tooltip."""


def technique_rows(catalog: Catalog, region_id: str, screening: Screening | None) -> list[Row]:
    """The region's techniques in the guides' order, with phase tags and screening marks."""
    rows = []
    for technique in catalog.techniques_for_region(region_id):
        phase = _PHASE_TAGS[technique.phase]
        tag = QCoreApplication.translate("Guide", phase) if phase else ""
        verdict = screening.technique_verdict(technique.id, region_id) if screening else None
        seconds = technique.planned_seconds
        text = _row_text(
            technique.title, tag, seconds_text(seconds) if seconds else "", _mark(verdict)
        )
        rows.append((technique.id, text, _tip(verdict, technique.summary)))
    return rows


def routine_rows(catalog: Catalog, region_id: str, screening: Screening | None) -> list[Row]:
    """The built-in routines that include the region, with screening marks."""
    rows = []
    for routine in catalog.routines_for_region(region_id):
        verdict = routine_verdict(screening.routine_verdicts(routine.id)) if screening else None
        text = routine_card_text(catalog, routine, verdict, own=catalog.is_own(routine.id))
        rows.append((routine.id, text, _tip(verdict, routine.summary)))
    return rows


def routine_card_text(
    catalog: Catalog, routine: Routine, verdict: Verdict | None = None, own: bool = False
) -> str:
    """A routine card: name over its length, steps, who it is for, "yours" and a badge.

    The length and the step count are the session's, as the player and the printed card show
    them: the plan's total time rounded up to whole minutes, and its steps with both sides
    counted (the guide's own "5–10 min" and its list of techniques would disagree with them).
    """
    plan = build_plan(catalog, routine)
    length = _plan_length(plan)
    count = len(plan)
    steps = (
        QCoreApplication.translate("Guide", "1 step")
        if count == 1
        else QCoreApplication.translate("Guide", "%n steps", None, count)
    )
    if count != len(routine.items):
        # Techniques done on both sides count twice as steps, as in the player.
        steps = fill(
            QCoreApplication.translate("Guide", "%1 (%2 techniques)"),
            steps,
            len(routine.items),
        )
    yours = QCoreApplication.translate("Guide", "yours") if own else ""
    performer = performer_text(routine.performer)
    return _row_text(routine.name, yours, length, steps, performer, _mark(verdict))


def routine_length(catalog: Catalog, routine: Routine) -> str:
    """``12 min``: the routine's session length, as its card shows it."""
    return _plan_length(build_plan(catalog, routine))


def _plan_length(plan: Plan) -> str:
    return seconds_text(whole_minutes(plan.total_s(Timing()))) if len(plan) else ""


def whole_minutes(seconds: float) -> int:
    """Seconds rounded up to whole minutes, at least one: how every total time is shown."""
    return max(1, math.ceil(seconds / 60)) * 60


def show_rows(view: QListWidget, rows: list[Row]) -> None:
    """Fill a list with ``rows``, none of them current or selected, scrolled to the top.

    Left and right regions mostly share their lists: when the rows are those shown already,
    the items stay, which spares refilling, relaying out and repainting the list.
    """
    shown = [
        (str(item.data(ID_ROLE)), item.text(), item.toolTip())
        for item in (view.item(row) for row in range(view.count()))
    ]
    if shown != rows:
        view.clear()
        for item_id, text, tip in rows:
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, item_id)
            item.setToolTip(tip)
            view.addItem(item)
        return
    # Where clear() and refilling would leave the same items.
    view.setCurrentRow(-1)
    view.scrollToTop()


def fit_rows(view: QListWidget, most: float) -> None:
    """Size a list to its rows (up to ``most``; a half row hints at more)."""
    rows = max(1.0, min(float(view.count()), most))
    row_height = view.sizeHintForRow(0) if view.count() else view.fontMetrics().height() + 4
    view.setFixedHeight(round(rows * row_height) + 2 * view.frameWidth())


def wrap_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """``text`` broken at spaces into lines of at most ``width`` pixels.

    A word longer than ``width`` keeps a line of its own.
    """
    lines: list[str] = []
    for word in text.split(" "):
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines

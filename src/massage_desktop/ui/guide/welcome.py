"""What the guide offers before anything is chosen: recent sessions and routine cards.

The welcome fills the guide's column instead of leaving it half empty: the last few distinct
things massaged (from the history, newest first) and the routines, suggested ones first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import Outcome
from massage_desktop.domain.routines import Routine
from massage_desktop.storage.errors import StoreError
from massage_desktop.storage.history import HistoryStore
from massage_desktop.ui.guide.cards import SEPARATOR
from massage_desktop.ui.guide.gate import Outlook, StartGate
from massage_desktop.ui.guide.lists import (
    Row,
    phase_text,
    routine_card_text,
    routine_length_for,
    technique_amount,
)
from massage_desktop.ui.i18n import fill

SUGGESTED = ("knee-care", "self-massage-tour", "neck-shoulders-kneading", "partner-leg")
"""Routines the empty guide suggests first, in this order (those that exist)."""
MOST_RECENT = 3


@dataclass(frozen=True)
class Recent:
    """Something massaged before: a technique or a routine, and when."""

    kind: str  # "technique" or "routine"
    subject_id: str
    started_at: datetime


class WelcomeRoutines:
    """The welcome's routine cards, each worked out once per routine and outlook.

    A card shows the length and step count of the routine's session plan, and building the
    plans of every routine took about 0.05-0.12 s; the main window showed the welcome three
    times while starting (the guide built, the health profile and the recent sessions set),
    which built every plan three times. Routines are immutable (frozen models), and an edited
    one is a new object; the gate keeps one outlook per routine until the health profile or
    today's rests change. A card is kept as long as both are the same objects.
    """

    def __init__(self) -> None:
        self._cards: dict[str, tuple[Routine, Outlook, Row]] = {}

    def rows(self, catalog: Catalog, gate: StartGate) -> list[Row]:
        """Every routine as a card: the suggested ones, the other built-in ones, the user's own."""
        ordered = [r for r in SUGGESTED if r in catalog.routines]
        ordered += [r for r in catalog.routines if r not in ordered and not catalog.is_own(r)]
        ordered += [r for r in catalog.routines if catalog.is_own(r)]
        cards: dict[str, tuple[Routine, Outlook, Row]] = {}
        for routine_id in ordered:
            routine = catalog.routines[routine_id]
            outlook = gate.routine(routine_id, None)
            known = self._cards.get(routine_id)
            if known is None or known[0] is not routine or known[1] is not outlook:
                own = catalog.is_own(routine_id)
                text = routine_card_text(catalog, routine, outlook, own=own)
                known = (routine, outlook, Row(routine_id, text, routine.summary))
            cards[routine_id] = known
        # Only what is shown now is kept: a deleted or edited routine's cards go.
        self._cards = cards
        return [row for _, _, row in cards.values()]

    def forget(self) -> None:
        """Word the cards again next time (the language changed)."""
        self._cards.clear()


def recent_sessions(history: HistoryStore, limit: int = 20) -> list[Recent]:
    """The last sessions with a step done, newest first, leaving out those stopped for pain.

    The welcome offers these again; "Stop – it hurts" says not to massage there again today,
    so such a session is not suggested, and one where every step was skipped massaged
    nothing. An unreadable history gives none: the history window reports the problem when
    opened.
    """
    try:
        sessions = history.worked_sessions(limit=limit)
    except StoreError:
        return []
    return [
        Recent(s.kind, s.subject_id, s.started_at)
        for s in sessions
        if s.outcome is not Outcome.STOPPED_FOR_PAIN
    ]


def recent_rows(
    catalog: Catalog, recent: list[Recent], today: date, gate: StartGate | None = None
) -> list[Row]:
    """Up to three distinct recent subjects, newest first; ids are ``kind:subject``.

    With the ``gate``, a routine that now runs without some steps gives its length for this
    person ("About 5 min"), as its card does.
    """
    rows: list[Row] = []
    seen: set[tuple[str, str]] = set()
    for item in recent:
        key = (item.kind, item.subject_id)
        if key in seen:
            continue
        when = _when(item.started_at.date(), today)
        if item.kind == "routine" and item.subject_id in catalog.routines:
            routine = catalog.routines[item.subject_id]
            # Its length first: "Last time today · 12 min" read as a 12-minute session today,
            # after a session of 48 seconds.
            outlook = gate.routine(routine.id, None) if gate is not None else None
            details = [routine_length_for(catalog, routine, outlook), when]
            name = routine.name
        elif item.kind == "technique" and item.subject_id in catalog.techniques:
            technique = catalog.techniques[item.subject_id]
            details = [phase_text(technique), technique_amount(technique), when]
            name = technique.name
        else:
            continue  # a routine since deleted, or content that changed
        seen.add(key)
        text = name + SEPARATOR + " · ".join(d for d in details if d)
        rows.append(Row(f"{item.kind}:{item.subject_id}", text, ""))
        if len(rows) == MOST_RECENT:
            break
    return rows


def _when(day: date, today: date) -> str:
    if day == today:
        return QCoreApplication.translate("Guide", "Last time today")
    if (today - day).days == 1:
        return QCoreApplication.translate("Guide", "Last time yesterday")
    shown = QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")
    return fill(QCoreApplication.translate("Guide", "Last time %1"), shown)

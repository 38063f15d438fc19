"""What the player asks the person, and the same questions answered automatically.

The flow asks through an object of the ``Questions`` protocol: ``SessionQuestions``
(``session_questions.py``) shows designed dialogs, and ``AutomaticAnswers`` (the smoke test
and tests) answers at once, with the safe answer to every safety question.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, Protocol

from PySide6.QtWidgets import QWidget

from massage_desktop.domain.enums import Performer
from massage_desktop.domain.routines import Routine
from massage_desktop.engine.health import TodayCheck, Verdict
from massage_desktop.engine.one_side import SideOption
from massage_desktop.engine.phases import Timing
from massage_desktop.engine.plan import Plan
from massage_desktop.engine.summary import SessionSummary
from massage_desktop.storage.settings import SettingsStore

Who = Literal["self", "partner"]


@dataclass(frozen=True)
class StartChoice:
    """One way a session can run, with what its plan leaves out (screened).

    Attributes:
        plan: The screened plan this answer runs.
        option: The answer to "Which side?" it stands for; None without that question.
        rated: The (id, name) regions to rate before it (``ratings.rated_regions``).
    """

    plan: Plan
    option: SideOption | None = None
    rated: tuple[tuple[str, str], ...] = ()

    @property
    def partial(self) -> bool:
        """Whether the health profile leaves some of its steps out."""
        return len(self.plan.runnable) < len(self.plan.entries)


@dataclass(frozen=True)
class BeforeStart:
    """Everything asked before a session starts, on one sheet.

    Attributes:
        choices: One per answer to "Which side?" (left, right, both), or the only one.
        default: The index of the choice selected at first (``one_side``'s side).
        caution: The health profile's cautions, shown when nothing is left out.
        side_note: Which side it runs on by default, and why when it moved off a side.
        why_not: Why each ruled-out region may not be massaged now, by region id.
        routine: The routine, for a routine's session.
        ask_performer: Whether to ask who is massaged (the plan suits both).
        default_performer: The answer selected at first when it is asked.
        timing: The session's timing, for the length on the Start button.
        resting: The areas resting today after "Stop – it hurts"; the steps over them are
            left out of each choice's plan.
        side_open: No side was chosen (the routine was started from the start page) and
            none is safer: the sheet asks "Which side?" with no answer ticked. A ticked
            "Right knee" the person never chose ran on the right (walk 6, finding 22).
            ``default`` is still the answer scripted answers take.
    """

    choices: tuple[StartChoice, ...]
    default: int = 0
    caution: Verdict | None = None
    side_note: str = ""
    why_not: Mapping[str, str] = field(default_factory=dict)
    routine: Routine | None = None
    ask_performer: bool = False
    default_performer: Performer = Performer.SELF
    timing: Timing = field(default_factory=Timing)
    resting: tuple[str, ...] = ()
    side_open: bool = False

    @property
    def first(self) -> StartChoice:
        """The choice selected at first."""
        return self.choices[self.default]

    @property
    def both(self) -> int | None:
        """The index of "both, one after the other", when it may be chosen."""
        for index, choice in enumerate(self.choices):
            option = choice.option
            if option is not None and option.both and option.allowed:
                return index
        return None

    @property
    def asks_side(self) -> bool:
        """Whether the sheet asks which side (a one-side routine)."""
        return any(c.option is not None for c in self.choices)


@dataclass(frozen=True)
class StartAnswers:
    """The answers on the sheet, given by pressing Start.

    Attributes:
        choice: The index of the chosen ``StartChoice``.
        performer: Who is massaged.
        ratings: Optional 0-10 ratings by region id; empty when none was given.
    """

    choice: int
    performer: Who
    ratings: dict[str, int] = field(default_factory=dict)


class Questions(Protocol):
    """The questions a session needs answered."""

    def before_start(self, sheet: BeforeStart) -> StartAnswers | None:
        """Everything before the start on one sheet: what is left out, the side, who, a rating.

        None cancels the start. Asked after today's quick check.
        """

    def ratings(
        self, regions: Sequence[tuple[str, str]], previous: Mapping[str, int] | None
    ) -> dict[str, int]:
        """Optional 0-10 ratings of (id, name) regions; after the session, ``previous`` given.

        Before the session they are asked on the ``before_start`` sheet.
        """

    def confirm_end(self) -> bool:
        """Whether to end a running session now."""

    def pain_reason(self, area: str = "") -> str:
        """Show the stop advice, naming the ``area`` that rests today, and ask what happened."""

    def show_summary(self, summary: SessionSummary) -> None:
        """Show the end-of-session summary."""

    def refuse(self, verdict: Verdict) -> None:
        """Explain why a session cannot start."""

    def rest_today(self, region_names: Sequence[str]) -> None:
        """Say that only areas stopped for pain today are left to work, so it does not start."""

    def no_side(self, reason: str) -> None:
        """Say that a one-side routine may run on neither side (``reason`` names them)."""

    def today_check(self) -> bool:
        """The quick check of acute signs; False stops the session with advice."""

    def set_parent(self, parent: QWidget | None) -> None:
        """Ask over ``parent`` from now on (room mode), or over the main window (None)."""

    def set_massaged(self, who: Who) -> None:
        """Ask about ``who``, the person the session now starting massages.

        Told at every start, a resumed one too: a resumed session has no "Before you start"
        sheet to answer who it is for.
        """


class DailyCheck:
    """Asks today's quick check before the first session of each day, not before every one.

    Only an answer that lets the session go ("no" three times) is remembered, for the rest
    of that day: after "not today" (a yes) or Cancel, the next start asks again. A new day
    (``today`` moves on) asks again. With a settings store the day is kept in the user's
    settings, so closing and opening the app again the same day does not ask again; a save
    that fails keeps it for this run (the store says so).

    Args:
        today: Gives the local date; injected so tests can fix the day or move to the next.
        store: Where the day is kept across restarts; None keeps it for this run only
            (scripted answers: an imaginary person's pass must not mark the user's day).
    """

    def __init__(
        self, today: Callable[[], date] = date.today, store: SettingsStore | None = None
    ) -> None:
        self._today = today
        self._store = store
        self._passed_on: date | None = None

    @property
    def passed_today(self) -> bool:
        """Whether today's check was answered with all "no" already."""
        passed_on = (
            self._passed_on if self._store is None else self._store.settings.quick_check_passed_on
        )
        return passed_on == self._today()

    def ask(self, questions: Questions) -> bool:
        """True when the session may go: checked earlier today, or asked now and passed."""
        if self.passed_today:
            return True
        day = self._today()  # the day it was asked on, though the answer came after midnight
        return self.ask_again(questions.today_check, day)

    def ask_again(self, check: Callable[[], bool], day: date | None = None) -> bool:
        """Run ``check`` (today's questions) and remember a pass for ``day`` (today)."""
        day = day or self._today()
        if not check():
            return False
        self._passed_on = day
        if self._store is not None:
            settings = self._store.settings
            self._store.save(settings.model_copy(update={"quick_check_passed_on": day}))
        return True


class RestDay:
    """The day today's quick check said "do not massage today".

    With a settings store the day is kept in the user's settings, so a restart the same day
    still says it is a rest day (walk 6: it was forgotten with the window); a save that fails
    keeps it for this run (the store says so).

    Args:
        store: Where the day is kept across restarts; None keeps it for this run only.
        changed: Called after the day changes, so the main window shows the rest day (walk
            7: Start stayed live with no sign of it).
    """

    def __init__(
        self, store: SettingsStore | None = None, changed: Callable[[], None] | None = None
    ) -> None:
        self._store = store
        self._day: date | None = None
        self._changed = changed

    @property
    def day(self) -> date | None:
        """The rest day, or None when no check said to rest."""
        return self._day if self._store is None else self._store.settings.rest_day_on

    @day.setter
    def day(self, value: date | None) -> None:
        self._day = value
        if self._store is not None and self._store.settings.rest_day_on != value:
            settings = self._store.settings
            self._store.save(settings.model_copy(update={"rest_day_on": value}))
        if self._changed is not None:
            self._changed()

    def is_today(self, today: date) -> bool:
        """Whether ``today`` is the rest day."""
        return self.day == today


def planned_performer(plan: Plan, default: Performer) -> Who:
    """The plan's performer, or ``default`` when the plan suits both."""
    wanted = plan.performer if plan.performer is not Performer.BOTH else default
    return "partner" if wanted is Performer.PARTNER else "self"


class AutomaticAnswers:
    """Answers every question at once, without showing anything: the smoke test and tests.

    Every answer to a safety question is the safe one, so an unattended run never goes
    further than a person who read the question would: a caution or a partly ruled-out plan
    is not started, a repeat on the other side is not added, an end is always accepted, and
    today's check of acute signs stops the session unless the caller states the person's
    answers (``today``), as a person would by answering the three questions.

    The sheet before the start (``before_start``) is answered section by section through
    ``confirm_partial``, ``confirm_caution``, ``repeat``, ``performer`` and ``ratings``, so a
    scripted person (a test) changes one answer by overriding one of them.

    Args:
        today: The answers to today's check, given by whoever scripted the run (the smoke
            test's or a test's imaginary person); None, the default, stops at the check.
    """

    def __init__(self, today: TodayCheck | None = None) -> None:
        self._today = today

    def before_start(self, sheet: BeforeStart) -> StartAnswers | None:
        """Each section of the sheet in turn; None as soon as one is not gone ahead with."""
        first = sheet.first
        if first.partial:
            if not self.confirm_partial(first.plan):
                return None
        elif sheet.caution is not None and not self.confirm_caution(sheet.caution):
            return None
        choice = sheet.default
        if sheet.asks_side and sheet.routine is not None:
            both = sheet.both
            again = self.repeat(sheet.routine, sheet.side_note, both is not None)
            if again is None:
                return None
            if again and both is not None:
                choice = both
        plan = sheet.choices[choice].plan
        performer = self.performer(plan, sheet.default_performer)
        if performer is None:
            return None
        return StartAnswers(choice, performer, self.ratings(sheet.choices[choice].rated, None))

    def performer(self, plan: Plan, default: Performer) -> Who | None:
        """The plan's performer, or the default when it suits both."""
        return planned_performer(plan, default)

    def ratings(
        self, regions: Sequence[tuple[str, str]], previous: Mapping[str, int] | None
    ) -> dict[str, int]:
        """No ratings."""
        return {}

    def confirm_end(self) -> bool:
        """Always end: stopping is never the unsafe choice."""
        return True

    def pain_reason(self, area: str = "") -> str:
        """A plain reason (not a question of safety: the session has already stopped)."""
        return "It hurt"

    def show_summary(self, summary: SessionSummary) -> None:
        """Nothing to show."""

    def refuse(self, verdict: Verdict) -> None:
        """Nothing to show; the start simply does not happen."""

    def rest_today(self, region_names: Sequence[str]) -> None:
        """Nothing to show; the start does not happen."""

    def no_side(self, reason: str) -> None:
        """Nothing to show; the start does not happen."""

    def confirm_caution(self, verdict: Verdict) -> bool:
        """Do not start: going ahead with care needs a person who read the cautions."""
        return False

    def confirm_partial(self, plan: Plan) -> bool:
        """Do not start: running what remains of a ruled-out plan needs a person's yes."""
        return False

    def today_check(self) -> bool:
        """Go only on stated answers that are all "no"; unanswered means stop."""
        return self._today is not None and not self._today.verdict().blocked

    def repeat(self, routine: Routine, where: str = "", other_side: bool = True) -> bool | None:
        """One pass, as the routine is written: never more massage than asked for."""
        return False

    def set_parent(self, parent: QWidget | None) -> None:
        """Nothing is shown, so nowhere to show it."""

    def set_massaged(self, who: Who) -> None:
        """Nothing is shown, so nothing is worded for anyone."""

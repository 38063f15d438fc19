"""What the player asks the person, and the same questions answered automatically.

The flow asks through an object of the ``Questions`` protocol: ``SessionQuestions``
(``session_questions.py``) shows designed dialogs, and ``AutomaticAnswers`` (the smoke test
and tests) answers at once, with the safe answer to every safety question.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Literal, Protocol

from PySide6.QtWidgets import QWidget

from massage_desktop.domain.content import Routine
from massage_desktop.domain.enums import Performer
from massage_desktop.engine.health import TodayCheck, Verdict
from massage_desktop.engine.plan import Plan
from massage_desktop.engine.summary import SessionSummary
from massage_desktop.storage.settings import SettingsStore

Who = Literal["self", "partner"]


class Questions(Protocol):
    """The questions a session needs answered."""

    def performer(self, plan: Plan, default: Performer) -> Who | None:
        """Who receives the massage; None cancels the start."""

    def ratings(
        self, regions: Sequence[tuple[str, str]], previous: Mapping[str, int] | None
    ) -> dict[str, int]:
        """Optional 0-10 ratings of (id, name) regions; before the session when no ``previous``."""

    def confirm_end(self) -> bool:
        """Whether to end a running session now."""

    def pain_reason(self) -> str:
        """Show the stop advice and ask what happened."""

    def show_summary(self, summary: SessionSummary) -> None:
        """Show the end-of-session summary."""

    def refuse(self, verdict: Verdict) -> None:
        """Explain why a session cannot start."""

    def rest_today(self, region_names: Sequence[str]) -> None:
        """Say the session would work areas stopped for pain today, so it does not start."""

    def confirm_caution(self, verdict: Verdict) -> bool:
        """Show the cautions and ask whether to go ahead with light pressure."""

    def confirm_partial(self, plan: Plan) -> bool:
        """Say how much of a partly ruled-out plan remains and ask whether to run that."""

    def today_check(self) -> bool:
        """The quick check of acute signs; False stops the session with advice."""

    def set_parent(self, parent: QWidget | None) -> None:
        """Ask over ``parent`` from now on (room mode), or over the main window (None)."""

    def repeat(self, routine: Routine, where: str = "", other_side: bool = True) -> bool | None:
        """Whether to run a one-sided routine again on the other side; None cancels.

        ``where`` says which side it runs on (and why, when it moved away from a ruled-out
        area); ``other_side`` is False when the other side may not be massaged.
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
        if not questions.today_check():
            return False
        self._passed_on = day
        if self._store is not None:
            settings = self._store.settings
            self._store.save(settings.model_copy(update={"quick_check_passed_on": day}))
        return True


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

    Args:
        today: The answers to today's check, given by whoever scripted the run (the smoke
            test's or a test's imaginary person); None, the default, stops at the check.
    """

    def __init__(self, today: TodayCheck | None = None) -> None:
        self._today = today

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

    def pain_reason(self) -> str:
        """A plain reason (not a question of safety: the session has already stopped)."""
        return "It hurt"

    def show_summary(self, summary: SessionSummary) -> None:
        """Nothing to show."""

    def refuse(self, verdict: Verdict) -> None:
        """Nothing to show; the start simply does not happen."""

    def rest_today(self, region_names: Sequence[str]) -> None:
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

"""What the player asks the person, and the same questions answered automatically.

The flow asks through one of these objects: ``SessionQuestions`` shows dialogs, and
``AutomaticAnswers`` (smoke tests, offscreen runs) answers at once without showing anything.

``SessionQuestions`` implements the protocol itself rather than inheriting the automatic
answers: a question added to ``Questions`` but not to the dialogs must fail the type check,
not silently answer "yes" in the real app.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Literal, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Routine
from massage_desktop.domain.enums import Performer
from massage_desktop.engine.health import Verdict
from massage_desktop.engine.plan import Plan
from massage_desktop.engine.summary import SessionSummary
from massage_desktop.ui.core_text import verdict_text
from massage_desktop.ui.i18n import fill

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

    def confirm_caution(self, verdict: Verdict) -> bool:
        """Show the cautions and ask whether to go ahead with light pressure."""

    def confirm_partial(self, plan: Plan) -> bool:
        """Say how much of a partly ruled-out plan remains and ask whether to run that."""

    def today_check(self) -> bool:
        """The quick check of acute signs; False stops the session with advice."""

    def set_parent(self, parent: QWidget | None) -> None:
        """Ask over ``parent`` from now on (room mode), or over the main window (None)."""

    def repeat(self, routine: Routine) -> bool | None:
        """Whether to run a one-sided routine again on the other side; None cancels."""


def planned_performer(plan: Plan, default: Performer) -> Who:
    """The plan's performer, or ``default`` when the plan suits both."""
    wanted = plan.performer if plan.performer is not Performer.BOTH else default
    return "partner" if wanted is Performer.PARTNER else "self"


class AutomaticAnswers:
    """Answers every question at once: default performer, no ratings, yes to ending.

    Only for the smoke test and tests. Where a health rule asks for care, the answer is the
    safe one: the session does not start unattended.
    """

    def performer(self, plan: Plan, default: Performer) -> Who | None:
        """The plan's performer, or the default when it suits both."""
        return planned_performer(plan, default)

    def ratings(
        self, regions: Sequence[tuple[str, str]], previous: Mapping[str, int] | None
    ) -> dict[str, int]:
        """No ratings."""
        return {}

    def confirm_end(self) -> bool:
        """Always end."""
        return True

    def pain_reason(self) -> str:
        """A plain reason."""
        return "It hurt"

    def show_summary(self, summary: SessionSummary) -> None:
        """Nothing to show."""

    def refuse(self, verdict: Verdict) -> None:
        """Nothing to show; the start simply does not happen."""

    def confirm_caution(self, verdict: Verdict) -> bool:
        """Do not start: going ahead with care needs a person who read the cautions."""
        return False

    def confirm_partial(self, plan: Plan) -> bool:
        """Run what remains (the player shows the left-out steps as it passes them)."""
        return True

    def today_check(self) -> bool:
        """Nothing new today."""
        return True

    def repeat(self, routine: Routine) -> bool | None:
        """One pass, as the routine is written."""
        return False

    def set_parent(self, parent: QWidget | None) -> None:
        """Nothing is shown, so nowhere to show it."""


class SessionQuestions:
    """Asks with dialogs over ``window``; every question of ``Questions`` is asked."""

    def __init__(self, window: QWidget, catalog: Catalog) -> None:
        self._main = window
        self._over: QWidget | None = None
        self._catalog = catalog

    @property
    def _window(self) -> QWidget:
        # Over room mode while it is shown, so the after-session rating appears there.
        return self._over or self._main

    def set_parent(self, parent: QWidget | None) -> None:
        """Ask over ``parent`` from now on (room mode), or over the main window (None)."""
        self._over = parent

    def performer(self, plan: Plan, default: Performer) -> Who | None:
        """Ask only when the content suits both yourself and a partner."""
        if plan.performer is not Performer.BOTH:
            return planned_performer(plan, default)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("SessionQuestions", "Who is being massaged?"),
            QCoreApplication.translate(
                "SessionQuestions",
                "This can be done on yourself or on a partner. Who is it for today?",
            ),
            parent=self._window,
        )
        choice = _choose(
            box,
            [
                QCoreApplication.translate("SessionQuestions", "Myself"),
                QCoreApplication.translate("SessionQuestions", "A partner"),
            ],
            default=1 if default is Performer.PARTNER else 0,
        )
        return None if choice is None else ("self", "partner")[choice]

    def ratings(
        self, regions: Sequence[tuple[str, str]], previous: Mapping[str, int] | None
    ) -> dict[str, int]:
        """Ask for ratings of ``regions`` (after: only if rated before)."""
        if previous is not None and not previous:
            return {}
        question = (
            QCoreApplication.translate(
                "SessionQuestions",
                "Before you start: how tense or sore does each area feel? (optional)",
            )
            if previous is None
            else QCoreApplication.translate(
                "SessionQuestions", "And now? Rate the same areas again (optional)."
            )
        )
        from massage_desktop.ui.player.ratings import RatingsDialog

        dialog = RatingsDialog(
            QCoreApplication.translate("SessionQuestions", "How does it feel?"),
            question,
            regions,
            previous,
            self._window,
        )
        dialog.exec()
        return dialog.ratings()

    def confirm_end(self) -> bool:
        """Ask before ending a session early."""
        answer = QMessageBox.question(
            self._window,
            QCoreApplication.translate("SessionQuestions", "End the session?"),
            QCoreApplication.translate(
                "SessionQuestions", "End this session now? What you did so far is kept."
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def pain_reason(self) -> str:
        """Show the stop advice and record what happened."""
        from massage_desktop.ui.player.dialogs import StopAdviceDialog

        dialog = StopAdviceDialog(self._catalog, self._window)
        dialog.exec()
        return dialog.reason()

    def show_summary(self, summary: SessionSummary) -> None:
        """Show the summary dialog."""
        from massage_desktop.ui.player.dialogs import SummaryDialog

        SummaryDialog(self._catalog, summary, self._window).exec()

    def refuse(self, verdict: Verdict) -> None:
        """Say why it cannot start and what to do instead."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("SessionQuestions", "Not today"),
            QCoreApplication.translate("SessionQuestions", "Your health profile rules this out."),
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.setInformativeText(verdict_text(verdict))
        box.exec()

    def confirm_caution(self, verdict: Verdict) -> bool:
        """Ask to go ahead with care, naming every caution."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("SessionQuestions", "Take care"),
            QCoreApplication.translate(
                "SessionQuestions",
                "Your health profile asks for care here. Use light pressure only.",
            ),
            parent=self._window,
        )
        box.setInformativeText(verdict_text(verdict))
        go = QCoreApplication.translate("SessionQuestions", "I understand, start")
        return _choose(box, [go]) == 0

    def repeat(self, routine: Routine) -> bool | None:
        """Offer the routine's second pass on the other side (e.g. the other knee)."""
        if routine.repeat is None:
            return False
        box = QMessageBox(
            QMessageBox.Icon.Question,
            routine.name,
            QCoreApplication.translate(
                "SessionQuestions",
                "This routine works on one side. Afterwards, it can run again on the other side.",
            ),
            parent=self._window,
        )
        one_side = QCoreApplication.translate("SessionQuestions", "One side only")
        choice = _choose(box, [one_side, routine.repeat.label], default=0)
        return None if choice is None else choice == 1

    def confirm_partial(self, plan: Plan) -> bool:
        """Name how many steps remain and how long they take; start only those."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("SessionQuestions", "Part of this is ruled out"),
            partial_text(plan),
            parent=self._window,
        )
        go = QCoreApplication.translate("SessionQuestions", "Start the remaining steps")
        return _choose(box, [go]) == 0

    def today_check(self) -> bool:
        """Ask about new swelling, sharp pain or a new injury."""
        from massage_desktop.ui.safety.today_check import TodayCheckDialog

        dialog = TodayCheckDialog(self._catalog, self._window)
        dialog.exec()
        return dialog.decision() == "go"


def _choose(box: QMessageBox, answers: list[str], default: int | None = None) -> int | None:
    """Show ``box`` with one button per answer and Cancel; the chosen answer's index, or None."""
    buttons = [box.addButton(text, QMessageBox.ButtonRole.AcceptRole) for text in answers]
    box.addButton(QMessageBox.StandardButton.Cancel)
    if default is not None:
        box.setDefaultButton(buttons[default])
    box.exec()
    clicked = box.clickedButton()
    return next((i for i, button in enumerate(buttons) if button is clicked), None)


def _asks_everything(questions: SessionQuestions) -> Questions:
    # Never called: mypy checks here that the dialogs implement the whole protocol.
    return questions


def partial_text(plan: Plan) -> str:
    """``Your health profile rules out 3 of 4 steps…``: what remains of a partly ruled-out plan."""
    total, remaining = len(plan.entries), len(plan.runnable)
    return fill(
        QCoreApplication.translate(
            "SessionQuestions",
            "Your health profile rules out %1 of the %2 steps. They will be left out. "
            "Steps that remain: %3, about %4 min. The guide says why each step is left out.",
        ),
        total - remaining,
        total,
        remaining,
        max(1, math.ceil(plan.estimated_s / 60)),
    )

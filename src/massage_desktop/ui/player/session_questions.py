"""The player's questions asked with designed dialogs (``SessionQuestions``).

It implements the ``Questions`` protocol itself rather than inheriting the automatic answers:
a question added to ``Questions`` but not here fails the type check (``_asks_everything``),
instead of silently answering in the real app.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Severity
from massage_desktop.domain.health import HealthProfile
from massage_desktop.domain.history import Outcome
from massage_desktop.engine.health import Verdict
from massage_desktop.engine.plan import Plan
from massage_desktop.engine.summary import SessionSummary
from massage_desktop.ui.design.choice import ChoiceDialog
from massage_desktop.ui.design.screen import DesignedDialog, dialog_scale
from massage_desktop.ui.player.questions import (
    BeforeStart,
    Questions,
    RestDay,
    StartAnswers,
    Who,
)
from massage_desktop.ui.player.refusals import (
    no_side_words,
    refusal_dialog,
    refusal_words,
    rest_today_words,
)

_D = TypeVar("_D", bound=DesignedDialog)
_SMALLER = (1.2, 1.0)
"""The scales to try, in turn, when room mode's does not fit (1024x700); never below the text
size's."""


class SessionQuestions:
    """Asks with designed dialogs over ``window``; every question of ``Questions`` is asked.

    While room mode is shown the dialogs are parented to it and drawn large, so the
    after-session rating and the summary appear on top of the full-screen window.

    Args:
        window: The main window, over which the questions are asked.
        catalog: The loaded content.
        again: Starts a session again, given the plan's kind and subject id; the summary
            offers "Repeat" when it is set.
        text_scale: The text-size setting's factor now; the dialogs are drawn at it (at
            least room mode's scale over room mode).
        profile: The health profile now, whose named places today's check lists.
        rest_day: Keeps the day today's check said not to massage (in the settings, so a
            restart remembers it); by default for this run only.
    """

    def __init__(
        self,
        window: QWidget,
        catalog: Catalog,
        again: Callable[[str, str], object] | None = None,
        text_scale: Callable[[], float] = lambda: 1.0,
        profile: Callable[[], HealthProfile] = HealthProfile,
        rest_day: RestDay | None = None,
    ) -> None:
        self._main = window
        self._over: QWidget | None = None
        self._catalog = catalog
        self._again = again
        self._plan: Plan | None = None
        self._hurt_area = ""  # named by the stop advice, for the summary after it
        # The places the rating after the session asked about, those it reached: the summary
        # says the others rated before were not reached. None: no rating after was asked.
        self._asked_after: set[str] | None = None
        self._partner = False  # the session massages a partner (``set_massaged``)
        self._text_scale = text_scale
        self._profile = profile
        self._rest_day = rest_day or RestDay()
        self.today: Callable[[], date] = date.today
        """The local date; a test moves it to the next day."""

    @property
    def _window(self) -> QWidget:
        # Over room mode while it is shown, so the after-session rating appears there.
        return self._over or self._main

    def set_parent(self, parent: QWidget | None) -> None:
        """Ask over ``parent`` from now on (room mode), or over the main window (None)."""
        self._over = parent

    def set_massaged(self, who: Who) -> None:
        """Word the stop advice and the rating after the session for ``who``.

        A resumed partner session's "Stop – it hurts" spoke to the person massaged as
        "your …": only the "Before you start" sheet, which a resumed session does not show,
        said who it was for (walk 16).
        """
        self._partner = who == "partner"

    def _shown(self, make: Callable[[bool | float], _D]) -> _D:
        """Build the dialog at the text size (room mode's, smaller if that does not fit); ask.

        Room mode's larger size gives way, a step at a time, when the dialog does not fit;
        the text size the user chose never does: its body scrolls instead, with the buttons
        in view. Drawn at the next smaller size, the stop advice came in normal-size text at
        "Extra large" while the summary after it was extra large, and the "Before you start"
        sheet of a nine-area routine dropped to 13 px rows (German, 1024x700).
        """
        chosen = self._text_scale()
        first = dialog_scale(chosen, room=self._over is not None)
        dialog = make(first)
        for scale in sorted({s for s in (*_SMALLER, chosen) if chosen <= s < first}, reverse=True):
            if dialog.fits(self._window):
                break
            dialog.deleteLater()
            dialog = make(scale)
        if self._over is not None:
            dialog.fit_over(self._over)
        dialog.exec()
        return dialog

    def _choose(
        self,
        heading: str,
        text: str,
        answers: list[str],
        *,
        detail: str | None = None,
        icon_name: str = "question",
        tone: Severity | None = None,
        default: int | None = 0,
        cancel: str | None = None,
    ) -> int | None:
        """Ask with one button per answer and Cancel; the chosen answer's index, or None.

        ``default`` and ``cancel`` are ``ChoiceDialog``'s: None makes Cancel the primary.
        """
        dialog = self._shown(
            lambda large: ChoiceDialog(
                heading,
                text,
                answers,
                detail=detail,
                icon_name=icon_name,
                tone=tone,
                default=default,
                cancel=cancel,
                large=large,
                parent=self._window,
            )
        )
        return dialog.chosen()

    def before_start(self, sheet: BeforeStart) -> StartAnswers | None:
        """The "Before you start" sheet: what is left out, the side, who, a rating; Start."""
        from massage_desktop.ui.player.before_start import BeforeStartSheet

        # Kept for the summary's "Repeat", which runs this plan's subject again.
        self._plan = sheet.first.plan
        dialog = self._shown(
            lambda large: BeforeStartSheet(self._catalog, sheet, self._window, large=large)
        )
        answers = dialog.answers()
        # The rating after the session asks about the same person as the one before it.
        self._partner = answers is not None and answers.performer == "partner"
        return answers

    def ratings(
        self, regions: Sequence[tuple[str, str]], previous: Mapping[str, int] | None
    ) -> dict[str, int]:
        """Ask for ratings of ``regions`` (after: only if rated before).

        One region (a short technique, or the one area picked) is asked as one question.
        """
        if previous is not None:
            self._asked_after = {key for key, _name in regions}
        if not regions or (previous is not None and not previous):
            return {}
        # The question names what is rated (the summary's "Tension or pain"); the title says
        # when, so the sheet after the session no longer asked "How does it feel now?" twice.
        # A partner session asks about the partner, as the sheet before it did: the rating
        # after asked "do you feel" (walk 7).
        if len(regions) == 1 and self._partner:
            question = QCoreApplication.translate(
                "SessionQuestions",
                "How much tension or pain does your partner feel there now? (optional)",
            )
        elif len(regions) == 1:
            question = QCoreApplication.translate(
                "SessionQuestions", "How much tension or pain do you feel there now? (optional)"
            )
        elif self._partner:
            question = QCoreApplication.translate(
                "SessionQuestions",
                "How much tension or pain does your partner feel in each area now? (optional)",
            )
        else:
            question = QCoreApplication.translate(
                "SessionQuestions",
                "How much tension or pain do you feel in each area now? (optional)",
            )
        from massage_desktop.ui.player.ratings import RatingsDialog

        title = (
            QCoreApplication.translate("SessionQuestions", "Before you start")
            if previous is None
            else QCoreApplication.translate("SessionQuestions", "After the massage")
        )
        dialog = self._shown(
            lambda large: RatingsDialog(
                title, question, regions, previous, self._window, large=large
            )
        )
        return dialog.ratings()

    def confirm_end(self) -> bool:
        """Ask before ending a session early."""
        choice = self._choose(
            QCoreApplication.translate("SessionQuestions", "End the session?"),
            # Not the heading's question again (walk 6): what ending keeps.
            QCoreApplication.translate(
                "SessionQuestions", "The steps done so far are kept in your history."
            ),
            [QCoreApplication.translate("SessionQuestions", "End the session")],
            icon_name="clock",
            # The safe answer is the default: Enter keeps the session going (Esc did too);
            # ending it takes a press on "End the session" itself.
            default=None,
            cancel=QCoreApplication.translate("SessionQuestions", "Keep going"),
        )
        return choice == 0

    def pain_reason(self, area: str = "") -> str:
        """Show the stop advice, naming the area that rests, and record what happened."""
        from massage_desktop.ui.player.dialogs import StopAdviceDialog

        self._hurt_area = area  # the summary's advice names it as well
        dialog = self._shown(
            lambda large: StopAdviceDialog(
                self._catalog, self._window, large=large, area=area, partner=self._partner
            )
        )
        return dialog.reason()

    def show_summary(self, summary: SessionSummary) -> None:
        """Show the summary dialog; "Repeat" starts the same session again once it has closed."""
        from massage_desktop.ui.player.dialogs import SummaryDialog

        plan, self._plan = self._plan, None  # a resumed session was not started here
        area, self._hurt_area = self._hurt_area, ""
        reached, self._asked_after = self._asked_after, None
        again = self._again
        dialog = self._shown(
            lambda large: SummaryDialog(
                self._catalog,
                summary,
                self._window,
                large=large,
                can_repeat=again is not None and plan is not None,
                area=area if summary.outcome is Outcome.STOPPED_FOR_PAIN else "",
                reached=reached,
            )
        )
        if dialog.repeat_chosen() and again is not None and plan is not None:
            # After the player has left this session: only one runs at a time.
            QTimer.singleShot(0, self._main, partial(again, plan.kind, plan.subject_id))

    def refuse(self, verdict: Verdict) -> None:
        """Say why it cannot start and what to do instead."""
        self._shown(partial(refusal_dialog, self._window, refusal_words(verdict)))

    def rest_today(self, region_names: Sequence[str]) -> None:
        """Say which areas were stopped for pain today and that they rest until tomorrow."""
        self._shown(partial(refusal_dialog, self._window, rest_today_words(region_names)))

    def no_side(self, reason: str) -> None:
        """Say that a one-side routine may run on neither side today, and what to do instead."""
        self._shown(partial(refusal_dialog, self._window, no_side_words(reason)))

    def today_check(self) -> bool:
        """Ask about new swelling, sharp pain or a new injury.

        After "Stop for today" the next start the same day says so first: the check came
        back blank, and three "no"s started the session a minute after "Do not massage
        today" (walk 6). Taking the check again stays possible, for an answer given by
        mistake.
        """
        if self._rest_day.day == self.today() and not self._check_again():
            return False
        return self._check(retake=False)

    def retake_check(self) -> bool:
        """Ask today's quick check at once (the rest-day notice's "Take the check again…")."""
        return self._check(retake=True)

    def _check(self, *, retake: bool) -> bool:
        """Ask the quick check: a "stop" makes today a rest day; a "go" ends the rest day.

        ``retake``: asked from the rest-day notice, with no session waiting ("Done").
        """
        from massage_desktop.ui.safety.today_check import TodayCheckDialog, named_places

        known = named_places(self._catalog, self._profile())
        resting = self._rest_day.day == self.today()  # what three "No" would lift
        dialog = self._shown(
            lambda large: TodayCheckDialog(
                self._catalog,
                self._window,
                large=large,
                known=known,
                retake=retake,
                rest_day=resting,
            )
        )
        decision = dialog.decision()
        if decision == "stop":
            self._rest_day.day = self.today()
        elif decision == "go":
            self._rest_day.day = None
        return decision == "go"

    def _check_again(self) -> bool:
        """Today is a rest day: say so; True when the person takes the check again."""
        chosen = self._choose(
            QCoreApplication.translate("SessionQuestions", "A rest day"),
            QCoreApplication.translate(
                "SessionQuestions",
                "Earlier today the quick check said not to massage today. Rest, and have "
                "anything new checked by a doctor or other health professional first.",
            ),
            [QCoreApplication.translate("SessionQuestions", "Take the check again")],
            icon_name="shield",
            tone=Severity.DO_NOT_MASSAGE,
            default=None,
            cancel=QCoreApplication.translate("SessionQuestions", "OK"),
        )
        return chosen == 0


def _asks_everything(questions: SessionQuestions) -> Questions:
    # Never called: mypy checks here that the dialogs implement the whole protocol.
    return questions

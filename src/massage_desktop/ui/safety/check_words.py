"""The quick check's words: its heading, what the answers do, and its primary button.

Three cases: before the day's first session; taken again on a rest day (three "No" lift it);
taken again on a normal day (Settings menu), where there is no rest day to lift. Said for
the case: on a normal day "Lift the rest day" lifted nothing, and the person could think an
area resting after "Stop – it hurts" was cleared (walk 15, E8).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication

from massage_desktop.ui.guide.html import stop_rule


@dataclass(frozen=True)
class CheckWords:
    """The words of one quick check.

    Attributes:
        retake: Taken again (the rest-day notice or the Settings menu): no session waits.
        rest_day: Taken again on a rest day, which three "No" lift.
    """

    retake: bool = False
    rest_day: bool = True

    @property
    def lifts(self) -> bool:
        """Whether three "No" lift a rest day."""
        return self.retake and self.rest_day

    def title(self) -> str:
        """The heading: taken again, it said "Quick check before you start" (walk 10, b109)."""
        if self.retake:
            return QCoreApplication.translate("TodayCheckDialog", "Take the quick check again")
        return QCoreApplication.translate("TodayCheckDialog", "Quick check before you start")

    def intro(self) -> str:
        """Who the answers are about, and what they do."""
        if self.lifts:
            return QCoreApplication.translate(
                "TodayCheckDialog",
                "Think of the person about to be massaged, you or your partner. Answer "
                "for how it is now: three \u201cNo\u201d lift today's rest day.",
            )
        if self.retake:
            return QCoreApplication.translate(
                "TodayCheckDialog",
                "Think of the person about to be massaged, you or your partner. Answer "
                "for how it is now. Today is not a rest day; a \u201cYes\u201d makes it one. "
                "Areas resting after \u201cStop \u2013 it hurts\u201d still rest today.",
            )
        return QCoreApplication.translate(
            "TodayCheckDialog",
            "Think of the person about to be massaged, you or your partner. This is "
            "asked before the first session of the day.",
        )

    def go(self, *, blocked: bool) -> str:
        """The primary button: "Stop for today" after a yes; else what three "No" do."""
        if blocked:
            return QCoreApplication.translate("TodayCheckDialog", "&Stop for today")
        if self.lifts:
            return QCoreApplication.translate("TodayCheckDialog", "&Lift the rest day")
        if self.retake:
            return QCoreApplication.translate("TodayCheckDialog", "&Save answers")
        return QCoreApplication.translate("TodayCheckDialog", "&Start")

    def status(self, *, answered: bool) -> str:
        """The line under the questions (HTML): what is missing, or what the button does."""
        if answered and self.lifts:
            line = QCoreApplication.translate(
                "TodayCheckDialog", "All \u201cNo\u201d: the button lifts the rest day."
            )
        elif answered and self.retake:
            line = QCoreApplication.translate(
                "TodayCheckDialog",
                "All \u201cNo\u201d: there is no rest day to lift; the answers count as "
                "today's check.",
            )
        elif answered:
            line = QCoreApplication.translate("TodayCheckDialog", "All answered: you can start.")
        else:
            line = QCoreApplication.translate(
                "TodayCheckDialog", "Answer each question to continue."
            )
        if not self.retake:
            return escape(line)
        if answered:
            # The check is not about the areas "Stop – it hurts" rested: they stay resting.
            line += " " + QCoreApplication.translate(
                "TodayCheckDialog",
                "Areas resting after \u201cStop \u2013 it hurts\u201d still rest today.",
            )
        # The rest day is lifted here, so the stop rule is said with it, not left to a page;
        # on both lines, so the buttons do not move as the last answer is given.
        return f"{escape(line)} <b>{escape(stop_rule())}</b>"

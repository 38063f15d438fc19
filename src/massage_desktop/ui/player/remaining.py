"""What remains of a partly ruled-out plan, as the "Before you start" sheet says it.

In the routine card's words and counts (``step_words``), so the sheet, the card and the
summary agree on what is left out. The texts keep the translation context
"SessionQuestions" they were translated in, from when the questions' module said them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from massage_desktop.engine.phases import Timing
from massage_desktop.engine.plan import Plan
from massage_desktop.engine.step_count import step_count
from massage_desktop.ui.guide.formatting import seconds_text
from massage_desktop.ui.guide.lists import whole_minutes
from massage_desktop.ui.i18n import fill
from massage_desktop.ui.step_words import left_out_text


def partial_text(plan: Plan, timing: Timing | None = None) -> str:
    """What remains of a partly ruled-out plan, in the routine card's words and counts.

    Steps are counted as the card numbers them (``engine.step_count``: a step done on
    both sides is one step), and the time is the session's with ``timing`` (the person's
    get-ready pauses, as on Start), rounded as the card rounds it (``whole_minutes``).
    """
    checked, remain, why = partial_parts(plan, timing)
    return f"{checked} {remain} {why}"


def partial_parts(plan: Plan, timing: Timing | None = None) -> tuple[str, str, str]:
    """``partial_text``'s sentences: how many steps are left out, what remains, why."""
    count = step_count(plan)
    # The routine card's words: "9 steps left out or kept to one side" here stood beside
    # "9 of 13 left out" on the card and "5 left out" in the summary (walk 7, finding 4).
    checked = fill(
        QCoreApplication.translate("SessionQuestions", "Checked against the health profile: %1."),
        left_out_text(count),
    )
    # Rounded as the cards round it: "about 5 min" stood beside "Start · 4:23" (walk 6, #14).
    # With the person's get-ready time, as Start counts it: the default's minutes stood
    # beside a Start button with the person's own (walk 8, finding 6).
    length = seconds_text(whole_minutes(plan.total_s(timing or Timing())))
    remain = (
        # In parts when the player counts by them, as the summary then does: "24 of 28
        # steps" here stood before "0 of 40 parts done · 4 left out for safety" (walk 10,
        # b103). The parts that run, of all the routine's parts: 40 of 44.
        fill(
            QCoreApplication.translate(
                "SessionQuestions", "Parts that remain: %1 of %2, about %3."
            ),
            count.parts,
            count.parts + count.parts_left_out,
            length,
        )
        if count.parts
        else fill(
            QCoreApplication.translate(
                "SessionQuestions",
                "Steps that remain: %1 of %2 (%3 on one side only), about %4.",
            ),
            count.remaining,
            count.total,
            count.one_sided,
            length,
        )
        if count.one_sided
        else fill(
            QCoreApplication.translate(
                "SessionQuestions", "Steps that remain: %1 of %2, about %3."
            ),
            count.remaining,
            count.total,
            length,
        )
    )
    # Nothing left out in full: it says why a side is (walk 9, P1-k). Where to read it, in
    # the words on the screen: "the guide" named nothing a new user could find (walk 15, E7).
    why = (
        QCoreApplication.translate(
            "SessionQuestions", "Why each step is left out: see the routine's page beside the map."
        )
        if count.left_out
        else QCoreApplication.translate(
            "SessionQuestions", "Why a side is left out: see the routine's page beside the map."
        )
    )
    return checked, remain, why

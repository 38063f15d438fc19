"""The summary's counts in words: "14 of 16 done · 1 skipped · 1 not reached".

Apart from the dialogs that show them, which had grown past the module limit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from massage_desktop.domain.enums import Side
from massage_desktop.engine.summary import SessionSummary
from massage_desktop.ui.history.wording import length_text
from massage_desktop.ui.i18n import fill


def _done_text(summary: SessionSummary) -> str:
    """``14 of 16``: steps done out of those that could run (``SessionSummary.steps_run``)."""
    if summary.steps_run is None:
        return str(summary.done)
    return fill(
        QCoreApplication.translate("SummaryDialog", "%1 of %2"), summary.done, summary.steps_run
    )


def not_reached(summary: SessionSummary) -> int:
    """Steps of the plan the session never came to (it ended early); 0 when not known."""
    if summary.not_reached is not None:
        return summary.not_reached
    if summary.planned is None:
        return 0
    counted = summary.done + summary.skipped + summary.blocked
    return max(0, summary.planned - counted - (summary.stopped_step is not None))


def one_sided_text(summary: SessionSummary) -> str:
    """``right side only``: steps done on one of their sides, said rather than counted whole."""
    if summary.one_side is Side.RIGHT and summary.one_sided == summary.done:
        return QCoreApplication.translate("SummaryDialog", "right side only")
    if summary.one_side is Side.LEFT and summary.one_sided == summary.done:
        return QCoreApplication.translate("SummaryDialog", "left side only")
    return QCoreApplication.translate(
        "SummaryDialog", "%n on one side only", None, summary.one_sided
    )


def counts_text(summary: SessionSummary) -> str:
    """``14 of 16 done · 1 skipped · 1 not reached``: every step of the plan, counted once.

    Done "of" the steps that could run, as the player numbers them; the left-out ones are
    said once, last ("0 of 14 done · 14 not reached · 2 more left out for safety").
    """
    # Parts where the player counted "Part 14 of 19" (``SessionSummary.by_parts``): "13 of
    # 13 done" read as the whole session where 19 parts ran (walk 9, P1-i).
    of_done = (
        QCoreApplication.translate("SummaryDialog", "%1 of %2 parts done")
        if summary.by_parts
        else QCoreApplication.translate("SummaryDialog", "%1 of %2 done")
    )
    done = (
        fill(QCoreApplication.translate("SummaryDialog", "%1 done"), summary.done)
        if summary.steps_run is None
        else fill(of_done, summary.done, summary.steps_run)
    )
    parts = [done]
    if summary.one_sided:
        parts.append(one_sided_text(summary))
    elif summary.done and summary.both_sided == summary.done:
        # "1 of 1 done" after "Step 1 of 1" on each thigh: the one step, on both.
        parts.append(QCoreApplication.translate("SummaryDialog", "both sides"))
    if summary.stopped_step is not None:
        parts.append(
            fill(
                QCoreApplication.translate("SummaryDialog", "stopped in part %1")
                if summary.by_parts
                else QCoreApplication.translate("SummaryDialog", "stopped in step %1"),
                summary.stopped_step,
            )
        )
    if summary.skipped:
        parts.append(
            fill(QCoreApplication.translate("SummaryDialog", "%1 skipped"), summary.skipped)
        )
    if not_reached(summary):
        parts.append(
            fill(
                QCoreApplication.translate("SummaryDialog", "%1 not reached"), not_reached(summary)
            )
        )
    if summary.blocked:
        # Last, and "more" where the count above is "of" the parts that could run: "0 of 19
        # done · 5 left out · 18 not reached" added up to 24 for a reader (walk 15, E5).
        left_out = (
            QCoreApplication.translate("SummaryDialog", "%1 more left out for safety")
            if summary.steps_run is not None
            else QCoreApplication.translate("SummaryDialog", "%1 left out for safety")
        )
        parts.append(fill(left_out, summary.blocked))
    return " · ".join(parts)


def summary_facts(summary: SessionSummary) -> list[tuple[str, str]]:
    """The summary's figures as (label, value): time, steps done, skipped, left out."""
    facts = [
        (
            # The length the history lists for the session, worded the same way.
            QCoreApplication.translate("SummaryDialog", "Massage time"),
            length_text(summary.length_s),
        ),
        (
            QCoreApplication.translate("SummaryDialog", "Parts done")
            if summary.by_parts
            else QCoreApplication.translate("SummaryDialog", "Steps done"),
            _done_text(summary),
        ),
        (QCoreApplication.translate("SummaryDialog", "Skipped"), str(summary.skipped)),
    ]
    if summary.blocked:
        left_out = QCoreApplication.translate("SummaryDialog", "Left out for safety")
        facts.append((left_out, str(summary.blocked)))
    return facts

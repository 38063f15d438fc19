"""Plain words for the history view: outcomes, step results, names, times and summaries.

Everything here is pure text formatting, kept apart from the widgets so that the same phrase
appears in the list, the details, tooltips and accessible descriptions alike. Day and month
names follow the locale (``QLocale``), in a date format each translation may reorder.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import Outcome, StepStatus, whole_seconds
from massage_desktop.storage.stats import StepTally, TrendPoint
from massage_desktop.ui.i18n import decimal, fill, local_date


def outcome_text(outcome: Outcome) -> str:
    """How a session ended, in words: "Completed", "Stopped because it hurt", ..."""
    return {
        Outcome.IN_PROGRESS: QCoreApplication.translate("History", "Still running"),
        Outcome.COMPLETED: QCoreApplication.translate("History", "Completed"),
        Outcome.STOPPED_EARLY: QCoreApplication.translate("History", "Ended early"),
        Outcome.STOPPED_FOR_PAIN: QCoreApplication.translate("History", "Stopped because it hurt"),
        Outcome.INTERRUPTED: QCoreApplication.translate("History", "Interrupted"),
    }[outcome]


def result_text(
    outcome: Outcome, tally: StepTally, full: bool = False, *, reached_end: bool = False
) -> str:
    """How a session ended, claiming no more than its steps show.

    ``tally`` counts steps as the player numbered them (``StepTally.of_steps``): both sides
    of a step are one step, and one done on one side only is not yet a whole step; where
    the player counted parts ("Part 14 of 24"), each side is a part (``tally.by_parts``).

    "Completed" only when every step was done; a run through to the end with steps skipped
    reads "Finished · 1 of 16 done" ("…, 15 skipped" when ``full``), and a session with no
    step done says none was finished (``none_finished_text``; its massage time still counts
    in the calendar and the overview, walk 9, P1-g).
    ``reached_end``: the session came to its last step (``reach.skipped_to_end``).
    """
    text = outcome_text(outcome)
    if outcome is Outcome.IN_PROGRESS:
        return text
    if outcome is Outcome.STOPPED_EARLY and reached_end and tally.done == 0:
        # Every step reached by skipping (``reach.skipped_to_end``): the summary's words
        # for it; "Ended early" said it was ended part-way (walk 8, check 5).
        text = QCoreApplication.translate("History", "Skipped to the end")
    whole = tally.done == tally.total and not tally.one_sided
    if outcome is Outcome.COMPLETED and not whole:
        # Fewer than half the steps that could run done: "Mostly skipped", as the summary
        # says; the history said "Finished · 1 of 13 done" under it (walk 7, finding 7).
        mostly = tally.done * 2 < tally.total - tally.blocked
        text = (
            QCoreApplication.translate("History", "Mostly skipped")
            if mostly
            else QCoreApplication.translate("History", "Finished")
        )
    if tally.done == 0:
        ran_through = outcome is Outcome.COMPLETED or reached_end
        return _joined(text, none_finished_text(tally, ran_through))
    if whole:
        return text
    if outcome is not Outcome.COMPLETED:
        # How much was done, as with none done ("Ended early · no step finished"): "Ended early"
        # alone after a step done said less than after none (walk 10, b86). Not "of N": an
        # early end records no steps after the one under way.
        return _joined(text, done_text(tally))
    # Of the steps that could run, as the player numbered them; the left-out ones follow.
    # Parts where the player counted parts, as the summary says them (walk 9, X-e).
    of_done = (
        QCoreApplication.translate("History", "%1 of %2 parts done")
        if tally.by_parts
        else QCoreApplication.translate("History", "%1 of %2 done")
    )
    part = fill(of_done, tally.done, tally.runnable)
    if full and tally.one_sided:
        part = fill(
            QCoreApplication.translate("History", "%1, %2 on one side only"),
            part,
            tally.one_sided,
        )
    if full and tally.skipped:
        part = fill(QCoreApplication.translate("History", "%1, %2 skipped"), part, tally.skipped)
    if full and tally.blocked:
        part = fill(
            QCoreApplication.translate("History", "%1, %2 left out for safety"),
            part,
            tally.blocked,
        )
    return _joined(text, part)


def none_finished_text(tally: StepTally, ran_through: bool) -> str:
    """``0 of 44 parts finished``, or ``no part finished`` after an early end.

    A session with no step done may still have seconds of massage in the step it ended in:
    "7 s" beside "Ended early · nothing done" read as a contradiction. Said as what it is, no
    step (or part) was finished, in the player's unit. (Seconds spent getting the oil ready
    are not massage time: ``massage_time_text``.)
    "Of N" only where the records hold every step (``ran_through``: run or skipped to the
    end); an early end records no steps after the one under way.
    """
    if ran_through and tally.runnable == 1:
        # "1" spelled out: English has no plural forms to pick it from.
        return (
            QCoreApplication.translate("History", "0 of 1 part finished")
            if tally.by_parts
            else QCoreApplication.translate("History", "0 of 1 step finished")
        )
    if ran_through and tally.runnable:
        return fill(
            QCoreApplication.translate("History", "0 of %1 parts finished")
            if tally.by_parts
            else QCoreApplication.translate("History", "0 of %1 steps finished"),
            tally.runnable,
        )
    if tally.by_parts:
        return QCoreApplication.translate("History", "no part finished")
    return QCoreApplication.translate("History", "no step finished")


def done_text(tally: StepTally) -> str:
    """``2 steps done``, or ``2 parts done`` where the player counted parts.

    As the summary counts them: "1 step done" stood beside its "1 of 5 parts done" (walk 9,
    X-e). "1" spelled out: English has no plural forms to pick it from.
    """
    if tally.by_parts:
        if tally.done == 1:
            return QCoreApplication.translate("SessionDetails", "1 part done")
        return QCoreApplication.translate("SessionDetails", "%n parts done", None, tally.done)
    if tally.done == 1:
        return QCoreApplication.translate("SessionDetails", "1 step done")
    return QCoreApplication.translate("SessionDetails", "%n steps done", None, tally.done)


def _joined(first: str, second: str) -> str:
    return fill(QCoreApplication.translate("History", "%1 \u00b7 %2"), first, second)


def status_text(status: StepStatus) -> str:
    """What happened to a step: "Done", "Skipped" or "Blocked (safety)"."""
    return {
        StepStatus.DONE: QCoreApplication.translate("History", "Done"),
        StepStatus.SKIPPED: QCoreApplication.translate("History", "Skipped"),
        StepStatus.BLOCKED: QCoreApplication.translate("History", "Blocked (safety)"),
    }[status]


def not_reached_text() -> str:
    """The result of a step left by Back and not reached again (``left_by_back``).

    Its time counts, but it was neither done nor skipped: the summary counts it "not
    reached", and "Skipped" here disagreed with it (walk 9, P1-a).
    """
    return QCoreApplication.translate("History", "Not reached")


def stopped_text(outcome: Outcome) -> str:
    """The result of the step under way when a session was ended early.

    Not "Skipped": that is what the person chose for other steps, and after "Stop – it hurts"
    the step that hurt read as if it had been passed over (walk 5, finding 11).
    """
    if outcome is Outcome.STOPPED_FOR_PAIN:
        return QCoreApplication.translate("History", "Stopped – it hurt")
    return QCoreApplication.translate("History", "Stopped here")


def performer_text(performer: str) -> str:
    """Whom the user massaged, after "Massaged:": "Yourself" or "Your partner".

    The record's "partner" is the answer to "Who is being massaged? A partner": the user
    massaged the partner. "Given by a partner" said the opposite (walk 7, finding 14).
    """
    return (
        QCoreApplication.translate("History", "Yourself")
        if performer == "self"
        else QCoreApplication.translate("History", "Your partner")
    )


def side_text(side: str) -> str:
    """The side a session worked: "Left side", "Right side" or "Both sides"."""
    return {
        "left": QCoreApplication.translate("History", "Left side"),
        "right": QCoreApplication.translate("History", "Right side"),
        "both": QCoreApplication.translate("History", "Both sides"),
    }[side]


def subject_name(catalog: Catalog, kind: str, subject_id: str) -> str:
    """The technique's or routine's name (a deleted own routine's former one), else the id."""
    if kind == "routine" and subject_id in catalog.routines:
        return catalog.routines[subject_id].name
    if kind == "routine" and (former := catalog.former_routine_name(subject_id)) is not None:
        return former
    if kind == "technique" and subject_id in catalog.techniques:
        return catalog.techniques[subject_id].name
    return subject_id


def region_name(catalog: Catalog, region_id: str) -> str:
    """A region's name ("Left knee"); the id when the content no longer has it."""
    # A rating may be about a zone ("Right leg"), not a region (engine.rated).
    return catalog.place_name(region_id)


def region_names(catalog: Catalog, region_ids: Sequence[str]) -> str:
    """Several region names joined with commas."""
    return ", ".join(region_name(catalog, region_id) for region_id in region_ids)


def minutes_text(seconds: float) -> str:
    """A length for people: "45 s", "12 min", "1 h 05 min"."""
    if seconds < 60:
        return fill(QCoreApplication.translate("History", "%1 s"), round(seconds))
    minutes = round(seconds / 60)
    if minutes < 60:
        return fill(QCoreApplication.translate("History", "%1 min"), minutes)
    hours, rest = divmod(minutes, 60)
    return fill(QCoreApplication.translate("History", "%1 h %2 min"), hours, f"{rest:02d}")


def length_text(seconds: float) -> str:
    """A session's length, worded alike in its summary and in the history: "1 min 38 s".

    The length is the time spent on the massage steps (``SessionSummary.length_s``, the
    history's ``active_s``; not on the oil or warming the hands). Below ten minutes it is
    given to the second: the summary said "1 min 38 s" and the history "2 min" for one
    session. Longer ones round to minutes (``minutes_text``).
    """
    whole = whole_seconds(seconds)
    if whole >= 600:
        return minutes_text(seconds)
    minutes, rest = divmod(whole, 60)
    if not minutes:
        return fill(QCoreApplication.translate("History", "%1 s"), rest)
    if not rest:
        return fill(QCoreApplication.translate("History", "%1 min"), minutes)
    return fill(QCoreApplication.translate("History", "%1 min %2 s"), minutes, rest)


def massage_time_text(seconds: float, prepared_s: float = 0.0) -> str:
    """A session's massage time, saying what the seconds that only got the hands ready were.

    The time is the session's length (``length_text``), as the list gives it: massage only.
    The seconds spent on the oil or warming the hands are not in it, and are named, so that
    "0 s" after 7 s of warming the oil is not read as a mistake: "0 s, not counting 7 s on the
    oil or warming the hands".
    """
    text = length_text(seconds)
    if round(prepared_s) < 1:
        return text
    return fill(
        QCoreApplication.translate(
            "History", "%1, not counting %2 on the oil or warming the hands"
        ),
        text,
        length_text(prepared_s),
    )


def clock_text(seconds: float) -> str:
    """A step's length as minutes and seconds, "1:05"."""
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def _long_date(day: date) -> str:
    #: Qt date format (QLocale) of a full date, e.g. "Monday 4 May 2026".
    return local_date(day, QCoreApplication.translate("History", "dddd d MMMM yyyy"))


def day_heading(day: date, today: date) -> str:
    """A day group's title: "Today", "Yesterday", or "Monday 4 May 2026"."""
    if day == today:
        return QCoreApplication.translate("History", "Today")
    if day == today - timedelta(days=1):
        return QCoreApplication.translate("History", "Yesterday")
    return _long_date(day)


def short_date(day: date) -> str:
    """A compact date for chart axes and tooltips: "4 May"."""
    #: Qt date format (QLocale) of a short date for charts, e.g. "4 May".
    return local_date(day, QCoreApplication.translate("History", "d MMM"))


def time_span(started: datetime, ended: datetime | None) -> str:
    """Start and end of a session as recorded: "Monday 4 May 2026, 19:00 – 19:12"."""
    start = f"{_long_date(started.date())}, {started:%H:%M}"
    if ended is None:
        return fill(QCoreApplication.translate("History", "%1 (no end recorded)"), start)
    if ended.date() == started.date():
        return f"{start} \u2013 {ended:%H:%M}"
    #: Qt date format (QLocale) of the end day of a session that ran past midnight.
    end_day = local_date(ended.date(), QCoreApplication.translate("History", "dddd d MMMM"))
    return f"{start} \u2013 {end_day}, {ended:%H:%M}"


def rating_value_text(rating: int | None) -> str:
    """A rating, or "not rated" in words where none was given ("6 → –" read as a mistake)."""
    if rating is None:
        return QCoreApplication.translate("History", "not rated")
    return str(rating)


def rating_change_text(before: int | None, after: int | None) -> str:
    """A before -> after pair: "6 → 3 (3 better)", "6 → not rated"; 0 is fine, 10 the worst."""
    first = rating_value_text(before)
    second = rating_value_text(after)
    text = f"{first} \u2192 {second}"
    if before is None or after is None:
        return text
    change = before - after
    if change == 0:
        return text + QCoreApplication.translate("History", " (no change)")
    if change > 0:
        return text + fill(QCoreApplication.translate("History", " (%1 better)"), change)
    return text + fill(QCoreApplication.translate("History", " (%1 worse)"), -change)


def trend_summary(name: str, points: Sequence[TrendPoint]) -> str:
    """One sentence for the trend chart, weighting each week by its sessions.

    For example "Left knee: average before 6.1, after 3.4 over 12 sessions".
    """
    sessions = sum(point.sessions for point in points)
    if sessions == 0:
        return fill(
            QCoreApplication.translate(
                "History", "%1: no sessions with ratings before and after yet."
            ),
            name,
        )
    before = sum(p.mean_before * p.sessions for p in points) / sessions
    after = sum(p.mean_after * p.sessions for p in points) / sessions
    text = (
        QCoreApplication.translate("History", "%1: average before %2, after %3 over 1 session")
        if sessions == 1
        else QCoreApplication.translate(
            "History", "%1: average before %2, after %3 over %n sessions", None, sessions
        )
    )
    return fill(text, name, decimal(before), decimal(after))

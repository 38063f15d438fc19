"""How many sessions and how much massage time: the overview's sentences and each day's heading.

The overview above the list and the list's day headings count the same way, in the same
words: sessions with massage time, their time, then the ones without ("2 sessions, 9 min
20 s massage time, plus 1 without massage time"). The day row said "3 sessions, …, 1 without
massage time" under a header that said "2 sessions … plus 1": two ways of counting one day
(walk 16).
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication

from massage_desktop.ui.history.wording import day_heading, length_text
from massage_desktop.ui.i18n import fill

NBSP = "\u00a0"
# A space after a number: "9 min", "2 sessions", "25. Mai".
_AFTER_NUMBER = re.compile(r"(?<=\d) |(?<=\d\.) ")
# A space between a number's unit and the next number: "min 20" in "9 min 20 s", "May 2026".
_UNIT_THEN_NUMBER = re.compile(r"(\d\.?\u00a0[^\W\d_]+) (?=\d)")


def keep_units(text: str) -> str:
    """``text`` with each number bound to its unit by non-breaking spaces.

    A long day heading wrapped at 1024x700 with only its last unit on the next line ("9 min
    20" over "s", walk 16). Now "9 min 20 s", "2 sessions" and "25 May 2026" move to the next
    line whole; the line breaks after a comma or between words instead.
    """
    return _UNIT_THEN_NUMBER.sub(rf"\1{NBSP}", _AFTER_NUMBER.sub(NBSP, text))


def day_totals_heading(day: date, today: date, sessions: int, seconds: float, idle: int) -> str:
    """A day's heading row: "Monday 4 May 2026  ·  2 sessions, 9 min 20 s massage time, …".

    Args:
        day: The day of the sessions.
        today: Today, for "Today" and "Yesterday".
        sessions: All the day's sessions shown in the list.
        seconds: Their massage time.
        idle: How many of them have no massage time; said apart, as the overview says them.
    """
    # The dot stays on the line of the date (non-breaking spaces): a line never starts with it.
    totals = totals_text(sessions - idle, seconds, idle)
    return keep_units(f"{day_heading(day, today)}{NBSP}{NBSP}\u00b7  {totals}")


def week_text(days: int) -> str:
    """How many days this week had a step done, as a plain fact.

    A count of days in a row read as a chore to keep up, for people in pain on a day the
    app had just said to rest; the week's days say the same without asking for tomorrow.
    """
    if days <= 0:
        # "Massage time", as the list names the sessions it does not count: "No massage yet
        # this week" stood over "Today · 2 sessions", both ended before any massage time.
        return QCoreApplication.translate("History", "No massage time yet this week")
    if days == 1:
        return QCoreApplication.translate("History", "Massaged on 1 day this week")
    return QCoreApplication.translate("History", "Massaged on %n days this week", None, days)


def totals_text(sessions: int, seconds: float, idle: int = 0) -> str:
    """Sessions and their massage time: "20 sessions, 3 h 05 min massage time".

    ``idle``: sessions without massage time, besides ``sessions``, said as the list's days
    say them ("1 session, 1 min 23 s massage time, plus 2 without massage time").
    """
    if not sessions and idle:
        # "0 sessions, 0 s massage time, plus 2 without massage time" counted the list's 2
        # sessions as none, then added them.
        return (
            QCoreApplication.translate("History", "1 session, without massage time")
            if idle == 1
            else QCoreApplication.translate(
                "History", "%n sessions, none with massage time", None, idle
            )
        )
    text = (
        QCoreApplication.translate("History", "1 session, %1 massage time")
        if sessions == 1
        else QCoreApplication.translate("History", "%n sessions, %1 massage time", None, sessions)
    )
    text = fill(text, length_text(seconds))  # as the sessions' own lengths are worded
    if idle:
        text = fill(
            QCoreApplication.translate("History", "%1, plus %n without massage time", None, idle),
            text,
        )
    return text

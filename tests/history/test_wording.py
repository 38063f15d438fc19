"""Plain words for outcomes, lengths, days, the week and ratings."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from massage_desktop.domain.history import Outcome
from massage_desktop.ui.history import day_totals, wording

TODAY = date(2026, 5, 29)


@pytest.mark.parametrize(
    ("outcome", "text"),
    [
        (Outcome.COMPLETED, "Completed"),
        (Outcome.STOPPED_EARLY, "Ended early"),
        (Outcome.STOPPED_FOR_PAIN, "Stopped because it hurt"),
        (Outcome.INTERRUPTED, "Interrupted"),
    ],
)
def test_outcomes_in_plain_words(outcome: Outcome, text: str) -> None:
    assert wording.outcome_text(outcome) == text


def test_lengths_days_and_the_week() -> None:
    assert [wording.minutes_text(s) for s in (44.6, 60, 719, 3900)] == [
        "45 s",
        "1 min",
        "12 min",
        "1 h 05 min",
    ]
    assert wording.clock_text(65.4) == "1:05"
    assert wording.day_heading(TODAY, TODAY) == "Today"
    assert wording.day_heading(TODAY - timedelta(days=1), TODAY) == "Yesterday"
    assert wording.day_heading(date(2026, 5, 4), TODAY) == "Monday 4 May 2026"
    assert [day_totals.week_text(n) for n in (0, 1, 3)] == [
        "No massage time yet this week",
        "Massaged on 1 day this week",
        "Massaged on 3 days this week",
    ]


def test_time_spans_and_rating_changes() -> None:
    zone = timezone(timedelta(hours=2))
    start = datetime(2026, 5, 4, 23, 50, tzinfo=zone)
    assert wording.time_span(start, start + timedelta(minutes=5)) == (
        "Monday 4 May 2026, 23:50 \u2013 23:55"
    )
    assert wording.time_span(start, start + timedelta(minutes=20)) == (
        "Monday 4 May 2026, 23:50 \u2013 Tuesday 5 May, 00:10"
    )
    assert wording.time_span(start, None) == "Monday 4 May 2026, 23:50 (no end recorded)"
    assert wording.rating_change_text(6, 3) == "6 \u2192 3 (3 better)"
    assert wording.rating_change_text(3, 5) == "3 \u2192 5 (2 worse)"
    assert wording.rating_change_text(4, 4) == "4 \u2192 4 (no change)"
    assert wording.rating_change_text(4, None) == "4 \u2192 not rated"


def test_a_length_is_given_to_the_second_below_ten_minutes() -> None:
    # The summary said "1 min 38 s" where the history said "1 min" for one session.
    assert [wording.length_text(s) for s in (8.4, 60, 98, 599.4, 725)] == [
        "8 s",
        "1 min",
        "1 min 38 s",
        "9 min 59 s",
        "12 min",
    ]

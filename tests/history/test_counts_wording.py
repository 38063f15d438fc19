"""History charts say "week" for a week and "1 session", never "1 sessions" (bug 9)."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from massage_desktop.storage.stats import WeekTotal
from massage_desktop.ui.history.heat_legend import HeatLegend
from massage_desktop.ui.history.week_chart import MinutesChart


def test_a_bar_is_labelled_as_a_week(qtbot: QtBot) -> None:
    chart = MinutesChart()
    qtbot.addWidget(chart)
    weeks = [
        WeekTotal(week_start=date(2026, 11, 23), minutes=0.0, sessions=0),
        WeekTotal(week_start=date(2026, 11, 30), minutes=12.0, sessions=1),
        WeekTotal(week_start=date(2026, 12, 7), minutes=0.0, sessions=0),
    ]
    chart.set_weeks(weeks)
    assert chart.week_label(1) == "30 Nov – 6 Dec"
    assert chart.week_label(2) == "this week"


def test_legend_with_one_level_says_it_once(qtbot: QtBot) -> None:
    legend = HeatLegend()
    qtbot.addWidget(legend)
    legend.set_most(1)
    assert legend.text() == "Each tinted region: 1 session"
    assert "sessions" not in legend.accessibleDescription()
    legend.set_most(3)
    assert legend.text() == "Lighter: 1 session; strongest: 3 sessions"

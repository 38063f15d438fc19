"""The ratings chart names a point's week, not its Monday alone.

Walk 16: a session on Tuesday 8 December just after midnight was plotted over "7 Dec" (the
week's Monday), which read as the wrong day beside "Tuesday 8 December" in its details. The
minutes chart above already named its weeks "this week" and "30 Nov – 6 Dec".
"""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from massage_desktop.storage.stats import TrendPoint
from massage_desktop.ui.history.trend_chart import TrendChart

TUESDAY = date(2026, 12, 8)


def test_a_point_is_labelled_by_its_week(qtbot: QtBot) -> None:
    chart = TrendChart(today=lambda: TUESDAY)
    qtbot.addWidget(chart)
    this_week, earlier = date(2026, 12, 7), date(2026, 11, 30)
    chart.set_points([TrendPoint(earlier, 1, 5.0, 4.0), TrendPoint(this_week, 1, 5.0, 3.0)])
    assert chart.week_label(this_week) == "this week"
    assert chart.week_label(earlier) == "30 Nov – 6 Dec"
    chart.resize(420, 220)
    chart.show()
    qtbot.waitExposed(chart)
    chart.grab()  # the labels are drawn from week_label: painting must not fail

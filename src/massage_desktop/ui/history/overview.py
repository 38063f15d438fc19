"""The strip across the top of the history: days massaged, this week's days, minutes per week.

Every figure here covers the same ``WEEKS`` weeks, named in weeks: the calendar's "Last 8
weeks" beside "the last 50 days" and a chart of the last 12 weeks read as three periods.
The sessions and the time count as the list below does (every session it shows, its
massage time), so the day headings of those weeks add up to them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from massage_desktop.storage.stats import WeekTotal
from massage_desktop.ui.design.tokens import L, M, S
from massage_desktop.ui.headings import bold
from massage_desktop.ui.history import day_totals
from massage_desktop.ui.history.calendar_strip import WEEKS, CalendarStrip
from massage_desktop.ui.history.week_chart import MinutesChart

CHART_WEEKS = WEEKS
"""The chart covers the calendar's weeks, so both name one period."""


class OverviewBar(QFrame):
    """Calendar strip and this week's days on the left, the minutes-per-week chart on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build an empty overview."""
        super().__init__(parent)
        self.calendar = CalendarStrip(self)
        self.chart = MinutesChart(self)
        self._week = bold(QLabel(self), 1.25)
        self._week.setProperty("role", "week")
        # "Diese Woche noch keine Massage" on one line kept the window wider than a
        # 1024-pixel screen.
        self._week.setWordWrap(True)
        self._week.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        self._week.setAccessibleName(QCoreApplication.translate("OverviewBar", "This week"))
        self._days = QLabel(self)
        self._days.setWordWrap(True)
        self._totals = QLabel(self)
        self._totals.setWordWrap(True)
        self._totals.setAccessibleName(
            QCoreApplication.translate("OverviewBar", "Sessions and massage time")
        )
        calendar_title = self._caption(
            QCoreApplication.translate("OverviewBar", "Last %n weeks", None, WEEKS)
        )
        chart_title = self._caption(
            QCoreApplication.translate(
                "OverviewBar", "Minutes per week, last %n weeks", None, CHART_WEEKS
            )
        )
        grid = QGridLayout(self)
        grid.setContentsMargins(M, S, M, S)
        grid.setHorizontalSpacing(L)
        grid.addWidget(calendar_title, 0, 0)
        grid.addWidget(self.calendar, 1, 0, 3, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._week, 1, 1, Qt.AlignmentFlag.AlignBottom)
        grid.addWidget(self._days, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._totals, 3, 1, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(3, 1)
        grid.addWidget(chart_title, 0, 2)
        grid.addWidget(self.chart, 1, 2, 3, 1)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Ask for the height the wrapped sentences need at this width.

        The page sizes itself by the least sizes, which leave out word wrap: at "Extra large"
        the week's three lines took their room from the sessions below, whose bottom (the
        notes box, the count) was cut off.
        """
        super().resizeEvent(event)
        grid = self.layout()
        need = grid.minimumHeightForWidth(self.width()) if grid is not None else 0
        need = need if need > self.minimumSizeHint().height() else 0
        if need != self.minimumHeight():
            self.setMinimumHeight(need)

    def _caption(self, text: str) -> QLabel:
        caption = bold(QLabel(text, self))
        caption.setProperty("role", "section")
        return caption

    def show_stats(self, today: date, massaged: Sequence[date], weeks: Sequence[WeekTotal]) -> None:
        """Show the days with a step done, this week's count of them and the weekly minutes.

        Args:
            today: The last day shown.
            massaged: The days with a step done.
            weeks: The calendar's weeks, oldest first: their sessions and time as the list
                counts them.
        """
        self.calendar.set_days(today, massaged)
        monday = today - timedelta(days=today.weekday())  # weeks start on Monday, as the stats
        self._week.setText(day_totals.week_text(sum(monday <= day <= today for day in massaged)))
        self._days.setText(self.calendar.summary() + ".")
        sessions = sum(week.sessions for week in weeks)
        idle = sum(week.unworked for week in weeks)
        minutes = sum(week.minutes for week in weeks)
        # The sessions without massage time named too, as the list's days name them: "1
        # session" alone stood above "Today · 3 sessions, …, 2 without massage time" (walk
        # 10, b104). They stay apart: the calendar and the chart do not count them.
        # Numbers bound to their units, as in the day headings: "dazu 1" over "ohne Massagezeit".
        totals = day_totals.totals_text(sessions, minutes * 60, idle)
        self._totals.setText(day_totals.keep_units(totals) + ".")
        self.chart.set_weeks(weeks)

    def week_text(self) -> str:
        """The "Massaged on N days this week" sentence."""
        return self._week.text()

    def days_text(self) -> str:
        """The "Massaged on N days in the last 8 weeks" sentence."""
        return self._days.text()

    def totals_text(self) -> str:
        """The "N sessions, 3 h 05 min massage time" sentence of the same weeks, as read."""
        return self._totals.text().replace(day_totals.NBSP, " ")

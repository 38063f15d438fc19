"""The strip across the top of the history: days massaged, the streak, minutes per week."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from massage_desktop.storage.stats import WeekTotal
from massage_desktop.ui.design.tokens import L, M, S
from massage_desktop.ui.headings import bold
from massage_desktop.ui.history import wording
from massage_desktop.ui.history.calendar_strip import WEEKS, CalendarStrip
from massage_desktop.ui.history.week_chart import MinutesChart

CHART_WEEKS = 12


class OverviewBar(QFrame):
    """Calendar strip and streak on the left, the minutes-per-week chart on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build an empty overview."""
        super().__init__(parent)
        self.calendar = CalendarStrip(self)
        self.chart = MinutesChart(self)
        self._streak = bold(QLabel(self), 1.25)
        self._streak.setProperty("role", "streak")
        # "Noch keine Serie – eine Sitzung heute beginnt eine" on one line kept the window
        # wider than a 1024-pixel screen.
        self._streak.setWordWrap(True)
        self._streak.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        self._streak.setAccessibleName(QCoreApplication.translate("OverviewBar", "Current streak"))
        self._days = QLabel(self)
        self._days.setWordWrap(True)
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
        grid.addWidget(self.calendar, 1, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._streak, 1, 1, Qt.AlignmentFlag.AlignBottom)
        grid.addWidget(self._days, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(chart_title, 0, 2)
        grid.addWidget(self.chart, 1, 2, 2, 1)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)

    def _caption(self, text: str) -> QLabel:
        caption = bold(QLabel(text, self))
        caption.setProperty("role", "section")
        return caption

    def show_stats(
        self, today: date, massaged: Sequence[date], streak: int, weeks: Sequence[WeekTotal]
    ) -> None:
        """Show the days with a session, the current streak and the weekly minutes."""
        self.calendar.set_days(today, massaged)
        self._streak.setText(wording.streak_text(streak))
        self._days.setText(self.calendar.summary() + ".")
        self.chart.set_weeks(weeks)

    def streak_text(self) -> str:
        """The streak sentence shown."""
        return self._streak.text()

    def days_text(self) -> str:
        """The "Massaged on N of the last M days" sentence."""
        return self._days.text()

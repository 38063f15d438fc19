"""The last weeks as small day squares: filled on days with a session, today outlined."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from massage_desktop.ui.history import wording
from massage_desktop.ui.i18n import fill, local_date

WEEKS = 8
_CELL = 14.0
_GAP = 3.0


class CalendarStrip(QWidget):
    """A grid of ``WEEKS`` week columns (oldest left) by seven weekday rows, Monday on top.

    The squares are a picture of what the accessible description says in words.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build an empty strip ending this week."""
        super().__init__(parent)
        self._today = date.today()
        self._days: frozenset[date] = frozenset()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(
            QCoreApplication.translate(
                "CalendarStrip", "Days massaged in the last %n weeks", None, WEEKS
            )
        )

    def set_days(self, today: date, massaged: Iterable[date]) -> None:
        """Show which days had a session, in the weeks up to and including ``today``'s."""
        self._today = today
        self._days = frozenset(massaged)
        self.setAccessibleDescription(self.summary())
        self.updateGeometry()  # the month names over the columns may have changed
        self.update()

    def first_day(self) -> date:
        """The Monday the first column starts on."""
        return self._today - timedelta(days=self._today.weekday(), weeks=WEEKS - 1)

    def massaged_days(self) -> int:
        """How many days in the shown weeks (up to today) had a session."""
        return sum(1 for day in self._days if self.first_day() <= day <= self._today)

    def summary(self) -> str:
        """The strip in words, e.g. "Massaged on 23 days in the last 8 weeks".

        In weeks, as the title over the strip: "the last 53 days" under "Last 8 weeks" read
        as another period (the current week is the eighth, up to today).
        """
        days = self.massaged_days()
        text = (
            QCoreApplication.translate(
                "CalendarStrip", "Massaged on 1 day in the last %n weeks", None, WEEKS
            )
            if days == 1
            else QCoreApplication.translate(
                "CalendarStrip", "Massaged on %1 days in the last %n weeks", None, WEEKS
            )
        )
        return fill(text, days)

    def day_at(self, point: QPoint) -> date | None:
        """The day under a widget point, if any (future days included)."""
        left, top = self._origin()
        column = int((point.x() - left) // (_CELL + _GAP))
        row = int((point.y() - top) // (_CELL + _GAP))
        if not (0 <= column < WEEKS and 0 <= row < 7):
            return None
        return self.first_day() + timedelta(weeks=column, days=row)

    def _month_labels(self) -> list[tuple[int, str]]:
        # A month is named over the first week that starts in it; the first column is named
        # too unless a new month follows right after (the two names would overlap).
        mondays = [self.first_day() + timedelta(weeks=column) for column in range(WEEKS)]
        starts = [c for c in range(1, WEEKS) if mondays[c].month != mondays[c - 1].month]
        columns = ([0] if not starts or starts[0] > 2 else []) + starts
        #: Qt date format (QLocale) of a month name over the calendar, e.g. "May".
        month = QCoreApplication.translate("CalendarStrip", "MMM")
        return [(column, local_date(mondays[column], month)) for column in columns]

    def sizeHint(self) -> QSize:  # noqa: D102 - Qt API
        left, top = self._origin()
        step = _CELL + _GAP
        metrics = self.fontMetrics()
        # A month named over one of the last columns runs past the squares ("Dec" over the
        # last week was cut to "De"): the strip is as wide as its widest label needs.
        labels = [
            left + column * step + metrics.horizontalAdvance(name) + 2
            for column, name in self._month_labels()
        ]
        return QSize(round(max([left + WEEKS * step, *labels])), round(top + 7 * step))

    def _origin(self) -> tuple[float, float]:
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(name) for _, name in self._weekday_labels())
        return widest + 6.0, metrics.height() + 2.0

    @staticmethod
    def _weekday_labels() -> tuple[tuple[int, str], ...]:
        """(row, name) of the weekdays named beside the squares."""
        return (
            (0, QCoreApplication.translate("CalendarStrip", "Mon")),
            (2, QCoreApplication.translate("CalendarStrip", "Wed")),
            (4, QCoreApplication.translate("CalendarStrip", "Fri")),
            (6, QCoreApplication.translate("CalendarStrip", "Sun")),
        )

    def event(self, event: QEvent) -> bool:  # noqa: D102 - Qt API
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            if day is None or day > self._today:
                QToolTip.hideText()
            else:
                done = (
                    QCoreApplication.translate("CalendarStrip", "massaged")
                    if day in self._days
                    else QCoreApplication.translate("CalendarStrip", "no session")
                )
                QToolTip.showText(event.globalPos(), f"{wording.short_date(day)}: {done}", self)
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: D102 - Qt API
        palette = self.palette()
        filled = palette.color(QPalette.ColorRole.Highlight)
        # A faint wash of the text colour: visible on light and dark windows alike.
        empty = QColor(palette.color(QPalette.ColorRole.WindowText))
        empty.setAlphaF(0.13)
        text = palette.color(QPalette.ColorRole.PlaceholderText)
        left, top = self._origin()
        step = _CELL + _GAP
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(text)
        for row, name in self._weekday_labels():
            box = QRectF(0, top + row * step, left - 6, _CELL)
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
        for column, name in self._month_labels():
            painter.drawText(QRectF(left + column * step, 0, self.width(), top), name)
        first = self.first_day()
        for column in range(WEEKS):
            monday = first + timedelta(weeks=column)
            for row in range(7):
                day = monday + timedelta(days=row)
                if day > self._today:
                    continue  # the rest of this week has not happened yet
                cell = QRectF(left + column * step, top + row * step, _CELL, _CELL)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(filled if day in self._days else empty)
                painter.drawRoundedRect(cell, 3, 3)
                if day == self._today:
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 1.5))
                    painter.drawRoundedRect(cell.adjusted(-1.5, -1.5, 1.5, 1.5), 4, 4)
        painter.end()

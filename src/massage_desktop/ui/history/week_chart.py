"""Minutes massaged per week as a bar chart, the unfinished current week drawn lighter."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from massage_desktop.storage.stats import WeekTotal
from massage_desktop.ui.history import chart_paint, wording
from massage_desktop.ui.history.chart_paint import ChartColours
from massage_desktop.ui.i18n import fill


def _minutes_label(minutes: float) -> str:
    """An axis label, "30 min"."""
    return fill(QCoreApplication.translate("MinutesChart", "%1 min"), f"{minutes:g}")


class MinutesChart(QWidget):
    """Bars of minutes per week, oldest left; the accessible description says it in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build an empty chart."""
        super().__init__(parent)
        self._weeks: list[WeekTotal] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(220, 110)
        self.setAccessibleName(
            QCoreApplication.translate("MinutesChart", "Minutes massaged per week")
        )

    def set_weeks(self, weeks: Sequence[WeekTotal]) -> None:
        """Show ``weeks`` (oldest first, the last one being the current week)."""
        self._weeks = list(weeks)
        self.setAccessibleDescription(self.summary())
        self.update()

    def minutes(self) -> list[float]:
        """The minutes shown, oldest week first."""
        return [week.minutes for week in self._weeks]

    def summary(self) -> str:
        """The chart in words."""
        # By the sessions with massage time, as the totals beside the chart count them: a
        # session of a few seconds is one, though its bar is too short to see. Said as what
        # it counts: "No sessions in the last 8 weeks" stood over "Today · 2 sessions" of
        # sessions ended before any massage time.
        if not any(week.sessions for week in self._weeks):
            return QCoreApplication.translate(
                "MinutesChart", "No massage time in the last %n weeks.", None, len(self._weeks)
            )
        current = self._weeks[-1]
        average = sum(self.minutes()) / len(self._weeks)
        best = max(self._weeks, key=lambda week: week.minutes)
        return fill(
            QCoreApplication.translate(
                "MinutesChart", "This week %1; weekly average %2; most %3 in the week of %4."
            ),
            wording.minutes_text(current.minutes * 60),
            wording.minutes_text(average * 60),
            wording.minutes_text(best.minutes * 60),
            wording.short_date(best.week_start),
        )

    def week_label(self, column: int) -> str:
        """The axis label of a bar: "this week", or the week's span, "30 Nov – 6 Dec"."""
        last = column == len(self._weeks) - 1
        return chart_paint.week_label(self._weeks[column].week_start, this_week=last)

    def sizeHint(self) -> QSize:  # noqa: D102 - Qt API
        return QSize(360, 140)

    def _layout(self) -> tuple[QRectF, float, float]:
        """The plot area, the axis maximum and the width of one bar slot."""
        top = chart_paint.nice_ceiling(max(self.minutes(), default=0.0))
        plot = chart_paint.plot_rect(QRectF(self.rect()), self.fontMetrics(), _minutes_label(top))
        return plot, top, plot.width() / max(len(self._weeks), 1)

    def _bar_at(self, x: float) -> WeekTotal | None:
        plot, _, slot = self._layout()
        column = int((x - plot.left()) // slot) if slot > 0 else -1
        return self._weeks[column] if 0 <= column < len(self._weeks) else None

    def event(self, event: QEvent) -> bool:  # noqa: D102 - Qt API
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            week = self._bar_at(event.pos().x())
            if week is None:
                QToolTip.hideText()
            else:
                sessions = (
                    QCoreApplication.translate("MinutesChart", "1 session")
                    if week.sessions == 1
                    else QCoreApplication.translate(
                        "MinutesChart", "%n sessions", None, week.sessions
                    )
                )
                end = week.week_start + timedelta(days=6)
                text = fill(
                    QCoreApplication.translate("MinutesChart", "%1 – %2: %3 in %4"),
                    wording.short_date(week.week_start),
                    wording.short_date(end),
                    wording.minutes_text(week.minutes * 60),
                    sessions,
                )
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: D102 - Qt API
        colours = ChartColours.from_palette(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # By the sessions, as the totals beside the chart count them: a session of a few
        # seconds is one, though its bar is too short to see.
        if not any(week.sessions for week in self._weeks):
            chart_paint.draw_empty(painter, QRectF(self.rect()), self.summary(), colours)
            painter.end()
            return
        plot, top, slot = self._layout()
        ticks = [(0.0, "0"), (top / 2, _minutes_label(top / 2)), (float(top), _minutes_label(top))]
        chart_paint.draw_grid(painter, plot, ticks, top, colours)
        width = max(3.0, slot * 0.62)
        last = len(self._weeks) - 1
        painter.setPen(colours.accent)
        labels: list[tuple[float, str]] = []
        for column, week in enumerate(self._weeks):
            x = plot.left() + slot * column + (slot - width) / 2
            height = plot.height() * week.minutes / top
            if height > 0:
                bar = QRectF(x, plot.bottom() - max(height, 1.5), width, max(height, 1.5))
                painter.setBrush(colours.accent_soft if column == last else colours.accent)
                painter.drawRoundedRect(bar, 2, 2)
            # Every third week and the current one: enough to read the axis, never crowded.
            if (last - column) % 3 == 0:
                label = self.week_label(column)
                fits = painter.fontMetrics().horizontalAdvance(label) + 8 <= slot * 3
                if not fits:  # narrow chart: the week's first day, still said to be a week
                    label = wording.short_date(week.week_start)
                labels.append((x + width / 2, label))
        # From the current week leftwards, leaving out a label that would touch the one to
        # its right: at large text "4 May" ran into "this week", pushed in from the edge.
        limit = float("inf")  # the current week is always named
        for middle, label in reversed(labels):
            box = chart_paint.x_label_box(painter, middle, plot, label)
            if box.right() + 6 <= limit:
                limit = chart_paint.draw_x_label(painter, middle, plot, label, colours).left()
        painter.end()

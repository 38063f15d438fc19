"""One region's weekly before and after ratings as two lines on a 0-10 scale.

"Before" is dashed with hollow dots and "after" solid with filled dots, so the two lines are
told apart without colour; the legend repeats both.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from massage_desktop.storage.stats import TrendPoint
from massage_desktop.ui.history import chart_paint, wording
from massage_desktop.ui.history.chart_paint import ChartColours
from massage_desktop.ui.i18n import decimal, fill

_TOP = 10.0
_DOT = 3.5
_HIT = 10.0  # pixels around a dot that show its tooltip


class TrendChart(QWidget):
    """Weekly mean ratings before and after massage of one region, oldest left."""

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        """Build an empty chart; ``today`` tells which week is this week."""
        super().__init__(parent)
        self._today = today
        self._points: list[TrendPoint] = []
        self._empty_text = QCoreApplication.translate(
            "TrendChart", "Choose a region to see how its ratings changed."
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 160)
        self.setAccessibleName(
            QCoreApplication.translate("TrendChart", "Ratings before and after, by week")
        )

    def set_points(self, points: Sequence[TrendPoint], empty_text: str = "") -> None:
        """Show weekly points (oldest first); ``empty_text`` is shown when there are none."""
        self._points = list(points)
        if empty_text:
            self._empty_text = empty_text
        self.update()

    def points(self) -> list[TrendPoint]:
        """The points shown."""
        return list(self._points)

    def sizeHint(self) -> QSize:  # noqa: D102 - Qt API
        return QSize(420, 220)

    def _plot(self) -> QRectF:
        metrics = self.fontMetrics()
        area = QRectF(self.rect()).adjusted(0, metrics.height() + 6, 0, 0)  # room for the legend
        return chart_paint.plot_rect(area, metrics, "10").adjusted(6, 0, -6, 0)

    def _positions(self, plot: QRectF) -> list[tuple[QPointF, QPointF]]:
        """(before, after) positions, spaced by date so gaps between weeks show as gaps."""
        if not self._points:
            return []
        first = self._points[0].week_start.toordinal()
        span = max(self._points[-1].week_start.toordinal() - first, 1)
        positions = []
        for point in self._points:
            offset = (point.week_start.toordinal() - first) / span
            x = plot.center().x() if len(self._points) == 1 else plot.left() + plot.width() * offset
            y_before = plot.bottom() - plot.height() * point.mean_before / _TOP
            y_after = plot.bottom() - plot.height() * point.mean_after / _TOP
            positions.append((QPointF(x, y_before), QPointF(x, y_after)))
        return positions

    def event(self, event: QEvent) -> bool:  # noqa: D102 - Qt API
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for point, (before, _after) in zip(
                self._points, self._positions(self._plot()), strict=True
            ):
                if abs(before.x() - event.pos().x()) <= _HIT:
                    text = fill(
                        QCoreApplication.translate(
                            "TrendChart",
                            "Week of %1: before %2, after %3 (%n sessions)",
                            None,
                            point.sessions,
                        ),
                        wording.short_date(point.week_start),
                        decimal(point.mean_before),
                        decimal(point.mean_after),
                    )
                    QToolTip.showText(event.globalPos(), text, self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: D102 - Qt API
        colours = ChartColours.from_palette(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._points:
            chart_paint.draw_empty(painter, QRectF(self.rect()), self._empty_text, colours)
            painter.end()
            return
        plot = self._plot()
        ticks = [(0.0, "0"), (5.0, "5"), (10.0, "10")]
        chart_paint.draw_grid(painter, plot, ticks, _TOP, colours)
        positions = self._positions(plot)
        window = self.palette().color(self.backgroundRole())
        self._draw_line(painter, [b for b, _ in positions], colours.second, window)
        self._draw_line(painter, [a for _, a in positions], colours.accent, None)
        for point, x in self._labelled(painter, [before.x() for before, _ in positions]):
            chart_paint.draw_x_label(painter, x, plot, self.week_label(point), colours)
        self._draw_legend(painter, colours)
        painter.end()

    def week_label(self, week_start: date) -> str:
        """A point's axis label, as the minutes chart names its bars (``week_label``)."""
        today = self._today()
        this_week = week_start == today - timedelta(days=today.weekday())
        return chart_paint.week_label(week_start, this_week=this_week)

    def _labelled(self, painter: QPainter, xs: list[float]) -> list[tuple[date, float]]:
        """The weeks whose dates fit under the axis, newest first so the latest always shows."""
        metrics = painter.fontMetrics()
        kept: list[tuple[date, float]] = []
        limit = float("inf")
        right = painter.device().width()
        for point, x in reversed(list(zip(self._points, xs, strict=True))):
            if x >= limit:  # no label fits here whatever its width: skip measuring it
                continue
            width = metrics.horizontalAdvance(self.week_label(point.week_start)) + 4
            # Where draw_x_label puts it: the last label moves left to stay inside, and
            # "23. Nov." then touched "30. Nov." when measured from its point.
            left = min(max(x - width / 2, 0.0), right - width)
            if left + width + 8 <= limit:
                kept.append((point.week_start, x))
                limit = left
        return kept

    @staticmethod
    def _draw_line(
        painter: QPainter, points: list[QPointF], colour: QColor, hollow: QColor | None
    ) -> None:
        """A line through ``points`` with dots; dashed with hollow dots when ``hollow`` is set."""
        dashed = hollow is not None
        pen = QPen(colour, 2.0, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # Separate segments, not one path: Qt's stroker joins a path's segments and works out
        # where they overlap, which took 0.4-0.6 s for ten years of weeks (520 points); the
        # segments take about 30 ms and their round caps close the joints.
        painter.drawLines([QLineF(a, b) for a, b in itertools.pairwise(points)])
        painter.setPen(QPen(colour, 1.6))
        painter.setBrush(hollow if hollow is not None else colour)
        for point in points:
            painter.drawEllipse(point, _DOT, _DOT)

    def _draw_legend(self, painter: QPainter, colours: ChartColours) -> None:
        metrics = painter.fontMetrics()
        y = metrics.height() / 2 + 2
        x = float(self.width())
        for text, colour, dashed in (
            (QCoreApplication.translate("TrendChart", "After"), colours.accent, False),
            (QCoreApplication.translate("TrendChart", "Before"), colours.second, True),
        ):
            x -= metrics.horizontalAdvance(text) + 4
            painter.setPen(colours.text)
            painter.drawText(QPointF(x, y + metrics.ascent() / 2 - 1), text)
            x -= 30
            style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
            painter.setPen(QPen(colour, 2.0, style))
            painter.drawLine(QPointF(x, y), QPointF(x + 24, y))
            x -= 16

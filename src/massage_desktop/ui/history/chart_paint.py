"""Shared drawing for the hand-painted charts: colours from the palette, grid, empty state.

QtCharts lives in PySide6-Addons, which the app only needs for sound; two small charts are
cheaper to paint by hand than to pull in a second package for everyone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen

from massage_desktop.ui.guide.colours import is_dark
from massage_desktop.ui.history import wording
from massage_desktop.ui.i18n import fill

_TICK_STEPS = (1, 2, 5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 300, 360, 480, 600)


@dataclass(frozen=True)
class ChartColours:
    """Colours for a chart on one palette."""

    text: QColor
    muted: QColor
    grid: QColor
    accent: QColor  # the main series: bars, "after" line
    accent_soft: QColor  # the same, quieter: the unfinished week
    second: QColor  # the comparison series: "before" line

    @classmethod
    def from_palette(cls, palette: QPalette) -> ChartColours:
        """Colours readable on the palette's window background."""
        accent = QColor(palette.color(QPalette.ColorRole.Highlight))
        accent.setAlphaF(1.0)
        soft = QColor(accent)
        soft.setAlphaF(0.45)
        grid = QColor(palette.color(QPalette.ColorRole.Mid))
        grid.setAlphaF(0.6)
        # Warm orange for "before" (how it felt), apart from the teal/blue accent for "after".
        second = QColor("#F2A65A" if is_dark(palette) else "#B35900")
        return cls(
            text=palette.color(QPalette.ColorRole.WindowText),
            muted=palette.color(QPalette.ColorRole.PlaceholderText),
            grid=grid,
            accent=accent,
            accent_soft=soft,
            second=second,
        )


def nice_ceiling(value: float) -> int:
    """A round axis maximum at or above ``value``: 10, 15, 30, 60, 90... (at least 10)."""
    for step in _TICK_STEPS:
        if value <= step * 2 and step >= 5:
            return step * 2
    return int(math.ceil(value / 300.0) * 300)


def plot_rect(area: QRectF, metrics: QFontMetrics, y_label: str) -> QRectF:
    """The plotting area inside ``area``, leaving room for y labels and x labels below."""
    left = metrics.horizontalAdvance(y_label) + 8
    return area.adjusted(left, metrics.height() / 2 + 2, -4, -(metrics.height() + 6))


def draw_grid(
    painter: QPainter,
    plot: QRectF,
    ticks: list[tuple[float, str]],
    top: float,
    colours: ChartColours,
) -> None:
    """Horizontal grid lines at ``ticks`` (value, label) on a scale from 0 to ``top``."""
    metrics = painter.fontMetrics()
    for value, label in ticks:
        y = plot.bottom() - plot.height() * value / top
        painter.setPen(QPen(colours.grid, 1.0))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(colours.muted)
        box = QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height())
        painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)


def x_label_box(painter: QPainter, x: float, plot: QRectF, text: str) -> QRectF:
    """Where ``draw_x_label`` puts ``text``: centred under ``x``, inside the widget."""
    metrics = painter.fontMetrics()
    width = metrics.horizontalAdvance(text) + 4
    left = min(max(x - width / 2, 0.0), painter.device().width() - width)
    return QRectF(left, plot.bottom() + 4, width, metrics.height())


def draw_x_label(
    painter: QPainter, x: float, plot: QRectF, text: str, colours: ChartColours
) -> QRectF:
    """A label centred under ``x``, kept inside the widget at both ends; returns its box."""
    painter.setPen(colours.muted)
    box = x_label_box(painter, x, plot, text)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    return box


def draw_empty(painter: QPainter, area: QRectF, text: str, colours: ChartColours) -> None:
    """The empty state: a sentence in the middle, so a blank chart never looks broken."""
    painter.setPen(colours.muted)
    flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
    painter.drawText(area, int(flags), text)


def week_label(week_start: date, *, this_week: bool) -> str:
    """A week's axis label: "this week", or its span, "30 Nov – 6 Dec".

    A bar or point stands for a whole week; its Monday alone ("7 Dec") read as the day of a
    session on Tuesday 8 December (walk 16).
    """
    if this_week:
        return QCoreApplication.translate("MinutesChart", "this week")
    return fill(
        QCoreApplication.translate("MinutesChart", "%1 – %2"),
        wording.short_date(week_start),
        wording.short_date(week_start + timedelta(days=6)),
    )

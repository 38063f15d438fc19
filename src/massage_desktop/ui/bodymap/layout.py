"""Whether the map shows one view of the figure or front and back side by side, and where.

On a wide map a single figure fills the height and leaves most of the width empty. Both views
then fit side by side at the very same size, which saves the Front / Back click and matches the
printed card. The threshold follows from the figure's aspect ratio: side by side is chosen only
when each figure is still exactly as tall as one figure alone would be (both are then limited by
the height), so the switch never shrinks the figure a person is looking at.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF

GAP = 12.0
"""Logical pixels between the two columns, on top of each view's own margin."""


def fit_scale(area: QRectF, rect: QRectF) -> float:
    """The scale that fits a document rectangle into a widget area, aspect ratio kept."""
    if rect.width() <= 0 or rect.height() <= 0:
        return 0.0
    return min(area.width() / rect.width(), area.height() / rect.height())


def columns(areas: Sequence[QRectF], gap: float = GAP) -> list[QRectF]:
    """One column per view, left to right and ``gap`` apart, in equal shares of the width.

    Args:
        areas: Where each view alone would be fitted; they share their horizontal extent and
            may differ in height (a view whose legend the widget writes loses a strip).
        gap: Pixels between the columns.

    Returns:
        Each view's column: its share of the width, its own area's top and height.
    """
    if not areas:
        return []
    first, count = areas[0], len(areas)
    width = max(0.0, (first.width() - gap * (count - 1)) / count)
    return [
        QRectF(first.left() + i * (width + gap), area.top(), width, area.height())
        for i, area in enumerate(areas)
    ]


def side_by_side_fits(areas: Sequence[QRectF], rects: Sequence[QRectF], gap: float = GAP) -> bool:
    """Whether the views fit side by side, each as tall as it would be alone.

    Args:
        areas: Where each view alone would be fitted (see ``columns``).
        rects: Each view's document rectangle, in the same order.
        gap: Pixels between the columns.

    Returns:
        True when every view's scale in its column equals its scale alone in its area, i.e.
        the width left over does not limit any figure.
    """
    if len(rects) < 2 or len(areas) != len(rects) or any(a.isEmpty() for a in areas):
        return False
    # Rounding: a width off by a fraction of a pixel must not turn the layout on and off.
    return all(
        fit_scale(column, rect) >= fit_scale(area, rect) - 1e-6
        for column, area, rect in zip(columns(areas, gap), areas, rects, strict=True)
    )


def min_side_by_side_width(height: float, rects: Sequence[QRectF], gap: float = GAP) -> float:
    """The narrowest area of ``height`` in which ``side_by_side_fits`` holds for every view.

    Each view needs the width it has when scaled to the full height; the widest one sets the
    column width, since the columns are equal.
    """
    if not rects:
        return 0.0
    widest = max(rect.width() * height / rect.height() for rect in rects if rect.height() > 0)
    return widest * len(rects) + gap * (len(rects) - 1)

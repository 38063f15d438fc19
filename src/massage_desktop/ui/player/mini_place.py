"""Where the mini timer opens: beside the main window, else over what matters least in it.

Over a window that fills the screen, a corner of the screen was the only choice: the top-left
one covered the menu, the app's name and the map's Front/Back and zoom buttons at 1024x700
(and stayed there after Esc from room mode). Now every place along the edges of what is on the
screen is weighed: the player's buttons first, the stop rule, then every other control of the
window, then the body map's area being worked.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMenuBar,
    QToolBar,
    QWidget,
)

from massage_desktop.ui.bodymap import BodyMapWidget

CORNER_MARGIN = 16
"""The gap, in pixels, between the timer and the main window or the screen's edge."""

_CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractSlider)
"""What a person presses or types in; a menu bar or a tool bar counts as one, whole."""


@dataclass(frozen=True)
class Around:
    """What the timer should leave in view on the screen, the most important first.

    Attributes:
        buttons: The player's buttons and "Stop – it hurts".
        rule: The stop rule's strip.
        controls: Every other control of the main window: its menu, its top bar, the map's
            Front/Back and zoom buttons.
        map: The body map, whose free area the timer covers when nothing is clear of it.
        worked: The map's regions being worked (the step's "Now" and "Also in this step").
    """

    buttons: QRect
    rule: Sequence[QRect] = ()
    controls: Sequence[QRect] = ()
    map: QRect = field(default_factory=QRect)
    worked: QRect = field(default_factory=QRect)


def _on_screen(widget: QWidget) -> QRect:
    """The part of ``widget`` shown, on the screen (empty when it is hidden or scrolled off)."""
    if not widget.isVisible():
        return QRect()
    shown = widget.visibleRegion().boundingRect()
    return QRect(widget.mapToGlobal(shown.topLeft()), shown.size())


def _in_a_bar(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QMenuBar, QToolBar)):
            return True
        parent = parent.parentWidget()
    return False


def around_window(window: QWidget, buttons: QRect, rule: Iterable[QRect]) -> Around:
    """What the timer should leave in view on ``window``, found from the widgets shown.

    Args:
        window: The main window.
        buttons: The player's buttons and "Stop – it hurts", on the screen.
        rule: The stop rule's strip, on the screen, if shown.
    """
    controls = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window:
            continue  # the timer itself, room mode, a dialog
        whole = isinstance(widget, (QMenuBar, QToolBar))
        if whole or (isinstance(widget, _CONTROLS) and not _in_a_bar(widget)):
            place = _on_screen(widget)
            if not place.isEmpty():
                controls.append(place)
    maps = [m for m in window.findChildren(BodyMapWidget) if m.window() is window]
    area, worked = QRect(), QRect()
    for shown in maps:
        place = _on_screen(shown)
        if place.isEmpty():
            continue
        area = place
        now = shown.selected_region()
        for region in (*([now] if now else []), *shown.marked_regions()):
            rect = shown.region_rect(region)
            if not rect.isEmpty():
                worked = worked.united(QRect(shown.mapToGlobal(rect.topLeft()), rect.size()))
    return Around(buttons, tuple(rule), tuple(controls), area, worked)


def _spots(outer: QSize, area: QRect, around: Around, margin: int) -> list[QPoint]:
    """Places on the screen along the edges of what is there: a gap away, or inside."""
    width, height = outer.width(), outer.height()
    xs = {area.left() + margin, area.right() + 1 - margin - width}
    ys = {area.top() + margin, area.bottom() + 1 - margin - height}
    for rect in (around.buttons, *around.rule, *around.controls, around.map, around.worked):
        if rect.isEmpty():
            continue
        xs |= {rect.left() - margin - width, rect.right() + 1 + margin}
        xs |= {rect.left() + margin, rect.right() + 1 - margin - width}
        ys |= {rect.top() - margin - height, rect.bottom() + 1 + margin}
        ys |= {rect.top() + margin, rect.bottom() + 1 - margin - height}
    return [
        QPoint(x, y)
        for x in sorted(xs)
        for y in sorted(ys)
        if area.contains(QRect(x, y, width, height))
    ]


def free_place(
    outer: QSize, window: QRect, around: Around, area: QRect, margin: int = CORNER_MARGIN
) -> QPoint:
    """Where a window whose frame is ``outer`` covers nothing of the main window ``window``.

    Beside the window on the screen's free ``area`` when there is room (right, left, below,
    above, in that order), level with the window's bottom. Over a window that fills the
    screen, the place that leaves most in view, in this order: the player's buttons (the
    window's bottom-left corner covered -15 s and +15 s, walk 9, P2-b), the stop rule, the
    window's other controls, the region being worked, as much of the map as the timer can
    cover (its free area), and last the farthest from what is worked (else from the buttons).
    """
    width, height = outer.width(), outer.height()

    def level(top: int, size: int, low: int, high: int) -> int:
        return max(low, min(top, high + 1 - size))

    y = level(window.bottom() + 1 - height, height, area.top(), area.bottom())
    x = level(window.left(), width, area.left(), area.right())
    beside = (
        QPoint(window.right() + 1 + margin, y),
        QPoint(window.left() - margin - width, y),
        QPoint(x, window.bottom() + 1 + margin),
        QPoint(x, window.top() - margin - height),
    )
    for at in beside:
        if area.contains(QRect(at, outer)):
            return at
    centre = (around.worked if not around.worked.isEmpty() else around.buttons).center()

    def rank(at: QPoint) -> tuple[int, ...]:
        timer = QRect(at, outer)
        on_map = timer.intersected(around.map)
        return (
            not timer.intersects(around.buttons),
            sum(not timer.intersects(part) for part in around.rule),
            sum(not timer.intersects(part) for part in around.controls),
            not timer.intersects(around.worked),
            on_map.width() * on_map.height(),
            (timer.center() - centre).manhattanLength(),
        )

    spots = _spots(outer, area, around, margin)
    # A gap to the screen's edges too, where the screen allows it.
    inner = area.adjusted(margin, margin, -margin, -margin)
    spots = [at for at in spots if inner.contains(QRect(at, outer))] or spots
    if not spots:  # a screen smaller than the timer: its top-left corner on the screen
        return QPoint(area.left(), area.top())
    return max(spots, key=rank)

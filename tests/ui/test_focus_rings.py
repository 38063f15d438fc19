"""Focus shows as a solid ring in the theme's colours; Qt's own focus rectangle nowhere.

Walk 4 found Qt's dashed focus rectangle inside styled buttons, and dashed rings of the app's
own on the condition chips, the guide's cards and the body map.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QListWidget,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from massage_desktop.ui.bodymap.highlights import paint_focus_ring
from massage_desktop.ui.bodymap.palette import MapColours
from massage_desktop.ui.guide.cards import draw_card


def _blank(width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    return image


def _painted(image: QImage) -> int:
    return sum(
        image.pixelColor(x, y).alpha() > 0
        for y in range(image.height())
        for x in range(image.width())
    )


@pytest.mark.parametrize(
    "kind",
    [QPushButton, QToolButton, QCheckBox, QRadioButton, QListWidget],
)
def test_no_widget_draws_qts_focus_rectangle(qtbot: QtBot, theme: str, kind: type[QWidget]) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    for name in ("", "primaryButton", "quietButton", "chip", "pill"):
        widget = kind(holder)
        widget.setObjectName(name)
        widget.ensurePolished()
        option = QStyleOptionFocusRect()
        option.initFrom(widget)
        option.rect = QRect(2, 2, 60, 20)
        # Focus as the keyboard gives it: the state Fusion draws its rectangle in.
        option.state |= QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
        image = _blank(64, 24)
        painter = QPainter(image)
        widget.style().drawPrimitive(
            QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, widget
        )
        painter.end()
        assert _painted(image) == 0, (kind.__name__, name)


def _run(image: QImage, y: int, x0: int, x1: int) -> list[QColor]:
    return [image.pixelColor(x, y) for x in range(x0, x1)]


def _solid(pixels: list[QColor], colour: QColor) -> bool:
    """Whether every pixel is close to ``colour`` (a dashed line leaves gaps)."""
    return all(
        abs(p.red() - colour.red())
        + abs(p.green() - colour.green())
        + abs(p.blue() - colour.blue())
        <= 24
        and p.alpha() > 200
        for p in pixels
    )


def test_the_body_maps_focus_ring_is_a_solid_accent_line(theme: str) -> None:
    palette = QApplication.palette()
    map_colours = MapColours.from_palette(palette)
    image = _blank(200, 40)
    path = QPainterPath(QPointF(10, 20))
    path.lineTo(QPointF(190, 20))
    painter = QPainter(image)
    paint_focus_ring(painter, path, map_colours)
    painter.end()
    assert _solid(_run(image, 20, 20, 180), map_colours.focus)


def test_a_focused_guide_card_has_a_solid_accent_ring(theme: str) -> None:
    image = _blank(240, 80)
    option = QStyleOptionViewItem()
    option.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_HasFocus
    painter = QPainter(image)
    draw_card(painter, option, QRectF(0, 0, 240, 80), 8, focus_width=2.0)
    painter.end()
    accent = QApplication.palette().color(QPalette.ColorRole.Highlight)
    # The ring lies 3 px inside the card, 2 px wide: its top edge is the row at y = 3.
    assert _solid(_run(image, 3, 30, 210), accent)

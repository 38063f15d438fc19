"""Partial repaints leave the window exactly as a full repaint draws it.

A click repaints only around the regions and strokes that changed; the window's backing store
(what the screen shows) must still match a fresh rendering of the whole window after every
step, zoomed in too.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.guide_parts import guide_view
from tests.map_points import point_inside

from massage_desktop.domain.enums import View
from massage_desktop.ui.main_window import MainWindow


def _assert_shown_as_drawn(window: MainWindow, step: str) -> None:
    for _ in range(2):
        QApplication.processEvents()
    # The offscreen platform grabs a window from its backing store, as partial paints left it.
    shown = window.screen().grabWindow(window.winId()).toImage()
    drawn = window.grab().toImage()
    rgb = QImage.Format.Format_RGB32
    assert shown.convertToFormat(rgb) == drawn.convertToFormat(rgb), step


def test_clicks_hover_keys_and_steps_repaint_what_changed(window: MainWindow, qtbot: QtBot) -> None:
    if QGuiApplication.platformName() != "offscreen" or window.devicePixelRatio() != 1:
        pytest.skip("reads the backing store through the offscreen platform, at scale 1")
    body_map = window.map_pane.map
    _assert_shown_as_drawn(window, "start")
    for view in (View.FRONT, View.BACK):
        window.set_view(view.value)
        ids = body_map.view_region_ids(view)
        for index, region_id in enumerate(ids[::3]):
            point = point_inside(body_map, region_id)
            QTest.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=point)
            assert window.guide.region() == region_id
            _assert_shown_as_drawn(window, f"click {region_id}")
            hovered = ids[(index * 3 + 7) % len(ids)]
            QTest.mouseMove(body_map, point_inside(body_map, hovered))
            _assert_shown_as_drawn(window, f"hover {hovered} after {region_id}")
    guide_view(window.guide).anchorClicked.emit(QUrl("step:1"))
    _assert_shown_as_drawn(window, "step 1")
    middle = QPointF(body_map.rect().center())
    body_map.zoom_by(2.5, middle)
    _assert_shown_as_drawn(window, "zoomed")
    clicked = 0
    for dx, dy in ((0, 0), (30, 40), (-25, 80), (10, -60)):
        point = (middle + QPointF(dx, dy)).toPoint()
        if body_map.region_at(QPointF(point)) is not None:
            clicked += 1
            QTest.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=point)
            _assert_shown_as_drawn(window, f"zoomed click at {dx}, {dy}")
            QTest.mouseMove(body_map, point + QPoint(0, 25))
            _assert_shown_as_drawn(window, f"zoomed hover below {dx}, {dy}")
    assert clicked
    body_map.setFocus(Qt.FocusReason.TabFocusReason)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Return):
        QTest.keyClick(body_map, key)
        _assert_shown_as_drawn(window, f"key {key.name}")

"""Hover, tooltips, clicks, keyboard traversal, zoom and pan of the body map."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QNativeGestureEvent, QPointingDevice, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QToolTip, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from massage_desktop.domain.content import Region
from massage_desktop.domain.enums import View
from massage_desktop.ui.bodymap import BodyMapWidget

MapFactory = Callable[..., BodyMapWidget]


def _at(widget: BodyMapWidget, x: float, y: float) -> QPoint:
    """The widget pixel showing document point (x, y)."""
    return widget.document_to_widget().map(QPointF(x, y)).toPoint()


def test_hover_emits_region_and_empty_string_on_leaving(qtbot: QtBot, make_map: MapFactory) -> None:
    widget = make_map()
    with qtbot.waitSignal(widget.regionHovered) as hovered:
        QTest.mouseMove(widget, _at(widget, 100, 100))
    assert hovered.args == ["front-chest"]
    with qtbot.waitSignal(widget.regionHovered) as hovered:
        QTest.mouseMove(widget, _at(widget, 20, 200))
    assert hovered.args == [""]


def test_tooltip_names_the_region_and_its_restriction(qtbot: QtBot, make_map: MapFactory) -> None:
    widget = make_map()
    widget.set_region_states({"front-chest": ("blocked", "Recent surgery")})
    pos = _at(widget, 100, 100)
    event = QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == "<p><b>Chest</b></p><p>Ruled out: Recent surgery</p>"
    QToolTip.hideText()


def test_a_long_reason_wraps_in_the_tooltip(qtbot: QtBot, make_map: MapFactory) -> None:
    widget = make_map()
    reason = (
        "Swelling, redness, warmth or sharp pain can mean an injury or an inflammation that "
        "needs a doctor's look before anyone massages the area; leave it alone until then."
    )
    widget.set_region_states({"front-chest": ("blocked", reason)})
    pos = _at(widget, 100, 100)
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible)
    tips = [w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel") and w.isVisible()]
    assert len(tips) == 1
    # One line of it was about 1150 px wide; wrapped, it reads like a note.
    assert tips[0].width() < 560
    assert tips[0].height() > 3 * tips[0].fontMetrics().height()
    QToolTip.hideText()


def test_click_selects_and_emits_the_region(qtbot: QtBot, make_map: MapFactory) -> None:
    widget = make_map()
    with qtbot.waitSignal(widget.regionActivated) as activated:
        QTest.mouseClick(
            widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _at(widget, 116, 215)
        )
    assert activated.args == ["front-kneecap-left"]
    assert widget.selected_region() == "front-kneecap-left"
    with qtbot.assertNotEmitted(widget.regionActivated):
        QTest.mouseClick(
            widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _at(widget, 20, 200)
        )
    assert widget.selected_region() == "front-kneecap-left"


def test_select_region_switches_view_without_activation(qtbot: QtBot, make_map: MapFactory) -> None:
    widget = make_map()
    with qtbot.assertNotEmitted(widget.regionActivated), qtbot.waitSignal(widget.viewChanged):
        widget.select_region("back-hand-left")
    assert widget.view() is View.BACK
    assert widget.selected_region() == "back-hand-left"
    assert widget.focused_region() == "back-hand-left"
    widget.select_region("front-toes-left")  # listed but not drawn
    assert widget.selected_region() is None
    assert widget.view() is View.BACK


@pytest.fixture
def focus_chain(
    qtbot: QtBot, test_svg: bytes, test_regions: list[Region]
) -> tuple[QWidget, QLineEdit, BodyMapWidget]:
    """A window with a line edit, the map and another line edit, the first one focused."""
    window = QWidget()
    qtbot.addWidget(window)
    # Created in tab order: Qt's default focus chain follows creation.
    before = QLineEdit(window)
    widget = BodyMapWidget(test_svg, test_regions, window)
    after = QLineEdit(window)
    layout = QVBoxLayout(window)
    for child in (before, widget, after):
        layout.addWidget(child)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    return window, after, widget


def test_the_map_is_one_tab_stop_and_arrows_walk_its_regions(
    qtbot: QtBot, focus_chain: tuple[QWidget, QLineEdit, BodyMapWidget]
) -> None:
    _, after, widget = focus_chain
    before = QApplication.focusWidget()  # the line edit before the map
    assert isinstance(before, QLineEdit)
    QTest.keyClick(before, Qt.Key.Key_Tab)
    assert widget.hasFocus()
    assert widget.focused_region() == widget.region_ids()[0]
    visited = [widget.focused_region()]
    for _ in range(len(widget.region_ids()) - 1):
        QTest.keyClick(widget, Qt.Key.Key_Right)
        visited.append(widget.focused_region())
    assert visited == widget.region_ids()
    QTest.keyClick(widget, Qt.Key.Key_Tab)  # one press leaves the map, wherever the ring is
    assert after.hasFocus()
    widget.select_region(widget.region_ids()[1])
    QTest.keyClick(after, Qt.Key.Key_Backtab)
    assert widget.hasFocus()
    assert widget.focused_region() == widget.region_ids()[1]  # back on the chosen region
    QTest.keyClick(widget, Qt.Key.Key_Backtab)
    assert before.hasFocus()


def test_arrows_home_end_and_enter(
    qtbot: QtBot, focus_chain: tuple[QWidget, QLineEdit, BodyMapWidget]
) -> None:
    _, _, widget = focus_chain
    ids = widget.region_ids()
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_Down)
    assert widget.focused_region() == ids[0]
    QTest.keyClick(widget, Qt.Key.Key_Right)
    QTest.keyClick(widget, Qt.Key.Key_Down)
    assert widget.focused_region() == ids[2]
    QTest.keyClick(widget, Qt.Key.Key_Up)
    QTest.keyClick(widget, Qt.Key.Key_Left)
    QTest.keyClick(widget, Qt.Key.Key_Up)  # stays on the first region
    assert widget.focused_region() == ids[0]
    QTest.keyClick(widget, Qt.Key.Key_End)
    assert widget.focused_region() == ids[-1]
    QTest.keyClick(widget, Qt.Key.Key_Home)
    with qtbot.waitSignal(widget.regionActivated) as activated:
        QTest.keyClick(widget, Qt.Key.Key_Return)
    assert activated.args == [ids[0]]
    assert widget.selected_region() == ids[0]
    QTest.keyClick(widget, Qt.Key.Key_Down)
    with qtbot.waitSignal(widget.regionActivated) as activated:
        QTest.keyClick(widget, Qt.Key.Key_Space)
    assert activated.args == [ids[1]]


def _wheel(widget: BodyMapWidget, pos: QPoint, notches: float) -> None:
    event = QWheelEvent(
        QPointF(pos),
        QPointF(widget.mapToGlobal(pos)),
        QPoint(),
        QPoint(0, round(120 * notches)),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _document_point(widget: BodyMapWidget, pos: QPointF) -> QPointF:
    inverse, invertible = widget.document_to_widget().inverted()
    assert invertible
    return inverse.map(pos)


@pytest.mark.parametrize("where", [(116, 215), (100, 40), (60, 120)])
def test_ctrl_wheel_zoom_keeps_the_point_under_the_cursor(
    make_map: MapFactory, where: tuple[float, float]
) -> None:
    widget = make_map()
    pos = _at(widget, *where)
    before = _document_point(widget, QPointF(pos))
    _wheel(widget, pos, 2)
    assert widget.zoom() == pytest.approx(1.25**2)
    after = widget.document_to_widget().map(before)
    assert (after - QPointF(pos)).manhattanLength() < 0.01
    _wheel(widget, pos, -10)
    assert widget.zoom() == 1.0


def test_pinch_gesture_zooms_about_its_centre(make_map: MapFactory) -> None:
    widget = make_map()
    pos = QPointF(_at(widget, 116, 215))
    before = _document_point(widget, pos)
    event = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        pos,
        pos,
        widget.mapToGlobal(pos),
        0.5,
        QPointF(),
    )
    QApplication.sendEvent(widget, event)
    assert widget.zoom() == pytest.approx(1.5)
    assert (widget.document_to_widget().map(before) - pos).manhattanLength() < 0.01


def test_keys_and_methods_zoom_and_reset(qtbot: QtBot, make_map: MapFactory) -> None:
    widget = make_map()
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_Plus)
    assert widget.zoom() == pytest.approx(1.25)
    widget.zoom_in()
    QTest.keyClick(widget, Qt.Key.Key_Minus)
    assert widget.zoom() == pytest.approx(1.25)
    QTest.keyClick(widget, Qt.Key.Key_0)
    assert widget.zoom() == 1.0
    widget.zoom_in()
    widget.zoom_out()
    widget.zoom_out()
    assert widget.zoom() == 1.0
    widget.zoom_in()
    widget.reset_zoom()
    assert widget.zoom() == 1.0


def test_drag_pans_when_zoomed_and_a_still_click_selects(
    qtbot: QtBot, make_map: MapFactory
) -> None:
    widget = make_map()
    widget.zoom_by(3.0, QPointF(150, 200))
    start = QPoint(150, 200)
    before = widget.document_to_widget().map(QPointF(100, 100))
    with qtbot.assertNotEmitted(widget.regionActivated):
        QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        QTest.mouseMove(widget, start + QPoint(10, 0))
        QTest.mouseMove(widget, start + QPoint(30, 20))
        QTest.mouseRelease(
            widget,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            start + QPoint(30, 20),
        )
    moved = widget.document_to_widget().map(QPointF(100, 100)) - before
    assert moved.x() == pytest.approx(30, abs=0.5)
    assert moved.y() == pytest.approx(20, abs=0.5)
    target = _at(widget, 100, 100)
    with qtbot.waitSignal(widget.regionActivated) as activated:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    assert activated.args == ["front-chest"]


def test_middle_drag_pans_and_panning_is_bounded(qtbot: QtBot, make_map: MapFactory) -> None:
    widget = make_map()
    widget.zoom_by(2.0, QPointF(150, 200))
    start = QPoint(150, 200)
    QTest.mousePress(widget, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 40):
        QTest.mouseMove(widget, start + QPoint(0, step * 50))
    QTest.mouseRelease(
        widget, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, start + QPoint(0, 1950)
    )
    face = widget.region_outline("front-face").boundingRect()
    shown = widget.document_to_widget().mapRect(face)
    assert widget.height() / 2 < shown.top() < widget.height()  # moved, yet still in sight

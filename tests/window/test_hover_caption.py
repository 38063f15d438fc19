"""The map's hover caption: its text changes on every hover without relaying out the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from tests.map_points import point_inside

from massage_desktop.ui.main_window import MainWindow


class _LayoutRequests(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def _caption(window: MainWindow) -> QLabel:
    labels = [
        label
        for label in window.map_pane.findChildren(QLabel)
        if label.accessibleName() == "Region under the pointer"
    ]
    assert len(labels) == 1
    return labels[0]


def test_hovering_regions_names_them_without_relaying_out_the_window(window: MainWindow) -> None:
    body_map = window.map_pane.map
    caption = _caption(window)
    # Enter the map at its empty corner first: the first move into a window only enters it,
    # and Qt drops a move to where an earlier test may have left the pointer.
    for corner in (QPoint(1, 1), QPoint(2, 2)):
        QTest.mouseMove(body_map, corner)
    QApplication.processEvents()  # and what showing the window left to lay out
    requests = _LayoutRequests()
    window.installEventFilter(requests)
    names = []
    for region_id in body_map.region_ids()[:12]:
        QTest.mouseMove(body_map, point_inside(body_map, region_id))
        QApplication.processEvents()
        names.append(caption.text())
        assert caption.text() == body_map.region_accessible_name(region_id)
        assert caption.accessibleDescription() == caption.text()
    assert len(set(names)) == 12, "each hover named its own region"
    assert requests.count == 0, "a new caption must not relayout the window"
    # The caption is laid out once, over the gap in the bar, and centred there.
    assert caption.alignment() & Qt.AlignmentFlag.AlignHCenter
    assert caption.width() > 200


def test_arrow_keys_name_the_focused_region_like_hover(window: MainWindow, qtbot: QtBot) -> None:
    """Walk 5, finding 26: arrow keys left the bar saying "Click a body part"."""
    body_map = window.map_pane.map
    caption = _caption(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.map_pane.hint_shown()
    body_map.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(body_map.hasFocus)
    QTest.keyClick(body_map, Qt.Key.Key_Right)
    first = body_map.focused_region()
    assert first is not None
    assert caption.text() == body_map.region_accessible_name(first)
    assert not window.map_pane.hint_shown(), "the name replaces 'Click a body part'"
    QTest.keyClick(body_map, Qt.Key.Key_Right)
    second = body_map.focused_region()
    assert second is not None
    assert second != first
    assert caption.text() == body_map.region_accessible_name(second)
    assert ", front view" in caption.text() or ", back view" in caption.text()
    # The pointer wins while it is on a region, and the ring's name comes back after.
    other = body_map.region_ids()[5]
    QTest.mouseMove(body_map, point_inside(body_map, other))
    assert caption.text() == body_map.region_accessible_name(other)
    body_map._clear_hover()  # the pointer leaves the regions
    assert caption.text() == body_map.region_accessible_name(second)
    # A click hides the ring (like :focus-visible), and so its name.
    body_map.set_focus_ring_visible(False)
    assert caption.text() == ""


def test_a_long_name_beside_front_and_back_is_never_cut(window: MainWindow) -> None:
    """Walk 8, finding 10: with the region list open at 1280x800 it read "Right kneecap, fr…"."""
    window.top_bar.regions.setChecked(True)  # the list of all regions beside the map
    QApplication.processEvents()
    body_map = window.map_pane.map
    caption = _caption(window)
    for corner in (QPoint(1, 1), QPoint(2, 2)):
        QTest.mouseMove(body_map, corner)
    named = []
    for region_id in ["front-kneecap-right", *body_map.region_ids()]:
        QTest.mouseMove(body_map, point_inside(body_map, region_id))
        QApplication.processEvents()
        if not caption.text():
            continue  # a region of the figure not shown (one figure at this width)
        named.append(region_id)
        said = body_map.region_accessible_name(region_id)
        name = said.rpartition(", ")[0] or said
        assert "…" not in caption.text(), caption.text()
        assert caption.text() in (said, name), caption.text()
        assert caption.accessibleDescription() == said
        # Drawn whole: every line of it within the label.
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        need = caption.fontMetrics().boundingRect(caption.rect(), flags, caption.text())
        assert need.height() <= caption.height(), caption.text()
        assert need.width() <= caption.width(), caption.text()
    assert named[0] == "front-kneecap-right"
    assert len(named) > 20
    assert caption.width() < 200, "the list narrows the bar: long names were cut here"

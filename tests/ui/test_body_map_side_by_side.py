"""Front and back side by side on a wide map: the threshold, hits, hover, keys, zoom, names."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from tests.map_points import point_inside
from tests.ui.pixels import PixelReference

from massage_desktop.domain.content import Region
from massage_desktop.domain.enums import View
from massage_desktop.ui.bodymap import BodyMapWidget, layout

MapFactory = Callable[..., BodyMapWidget]
Labels = Callable[[BodyMapWidget, bytes], PixelReference]

WIDE = QSize(900, 400)
NARROW = QSize(300, 400)


def _scale(widget: BodyMapWidget, view: View) -> float:
    return widget.document_to_widget(view).m11()


def test_threshold_follows_the_figures_aspect_ratio() -> None:
    rects = [QRectF(0, 0, 100, 200), QRectF(500, 0, 100, 200)]
    # Each figure needs half the height in width (200 px at a height of 400), plus the gap.
    needed = layout.min_side_by_side_width(400, rects)
    assert needed == pytest.approx(2 * 200 + layout.GAP)
    assert layout.side_by_side_fits([QRectF(0, 0, needed, 400)] * 2, rects)
    assert not layout.side_by_side_fits([QRectF(0, 0, needed - 1, 400)] * 2, rects)
    # A single view never counts as side by side.
    assert not layout.side_by_side_fits([QRectF(0, 0, 5000, 400)], rects[:1])
    # A view that loses a strip for its legend keeps its own height in its column.
    areas = [QRectF(0, 0, 1000, 400), QRectF(0, 0, 1000, 370)]
    front, back = layout.columns(areas)
    assert (front.height(), back.height()) == (400, 370)
    assert front.right() + layout.GAP == pytest.approx(back.left())


def test_narrow_map_shows_one_view_as_before(make_map: MapFactory) -> None:
    widget = make_map(size=NARROW)
    assert not widget.side_by_side()
    assert not widget.side_by_side_fits()
    assert widget.views_shown() == [View.FRONT]
    assert widget.region_ids() == widget.view_region_ids(View.FRONT)
    widget.set_view(View.BACK)
    assert widget.views_shown() == [View.BACK]
    assert widget.region_rect("front-chest").isEmpty()


def test_both_views_appear_exactly_when_each_is_as_tall_as_one_alone(
    qtbot: QtBot, make_map: MapFactory
) -> None:
    widget = make_map(size=NARROW)
    widget.set_view(View.BACK)
    with qtbot.waitSignal(widget.layoutChanged):
        widget.resize(WIDE)
    assert widget.side_by_side()
    assert widget.side_by_side_fits()
    # The narrowest width that shows both, found by halving.
    low, high = NARROW.width(), WIDE.width()
    while high - low > 1:
        middle = (low + high) // 2
        widget.resize(middle, WIDE.height())
        low, high = (low, middle) if widget.side_by_side() else (middle, high)
    widget.resize(low, WIDE.height())
    assert widget.views_shown() == [View.BACK]
    alone = {}
    for view in (View.FRONT, View.BACK):
        widget.set_view(view)
        alone[view] = _scale(widget, view)
    widget.resize(high, WIDE.height())
    assert widget.views_shown() == [View.FRONT, View.BACK]
    # Neither figure shrinks when the second one joins it (one pixel wider changes nothing).
    for view in View:
        assert _scale(widget, view) == pytest.approx(alone[view], rel=1e-3)
    front, back = widget.view_area(View.FRONT), widget.view_area(View.BACK)
    assert front.right() < back.left()


def test_hits_in_both_views_match_the_pixel_reference(
    make_map: MapFactory, reference_labels: Labels, test_svg: bytes
) -> None:
    widget = make_map(size=WIDE)
    rng = random.Random(3)
    for view in View:
        widget.set_view(view)  # the reference draws the current view's transform
        assert widget.side_by_side()
        area = widget.view_area(view)
        reference = reference_labels(widget, test_svg)
        own = set(widget.view_region_ids(view))

        # The reference draws the whole document with this view's transform: the other
        # view's drawing lands beside it, where the map draws nothing of it.
        def label(x: int, y: int) -> str | None:
            found = reference(x, y)  # noqa: B023 - used within this iteration only
            return found if found in own else None  # noqa: B023

        compared = 0
        for _ in range(4000):
            x = rng.randrange(int(area.left()) + 5, int(area.right()) - 5)
            y = rng.randrange(5, widget.height() - 5)
            expected = label(x, y)
            radius = 2 if expected is not None else 5
            near = {f if f in own else None for f in reference.near(x, y, radius)}
            if near != {expected}:
                continue
            compared += 1
            assert widget.region_at(QPointF(x + 0.5, y + 0.5)) == expected, (view, x, y)
        assert compared > 1000


def test_a_click_on_the_back_figure_selects_a_back_region_and_hover_follows(
    qtbot: QtBot, make_map: MapFactory
) -> None:
    widget = make_map(size=WIDE)
    assert widget.view() is View.FRONT
    with qtbot.waitSignal(widget.regionHovered) as hovered:
        QTest.mouseMove(widget, point_inside(widget, "front-chest"))
    assert hovered.args == ["front-chest"]
    back = point_inside(widget, "back-upper-back")
    assert widget.view_area(View.BACK).contains(QPointF(back))
    with qtbot.waitSignal(widget.regionHovered) as hovered:
        QTest.mouseMove(widget, back)
    assert hovered.args == ["back-upper-back"]
    with qtbot.waitSignal(widget.regionActivated) as activated:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=back)
    assert activated.args == ["back-upper-back"]
    assert widget.selected_region() == "back-upper-back"
    # The current view follows the selection; both figures stay in sight.
    assert widget.view() is View.BACK
    assert widget.side_by_side()
    # The selection is painted on the back figure, where the region is.
    before = widget.grab().toImage()
    widget.select_region(None)
    after = widget.grab().toImage()
    rect = widget.region_rect("back-upper-back")
    centre = rect.center()
    assert before.pixelColor(centre) != after.pixelColor(centre)


def test_keyboard_walks_across_both_views(qtbot: QtBot, make_map: MapFactory) -> None:
    widget = make_map(size=WIDE)
    front, back = widget.view_region_ids(View.FRONT), widget.view_region_ids(View.BACK)
    assert widget.region_ids() == front + back
    widget.setFocus()
    widget.set_focused_region(front[-1])
    QTest.keyClick(widget, Qt.Key.Key_Down)
    assert widget.focused_region() == back[0]
    QTest.keyClick(widget, Qt.Key.Key_Up)
    assert widget.focused_region() == front[-1]
    QTest.keyClick(widget, Qt.Key.Key_End)
    assert widget.focused_region() == back[-1]
    with qtbot.waitSignal(widget.regionActivated) as activated:
        QTest.keyClick(widget, Qt.Key.Key_Return)
    assert activated.args == [back[-1]]
    assert widget.side_by_side()
    assert widget.focused_region() == back[-1]


def test_every_region_of_both_views_is_a_named_pressable_button(
    qtbot: QtBot, make_map: MapFactory, test_regions: list[Region]
) -> None:
    widget = make_map(size=WIDE)
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    assert interface.text(QAccessible.Text.Name) == "Body map, front and back views"
    by_id = {region.id: region for region in test_regions}
    ids = widget.region_ids()
    assert interface.childCount() == len(ids)
    for index, region_id in enumerate(ids):
        child = interface.child(index)
        region = by_id[region_id]
        assert child.text(QAccessible.Text.Name) == f"{region.name}, {region.view.value} view"
        # Each button lies on its own figure.
        column = widget.view_area(region.view).toAlignedRect().adjusted(-6, -6, 6, 6)
        local = child.rect().translated(-widget.mapToGlobal(widget.rect().topLeft()))
        assert column.contains(local), region_id
    back = interface.child(ids.index("back-calf-left"))
    actions = back.actionInterface()
    assert actions is not None
    with qtbot.waitSignal(widget.regionActivated) as activated:
        actions.doAction(QAccessibleActionInterface.pressAction())
    assert activated.args == ["back-calf-left"]
    assert back.state().checked
    widget.resize(NARROW)
    assert interface.text(QAccessible.Text.Name) == "Body map, back view"
    assert interface.childCount() == len(widget.view_region_ids(View.BACK))


def test_zoom_in_looks_at_one_figure_and_fit_shows_both_again(
    qtbot: QtBot, make_map: MapFactory
) -> None:
    widget = make_map(size=WIDE)
    widget.zoom_out()  # both are in sight: nothing to zoom out of
    assert widget.side_by_side()
    assert widget.zoom() == 1.0
    anchor = QPointF(point_inside(widget, "back-lower-back"))
    point = widget.document_to_widget(View.BACK).inverted()[0].map(anchor)
    with qtbot.waitSignal(widget.layoutChanged):
        widget.zoom_by(2.0, anchor)
    assert not widget.side_by_side()
    assert widget.side_by_side_fits()
    assert widget.views_shown() == [View.BACK]
    assert widget.zoom() == pytest.approx(2.0)
    # The point under the pointer stays under it.
    moved = widget.document_to_widget().map(point) - anchor
    assert moved.manhattanLength() < 1.0
    assert widget.region_at(anchor) == "back-lower-back"
    widget.reset_zoom()
    assert widget.side_by_side()
    assert widget.view() is View.BACK
    # Zooming out step by step to 1 brings both back too.
    widget.zoom_by(1.25, QPointF(5, 5))  # away from both figures: the current one, centred
    assert widget.views_shown() == [View.BACK]
    widget.zoom_by(0.8, QPointF(5, 5))
    assert widget.side_by_side()


def test_selecting_a_region_shows_it_where_it_is(make_map: MapFactory) -> None:
    widget = make_map(size=WIDE)
    widget.select_region("back-calf-left")
    assert widget.side_by_side()
    assert widget.view() is View.BACK
    assert widget.view_area(View.BACK).contains(QRectF(widget.region_rect("back-calf-left")))
    widget.zoom_by(3.0, QPointF(point_inside(widget, "front-chest")))
    assert widget.views_shown() == [View.FRONT]
    # A region of the other figure, chosen from search or the list while zoomed in: both
    # figures come back with it selected.
    widget.select_region("back-calf-left")
    assert widget.side_by_side()
    assert not widget.region_rect("back-calf-left").isEmpty()

"""The body map as assistive technology sees it: one named button per region of the view."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from massage_desktop.domain.content import Region
from massage_desktop.domain.enums import View
from massage_desktop.ui.bodymap import BodyMapWidget, accessibility

MapFactory = Callable[..., BodyMapWidget]


def _interface(widget: BodyMapWidget) -> QAccessibleInterface:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface


def _children(widget: BodyMapWidget) -> list[QAccessibleInterface]:
    interface = _interface(widget)
    children = [interface.child(i) for i in range(interface.childCount())]
    assert all(child is not None for child in children)
    return children


def _check_every_region(widget: BodyMapWidget, regions: list[Region]) -> None:
    by_id = {region.id: region for region in regions}
    screen = QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())
    interface = _interface(widget)
    for view in View:
        widget.set_view(view)
        children = _children(widget)
        assert len(children) == len(widget.region_ids())
        for index, (child, region_id) in enumerate(zip(children, widget.region_ids(), strict=True)):
            region = by_id[region_id]
            assert child.text(QAccessible.Text.Name) == f"{region.name}, {view.value} view"
            assert child.role() == QAccessible.Role.Button
            assert screen.contains(child.rect()), region_id
            assert not child.rect().isEmpty()
            assert interface.indexOfChild(child) == index
            assert child.parent().object() is widget
            centre = child.rect().center()
            hit = interface.childAt(centre.x(), centre.y())
            # The box centre may lie on a neighbour (a curved limb), but never off the map.
            assert hit is None or hit.role() == QAccessible.Role.Button


def test_every_test_region_has_a_named_button(
    make_map: MapFactory, test_regions: list[Region]
) -> None:
    widget = make_map()
    _check_every_region(widget, test_regions)
    assert _interface(widget).text(QAccessible.Text.Name) == "Body map, back view"


def test_every_real_region_has_a_named_button(
    make_map: MapFactory, real_art: tuple[bytes, list[Region]]
) -> None:
    svg, regions = real_art
    _check_every_region(make_map(svg, regions, QSize(380, 620)), regions)


def test_description_and_states_follow_the_map(qtbot: QtBot, make_map: MapFactory) -> None:
    widget = make_map()
    widget.set_region_states({"front-chest": ("blocked", "Broken rib")})
    widget.select_region("front-thigh-left")
    children = dict(zip(widget.region_ids(), _children(widget), strict=True))
    assert children["front-chest"].text(QAccessible.Text.Description) == "Ruled out: Broken rib"
    assert children["front-thigh-left"].state().selected
    assert not children["front-chest"].state().selected
    assert children["front-chest"].state().focusable
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    QTest.keyClick(widget, Qt.Key.Key_Down)
    focused = _interface(widget).focusChild()
    assert focused is not None
    assert focused.text(QAccessible.Text.Name) == "Left kneecap, front view"
    assert focused.state().focused


def test_children_follow_the_view(make_map: MapFactory) -> None:
    widget = make_map()
    front = [child.text(QAccessible.Text.Name) for child in _children(widget)]
    widget.set_view(View.BACK)
    back = [child.text(QAccessible.Text.Name) for child in _children(widget)]
    assert front[0] == "Face, front view"
    assert back[0] == "Back of the neck, back view"
    assert _interface(widget).child(len(back)) is None


def test_maps_come_and_go_with_one_factory(
    qtbot: QtBot, test_svg: bytes, test_regions: list[Region]
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    host.show()
    factories = set()
    for _ in range(3):
        widget = BodyMapWidget(test_svg, test_regions, host)
        layout.addWidget(widget)
        assert _children(widget)[0].text(QAccessible.Text.Name) == "Face, front view"
        factories.add(accessibility._factory)
        # Destroying the map destroys its region proxies and with them Qt's cached interfaces.
        widget.deleteLater()
        qtbot.waitUntil(lambda: not host.findChildren(BodyMapWidget))
    assert len(factories) == 1


def test_the_selected_region_is_announced_as_checked(make_map: MapFactory) -> None:
    widget = make_map()
    widget.select_region("front-thigh-left")
    children = dict(zip(widget.region_ids(), _children(widget), strict=True))
    chosen, other = children["front-thigh-left"].state(), children["front-chest"].state()
    assert chosen.checkable
    assert chosen.checked
    assert other.checkable
    assert not other.checked


def test_a_region_button_is_pressed_through_its_action_interface(
    qtbot: QtBot, make_map: MapFactory
) -> None:
    widget = make_map()
    children = dict(zip(widget.region_ids(), _children(widget), strict=True))
    actions = children["front-thigh-left"].actionInterface()
    assert actions is not None
    press = QAccessibleActionInterface.pressAction()
    assert press in actions.actionNames()
    assert actions.keyBindingsForAction(press) == ["Return", "Space"]
    assert actions.localizedActionDescription(press) == "Choose this part of the body"
    with qtbot.waitSignal(widget.regionActivated) as activated:
        actions.doAction(press)
    assert activated.args == ["front-thigh-left"]
    assert widget.selected_region() == "front-thigh-left"
    assert children["front-thigh-left"].state().selected
    assert children["front-thigh-left"].state().checked
    assert not children["front-chest"].state().checked
    # Pressing another region moves the selection: one region reports it at a time.
    children["front-chest"].actionInterface().doAction(press)
    assert widget.selected_region() == "front-chest"
    assert not children["front-thigh-left"].state().selected
    assert [c.state().selected for c in children.values()].count(True) == 1


def test_set_focus_action_moves_the_focus_ring(qtbot: QtBot, make_map: MapFactory) -> None:
    widget = make_map()
    children = dict(zip(widget.region_ids(), _children(widget), strict=True))
    actions = children["front-kneecap-left"].actionInterface()
    assert actions is not None
    actions.doAction(QAccessibleActionInterface.setFocusAction())
    qtbot.waitUntil(widget.hasFocus)
    assert widget.focused_region() == "front-kneecap-left"
    assert children["front-kneecap-left"].state().focused
    assert widget.selected_region() is None  # focusing is not choosing


def test_only_the_action_interface_is_offered(make_map: MapFactory) -> None:
    widget = make_map()
    child = _children(widget)[0]
    # Qt's AT-SPI bridge asks every object for each interface type; all but actions are absent.
    assert child.textInterface() is None
    assert child.valueInterface() is None
    assert child.tableCellInterface() is None
    assert child.selectionInterface() is None
    assert child.actionInterface() is not None

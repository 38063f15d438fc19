"""Screen-reader support: the map exposes one push button per region of the current view.

Qt's accessibility cache owns every interface it hands out and deletes an interface when its
QObject is destroyed. Interfaces without a QObject would leak or be freed twice, so each region
gets a small ``RegionProxy`` QObject (a child of the map) and the factory below builds the
region's interface for it; Qt then manages the lifetimes on its own.

PySide's stubs declare ``child()``, ``childAt()`` and ``focusChild()`` as never returning None,
but Qt's interfaces return nullptr for "no such child" and every caller checks for it; those
overrides carry a ``type: ignore[override]`` for that reason.

Each region button can be pressed through assistive technology (AT-SPI's "Press" action, a
screen reader's "click"): ``RegionAccessible.interface_cast`` hands Qt a ``RegionActions``, a
Python ``QAccessibleActionInterface``. Qt's ``interface_cast`` returns ``void *``; PySide 6.11
converts an override's return value to it only from a ``shiboken6.VoidPtr`` (or a wrapped
object): a Python ``int``, ``None`` or the base class's result crashed the process (measured), so
every path returns a ``VoidPtr``, ``VoidPtr(0)`` for "no such interface".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol, cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleObject,
    QAccessibleStateChangeEvent,
)
from PySide6.QtWidgets import QAccessibleWidget, QWidget


class MapHost(Protocol):
    """What the accessibility layer needs from the map widget."""

    def region_ids(self) -> list[str]:
        """Ids of the current view's regions, in keyboard order."""

    def region_rect(self, region_id: str) -> QRect:
        """A region's bounding box in widget coordinates, clipped to the widget."""

    def region_accessible_name(self, region_id: str) -> str:
        """The name announced for a region, e.g. "Left knee, front view"."""

    def region_description(self, region_id: str) -> str:
        """Further details announced for a region, e.g. why it is blocked."""

    def region_at(self, pos: QPointF) -> str | None:
        """The region under a widget point, if any."""

    def focused_region(self) -> str | None:
        """The region with the keyboard focus ring."""

    def selected_region(self) -> str | None:
        """The selected region."""

    def activate_region(self, region_id: str) -> None:
        """Select a region as a click would (the map's ``regionActivated`` follows)."""

    def set_focused_region(self, region_id: str) -> None:
        """Move the keyboard focus ring to a region of the current view."""


# Registration guard, the only process-wide state of the map: Qt keeps installed factories
# forever and calls every one of them for every object, so installing one per widget would pile
# up, and the callable must stay referenced or PySide frees it while Qt still calls it.
_factory: Callable[[str, QObject], QAccessibleInterface | None] | None = None
_host_classes: set[type[QWidget]] = set()


class RegionProxy(QObject):
    """A stand-in QObject for one region, so Qt can own and cache the region's interface."""

    def __init__(self, region_id: str, parent: QWidget) -> None:
        """Create the proxy of ``region_id`` as a child of the map widget ``parent``."""
        super().__init__(parent)
        self.region_id = region_id

    def host(self) -> MapHost:
        """The map widget this region belongs to."""
        return cast(MapHost, self.parent())


_PRESS = QAccessibleActionInterface.pressAction()
_FOCUS = QAccessibleActionInterface.setFocusAction()


class RegionActions(QAccessibleActionInterface):
    """What assistive technology can do with a region button: press it, or focus it."""

    def __init__(self, proxy: RegionProxy) -> None:
        """Act on the region of ``proxy``."""
        super().__init__()
        self._proxy = proxy

    def actionNames(self) -> list[str]:  # noqa: D102 - QAccessibleActionInterface API
        return [_PRESS, _FOCUS]

    def doAction(self, actionName: str) -> None:  # noqa: D102, N803 - Qt API
        host = self._proxy.host()
        if actionName == _PRESS:
            # The same path as a click or Enter: the selection and everything that follows it.
            host.activate_region(self._proxy.region_id)
        elif actionName == _FOCUS:
            cast(QWidget, host).setFocus()
            host.set_focused_region(self._proxy.region_id)

    def keyBindingsForAction(self, actionName: str) -> list[str]:  # noqa: D102, N803 - Qt API
        return ["Return", "Space"] if actionName == _PRESS else []

    def localizedActionDescription(self, name: str) -> str:  # noqa: D102 - Qt API
        if name == _PRESS:
            return QCoreApplication.translate("BodyMapAccessible", "Choose this part of the body")
        return super().localizedActionDescription(name)


class RegionAccessible(QAccessibleObject):
    """One region as a push button with a name, a description, screen extents and actions."""

    def __init__(self, proxy: RegionProxy) -> None:
        """Describe the region of ``proxy``."""
        super().__init__(proxy)
        self._proxy = proxy
        # Kept here: the interface Qt holds must live as long as this one (Qt owns both).
        self._actions = RegionActions(proxy)

    def interface_cast(self, t: QAccessible.InterfaceType) -> shiboken6.VoidPtr:  # type: ignore[override]  # noqa: D102 - see module doc
        if t == QAccessible.InterfaceType.ActionInterface:
            return shiboken6.VoidPtr(shiboken6.getCppPointer(self._actions)[0])
        return shiboken6.VoidPtr(0)

    def _id(self) -> str:
        return self._proxy.region_id

    def role(self) -> QAccessible.Role:  # noqa: D102 - QAccessibleInterface API
        return QAccessible.Role.Button

    def text(self, t: QAccessible.Text) -> str:  # noqa: D102 - QAccessibleInterface API
        host = self._proxy.host()
        if t == QAccessible.Text.Name:
            return host.region_accessible_name(self._id())
        if t == QAccessible.Text.Description:
            return host.region_description(self._id())
        return ""

    def state(self) -> QAccessible.State:  # noqa: D102 - QAccessibleInterface API
        host = self._proxy.host()
        widget = cast(QWidget, host)
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        state.focused = widget.hasFocus() and host.focused_region() == self._id()
        state.selected = host.selected_region() == self._id()
        # Screen readers announce a button's "checked" state, not "selected": report both, so
        # the chosen region is heard as chosen.
        state.checkable = True
        state.checked = state.selected
        state.invisible = not widget.isVisible() or host.region_rect(self._id()).isEmpty()
        return state

    def rect(self) -> QRect:  # noqa: D102 - QAccessibleInterface API, screen coordinates
        widget = cast(QWidget, self._proxy.host())
        local = self._proxy.host().region_rect(self._id())
        return local.translated(widget.mapToGlobal(local.topLeft()) - local.topLeft())

    def parent(self) -> QAccessibleInterface:  # noqa: D102 - QAccessibleInterface API
        return QAccessible.queryAccessibleInterface(cast(QWidget, self._proxy.host()))

    def child(self, index: int) -> None:  # type: ignore[override]  # noqa: D102 - see module doc
        return None

    def childCount(self) -> int:  # noqa: D102 - QAccessibleInterface API
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: D102 - Qt API
        return -1


class MapAccessible(QAccessibleWidget):
    """The map widget, whose children are the current view's regions in keyboard order."""

    def __init__(self, widget: QWidget) -> None:
        """Describe ``widget``, which must implement ``MapHost``."""
        super().__init__(widget, QAccessible.Role.Client)
        self._widget = widget
        self._host = cast(MapHost, widget)

    def _child_of(self, region_id: str | None) -> QAccessibleInterface | None:
        proxy = region_proxies(self._widget).get(region_id or "")
        return None if proxy is None else QAccessible.queryAccessibleInterface(proxy)

    def childCount(self) -> int:  # noqa: D102 - QAccessibleInterface API
        return len(self._host.region_ids())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: D102
        ids = self._host.region_ids()
        return self._child_of(ids[index]) if 0 <= index < len(ids) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: D102 - Qt API
        proxy = child.object()
        ids = self._host.region_ids()
        if isinstance(proxy, RegionProxy) and proxy.region_id in ids:
            return ids.index(proxy.region_id)
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: D102
        local = self._widget.mapFromGlobal(QPointF(x, y))
        return self._child_of(self._host.region_at(local))

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: D102
        if not self._widget.hasFocus():
            return None
        return self._child_of(self._host.focused_region())


def _factory_function(key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, RegionProxy):
        return RegionAccessible(obj)
    if isinstance(obj, tuple(_host_classes)):
        return MapAccessible(cast(QWidget, obj))
    return None


def install_factory(host_class: type[QWidget]) -> None:
    """Let Qt build this module's interfaces for ``host_class`` widgets and their regions.

    Safe to call for every new widget: the factory is installed once per process.

    Args:
        host_class: A widget class implementing ``MapHost``.
    """
    global _factory
    _host_classes.add(host_class)
    if _factory is None:
        _factory = _factory_function
        QAccessible.installFactory(_factory)


def create_proxies(widget: QWidget, region_ids: Iterable[str]) -> None:
    """Give each region of the map a ``RegionProxy`` child, named after the region."""
    for region_id in region_ids:
        RegionProxy(region_id, widget).setObjectName(region_id)


def region_proxies(widget: QWidget) -> dict[str, RegionProxy]:
    """The proxies of a map widget by region id."""
    return {p.region_id: p for p in widget.findChildren(RegionProxy)}


def notify_focus(widget: QWidget, index: int) -> None:
    """Tell assistive technology that keyboard focus moved to child ``index`` of the map."""
    event = QAccessibleEvent(widget, QAccessible.Event.Focus)
    event.setChild(index)
    QAccessible.updateAccessibility(event)


def notify_selected(widget: QWidget, region_id: str | None) -> None:
    """Tell assistive technology that a region's selected state changed."""
    proxy = widget.findChild(RegionProxy, region_id) if region_id else None
    if proxy is not None:
        changed = QAccessible.State()
        changed.selected = True
        changed.checked = True
        QAccessible.updateAccessibility(QAccessibleStateChangeEvent(proxy, changed))


def notify_children_changed(widget: QWidget) -> None:
    """Tell assistive technology that the map shows another view's regions now."""
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.ObjectReorder))
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))

"""Mouse, wheel, gesture and keyboard handling of the body map, kept apart from painting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent, QNativeGestureEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QGestureEvent, QPinchGesture, QToolTip

if TYPE_CHECKING:
    from massage_desktop.ui.bodymap.widget import BodyMapWidget

_WHEEL_STEP = 1.25  # zoom factor per wheel notch (120 eighths of a degree)
_NEXT_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Right)
_PREVIOUS_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Left)
_ACTIVATE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
_ZOOM_KEYS = (
    Qt.Key.Key_Plus,
    Qt.Key.Key_Equal,
    Qt.Key.Key_Minus,
    Qt.Key.Key_Underscore,
    Qt.Key.Key_0,
)


class MapInput:
    """Turns the map widget's input events into hover, selection, focus, zoom and pan."""

    def __init__(self, widget: BodyMapWidget) -> None:
        """Handle input for ``widget``."""
        self._widget = widget
        self._hovered: str | None = None
        self._press_pos: QPointF | None = None
        self._press_button = Qt.MouseButton.NoButton
        self._last_pos = QPointF()
        self._panning = False

    def hovered(self) -> str | None:
        """The region under the pointer, if any."""
        return self._hovered

    def set_hovered(self, region_id: str | None) -> None:
        """Move the hover highlight and emit ``regionHovered`` when it changes."""
        if region_id != self._hovered:
            previous, self._hovered = self._hovered, region_id
            self._widget.regionHovered.emit(region_id or "")
            self._widget.update_regions(previous, region_id)

    # --- mouse and wheel --------------------------------------------------------------------

    def mouse_press(self, event: QMouseEvent) -> bool:
        """Remember where a click or drag starts; True when the event was used."""
        if event.button() not in (Qt.MouseButton.LeftButton, Qt.MouseButton.MiddleButton):
            return False
        self._widget.set_focus_ring_visible(False)
        self._press_pos = self._last_pos = event.position()
        self._press_button = event.button()
        self._panning = False
        return True

    def mouse_move(self, event: QMouseEvent) -> None:
        """Pan while dragging (middle button, or left button when zoomed), else track hover."""
        pos = event.position()
        can_pan = self._press_button == Qt.MouseButton.MiddleButton or (
            self._press_button == Qt.MouseButton.LeftButton and self._widget.zoom() > 1.0
        )
        if self._press_pos is not None and can_pan:
            moved = (pos - self._press_pos).manhattanLength()
            if self._panning or moved >= QApplication.startDragDistance():
                if not self._panning:
                    self._panning = True
                    self._widget.setCursor(Qt.CursorShape.ClosedHandCursor)
                    self.set_hovered(None)
                self._widget.pan_by(pos - self._last_pos)
            self._last_pos = pos
            return
        self.set_hovered(self._widget.region_at(pos))

    def mouse_release(self, event: QMouseEvent) -> bool:
        """Select the clicked region unless the press turned into a drag."""
        if event.button() != self._press_button:
            return False
        clicked = event.button() == Qt.MouseButton.LeftButton and not self._panning
        self._press_pos, self._press_button = None, Qt.MouseButton.NoButton
        if self._panning:
            self._panning = False
            self._widget.unsetCursor()
        if clicked:
            region_id = self._widget.region_at(event.position())
            if region_id is not None:
                self._widget.activate_region(region_id)
        self.set_hovered(self._widget.region_at(event.position()))
        return True

    def wheel(self, event: QWheelEvent) -> bool:
        """Ctrl+wheel zooms about the cursor; a plain wheel pans when zoomed in."""
        steps = event.angleDelta().y() / 120.0
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if steps:
                self._widget.zoom_by(_WHEEL_STEP**steps, event.position())
            return True
        if self._widget.zoom() > 1.0:
            delta = QPointF(event.pixelDelta()) or QPointF(event.angleDelta()) / 4.0
            self._widget.pan_by(delta)
            return True
        return False

    # --- gestures and tooltips --------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        """Handle tooltips and pinch gestures; True when the event was used."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            region_id = self._widget.region_at(QPointF(event.pos()))
            if region_id is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(
                    event.globalPos(),
                    self._widget.tooltip_text(region_id),
                    self._widget,
                    self._widget.region_rect(region_id),
                )
            return True
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            # Trackpad pinches arrive as native gestures whose value is the scale change.
            self._widget.zoom_by(1.0 + event.value(), event.position())
            return True
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                centre = self._widget.mapFromGlobal(pinch.centerPoint())
                self._widget.zoom_by(pinch.scaleFactor(), centre)
                event.accept(pinch)
                return True
        return False

    # --- keyboard ---------------------------------------------------------------------------

    def key_press(self, event: QKeyEvent) -> bool:
        """Move the focus ring, select, and zoom (also with Ctrl) from the keyboard.

        Returns:
            Whether the key was used; others go on to the parent widget.
        """
        key = Qt.Key(event.key())
        modifiers = event.modifiers()
        if modifiers & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier):
            return False  # leave Alt+Left and the like to the window's shortcuts
        if modifiers & Qt.KeyboardModifier.ControlModifier and key not in _ZOOM_KEYS:
            return False
        ids = self._widget.region_ids()
        current = self._widget.focused_region()
        index = ids.index(current) if current in ids else None
        if key in _NEXT_KEYS or key in _PREVIOUS_KEYS:
            step = 1 if key in _NEXT_KEYS else -1
            if index is None:
                target = 0 if step > 0 else len(ids) - 1
            else:
                target = min(max(index + step, 0), len(ids) - 1)
            if ids:
                self._widget.set_focused_region(ids[target])
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and ids:
            self._widget.set_focused_region(ids[0] if key == Qt.Key.Key_Home else ids[-1])
        elif key in _ACTIVATE_KEYS and current is not None:
            self._widget.activate_region(current)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self._widget.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self._widget.zoom_out()
        elif key == Qt.Key.Key_0:
            self._widget.reset_zoom()
        else:
            return False
        return True

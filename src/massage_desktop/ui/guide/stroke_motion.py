"""When the stroke's dot moves: only while a step's work runs and the map can be seen.

The place itself comes from ``engine.pace`` on the session's own clock, so the frame timer
only wakes the drawing; a late or skipped frame never puts the dot anywhere but where the
session's time says. No timer runs while the session is paused, between steps, without a
session, while the map is hidden or its window minimised, or when motion is reduced.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from massage_desktop.engine.pace import Leg, returns_of, step_pace
from massage_desktop.engine.view import SessionView
from massage_desktop.ui.bodymap.widget import BodyMapWidget
from massage_desktop.ui.guide.stroke_pace import StrokePaceOverlay

FRAME_MS = 40
"""25 frames a second: smooth for a dot that takes a second or more per stroke."""

SessionSource = Callable[[], SessionView | None]
"""Gives the running session, or None when there is none."""

_WATCHED = (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.WindowStateChange)


def platform_reduces_motion() -> bool:
    """Whether the desktop asks apps for less motion, where Qt can tell.

    Qt 6.12 added ``QAccessibilityHints.motionPreference`` (Qt::MotionPreference); earlier
    versions have no such hint, and ``QApplication.isEffectEnabled(UI_General)`` is no
    substitute: it is off on plain X11 and offscreen, which would still every animation.
    """
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    # Held in a name until the hints are read: shiboken records the QStyleHints wrapper as the
    # parent of the QAccessibilityHints wrapper that accessibility() returns, and invalidates
    # it when that wrapper is collected. A temporary (styleHints().accessibility()) left every
    # call on the hints raising "Internal C++ object (QAccessibilityHints) already deleted",
    # though Qt still owns both objects (seen with PySide6 6.11 and 6.12).
    style_hints = QGuiApplication.styleHints()
    reader = getattr(style_hints.accessibility(), "motionPreference", None)
    if reader is None:
        return False
    # Compared by name: the enum is newer than the oldest PySide6 this app supports.
    return "reduce" in getattr(reader(), "name", "").lower()


class StrokeAnimator(QObject):
    """Drives ``StrokePaceOverlay`` from the session, repainting only around the dot.

    Call ``refresh`` whenever the session's state may have changed (a new step, a pause);
    the player already does on every change it shows.
    """

    def __init__(
        self, body_map: BodyMapWidget, overlay: StrokePaceOverlay, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._map = body_map
        self._overlay = overlay
        self._source: SessionSource = lambda: None
        self._reduce_motion: Callable[[], bool] = lambda: False
        self._platform_reduces: Callable[[], bool] = platform_reduces_motion
        self._window: QWidget | None = None
        self._timer = QTimer(self)
        # Precise: a coarse timer may fire 5 % late, a visible stutter at 30 frames a second.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        body_map.installEventFilter(self)

    @property
    def overlay(self) -> StrokePaceOverlay:
        """What it draws."""
        return self._overlay

    @property
    def running(self) -> bool:
        """Whether the frame timer is running."""
        return self._timer.isActive()

    def set_source(self, source: SessionSource) -> None:
        """Read the session from ``source`` from now on."""
        self._source = source
        self.refresh()

    def set_reduce_motion(self, wanted: Callable[[], bool]) -> None:
        """Ask ``wanted`` whether the person chose to reduce motion (read on every frame)."""
        self._reduce_motion = wanted
        self.refresh()

    def set_platform_preference(self, reduces: Callable[[], bool]) -> None:
        """Replace the platform's reduce-motion reading (tests stand in for the desktop)."""
        self._platform_reduces = reduces
        self.refresh()

    def motion_reduced(self) -> bool:
        """Whether the dot stays still: the person's choice, or the platform's."""
        return self._reduce_motion() or self._platform_reduces()

    def refresh(self) -> None:
        """Draw the current place and start or stop the frame timer to match."""
        self._watch_window()
        session = self._source()
        pace = step_pace(session) if session is not None else None
        entry = session.current if session is not None else None
        still = self.motion_reduced()
        before = self._overlay.rects()
        if pace is None or entry is None or entry.stroke is None:
            self._overlay.set_pace(None)
        else:
            returns = returns_of(entry.stroke)
            self._overlay.set_pace(pace, returns, entry.repetitions, moving=not still)
        self._repaint(before, self._overlay.rects())
        moves = (
            pace is not None
            and pace.leg is not Leg.DONE
            and session is not None
            and not session.paused
            and not still
            and self._shown()
        )
        if moves and not self._timer.isActive():
            self._timer.start()
        elif not moves and self._timer.isActive():
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: D102 - Qt API
        if event.type() in _WATCHED and watched in (self._map, self._window):
            self.refresh()
        return False

    def _shown(self) -> bool:
        window = self._map.window()
        return self._map.isVisible() and not window.isMinimized()

    def _watch_window(self) -> None:
        # The map's top-level window can change when it is put into a layout after this
        # animator is made: follow it for minimise and restore.
        window = self._map.window()
        if window is self._window:
            return
        if self._window is not None:
            self._window.removeEventFilter(self)
        self._window = window
        if window is not self._map:
            window.installEventFilter(self)

    def _repaint(self, before: list[QRectF] | None, after: list[QRectF] | None) -> None:
        if before is None or after is None:
            # Not painted yet, so where the dot goes is unknown: the overlays' own bounds.
            self._map.update_overlays()
            return
        for rect in (*before, *after):
            if not rect.isEmpty():
                self._map.update(rect.toAlignedRect())

    def _on_timer_timeout(self) -> None:
        self.refresh()

"""A paused session says "Paused" once in each view, and its ring keeps the time left.

Walk 4 found "Paused" three times in the mini timer (a badge, the ring's caption and
"Massage — paused") and an amber ring whose arc no longer read as the time left.
"""

from __future__ import annotations

import math

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from tests.player.conftest import tick

from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.phases import SessionPhase
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.ring import CountdownRing
from massage_desktop.ui.player.windows import MiniTimer


def _running(window: MainWindow, clock: ManualClock) -> None:
    window.select_region("front-knee-left")
    assert window.flow.start_routine("knee-care")
    controller = window.flow.controller
    assert controller is not None
    while controller.session.phase is not SessionPhase.RUNNING:
        tick(window, clock, 1)
    tick(window, clock, 40)


def _words(view: QWidget, ring: CountdownRing) -> list[str]:
    """Every text a person sees in a view: its shown labels and the ring's lines."""
    labels = [label.text() for label in view.findChildren(QLabel) if label.isVisibleTo(view)]
    return labels + [line.text for line in ring.lines()]


def _on_arc(image: QImage, ring: CountdownRing, degrees: float) -> QColor:
    """The colour on the ring's track ``degrees`` clockwise from 12 o'clock."""
    side = min(ring.width(), ring.height()) - 8
    thickness = max(6.0, side * 0.07)
    radius = side / 2 - thickness / 2
    angle = math.radians(degrees)
    x = ring.width() / 2 + radius * math.sin(angle)
    y = ring.height() / 2 - radius * math.cos(angle)
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(x * ratio), round(y * ratio))


def test_paused_shows_once_in_the_player_room_mode_and_mini_timer(
    window: MainWindow, clock: ManualClock
) -> None:
    _running(window, clock)
    flow, player = window.flow, window.player
    flow.command(PlayerCommand.MINI)
    flow.command(PlayerCommand.ROOM)
    room = flow.room
    assert room is not None
    mini = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MiniTimer))
    flow.command(PlayerCommand.PAUSE)
    QApplication.processEvents()
    for view, ring in ((player, player.ring), (mini, mini.ring), (room, room.ring)):
        words = _words(view, ring)
        assert sum("paused" in word.lower() for word in words) == 1, words
        assert ring.text() == "1:50"  # the time left stays in the ring


def test_the_paused_ring_keeps_its_arc_dimmed(window: MainWindow, clock: ManualClock) -> None:
    _running(window, clock)
    ring = window.player.ring
    running = ring.grab().toImage()
    window.flow.command(PlayerCommand.PAUSE)
    paused = ring.grab().toImage()
    # About three quarters of the step are left: the arc runs from 12 o'clock to about 9.
    arc_running, arc_paused = _on_arc(running, ring, 90), _on_arc(paused, ring, 90)
    track = _on_arc(paused, ring, 330)
    assert _on_arc(running, ring, 330) == track  # the spent part is the track, as before
    assert arc_paused != track, "the arc is still drawn"
    assert arc_paused != arc_running
    # Dimmed: the same hue nearer the window's colour, not a new colour.
    window_colour = ring.palette().color(ring.backgroundRole())
    assert _distance(arc_paused, window_colour) < _distance(arc_running, window_colour)
    assert abs(arc_paused.hslHue() - arc_running.hslHue()) <= 12


def _distance(a: QColor, b: QColor) -> float:
    return math.dist((a.red(), a.green(), a.blue()), (b.red(), b.green(), b.blue()))


def test_paused_in_a_get_ready_still_says_get_ready(window: MainWindow, clock: ManualClock) -> None:
    """Walk 17: paused in a get-ready, "Get ready" went and "0:09" read as the step's time."""
    window.select_region("front-knee-left")
    assert window.flow.start_routine("knee-care")
    controller = window.flow.controller
    assert controller is not None
    assert controller.session.phase is SessionPhase.GET_READY
    window.flow.command(PlayerCommand.PAUSE)
    QApplication.processEvents()
    player = window.player
    words = _words(player, player.ring)
    assert "Get ready" in words, words
    assert sum("paused" in word.lower() for word in words) == 1, words

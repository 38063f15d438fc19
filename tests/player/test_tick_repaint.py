"""A tick within a step repaints only what moves, not the whole map."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication

from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.phases import WORK
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand

from .conftest import tick


class FullPaints(QObject):
    """Counts paint events that cover the whole widget."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if isinstance(event, QPaintEvent) and watched.rect() == event.rect():  # type: ignore[attr-defined]
            self.count += 1
        return False


def test_ticks_within_a_step_leave_the_map_alone(window: MainWindow, clock: ManualClock) -> None:
    window.select_region("front-shin-left")
    assert window.flow.start_technique("leg-effleurage-self", "front-shin-left")
    controller = window.flow.controller
    assert controller is not None
    while controller.session.phase not in WORK:
        tick(window, clock, 0.5)
    QApplication.processEvents()  # the new step's marked map is drawn before counting
    body_map = window.map_pane.map
    counter = FullPaints()
    body_map.installEventFilter(counter)
    before = body_map.selected_region()
    for _ in range(8):
        tick(window, clock, 1.0)
        QApplication.processEvents()
    assert controller.session.phase in WORK  # still the same step
    assert counter.count == 0
    assert body_map.selected_region() == before
    window.flow.command(PlayerCommand.SKIP)
    QApplication.processEvents()
    assert counter.count >= 1  # a new step marks its regions: the map is drawn again
    body_map.removeEventFilter(counter)

"""The player's title and next line are measured when their text changes, not at every tick."""

from __future__ import annotations

import pytest
from tests.player.conftest import tick
from tests.player.test_room_figure import window as window  # the fixture the tests use

from massage_desktop.engine.clock import ManualClock
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.panel_parts import FittingLabel


def test_the_title_is_measured_again_only_for_a_new_text(
    window: MainWindow, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    title = window.player.technique
    fits: list[str] = []
    real = FittingLabel._fit

    def counted(self: FittingLabel) -> None:
        fits.append(self.text())
        real(self)

    monkeypatch.setattr(FittingLabel, "_fit", counted)
    for _ in range(5):
        tick(window, clock, 1)
    assert fits == [], "a tick shows the same title and next step"
    shown = title.text()
    window.flow.command(PlayerCommand.SKIP)
    assert title.text() != shown
    assert title.text() in fits, "the next step's title is measured"
    assert title.minimumHeight() >= title.heightForWidth(title.width()), "and shown whole"

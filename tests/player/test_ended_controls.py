"""After the last step the player says the session has ended and offers nothing to press.

Walk 5 (finding 27): behind the after-ratings the player still showed "−15 s"/"+15 s", back,
pause (with a Pause icon), skip and the red "Stop – it hurts", all enabled, as if it still ran.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import pytest
from tests.player.conftest import tick

from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.engine.phases import SessionPhase
from massage_desktop.engine.summary import SessionSummary
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.questions import AutomaticAnswers


@dataclass(frozen=True)
class Seen:
    """What the player showed behind one closing question."""

    pressable: tuple[str, ...]
    step_buttons: tuple[str, ...]
    pause_text: str
    heading: str
    ring_text: str
    paused_badge: bool
    room_pressable: tuple[str, ...]
    room_ring: tuple[str, str]


def _seen(window: MainWindow) -> Seen:
    player = window.player
    buttons = [*player.buttons.values(), player.hurt]
    room = window.flow.room
    assert room is not None
    return Seen(
        pressable=tuple(
            b.text() or b.toolTip() for b in buttons if b.isVisible() and b.isEnabled()
        ),
        step_buttons=tuple(c.name for c, b in player.buttons.items() if b.isVisible()),
        pause_text=window.flow.actions[PlayerCommand.PAUSE].text(),
        heading=player.phase.text() if player.phase.isVisible() else "",
        ring_text=player.ring.text(),
        paused_badge=player.paused.isVisible(),
        room_pressable=tuple(
            b.text() for b in room.buttons.values() if b.isVisible() and b.isEnabled()
        ),
        room_ring=(room.ring.text(), room.ring.caption()),
    )


class Watching(AutomaticAnswers):
    """Answers as the automatic answers do, noting the player at each closing question."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(TodayCheck())
        self._window = window
        self.seen: dict[str, Seen] = {}

    def ratings(
        self, regions: Sequence[tuple[str, str]], previous: Mapping[str, int] | None
    ) -> dict[str, int]:
        """Note the player behind the after-ratings."""
        if previous is not None:
            self.seen["ratings"] = _seen(self._window)
        return super().ratings(regions, previous)

    def pain_reason(self, area: str = "") -> str:
        """Note the player behind the stop advice."""
        self.seen["pain"] = _seen(self._window)
        return super().pain_reason(area)

    def show_summary(self, summary: SessionSummary) -> None:
        """Note the player behind the summary."""
        self.seen["summary"] = _seen(self._window)


def _end_by_time(window: MainWindow, clock: ManualClock) -> None:
    while window.flow.controller is not None:
        tick(window, clock, 5)


def _end_by_stop(window: MainWindow, clock: ManualClock) -> None:
    window.flow.command(PlayerCommand.STOP)


def _end_for_pain(window: MainWindow, clock: ManualClock) -> None:
    window.flow.command(PlayerCommand.HURT)


@pytest.mark.parametrize(
    ("end", "asked", "heading"),
    [
        (_end_by_time, ("ratings", "summary"), "Finished"),
        (_end_by_stop, ("ratings", "summary"), "Ended early"),
        (_end_for_pain, ("pain", "summary"), "Stopped because it hurt"),
    ],
)
def test_the_player_says_it_has_ended_and_offers_no_controls_behind_the_closing_questions(
    window: MainWindow,
    clock: ManualClock,
    end: Callable[[MainWindow, ManualClock], None],
    asked: tuple[str, ...],
    heading: str,
) -> None:
    window.select_region("front-knee-left")
    watching = Watching(window)
    window.flow.questions = watching
    technique = window.guide.technique()
    assert technique is not None
    assert window.flow.start_technique(technique, "front-knee-left")
    controller = window.flow.controller
    assert controller is not None
    while controller.session.phase is not SessionPhase.RUNNING:
        tick(window, clock, 1)
    window.flow.command(PlayerCommand.ROOM)
    live = _seen(window)
    assert live.pressable  # a check that the controls are seen while it runs
    assert live.step_buttons
    assert live.room_pressable
    end(window, clock)
    assert window.flow.controller is None
    for question in asked:
        seen = watching.seen[question]
        assert seen.pressable == (), question
        # Hidden, not only greyed: greyed flat buttons looked the same as live ones.
        assert seen.step_buttons == (), question
        assert seen.room_pressable == (), question
        assert seen.pause_text == "Pause", question  # not "Resume": nothing is paused
        assert seen.heading == heading, question
        assert seen.ring_text == "", question  # no frozen time
        assert not seen.paused_badge, question
        assert seen.room_ring == ("", heading), question

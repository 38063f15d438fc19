"""The map after a session: back to the plain selection before the closing questions.

The after-ratings, the stop advice and the summary open over the main window; behind them the
map showed the last step's regions and its arrow as if the session still ran (walk 4).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import pytest
from tests.player.conftest import tick

from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.engine.phases import SessionPhase
from massage_desktop.engine.summary import SessionSummary
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.questions import AutomaticAnswers

MapSeen = tuple[str | None, int | None, frozenset[str], str | None]


def _map_seen(window: MainWindow) -> MapSeen:
    """The arrow's technique and step, the marked regions, and the selection."""
    technique, step, _focus = window.controller.overlay.state
    body_map = window.map_pane.map
    return technique, step, body_map.marked_regions(), body_map.selected_region()


class Watching(AutomaticAnswers):
    """Answers as the automatic answers do, noting the map at each closing question."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(TodayCheck())
        self._window = window
        self.seen: dict[str, MapSeen] = {}
        self.hatched: dict[str, frozenset[str]] = {}

    def ratings(
        self, regions: Sequence[tuple[str, str]], previous: Mapping[str, int] | None
    ) -> dict[str, int]:
        """Note the map behind the after-ratings."""
        if previous is not None:
            self.seen["ratings"] = _map_seen(self._window)
        return super().ratings(regions, previous)

    def pain_reason(self, area: str = "") -> str:
        """Note the map behind the stop advice."""
        self.seen["pain"] = _map_seen(self._window)
        return super().pain_reason(area)

    def show_summary(self, summary: SessionSummary) -> None:
        """Note the map behind the summary."""
        self.seen["summary"] = _map_seen(self._window)
        self.hatched["summary"] = self._window.map_pane.map.hatched_regions()


def _running(window: MainWindow, clock: ManualClock) -> Watching:
    window.select_region("front-knee-left")
    plain = _map_seen(window)
    watching = Watching(window)
    window.flow.questions = watching
    technique = window.guide.technique()
    assert technique is not None
    assert window.flow.start_technique(technique, "front-knee-left")
    controller = window.flow.controller
    assert controller is not None
    while controller.session.phase is not SessionPhase.RUNNING:
        tick(window, clock, 1)
    during = _map_seen(window)
    assert during[1] is not None  # the step's arrow, as a check that the session shows
    assert during[2]
    watching.seen["plain"] = plain
    return watching


def _end_by_time(window: MainWindow, clock: ManualClock) -> None:
    while window.flow.controller is not None:
        tick(window, clock, 5)


def _end_by_stop(window: MainWindow, clock: ManualClock) -> None:
    window.flow.command(PlayerCommand.STOP)


def _end_for_pain(window: MainWindow, clock: ManualClock) -> None:
    window.flow.command(PlayerCommand.HURT)


@pytest.mark.parametrize(
    ("end", "asked"),
    [
        (_end_by_time, ("ratings", "summary")),
        (_end_by_stop, ("ratings", "summary")),
        (_end_for_pain, ("pain", "summary")),
    ],
)
def test_the_map_shows_the_plain_selection_behind_the_closing_questions(
    window: MainWindow,
    clock: ManualClock,
    end: Callable[[MainWindow, ManualClock], None],
    asked: tuple[str, ...],
) -> None:
    watching = _running(window, clock)
    end(window, clock)
    assert window.flow.controller is None
    plain = watching.seen["plain"]
    for question in asked:
        assert watching.seen[question] == plain, question
    assert _map_seen(window) == plain
    assert not window.map_legend.isVisible()


def test_the_area_that_hurt_is_hatched_behind_the_summary(
    window: MainWindow, clock: ManualClock
) -> None:
    # The summary opened over a map that did not hatch the area now resting; after Close it
    # did (fresh users, German 1024x700).
    watching = _running(window, clock)
    assert not window.map_pane.map.hatched_regions()
    _end_for_pain(window, clock)
    resting = set(window.flow.pain_rest.resting(window._catalog.regions))
    assert resting
    assert resting <= watching.hatched["summary"]
    assert window.map_pane.map.hatched_regions() == watching.hatched["summary"]


def test_a_routine_started_from_home_leaves_no_area_lit(
    window: MainWindow, clock: ManualClock
) -> None:
    # After a routine started with no area picked, the area of its last step stayed filled
    # as "Now" on the home map (walk 8).
    window.go_home()
    assert window.map_pane.map.selected_region() is None
    window.flow.questions = AutomaticAnswers(TodayCheck())
    assert window.flow.start_routine("hands-kneading")
    controller = window.flow.controller
    assert controller is not None
    while controller.session.phase is not SessionPhase.RUNNING:
        tick(window, clock, 1)
    assert window.map_pane.map.selected_region() is not None  # the step lights its area
    window.flow.command(PlayerCommand.STOP)
    assert window.flow.controller is None
    assert window.map_pane.map.selected_region() is None
    assert not window.map_pane.map.marked_regions()

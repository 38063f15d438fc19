"""Knee care chosen on a freshly injured knee runs on the other leg, and says so.

A fresh-eyes walk-through started Knee care from the injured left kneecap: the knee steps were
left out, but the thigh strokes ran on the left leg, just above the injury.
"""

from __future__ import annotations

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.domain.routines import Routine
from massage_desktop.engine.health import TodayCheck
from massage_desktop.engine.plan import Plan
from massage_desktop.engine.screening import Screening
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.display import display_of
from massage_desktop.ui.player.questions import AutomaticAnswers

INJURED_LEFT_KNEE = HealthProfile(
    conditions=("acute-injury",),
    regions={"acute-injury": ("front-knee-left", "front-kneecap-left")},
)


class _Sides(AutomaticAnswers):
    """Records what the one-side question said and offered."""

    def __init__(self) -> None:
        super().__init__(TodayCheck())  # the person answered "no" three times
        self.said: list[tuple[str, bool]] = []

    def confirm_partial(self, plan: Plan) -> bool:
        return True  # the person read what is left out and goes ahead

    def repeat(self, routine: Routine, where: str = "", other_side: bool = True) -> bool | None:
        self.said.append((where, other_side))
        return False


def test_knee_care_moves_off_the_injured_knee(window: MainWindow, catalog: Catalog) -> None:
    window.flow.screening = Screening(catalog, INJURED_LEFT_KNEE)
    window.select_region("front-kneecap-left")
    questions = _Sides()
    window.flow.questions = questions
    assert window.flow.start_routine("knee-care")
    [(where, other_side)] = questions.said
    assert "right side" in where
    assert "Left knee" in where
    assert not other_side  # no second pass on the injured knee
    controller = window.flow.controller
    assert controller is not None
    shown = display_of(catalog, controller.session, "front-kneecap-right")
    assert shown.technique.endswith("right side")
    window.flow.command(PlayerCommand.STOP)


def test_a_clear_knee_says_its_side_and_does_not_offer_the_injured_one(
    window: MainWindow, catalog: Catalog
) -> None:
    # "Both, one after the other" would run the thigh strokes just above the injured knee.
    window.flow.screening = Screening(catalog, INJURED_LEFT_KNEE)
    window.select_region("front-knee-right")
    questions = _Sides()
    window.flow.questions = questions
    assert window.flow.start_routine("knee-care")
    assert questions.said == [("It runs on the right side.", False)]
    window.flow.command(PlayerCommand.STOP)

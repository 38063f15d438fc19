"""The running step's warning strip: what applies to this step and this person (issue 17)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.health import TodayCheck, Verdict
from massage_desktop.engine.screening import Screening
from massage_desktop.ui.guide.html import STOP_RULE
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.questions import AutomaticAnswers


class Agrees(AutomaticAnswers):
    """A person who reads the caution before the session and goes on, lightly."""

    def confirm_caution(self, verdict: Verdict) -> bool:
        return True


DVT_LINE = "⚠ Do not massage if you might have a blood clot (DVT)."


def test_a_calf_step_names_the_blood_clot_not_conditions_the_person_lacks(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.select_region("back-calf-left")
    assert window.flow.start_technique("calf-kneading-stripping", "back-calf-left")
    window.flow.command(PlayerCommand.ROOM)
    room = window.flow.room
    assert room is not None
    qtbot.waitExposed(room)
    for strip in (window.player.warnings, room.warning):
        lines = strip.text().splitlines()
        assert DVT_LINE in lines, lines
        # Fresh injuries and operations were asked about before the session, not counted here.
        assert not any("condition" in line or "More" in line for line in lines), lines
        assert "Fresh injury" not in strip.text()
    # The stop rule stays in sight beside the strip, in the player and in room mode.
    assert window.player.banner.isVisible()
    assert STOP_RULE in window.player.banner.text()
    assert room.rule.isVisible()
    assert STOP_RULE in room.rule.text()
    window.flow.command(PlayerCommand.STOP)


def test_the_persons_own_caution_is_on_the_strip(window: MainWindow, catalog: Catalog) -> None:
    profile = HealthProfile(conditions=("severe-osteoporosis",), cleared=("severe-osteoporosis",))
    window.flow.screening = Screening(catalog, profile)
    window.flow.questions = Agrees(TodayCheck())
    window.select_region("back-calf-left")
    assert window.flow.start_technique("calf-kneading-stripping", "back-calf-left")
    reason = catalog.conditions["severe-osteoporosis"].rules[2].reason
    assert f"⚠ Light pressure only: {reason}" in window.player.warnings.text().splitlines()
    assert window.player.banner.isVisible()
    window.flow.command(PlayerCommand.STOP)


def test_an_arm_step_does_not_name_the_blood_clot(window: MainWindow) -> None:
    window.select_region("front-biceps-left")
    assert window.flow.start_technique("kneading-biceps-triceps", "front-biceps-left")
    assert "DVT" not in window.player.warnings.text()
    window.flow.command(PlayerCommand.STOP)

"""The guide page's map hatches the rests of the person its routine is for (walk 9, X-a, P1-j).

After "Stop – it hurts" on the partner's right calf, the page of "Thigh and calf kneading" (on
yourself) hatched *my* right calf, which its text, its Start and the player all work; my own
resting right knee was hatched on the Partner leg page. The health profile is shared; a rest
is the massaged person's. With nothing for one person shown, both are hatched, each saying
whose (the start page, a region's page).
"""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices

from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.questions import AutomaticAnswers

PARTNER_CALF = "Your partner's Right calf rests today (it hurt)."
MY_KNEE = "Your Right knee rests today (it hurt)."


def _window(qtbot: QtBot, make_services: MakeServices) -> MainWindow:
    services = make_services()
    assert services.history is not None
    window = MainWindow(
        replace(services, recorder=services.history), clock=ManualClock(), interactive=False
    )
    window.flow.questions = AutomaticAnswers(TodayCheck())
    qtbot.addWidget(window)
    return window


def _hurt(window: MainWindow, technique_id: str, region_id: str) -> None:
    window.select_region(region_id)
    assert window.flow.start_technique(technique_id, region_id)
    window.flow.command(PlayerCommand.HURT)
    window.flow.command(PlayerCommand.STOP)
    assert not window.flow.active


def _said(window: MainWindow, region_id: str) -> str:
    return window.map_pane.map.region_description(region_id)


def test_a_routine_on_yourself_does_not_hatch_the_partners_resting_calf(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    window = _window(qtbot, make_services)
    _hurt(window, "calf-kneading", "back-calf-right")
    # The start page shows nothing for one person: both people's rests, saying whose.
    window.go_home()
    assert PARTNER_CALF in _said(window, "back-calf-right")
    # My own routine's page: my right calf may be massaged, and the map does not hatch it.
    window.guide.show_routine("thighs-calves-kneading")
    assert "rests today" not in _said(window, "back-calf-right")
    assert "back-calf-right" in window.map_pane.map.marked_regions()
    # The partner's routine's page hatches the partner's calf, saying whose.
    window.guide.show_routine("partner-leg")
    assert PARTNER_CALF in _said(window, "back-calf-right")
    # A technique's page is its person's, as its Start is: the self-only kneading does not
    # hatch the partner's calf (walk 12), the partner's calf kneading does.
    window.select_region("back-calf-right")
    window.guide.show_technique("kneading-thighs-calves")
    assert "rests today" not in _said(window, "back-calf-right")
    window.guide.show_technique("calf-kneading")
    assert PARTNER_CALF in _said(window, "back-calf-right")
    # Back on the start page, both again.
    window.go_home()
    assert PARTNER_CALF in _said(window, "back-calf-right")


def test_the_partner_leg_page_does_not_hatch_my_resting_knee_but_keeps_the_profile(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    window = _window(qtbot, make_services)
    _hurt(window, "leg-effleurage-self", "front-knee-right")
    window._health.save(
        HealthProfile(conditions=("acute-injury",), regions={"acute-injury": ("front-knee-left",)})
    )
    window.apply_health_profile()
    window.go_home()
    window.guide.show_routine("partner-leg")
    # My knee rests, not the partner's: nothing of it on the partner's page.
    assert "rests today" not in _said(window, "front-knee-right")
    # The shared health profile still rules out the injured left knee, for both.
    assert "Ruled out" in _said(window, "front-knee-left")
    # My routine's page says my knee rests.
    window.guide.show_routine("thighs-calves-kneading")
    assert MY_KNEE in _said(window, "front-knee-right")
    assert "Ruled out" in _said(window, "front-knee-left")

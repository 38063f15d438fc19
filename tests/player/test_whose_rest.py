"""A rest after "Stop – it hurts" is the rest of the person who was massaged (walk 8, finding 1).

After a stop on *my* right knee the map hatched the right knee, and the partner leg session
then thumbed the partner's right knee: either the hatching was wrong or the step unsafe. Now
the rest is kept with the session's performer: what the map, the guide and the sheet say
rests is exactly what a session for that person leaves out, and whose it is is said when it
is the partner's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from html import unescape

import pytest
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices
from tests.guide_parts import routines_list, start_button

from massage_desktop.content import load_catalog
from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Performer
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck, Verdict
from massage_desktop.engine.plan import Plan, build_plan
from massage_desktop.resources import data_dir
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.before_start import BeforeStartSheet
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.questions import AutomaticAnswers, Who
from massage_desktop.ui.player.start_sheet import before_start_sheet


class Calendar:
    """The window's today, moved on by the test (no sleeping)."""

    def __init__(self) -> None:
        self.day = date.today()

    def __call__(self) -> date:
        return self.day


class Recording(AutomaticAnswers):
    """Automatic answers that remember the areas the player said must rest."""

    def __init__(self) -> None:
        super().__init__(TodayCheck())
        self.resting: list[list[str]] = []

    def rest_today(self, region_names: Sequence[str]) -> None:
        self.resting.append(list(region_names))

    def confirm_partial(self, plan: Plan) -> bool:
        """Run what is left, as Start on the sheet does."""
        return True


def _window(qtbot: QtBot, make_services: MakeServices) -> tuple[MainWindow, Recording]:
    services = make_services()
    assert services.history is not None
    services = replace(services, recorder=services.history)
    window = MainWindow(services, clock=ManualClock(), interactive=False)
    questions = Recording()
    window.flow.questions = questions
    qtbot.addWidget(window)
    return window, questions


def _hurt(window: MainWindow) -> None:
    window.flow.command(PlayerCommand.HURT)
    window.flow.command(PlayerCommand.STOP)
    assert not window.flow.active


def _left_out_knee_steps(window: MainWindow) -> list[str]:
    """The running session's steps left out over the right back of the knee."""
    controller = window.flow.controller
    assert controller is not None
    plan = controller.session.plan
    return [e.technique_id for e in plan.entries if e.blocked and "back-knee-right" in e.region_ids]


def test_my_sore_knee_does_not_hold_the_partner_session(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    window, questions = _window(qtbot, make_services)
    window.select_region("front-knee-right")
    assert window.flow.start_technique("leg-effleurage-self", "front-knee-right")
    _hurt(window)
    # The map says it is my knee that rests.
    tip = window.map_pane.map.region_description("front-knee-right")
    assert tip == "Your Right knee rests today (it hurt)."
    # The partner routine is not marked resting: its card and Start are as on any day.
    window.go_home()
    window.guide.show_routine("partner-leg")
    # Its page's map marks what it works on: a rest is no "Ruled out", and no search was
    # typed to match (walk 9, P1-j, X-c).
    map_ = window.map_pane.map
    assert map_.marked_regions()
    said = [map_.region_description(r) for r in map_.marked_regions()]
    assert not [t for t in said if "Matches the search" in t or "Ruled out" in t or ".." in t]
    assert start_button(window.guide).isEnabled()
    assert "resting" not in window.guide.start_note()
    assert window.guide.start_reason() == ""
    # And the partner session runs the partner's knee steps: nothing of it rests.
    assert window.flow.start_routine("partner-leg")
    assert _left_out_knee_steps(window) == []
    controller = window.flow.controller
    assert controller is not None
    assert not [e for e in controller.session.plan.entries if e.blocked]
    # During it the map does not hatch my knee over the partner's being massaged.
    assert "rests today" not in window.map_pane.map.region_description("front-knee-right")
    window.flow.command(PlayerCommand.STOP)
    # My own session on that knee is still held.
    assert not window.flow.start_technique("leg-effleurage-self", "front-knee-right")
    assert questions.resting[-1] == ["Right knee"]


def test_the_partners_sore_knee_is_left_out_of_the_partner_session_only(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    window, questions = _window(qtbot, make_services)
    window.select_region("back-knee-right")
    assert window.flow.start_technique("thumbing-the-knee", "back-knee-right")
    _hurt(window)
    # On the partner technique's page the map and the region list say whose knee rests (a
    # self-only technique's page does not hatch it: walk 12).
    window.guide.show_technique("thumbing-the-knee")
    tip = window.map_pane.map.region_description("back-knee-right")
    assert "Your partner's Right back of the knee rests today (it hurt)." in tip
    assert "Ruled out" not in tip
    assert window.region_list.region_status("back-knee-right") == "Your partner's: resting today"
    # The guide says the partner routine runs without the partner's knee, and says whose:
    # on its card and beside Start.
    rows = routines_list(window.guide)
    card = next(
        rows.item(i).text() for i in range(rows.count()) if "Partner leg" in rows.item(i).text()
    )
    assert card.replace("\xa0", " ").endswith("⊘ partner: partly resting")
    window.guide.show_routine("partner-leg")
    assert start_button(window.guide).isEnabled()
    assert "your partner's Right back of the knee" in window.guide.start_note()
    # The session leaves out exactly that: the steps over the partner's right knee.
    assert window.flow.start_routine("partner-leg")
    assert _left_out_knee_steps(window)
    window.flow.command(PlayerCommand.STOP)
    # A technique started on that knee for the partner is held, and says whose.
    assert not window.flow.start_technique("thumbing-the-knee", "back-knee-right")
    assert questions.resting[-1] == ["your partner's Right back of the knee"]
    # After a restart, read back from the history, still the partner's.
    again, asked = _window(qtbot, make_services)
    assert not again.flow.start_technique("thumbing-the-knee", "back-knee-right")
    assert asked.resting == [["your partner's Right back of the knee"]]
    assert again.region_list.region_status("back-knee-right") == "Your partner's: resting today"


class AnswersFor(Recording):
    """Says who is massaged when the sheet asks (content for yourself or a partner)."""

    def __init__(self, who: Who) -> None:
        super().__init__()
        self.who = who

    def performer(self, plan: Plan, default: Performer) -> Who | None:
        return self.who


@pytest.mark.parametrize("who", ["self", "partner"])
def test_content_for_both_leaves_out_the_rests_of_the_person_answered(
    qtbot: QtBot, make_services: MakeServices, who: Who
) -> None:
    # An own routine "on yourself or a partner": the sheet first assumes yourself, and the
    # answer "A partner" must bring the partner's rests in, not start with yours.
    catalog = load_catalog(data_dir())
    leg = catalog.routines["partner-leg"]
    ours = leg.model_copy(update={"id": "our-legs", "name": "Our legs", "performer": "both"})
    catalog.set_own_routines([ours])
    services = replace(make_services(catalog=catalog), recorder=make_services().recorder)
    window = MainWindow(services, clock=ManualClock(), interactive=False)
    qtbot.addWidget(window)
    window.flow.questions = AnswersFor(who)
    window.flow.pain_rest.note(["back-knee-right"], who="partner")
    assert window.flow.start_routine("our-legs")
    controller = window.flow.controller
    assert controller is not None
    assert controller.session.performer == who
    assert bool(_left_out_knee_steps(window)) is (who == "partner")


def test_the_start_sheet_says_whose_area_rests(qtbot: QtBot, catalog: Catalog) -> None:
    leg = catalog.routines["partner-leg"]
    sheet = before_start_sheet(
        catalog,
        build_plan(catalog, leg),
        Verdict(),
        routine=leg,
        resting=["back-knee-right"],
        performer=Performer.PARTNER,
    )
    dialog = BeforeStartSheet(catalog, sheet)
    qtbot.addWidget(dialog)
    assert dialog.left_out_why is not None
    said = unescape(dialog.left_out_why.text())  # rich text
    assert "Resting today: your partner's Right back of the knee." in said


def test_the_rests_end_with_the_day_while_the_app_is_open(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    calendar = Calendar()
    services = replace(make_services(), recorder=make_services().recorder)
    window = MainWindow(services, clock=ManualClock(), interactive=False, today=calendar)
    qtbot.addWidget(window)
    window.flow.questions = Recording()
    window.flow.pain_rest.note(["back-knee-right"], who="partner")
    window.apply_health_profile()  # as after the session stopped for pain
    assert "Your partner's" in window.map_pane.map.region_description("back-knee-right")
    calendar.day += timedelta(days=1)
    window._rest_notice.day_timer.timeout.emit()
    assert "rests today" not in window.map_pane.map.region_description("back-knee-right")
    assert window.region_list.region_status("back-knee-right") == ""


def test_a_region_ruled_out_for_both_is_not_listed_as_only_the_partners_rest(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    services = make_services()
    assert services.health is not None
    services.health.save(
        HealthProfile(conditions=("acute-injury",), regions={"acute-injury": ("back-knee-right",)})
    )
    window = MainWindow(replace(services, recorder=make_services().recorder), interactive=False)
    qtbot.addWidget(window)
    window.flow.pain_rest.note(["back-knee-right", "back-calf-right"], who="partner")
    window.apply_health_profile()
    assert window.region_list.region_status("back-knee-right") == "Ruled out"
    assert window.region_list.region_status("back-calf-right") == "Your partner's: resting today"

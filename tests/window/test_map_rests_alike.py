"""The map says what rests the same way on every page, and for whom a preview is.

Found by fresh users (German 1024x700 extra large, English 1280x800):

1. After a "Yes" in today's quick check (a rest day) the Knee care page hatched the legs, while
   a technique's page ("Upper back") showed its region plain, though Start was held on both.
2. With Knee care open (for yourself, your right knee resting after a stop) the search's
   preview of "Partner leg massage" drew the partner's areas over your own hatched knee.
4. "Click a body part" stayed above the map while a routine's page outlined its areas.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.questions import AutomaticAnswers
from massage_desktop.ui.player.session_questions import SessionQuestions
from massage_desktop.ui.safety.today_check import TodayCheckDialog

DAY = date(2026, 12, 7)
REST_DAY = "Rest day: no massage today. Today's check said so."
MY_KNEE = "Your Right knee rests today (it hurt)."


def _answer_check(monkeypatch: pytest.MonkeyPatch, swelling: bool) -> None:
    """Today's quick check answered: "yes" to swelling (a rest day), or three noes."""

    def answer(dialog: DesignedDialog) -> int:
        assert isinstance(dialog, TodayCheckDialog)
        for key, group in dialog.groups.items():
            group.button(1 if key == "swelling" and swelling else 0).click()
        dialog.go_button.click()
        return dialog.result()

    monkeypatch.setattr(DesignedDialog, "exec", answer)


def test_on_a_rest_day_every_page_hatches_every_region_saying_why(
    qtbot: QtBot, make_services: MakeServices, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = make_services()
    services.health.save(
        HealthProfile(conditions=("acute-injury",), regions={"acute-injury": ("front-knee-left",)})
    )
    window = MainWindow(services, today=lambda: DAY)
    qtbot.addWidget(window)
    questions = window.flow.questions
    assert isinstance(questions, SessionQuestions)
    questions.today = lambda: DAY
    body_map = window.map_pane.map
    every = frozenset(catalog.regions)
    window.select_region("back-upper-back")
    assert body_map.hatched_regions() == {"front-knee-left"}  # the profile's, as on any day
    _answer_check(monkeypatch, swelling=True)
    assert not questions.today_check()  # "Do not massage today"
    # A region's and a technique's page: every region hatched, each saying why.
    assert body_map.hatched_regions() == every
    window.guide.show_technique(str(window.guide.technique()))
    assert body_map.hatched_regions() == every
    assert REST_DAY in body_map.region_description("back-upper-back")
    assert "Ruled out" not in body_map.region_description("back-upper-back")
    # What the profile rules out still says so, with the rest day.
    said = body_map.region_description("front-knee-left")
    assert "Ruled out" in said
    assert REST_DAY in said
    # Knee care's page the same, its areas held; the start page too.
    window.controller.show_routine_alone("knee-care")
    assert body_map.hatched_regions() == every
    assert body_map.marks_held()
    assert body_map.region_description("front-thigh-right") == REST_DAY  # said once
    window.go_home()
    assert body_map.hatched_regions() == every
    # The list beside the map does not put "Ruled out" under every name for the rest day.
    assert window.region_list.region_status("back-upper-back") == ""
    assert window.region_list.region_status("front-knee-left") == "Ruled out"
    # The check taken again with three noes lifts it: only the profile's knee is hatched.
    _answer_check(monkeypatch, swelling=False)
    window.guide.rest_day.button.click()
    assert window.guide.rest_day.isHidden()
    assert body_map.hatched_regions() == {"front-knee-left"}
    assert REST_DAY not in body_map.region_description("back-upper-back")


def _window(qtbot: QtBot, make_services: MakeServices) -> MainWindow:
    services = make_services()
    assert services.history is not None
    window = MainWindow(
        replace(services, recorder=services.history), clock=ManualClock(), interactive=False
    )
    window.flow.questions = AutomaticAnswers(TodayCheck())
    qtbot.addWidget(window)
    return window


def test_a_partner_routines_preview_hatches_only_the_partners_rests(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    window = _window(qtbot, make_services)
    window.select_region("front-knee-right")
    assert window.flow.start_technique("leg-effleurage-self", "front-knee-right")
    window.flow.command(PlayerCommand.HURT)
    window.flow.command(PlayerCommand.STOP)
    assert not window.flow.active
    body_map = window.map_pane.map
    window.controller.show_routine_alone("knee-care")  # on yourself: your knee rests
    assert "front-knee-right" in body_map.hatched_regions()
    assert MY_KNEE in body_map.region_description("front-knee-right")
    window.search.set_text("Partner leg massage")
    assert window.search.results()[0].id == "partner-leg"
    assert "back-knee-right" in body_map.marked_regions()  # the partner's legs, previewed
    assert "front-knee-right" not in body_map.hatched_regions()
    assert "rests today" not in body_map.region_description("front-knee-right")
    # The preview gone, the page's own hatching is back.
    window.search.set_text("")
    assert "front-knee-right" in body_map.hatched_regions()
    assert MY_KNEE in body_map.region_description("front-knee-right")
    # A preview of routines on yourself keeps your knee hatched; of body parts (no one's),
    # everyone's rests, each saying whose.
    window.search.set_text("Knee care")
    assert "front-knee-right" in body_map.hatched_regions()
    window.search.set_text("knee")
    assert MY_KNEE in body_map.region_description("front-knee-right")
    # Chosen from the results, the partner routine's page is the partner's.
    window.search.set_text("Partner leg massage")
    window.search.hitActivated.emit(window.search.results()[0])
    assert window.guide.routine() == "partner-leg"
    assert "front-knee-right" not in body_map.hatched_regions()


def test_click_a_body_part_is_not_said_over_a_routines_areas(window: MainWindow) -> None:
    pane = window.map_pane
    assert pane.hint_shown()  # the start page asks for a body part
    window.controller.show_routine_alone("knee-care")
    assert window.map_pane.map.marked_regions()
    assert not pane.hint_shown()
    window.go_home()
    assert pane.hint_shown()
    window.guide.show_routine("knee-care")  # a card on the start page
    assert not pane.hint_shown()
    window.select_region("front-knee-left")
    assert not pane.hint_shown()

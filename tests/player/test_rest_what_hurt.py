"""After "Stop – it hurts" only what was worked rests, and it leaves steps out, not routines."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices
from tests.guide_parts import start_button

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Side
from massage_desktop.domain.history import Outcome
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck, Verdict
from massage_desktop.engine.pain_rest import Person
from massage_desktop.engine.phases import SessionPhase
from massage_desktop.engine.plan import Plan, build_plan
from massage_desktop.engine.summary import SessionSummary
from massage_desktop.ui.guide.html import STOP_RULE
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.before_start import BeforeStartSheet
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.dialogs import StopAdviceDialog, SummaryDialog, aftercare_text
from massage_desktop.ui.player.display import clock_text
from massage_desktop.ui.player.questions import AutomaticAnswers
from massage_desktop.ui.player.start_sheet import before_start_sheet


class Recording(AutomaticAnswers):
    """Automatic answers that remember the areas the player said must rest."""

    def __init__(self) -> None:
        super().__init__(TodayCheck())
        self.resting: list[list[str]] = []
        self.areas: list[str] = []

    def rest_today(self, region_names: Sequence[str]) -> None:
        self.resting.append(list(region_names))

    def pain_reason(self, area: str = "") -> str:
        """The stop advice names ``area``; the answer is the first reason."""
        self.areas.append(area)
        return "Sharp pain"

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


def _hurt_at(window: MainWindow, technique_id: str, step_index: int) -> None:
    controller = window.flow.controller
    assert controller is not None
    while True:
        entry = controller.session.current
        assert entry is not None
        if (entry.technique_id, entry.step_index) == (technique_id, step_index):
            break
        window.flow.command(PlayerCommand.SKIP)
    window.flow.command(PlayerCommand.HURT)
    window.flow.command(PlayerCommand.STOP)
    assert not window.flow.active


def test_stopping_on_the_right_inner_thigh_rests_that_thigh_only(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    window, _ = _window(qtbot, make_services)
    window.select_region("front-inner-thigh-right")
    assert window.flow.start_routine("knee-care")
    _hurt_at(window, "quadriceps-thumb-stripping", 0)
    assert _rests(window) == ("front-inner-thigh-right",)
    # After a restart as well.
    again, _ = _window(qtbot, make_services)
    assert _rests(again) == ("front-inner-thigh-right",)


def test_pain_told_while_moving_to_the_other_side_rests_the_side_just_worked(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    window, questions = _window(qtbot, make_services)
    window.select_region("front-inner-thigh-right")
    assert window.flow.start_technique("thigh-fanning", "front-inner-thigh-right")
    controller = window.flow.controller
    assert controller is not None
    session = controller.session
    clock = window.flow._clock
    assert isinstance(clock, ManualClock)
    for _ in range(600):
        if session.current is None or session.current.side is not Side.RIGHT:
            break
        if session.phase is SessionPhase.REPS:
            window.flow.command(PlayerCommand.DONE)
        clock.advance(1.0)
        session.update()
    assert session.current is not None
    window.flow.command(PlayerCommand.HURT)
    window.flow.command(PlayerCommand.STOP)
    # The right thigh, where the hands were, rests; the left one was never touched.
    right = tuple(
        sorted(("front-inner-thigh-right", "front-thigh-right", "front-outer-thigh-right"))
    )
    # Thigh fanning is massaged on a partner: the partner's thigh rests.
    assert _rests(window, "partner") == right
    # The stop advice named it, as the partner's (walk 9, X-b), before the session ended.
    # Whose is said once, not before each place (walk 16).
    assert questions.areas == [
        "your partner's Right inner thigh, Right front of the thigh, Right outer thigh"
    ]
    again, _ = _window(qtbot, make_services)
    assert _rests(again, "partner") == right


def _rests(window: MainWindow, who: Person = "self") -> tuple[str, ...]:
    """``who``'s areas resting today."""
    return tuple(sorted(window.flow.pain_rest.resting(window.flow._catalog.regions, who)))


def test_a_sore_shoulder_leaves_its_steps_out_of_the_tour_not_the_whole_tour(
    qtbot: QtBot, make_services: MakeServices, catalog: Catalog
) -> None:
    window, _ = _window(qtbot, make_services)
    window.flow.pain_rest.note(["front-shoulder-right"])
    window.apply_health_profile()  # as after the session stopped for pain
    # The guide: the tour's card and Start say it runs without those steps, at its length.
    window.guide.show_routine("self-massage-tour")
    assert start_button(window.guide).isEnabled()
    assert window.guide.start_reason() == ""
    assert "over Right shoulder: resting today because it hurt" in window.guide.start_note()
    # The sheet lists them, with why, and the time on Start is what remains.
    sheet = before_start_sheet(
        catalog,
        build_plan(catalog, catalog.routines["self-massage-tour"]),
        Verdict(),
        routine=catalog.routines["self-massage-tour"],
        resting=["front-shoulder-right"],
    )
    dialog = BeforeStartSheet(catalog, sheet)
    qtbot.addWidget(dialog)
    assert dialog.left_out_why is not None
    said = dialog.left_out_why.text()
    assert "Resting today: Right shoulder. You stopped there because it hurt" in said
    assert "health profile" not in said
    plan = sheet.first.plan
    assert dialog.start.text() == f"Start · {clock_text(plan.total_s(sheet.timing))}"
    left_out = [e for e in plan.entries if e.blocked]
    assert left_out, "the arm steps over the right shoulder"
    assert all("front-shoulder-right" in e.region_ids for e in left_out)
    assert {e.blocked_reason for e in left_out} == {
        "Resting today: you stopped here because it hurt."
    }
    # The player runs the rest of the tour and passes over those steps.
    assert window.flow.start_routine("self-massage-tour")
    controller = window.flow.controller
    assert controller is not None
    ran = controller.session.plan
    assert [e.index for e in ran.entries if e.blocked] == [e.index for e in left_out]
    worked: set[str] = set()
    for _ in range(len(ran.entries) + 5):
        entry = controller.session.current
        if entry is None or controller.session.closed:
            break
        worked.update(entry.region_ids)
        window.flow.command(PlayerCommand.SKIP)
    assert "front-shoulder-right" not in worked
    assert "front-shoulder-left" in worked


def test_a_routine_with_nothing_left_but_the_resting_area_is_held_saying_why(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    window, questions = _window(qtbot, make_services)
    window.flow.pain_rest.note(["front-abdomen"])
    window.apply_health_profile()
    window.select_region("front-abdomen")
    window.guide.show_routine("stomach-kneading")
    assert not start_button(window.guide).isEnabled()
    assert window.guide.start_reason() == (
        "Rest today: Stomach. You stopped there because it hurt."
    )
    assert not window.flow.start_routine("stomach-kneading")
    assert questions.resting == [["Stomach"]]


def test_clicking_a_resting_area_opens_its_page_with_a_notice_in_place_of_start(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    window, questions = _window(qtbot, make_services)
    window.flow.pain_rest.note(["front-inner-thigh-right"])
    window.apply_health_profile()
    window.map_pane.map.activate_region("front-inner-thigh-right")
    assert window.guide.region() == "front-inner-thigh-right"
    assert window.guide.technique() is not None, "its techniques are listed and one shown"
    assert not start_button(window.guide).isEnabled()
    assert window.guide.start_reason() == (
        "Resting today: you stopped a session here because it hurt. Massage it again "
        "tomorrow at the earliest."
    )
    # Not moved on to the other thigh in its place: the player says why it does not start.
    technique = window.guide.technique()
    assert technique is not None
    assert not window.flow.start_technique(technique, "front-inner-thigh-right")
    assert questions.resting == [["Right inner thigh"]]
    # The other thigh may be massaged.
    window.map_pane.map.activate_region("front-inner-thigh-left")
    assert start_button(window.guide).isEnabled()


def test_the_stop_advice_and_the_summary_name_the_area_that_rests(
    qtbot: QtBot, catalog: Catalog
) -> None:
    advice = StopAdviceDialog(catalog, area="Right inner thigh")
    qtbot.addWidget(advice)
    rest = (
        "The session has stopped. Rest this area and do not massage it again today: "
        "Right inner thigh."
    )
    assert rest in " ".join(label.text() for label in advice.findChildren(QLabel))
    # The rule to stop on sharp pain, numbness or tingling stays above it.
    assert STOP_RULE in " ".join(label.text() for label in advice.findChildren(QLabel))
    summary = SessionSummary(Outcome.STOPPED_FOR_PAIN, 60, 40, 20, 0, 1, 1, 0)
    shown = SummaryDialog(catalog, summary, area="Right inner thigh")
    qtbot.addWidget(shown)
    # The summary names the area without saying the advice again word for word (walk 6).
    names = "Resting today: Right inner thigh."
    assert names in " ".join(label.text() for label in shown.findChildren(QLabel))
    assert aftercare_text(summary, "Right inner thigh") == names

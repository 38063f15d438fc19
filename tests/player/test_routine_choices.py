"""On screen: where numbers come from, a routine's total time, the repeat on the other knee."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from tests.player.conftest import WindowFactory, tick

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import InMemoryRecorder, Outcome, StepStatus
from massage_desktop.domain.routines import Routine
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.cues import Cue, CueKind
from massage_desktop.engine.phases import SessionPhase, Timing
from massage_desktop.engine.plan import build_plan
from massage_desktop.engine.plan_book import PlanBook
from massage_desktop.ui.guide.formatting import seconds_text, step_amount
from massage_desktop.ui.guide.panel import GuidePanel
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.display import display_of
from massage_desktop.ui.player.questions import AutomaticAnswers
from massage_desktop.ui.player.speech import spoken_text


class Repeating(AutomaticAnswers):
    """Automatic answers that take the routine's offer of a second pass (or cancel)."""

    def __init__(self, answer: bool | None, *, well_today: bool = True) -> None:
        self.answer = answer
        self.well_today = well_today
        self.asked: list[str] = []

    def today_check(self) -> bool:
        self.asked.append("today")
        return self.well_today

    def repeat(self, routine: Routine, where: str = "", other_side: bool = True) -> bool | None:
        self.asked.append(routine.id)
        return self.answer


@pytest.fixture
def guide(qtbot: QtBot, catalog: Catalog, plans: PlanBook) -> GuidePanel:
    """The guide panel as the main window holds it, with the run's plans.

    The guide pages' numbers need no player: a whole main window per page cost each of
    these tests about a fifth of a second of CPU more.
    """
    panel = GuidePanel(catalog, plans=plans)
    qtbot.addWidget(panel)
    return panel


@pytest.mark.parametrize(
    ("technique_id", "step", "shown"),
    [
        ("flushing", 0, "5 times (guide: 5–6), each side, from the guide “Partner leg massage”"),
        ("warm-hands", 0, "10 s (guide: 5–15 s), from the guide “Kneading for self-massage”"),
        ("kneading", 0, "about 1 min, suggested"),
        ("thigh-fanning", 0, "about 4 times, each side, suggested"),
    ],
)
def test_guide_shows_where_each_number_comes_from(
    guide: GuidePanel, catalog: Catalog, technique_id: str, step: int, shown: str
) -> None:
    assert step_amount(catalog.techniques[technique_id].steps[step], catalog.guides) == shown
    guide.show_technique(technique_id)
    assert shown in guide.guide_text()


@pytest.mark.usefixtures("german")
def test_number_sources_in_german(german_catalog: Catalog) -> None:
    german = german_catalog
    flushing = step_amount(german.techniques["flushing"].steps[0], german.guides)
    assert "aus dem Leitfaden „" + german.guides["partner-leg"].title + "“" in flushing
    kneading = step_amount(german.techniques["kneading"].steps[0], german.guides)
    assert kneading.startswith("etwa 1 min")
    assert kneading.endswith("Vorschlag der App")


@pytest.mark.parametrize("routine_id", ["knee-care", "partner-leg", "self-massage-tour"])
def test_routine_page_shows_its_total_time(
    guide: GuidePanel, catalog: Catalog, routine_id: str
) -> None:
    guide.show_routine(routine_id)
    text = guide.guide_text()
    # The player's timing as the settings give it by default.
    total = build_plan(catalog, catalog.routines[routine_id]).total_s(Timing())
    minutes = max(1, math.floor(total / 60 + 0.5))  # to the nearest, as Start reads
    assert f"Total time: about {minutes} min, with the pauses between steps" in text


def test_routine_page_marks_item_times_and_the_repeat_offer(guide: GuidePanel) -> None:
    guide.show_routine("knee-care")
    text = guide.guide_text()
    assert "2 min 30 s, from the guide" in text  # the knee guide's 2-3 minute warm-up
    assert "about 30 s, suggested" in text
    assert "Repeat on the other knee" in text
    guide.show_routine("self-massage-tour")
    assert "about 60 min in the guide" in guide.guide_text()


def test_player_shows_the_source_of_the_current_number(
    window: MainWindow, catalog: Catalog, clock: ManualClock
) -> None:
    assert window.flow.start_routine("partner-leg")
    controller = window.flow.controller
    assert controller is not None
    seen = set()
    for _ in range(400):
        session = controller.session
        if session.phase is SessionPhase.FINISHED or window.flow.controller is None:
            break
        seen.add(display_of(catalog, session).amount)
        if session.current is not None and session.current.technique_id == "thigh-push":
            break
        if session.phase is SessionPhase.REPS:
            QTest.keyClick(window, Qt.Key.Key_Return)
        tick(window, clock, 5)
    assert "5 times, from the guide “Partner leg massage”" in seen
    assert "about 10 s, suggested" in seen  # warming the oil
    # The panel shows it under where the step works, at thigh push (the guide's 5-6 times).
    assert window.player.where.text().endswith("5 times, from the guide “Partner leg massage”")
    window.flow.command(PlayerCommand.STOP)


def test_knee_care_asks_and_repeats_on_the_other_knee(
    window: MainWindow, catalog: Catalog, clock: ManualClock, recorder: InMemoryRecorder
) -> None:
    questions = Repeating(True)
    window.flow.questions = questions
    assert window.flow.start_routine("knee-care")
    assert questions.asked == ["today", "knee-care"]  # the safety question comes first
    controller = window.flow.controller
    assert controller is not None
    once = len(build_plan(catalog, catalog.routines["knee-care"]))
    assert len(controller.session.plan) == 2 * once
    for _ in range(3000):
        if window.flow.controller is None:
            break
        tick(window, clock, 5)
    [record] = recorder.sessions.values()
    assert record.outcome is Outcome.COMPLETED
    assert [s.status for s in record.steps].count(StepStatus.DONE) == 2 * once


def test_knee_care_once_or_cancelled(window: MainWindow) -> None:
    stopped = Repeating(True, well_today=False)
    window.flow.questions = stopped
    assert not window.flow.start_routine("knee-care")
    assert stopped.asked == ["today"]  # not asked about the other knee after the check stops
    window.flow.questions = Repeating(None)
    assert not window.flow.start_routine("knee-care")
    assert window.flow.controller is None
    window.flow.questions = Repeating(False)
    assert window.flow.start_routine("knee-care")
    controller = window.flow.controller
    assert controller is not None
    assert not any(e.second_pass for e in controller.session.plan.entries)
    window.flow.command(PlayerCommand.STOP)


def test_routines_without_the_offer_do_not_ask(window: MainWindow) -> None:
    questions = Repeating(True)
    window.flow.questions = questions
    assert window.flow.start_routine("partner-leg")
    assert questions.asked == ["today"]
    window.flow.command(PlayerCommand.STOP)


def test_switch_with_a_new_step_reads_the_step_out(catalog: Catalog) -> None:
    plan = build_plan(catalog, catalog.routines["partner-leg"])
    switch = next(e for e in plan.entries if e.switches)
    spoken = spoken_text(
        Cue(CueKind.SWITCH_SIDES, switch, "", 0.0, new_step=True), Outcome.IN_PROGRESS
    )
    assert spoken.startswith("Switch to the left side. Next: ")
    assert switch.instruction in spoken
    same = spoken_text(Cue(CueKind.SWITCH_SIDES, switch, "", 0.0), Outcome.IN_PROGRESS)
    assert same == "Switch to the left side."


def test_routine_item_time_is_what_the_routine_runs(guide: GuidePanel, catalog: Catalog) -> None:
    routine = catalog.routines["self-massage-tour"]
    plan = build_plan(catalog, routine)
    guide.show_routine(routine.id)
    text = guide.guide_text()
    # Circular thumb pressure runs only its lower-back step here, not its forearm step too.
    item = 1
    technique = catalog.techniques[routine.items[item].technique]
    seconds = sum(e.planned_s or 0 for e in plan.entries if e.item_index == item)
    assert seconds < (technique.planned_seconds or 0)
    assert f"{technique.title} — about {seconds_text(round(seconds))}, suggested" in text


def test_a_resumed_session_keeps_the_repeat_it_had_reached(
    window: MainWindow,
    make_window: WindowFactory,
    catalog: Catalog,
    clock: ManualClock,
    recorder: InMemoryRecorder,
) -> None:
    window.flow.questions = Repeating(True)
    assert window.flow.start_routine("knee-care")
    controller = window.flow.controller
    assert controller is not None
    once = len(build_plan(catalog, catalog.routines["knee-care"]))
    for _ in range(3000):
        current = controller.session.current
        if current is not None and current.index > once + 1:
            break
        tick(window, clock, 5)
    [record] = [r.model_copy(deep=True) for r in recorder.sessions.values()]
    assert max(s.position for s in record.steps) >= once
    # The "power cut": the app starts again and finds the session as it was recorded.
    restarted = make_window()
    assert restarted.flow.resume(record)
    resumed = restarted.flow.controller
    assert resumed is not None
    assert len(resumed.session.plan) == 2 * once
    assert resumed.session.current is not None
    assert resumed.session.current.second_pass
    restarted.flow.command(PlayerCommand.STOP)

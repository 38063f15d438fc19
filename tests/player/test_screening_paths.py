"""A technique the health profile rules out cannot start by any path; routines skip it visibly."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from tests.guide_parts import start_button
from tests.player.conftest import tick

from massage_desktop.domain.health import HealthProfile
from massage_desktop.domain.history import InMemoryRecorder, Outcome, StepStatus
from massage_desktop.engine.card import routine_card
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck, Verdict
from massage_desktop.engine.phases import SessionPhase
from massage_desktop.engine.plan import Plan
from massage_desktop.engine.step_count import step_count
from massage_desktop.ui.card.text import routine_count_text, screening_text
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.questions import AutomaticAnswers
from massage_desktop.ui.player.remaining import partial_text


class Recording(AutomaticAnswers):
    """Automatic answers that remember what the player asked."""

    def __init__(self) -> None:
        super().__init__(TodayCheck())
        self.refused: list[Verdict] = []
        self.cautions: list[Verdict] = []
        self.partial: list[Plan] = []

    def confirm_partial(self, plan: Plan) -> bool:
        self.partial.append(plan)
        return True

    def refuse(self, verdict: Verdict) -> None:
        self.refused.append(verdict)

    def confirm_caution(self, verdict: Verdict) -> bool:
        self.cautions.append(verdict)
        return True


def with_profile(window: MainWindow, **conditions: list[str]) -> Recording:
    profile = HealthProfile(
        conditions=list(conditions), regions={k: v for k, v in conditions.items() if v}
    )
    window._health.save(profile)
    window.apply_health_profile()
    questions = Recording()
    window.flow.questions = questions
    return questions


def test_blocked_technique_start_button_is_disabled_with_reason(window: MainWindow) -> None:
    with_profile(window, **{"varicose-veins": []})
    window.select_region("back-calf-left")
    window.guide.show_technique("flushing")
    start = start_button(window.guide)
    assert not start.isEnabled()
    assert "varicose" in start.toolTip().lower()
    assert "Not for you right now" in window.guide.guide_text()
    QTest.keyClick(start, Qt.Key.Key_Space)  # the keyboard cannot press it either
    QTest.mouseClick(start, Qt.MouseButton.LeftButton)
    assert window.flow.controller is None


def test_blocked_technique_refused_by_the_flow_itself(
    window: MainWindow, recorder: InMemoryRecorder
) -> None:
    questions = with_profile(window, **{"varicose-veins": []})
    window.select_region("back-calf-left")
    window.guide.startTechniqueRequested.emit("flushing")  # any path ends in the flow
    assert window.flow.controller is None
    assert recorder.sessions == {}
    assert questions.refused
    assert questions.refused[0].blocked


def test_routine_passes_over_blocked_steps_visibly(
    window: MainWindow, clock: ManualClock, recorder: InMemoryRecorder
) -> None:
    questions = with_profile(window, **{"varicose-veins": []})
    window.select_region("back-calf-left")
    assert window.flow.start_routine("partner-leg")
    assert questions.partial  # told before starting that some steps are left out
    for _ in range(6000):
        controller = window.flow.controller
        if controller is None:
            break
        if controller.session.phase is SessionPhase.REPS:
            QTest.keyClick(window, Qt.Key.Key_Return)
        tick(window, clock, 2)
    [record] = recorder.sessions.values()
    assert record.outcome is Outcome.COMPLETED
    blocked = [s for s in record.steps if s.status is StepStatus.BLOCKED]
    assert {s.technique_id for s in blocked} >= {"flushing"}
    assert all(s.actual_s == 0 for s in blocked)


def test_dvt_blocks_the_legs_on_the_map(window: MainWindow) -> None:
    with_profile(window, dvt=[])
    states = window.flow.screening.blocked_map() if window.flow.screening else {}
    assert states["back-calf-left"][0] == "blocked"
    # "A doctor before any massage": the neck is ruled out too, not a caution beside Start.
    assert states["back-neck"][0] == "blocked"
    window.select_region("back-neck")
    assert not window.flow.start_technique("kneading", "back-upper-back")
    description = window.map_pane.map.region_description("back-calf-left")
    assert "medical" in description.lower() or "clot" in description.lower()


def test_caution_asks_before_starting(window: MainWindow) -> None:
    questions = with_profile(window, **{"severe-osteoporosis": []})
    window._health.save(
        HealthProfile(conditions=("severe-osteoporosis",), cleared=("severe-osteoporosis",))
    )
    window.apply_health_profile()  # a doctor has said gentle massage is safe
    window.select_region("front-thigh-left")
    assert window.flow.start_technique("quadriceps-thumb-stripping", "front-thigh-left")
    assert questions.cautions
    assert "light" in questions.cautions[0].text.lower() or questions.cautions[0].reasons
    window.flow.command(PlayerCommand.STOP)


def test_percussion_blocked_with_osteoporosis(window: MainWindow) -> None:
    questions = with_profile(window, **{"severe-osteoporosis": []})
    window.select_region("front-thigh-left")
    assert not window.flow.start_technique("pummelling", "front-thigh-left")
    assert questions.refused


def test_today_check_can_stop_the_session(window: MainWindow, recorder: InMemoryRecorder) -> None:
    questions = with_profile(window)
    questions.today_check = lambda: False  # type: ignore[method-assign]
    window.select_region("front-knee-left")
    assert not window.flow.start_routine("knee-care")
    assert recorder.sessions == {}


def test_partly_ruled_out_routine_says_what_remains_without_a_do_not(window: MainWindow) -> None:
    questions = with_profile(window, **{"acute-injury": ["back-calf-left"]})
    window.select_region("back-calf-left")
    assert window.flow.start_routine("thighs-calves-kneading")
    assert not questions.cautions  # no "do not" beside "I understand, start"
    [plan] = questions.partial
    text = partial_text(plan)
    assert "do not" not in text.lower()
    # Both-sided steps: the plan has an entry per side, a person (and the card) counts steps.
    count = step_count(plan)
    assert len(plan.entries) > count.total
    assert 0 < count.remaining <= count.total
    # A step kept to the right calf is "on one side only", not "left out", in the card's
    # words as in the summary's (walk 7, finding 4).
    assert count.left_out == 0
    # Counted in the parts the player counts, the calf's left side one part left out, as
    # the summary then says it (walk 10, b103).
    assert (count.parts, count.parts_left_out) == (len(plan.runnable), 1)
    total = count.parts + count.parts_left_out
    made_of = f"({count.total} steps, {count.both_sided} of them on each side)"
    assert f"{total} parts {made_of}, 1 part left out." in text
    assert f"Parts that remain: {count.parts} of {total}, about" in text
    assert count.one_sided == 1  # the calf kneading runs on the right calf only
    # The routine card, screened with the same profile, counts the same and says it alike.
    screening = window.flow.screening
    assert screening is not None
    card = routine_card(
        window.flow._catalog, window.flow._catalog.routines[plan.subject_id], screening
    )
    assert len(card.steps) == count.total
    assert card.count == count
    assert sum(not step.blocked for step in card.steps) == count.remaining
    # The printed card counts it in the same parts, with the same words (fresh users: it
    # said "6 steps (3 techniques)"), and its screening line points to the marked steps.
    assert routine_count_text(card) == (
        f"{total} parts (6 steps, 5 of them on each side), 1 part left out"
    )
    assert "marked below" in screening_text(card)
    minutes = max(1, math.floor(card.total_s / 60 + 0.5))  # to the nearest, as Start reads
    assert f"about {minutes} min" in text


def test_a_technique_started_on_a_fine_region_is_not_refused_for_a_ruled_out_one(
    window: MainWindow,
) -> None:
    """Kneading lists 38 regions; started from the upper back it works the upper back only.

    Once, a fresh injury on the left calf refused kneading the upper back ("Not today"),
    while its card said nothing was wrong there.
    """
    questions = with_profile(window, **{"acute-injury": ["back-calf-left"]})
    window.select_region("back-upper-back")
    assert window.flow.start_technique("kneading", "back-upper-back")
    assert not questions.refused
    controller = window.flow.controller
    assert controller is not None
    assert {r for e in controller.session.plan.entries for r in e.region_ids} == {"back-upper-back"}
    window.flow.command(PlayerCommand.STOP)
    window.select_region("back-calf-left")
    assert not window.flow.start_technique("kneading", "back-calf-left")
    assert questions.refused


def test_a_routine_the_profile_rules_out_entirely_cannot_be_started_from_its_card(
    window: MainWindow,
) -> None:
    with_profile(window, dvt=[])  # a doctor before any massage: every step is ruled out
    window.guide.show_routine("knee-care")
    assert not start_button(window.guide).isEnabled()
    assert "doctor" in start_button(window.guide).toolTip()
    with_profile(window, **{"acute-injury": ["back-calf-left"]})  # only some steps
    window.guide.show_routine("thighs-calves-kneading")
    assert start_button(window.guide).isEnabled()

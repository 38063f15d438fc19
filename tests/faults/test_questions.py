"""The real app asks every question itself; automatic answers are the safe ones."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import RuleEffect
from massage_desktop.domain.health import HealthProfile
from massage_desktop.domain.history import InMemoryRecorder, Outcome
from massage_desktop.engine.health import TodayCheck, Verdict
from massage_desktop.engine.plan import build_plan
from massage_desktop.engine.screening import Screening
from massage_desktop.engine.summary import SessionSummary
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.questions import (
    AutomaticAnswers,
    BeforeStart,
    Questions,
    StartAnswers,
)
from massage_desktop.ui.player.session_questions import SessionQuestions
from massage_desktop.ui.player.start_sheet import before_start_sheet

Ask = Callable[[AutomaticAnswers, Catalog], Any]

# Every question of the protocol with how it is asked and the answer that is safe. A new
# question makes test_every_question_has_a_safe_automatic_answer fail until it is listed here.
_SAFE: dict[str, tuple[Ask, Callable[[Any], bool], str]] = {
    "before_start": (
        lambda a, c: [a.before_start(sheet) for sheet in _sheets(c)],
        lambda answers: answers[0] is None and answers[1] is None and _one_pass(answers[2]),
        "a caution or a partly ruled-out plan is not started; no second pass, no rating",
    ),
    "today_check": (
        lambda a, c: a.today_check(),
        lambda answer: answer is False,
        "an unanswered check of acute signs stops the session",
    ),
    "confirm_end": (
        lambda a, c: a.confirm_end(),
        lambda answer: answer is True,
        "ending is always allowed",
    ),
    "ratings": (
        lambda a, c: a.ratings([("front-knee-left", "Left knee")], None),
        lambda answer: answer == {},
        "nothing is made up for the history",
    ),
    "pain_reason": (
        lambda a, c: a.pain_reason(),
        lambda answer: isinstance(answer, str) and bool(answer),
        "the session has already stopped; a reason is recorded",
    ),
    "show_summary": (
        lambda a, c: a.show_summary(SessionSummary(Outcome.COMPLETED, 60, 40, 20, 0, 2, 0, 0)),
        lambda answer: answer is None,
        "nothing to show",
    ),
    "refuse": (
        lambda a, c: a.refuse(Verdict(RuleEffect.BLOCK, reasons=("DVT.",))),
        lambda answer: answer is None,
        "the start does not happen",
    ),
    "rest_today": (
        lambda a, c: a.rest_today(["Left knee"]),
        lambda answer: answer is None,
        "an area stopped for pain today is not started again",
    ),
    "no_side": (
        lambda a, c: a.no_side("Neither side may be massaged today."),
        lambda answer: answer is None,
        "a one-side routine with neither side free is not started",
    ),
    "set_parent": (
        lambda a, c: a.set_parent(None),
        lambda answer: answer is None,
        "nothing is shown",
    ),
    "set_massaged": (
        lambda a, c: a.set_massaged("partner"),
        lambda answer: answer is None,
        "nothing is shown",
    ),
}


def _sheets(catalog: Catalog) -> list[BeforeStart]:
    """A sheet with a caution, one with steps left out, and Knee care with nothing to heed."""
    knee = catalog.routines["knee-care"]
    # Both kneecaps: steps are left out on either knee (one injured knee leaves the other's
    # Knee care whole).
    injured = HealthProfile(
        conditions=("acute-injury",), regions={"acute-injury": ("front-kneecap",)}
    )
    technique = build_plan(catalog, catalog.techniques["kneading"])
    caution = Verdict(RuleEffect.CAUTION, reasons=("Light pressure.",))
    return [
        before_start_sheet(catalog, technique, caution),
        before_start_sheet(
            catalog,
            build_plan(catalog, knee),
            Verdict(),
            routine=knee,
            screening=Screening(catalog, injured),
        ),
        before_start_sheet(catalog, build_plan(catalog, knee), Verdict(), routine=knee),
    ]


def _one_pass(answers: StartAnswers | None) -> bool:
    return answers is not None and answers.choice == 1 and not answers.ratings  # 1: the right knee


def _questions() -> set[str]:
    members = inspect.getmembers(Questions, inspect.isfunction)
    return {name for name, _ in members if not name.startswith("_")}


def test_dialogs_do_not_inherit_automatic_answers() -> None:
    assert AutomaticAnswers not in SessionQuestions.__mro__
    asked = _questions()
    assert asked
    assert asked <= set(vars(SessionQuestions)), "each question has its own dialog"


def test_every_question_has_a_safe_automatic_answer(catalog: Catalog) -> None:
    assert _questions() == set(_SAFE), "decide the safe automatic answer of a new question"
    answers = AutomaticAnswers()
    for name, (ask, safe, why) in _SAFE.items():
        assert safe(ask(answers, catalog)), f"{name}: {why}"


@pytest.mark.parametrize(
    ("today", "go"),
    [
        (TodayCheck(), True),
        (TodayCheck(swelling=True), False),
        (TodayCheck(sharp_pain=True), False),
        (TodayCheck(new_injury=True), False),
    ],
)
def test_stated_answers_to_the_check_are_followed(today: TodayCheck, go: bool) -> None:
    assert AutomaticAnswers(today).today_check() is go


def test_unattended_window_starts_nothing_without_the_check(
    qtbot: QtBot, make_services: MakeServices, recorder: InMemoryRecorder
) -> None:
    window = MainWindow(make_services(recorder=recorder), interactive=False)
    qtbot.addWidget(window)
    assert not window.flow.start_routine("knee-care")
    assert not window.flow.start_technique("calf-kneading")
    assert not window.flow.active
    assert recorder.sessions == {}

"""The real app asks every question itself; automatic answers are the safe ones."""

from __future__ import annotations

import inspect

from massage_desktop.domain.enums import RuleEffect
from massage_desktop.engine.health import Verdict
from massage_desktop.ui.player.questions import AutomaticAnswers, Questions, SessionQuestions


def test_dialogs_do_not_inherit_automatic_answers() -> None:
    assert AutomaticAnswers not in SessionQuestions.__mro__
    members = inspect.getmembers(Questions, inspect.isfunction)
    asked = {name for name, _ in members if not name.startswith("_")}
    assert asked
    assert asked <= set(vars(SessionQuestions)), "each question has its own dialog"


def test_automatic_answers_never_go_ahead_on_a_caution() -> None:
    caution = Verdict(RuleEffect.CAUTION, reasons=("Varicose veins: light pressure only.",))
    assert AutomaticAnswers().confirm_caution(caution) is False

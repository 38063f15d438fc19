"""After today's check says "Do not massage today", the next start says so (walk 6, #7).

The check came back blank a minute later, and three "no"s started the session.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from tests.conftest import StartServices

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.design.choice import ChoiceDialog
from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.questions import RestDay
from massage_desktop.ui.player.session_questions import SessionQuestions
from massage_desktop.ui.safety.today_check import TodayCheckDialog

DAY = date(2026, 12, 7)


class Person:
    """Answers the check (a yes, or three noes) and the rest-day question (OK or again)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.swelling = True
        self.again = False
        self.seen: list[str] = []
        monkeypatch.setattr(DesignedDialog, "exec", lambda dialog: self._exec(dialog))

    def _exec(self, dialog: DesignedDialog) -> int:
        if isinstance(dialog, TodayCheckDialog):
            self.seen.append("check")
            for key, group in dialog.groups.items():
                group.button(1 if key == "swelling" and self.swelling else 0).click()
            dialog.go_button.click()
        elif isinstance(dialog, ChoiceDialog):
            self.seen.append(dialog.windowTitle())
            if self.again:
                dialog.buttons[0].click()
            else:
                assert dialog.cancel_button is not None
                dialog.cancel_button.click()
        return dialog.result()


def test_a_rest_day_is_said_before_the_check_is_asked_again(
    window: MainWindow, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions = SessionQuestions(window, catalog)  # as the app asks, over its window
    questions.today = lambda: DAY
    person = Person(monkeypatch)
    assert not questions.today_check()  # "Do not massage today"
    person.swelling = False  # three noes now, a minute later
    assert not questions.today_check()
    assert person.seen == ["check", "A rest day"]  # said so, and the check not shown blank
    person.again = True  # the yes was a mistake: the check again, on purpose
    assert questions.today_check()
    assert person.seen == ["check", "A rest day", "A rest day", "check"]


def test_the_next_day_asks_the_check_as_usual(
    window: MainWindow, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions = SessionQuestions(window, catalog)  # as the app asks, over its window
    questions.today = lambda: DAY
    person = Person(monkeypatch)
    assert not questions.today_check()
    questions.today = lambda: DAY + timedelta(days=1)
    person.swelling = False
    assert questions.today_check()
    assert person.seen == ["check", "check"]


def test_a_rest_day_is_still_said_after_a_restart_that_day(
    window: MainWindow,
    catalog: Catalog,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    start_services: StartServices,
) -> None:
    # Closing the app and opening it again must not turn "do not massage today" into a
    # blank check (walk 6): the day is kept in the user's settings.
    first = SessionQuestions(window, catalog, rest_day=RestDay(start_services(tmp_path).settings))
    first.today = lambda: DAY
    person = Person(monkeypatch)
    assert not first.today_check()
    again = SessionQuestions(window, catalog, rest_day=RestDay(start_services(tmp_path).settings))
    again.today = lambda: DAY
    person.swelling = False
    assert not again.today_check()
    assert person.seen == ["check", "A rest day"]
    person.again = True  # the check taken again passes: the rest day is forgotten on disk too
    assert again.today_check()
    assert start_services(tmp_path).settings.settings.rest_day_on is None

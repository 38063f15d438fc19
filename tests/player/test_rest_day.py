"""After today's check says "Do not massage today", the next start says so (walk 6, #7).

The check came back blank a minute later, and three "no"s started the session.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices, StartServices
from tests.guide_parts import routines_list, start_button

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


def _same(day: date) -> date:
    return day


def test_the_main_window_shows_the_rest_day_with_the_check_again(
    qtbot: QtBot, make_services: MakeServices, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Walk 7, finding 8: after "Do not massage today" Start stayed live with no sign of the
    # rest day. The guide says so, calmly, with the check again for a mistaken answer.
    services = make_services()
    window = MainWindow(services, today=lambda: DAY)
    qtbot.addWidget(window)
    questions = window.flow.questions
    assert isinstance(questions, SessionQuestions)
    questions.today = lambda: DAY
    banner = window.guide.rest_day
    assert banner.isHidden()
    person = Person(monkeypatch)
    assert not questions.today_check()  # "Do not massage today"
    assert not banner.isHidden()
    assert banner.text().startswith("Rest day: no massage today.\nToday's check said so.")
    assert banner.button.text() == "Take the check again…"
    assert banner.button in window.guide.focus_order()
    # Opened again the same day, it is still said; the next day it is not.
    for day, said in ((DAY, True), (DAY + timedelta(days=1), False)):
        reopened = make_services()
        assert reopened.settings is not None
        reopened.settings.load()  # as a start of the app reads it
        again = MainWindow(reopened, today=partial(_same, day))
        qtbot.addWidget(again)
        assert again.guide.rest_day.isHidden() is not said
    # The check taken again from the notice, three noes: the rest day ends, today is passed.
    person.swelling = False
    banner.button.click()
    assert person.seen == ["check", "check"]  # straight to the check, no "A rest day" first
    assert banner.isHidden()
    assert window.flow.daily.passed_today


class Calendar:
    """The window's today, moved on by the test (no sleeping)."""

    def __init__(self) -> None:
        self.day = DAY

    def __call__(self) -> date:
        return self.day


def test_on_a_rest_day_the_cards_and_start_say_so_also_after_a_restart(
    qtbot: QtBot, make_services: MakeServices, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Walk 8, finding 7: with the notice showing, Knee care's card showed no restriction and
    # a live "Start · 11:07"; after a restart every routine was listed at full length.
    services = make_services()
    calendar = Calendar()
    window = MainWindow(services, today=calendar)
    qtbot.addWidget(window)
    questions = window.flow.questions
    assert isinstance(questions, SessionQuestions)
    questions.today = calendar
    person = Person(monkeypatch)
    window.select_region("front-knee-right")
    window.guide.show_routine("knee-care")
    assert start_button(window.guide).isEnabled()
    assert not questions.today_check()  # "Do not massage today"

    def said(shown: MainWindow) -> None:
        rows = routines_list(shown.guide)
        cards = [rows.item(i).text().replace("\xa0", " ") for i in range(rows.count())]
        assert cards
        assert all("rest day" in text for text in cards), cards
        shown.guide.show_routine("knee-care")
        start = start_button(shown.guide)
        assert not start.isEnabled()
        assert "·" not in start.text()  # no session length offered
        assert shown.guide.start_reason_shown().startswith("Rest day:")

    window.select_region("front-knee-right")
    said(window)
    # After a restart the same day: the same marks.
    reopened = make_services()
    assert reopened.settings is not None
    reopened.settings.load()
    again = MainWindow(reopened, today=calendar)
    qtbot.addWidget(again)
    again.select_region("front-knee-right")
    said(again)
    # The day changes while the app is open: the notice and the marks go with it.
    calendar.day = DAY + timedelta(days=1)
    again._rest_notice.day_timer.timeout.emit()
    assert again.guide.rest_day.isHidden()
    again.guide.show_routine("knee-care")
    assert start_button(again.guide).isEnabled()
    assert "rest day" not in routines_list(again.guide).item(0).text()
    assert person.seen == ["check"]

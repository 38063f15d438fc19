"""A damaged or odd settings file never stops the start, and today's check is then asked."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.conftest import StartServices

from massage_desktop.engine.health import TodayCheck
from massage_desktop.messages import Level, Message
from massage_desktop.services import Services
from massage_desktop.storage.paths import resolve_paths
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.questions import AutomaticAnswers

DAY = date(2026, 12, 7)


class _Counting(AutomaticAnswers):
    """Answers "no" three times, counting how often the check is asked."""

    def __init__(self) -> None:
        super().__init__(TodayCheck())
        self.checks = 0

    def today_check(self) -> bool:
        self.checks += 1
        return super().today_check()


def _app(qtbot: QtBot, services: Services) -> tuple[MainWindow, _Counting]:
    window = MainWindow(services, today=lambda: DAY, interactive=True)
    qtbot.addWidget(window)
    questions = _Counting()
    window.flow.questions = questions
    return window, questions


def _session(window: MainWindow) -> bool:
    started = window.flow.start_technique("kneading", "back-upper-back")
    if started:
        window.flow.command(PlayerCommand.STOP)
    return started


@pytest.mark.parametrize(
    ("text", "good_day"),
    [
        ("{not json", False),
        (json.dumps({"quick_check_passed_on": "someday"}), False),
        (json.dumps({"quick_check_passed_on": "2999-01-01"}), False),
        # A good day beside a bad value holds: only the bad value is reset.
        (json.dumps({"quick_check_passed_on": DAY.isoformat(), "theme": 7}), True),
        (json.dumps([DAY.isoformat()]), False),
        ("\0" * 64, False),
    ],
    ids=["damaged", "odd-day", "future-day", "bad-neighbour", "not-an-object", "zeros"],
)
def test_the_app_starts_from_an_odd_settings_file(
    qtbot: QtBot, tmp_path: Path, start_services: StartServices, text: str, good_day: bool
) -> None:
    settings = resolve_paths(tmp_path).settings_file
    settings.parent.mkdir(parents=True)
    settings.write_text(text)
    window, questions = _app(qtbot, start_services(tmp_path))
    assert window.flow.daily.passed_today is good_day
    assert _session(window)
    assert questions.checks == (0 if good_day else 1)
    assert _session(window)
    assert questions.checks == (0 if good_day else 1)  # passed now, for the rest of the day


def test_a_settings_file_that_cannot_be_written_keeps_the_pass_for_this_run(
    qtbot: QtBot, tmp_path: Path, start_services: StartServices
) -> None:
    settings = resolve_paths(tmp_path).settings_file
    settings.mkdir(parents=True)  # a folder where the file should be: every save fails
    services = start_services(tmp_path)
    seen: list[Message] = []
    services.messages.subscribe(seen.append)
    window, questions = _app(qtbot, services)
    assert _session(window)
    assert _session(window)
    assert questions.checks == 1  # not asked again in this run although it was not saved
    assert [m.title for m in seen if m.level is Level.ERROR] == ["Settings not saved"]

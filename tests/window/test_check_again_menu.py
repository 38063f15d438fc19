"""Today's quick check can be taken again from the menu on any day, not only on a rest day.

Found by fresh users: only the rest-day notice offered "Take the check again…"; on a normal
day an answer given by mistake, or a swelling noticed since, had no way back to the check.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QLabel, QMenu
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices

from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.session_questions import SessionQuestions
from massage_desktop.ui.safety.today_check import TodayCheckDialog

DAY = date(2026, 12, 7)
ENTRY = "Take today's quick check again…"


def _answer(monkeypatch: pytest.MonkeyPatch, asked: list[str], swelling: bool) -> None:
    """Today's check, when it opens, answered: a yes to swelling (a rest day) or three noes."""

    def answer(dialog: DesignedDialog) -> int:
        assert isinstance(dialog, TodayCheckDialog)
        asked.append(dialog.windowTitle())
        for key, group in dialog.groups.items():
            group.button(1 if key == "swelling" and swelling else 0).click()
        dialog.go_button.click()
        return dialog.result()

    monkeypatch.setattr(DesignedDialog, "exec", answer)


def _window(qtbot: QtBot, make_services: MakeServices) -> MainWindow:
    window = MainWindow(make_services(), today=lambda: DAY)
    qtbot.addWidget(window)
    questions = window.flow.questions
    assert isinstance(questions, SessionQuestions)
    questions.today = lambda: DAY
    return window


def test_the_settings_menu_takes_todays_check_again_on_a_normal_day(
    qtbot: QtBot, make_services: MakeServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, make_services)
    assert not window.guide.is_rest_day()
    entry = window.menu_actions[ENTRY]
    settings_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Settings"
    )
    assert isinstance(settings_menu, QMenu)
    assert entry in settings_menu.actions()  # beside the health profile
    assert entry.text() == "&Take today's quick check again…"
    asked: list[str] = []
    # A swelling noticed since: the check says not to massage, and today is a rest day.
    _answer(monkeypatch, asked, swelling=True)
    entry.trigger()
    assert len(asked) == 1, "the same check opened"
    assert window.guide.is_rest_day()
    assert not window.guide.rest_day.isHidden()
    # Taken again with three noes, the rest day ends and counts as today's check.
    _answer(monkeypatch, asked, swelling=False)
    entry.trigger()
    assert len(asked) == 2
    assert not window.guide.is_rest_day()
    assert window.flow.daily.passed_today


def test_the_entry_is_german_in_german(
    qtbot: QtBot, make_services: MakeServices, german: None
) -> None:
    window = _window(qtbot, make_services)
    assert window.menu_actions[ENTRY].text() == "&Heutigen Check noch einmal machen…"


def test_on_a_normal_day_the_check_again_saves_answers_and_lifts_nothing(
    qtbot: QtBot, make_services: MakeServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Walk 15, E8: after an all-"No" check the menu's check offered "Lift the rest day"
    # with no rest day, and nothing said that the thigh resting after "Stop – it hurts"
    # still rested.
    window = _window(qtbot, make_services)
    window.flow.pain_rest.note(["front-thigh-right"])
    seen: list[tuple[str, str, str]] = []

    def answer(dialog: DesignedDialog) -> int:
        assert isinstance(dialog, TodayCheckDialog)
        intro = " ".join(label.text() for label in dialog.findChildren(QLabel))
        for group in dialog.groups.values():
            group.button(0).click()  # "No"
        status = QTextDocumentFragment.fromHtml(dialog.status.text()).toPlainText()
        seen.append((intro, dialog.go_button.text().replace("&", ""), status))
        dialog.go_button.click()
        return dialog.result()

    monkeypatch.setattr(DesignedDialog, "exec", answer)
    window.menu_actions[ENTRY].trigger()
    [(intro, button, status)] = seen
    assert button == "Save answers"
    assert "lift today's rest day" not in intro
    assert "Today is not a rest day" in intro
    # Said before the answers too: "not a rest day" beside a resting thigh read as a
    # contradiction (walk 16).
    assert "Areas resting after “Stop – it hurts” still rest today." in intro
    assert "no rest day to lift" in status
    assert "Areas resting after “Stop – it hurts” still rest today." in status
    assert not window.guide.is_rest_day()
    assert window.flow.pain_rest.resting(["front-thigh-right"]) == ("front-thigh-right",)
    # On a rest day the same entry still lifts it.
    _answer(monkeypatch, [], swelling=True)
    window.menu_actions[ENTRY].trigger()
    assert window.guide.is_rest_day()
    seen.clear()
    monkeypatch.setattr(DesignedDialog, "exec", answer)
    window.menu_actions[ENTRY].trigger()
    assert seen[0][1] == "Lift the rest day"
    assert not window.guide.is_rest_day()

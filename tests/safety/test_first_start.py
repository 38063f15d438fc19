"""After "Not now": a line on the home screen, not the screens at every start (walk 3, #16).

The safety notes are still acknowledged before the first session: starting one while they
wait opens the screens at the questions, and "Not now" there starts nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices
from tests.window.test_clipping import assert_fits

from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.health import TodayCheck
from massage_desktop.messages import MessageBus
from massage_desktop.services import Services
from massage_desktop.storage.settings import Settings, SettingsStore
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.questions import AutomaticAnswers, DailyCheck
from massage_desktop.ui.safety import FirstRunDialog

Answer = Callable[[FirstRunDialog], None]


def _not_now(dialog: FirstRunDialog) -> None:
    dialog.not_now_button.click()


def _done(dialog: FirstRunDialog) -> None:
    """Through the questions ("None of these") and "I understand", from the page shown."""
    if dialog.page() == 0:
        dialog.next_button.click()
    dialog.chips.none_chip.click()
    dialog.next_button.click()
    dialog.understand_button.click()


class Screens:
    """Stands in for the person at the first-run screens: answers each showing in turn."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.answers: list[Answer] = []
        self.pages: list[int] = []  # the screen each showing opened at
        monkeypatch.setattr(FirstRunDialog, "exec", lambda dialog: self._exec(dialog))

    def _exec(self, dialog: FirstRunDialog) -> int:
        assert self.answers, "the first-run screens opened unasked"
        self.pages.append(dialog.page())
        self.answers.pop(0)(dialog)
        return dialog.result()


@pytest.fixture
def screens(monkeypatch: pytest.MonkeyPatch) -> Screens:
    return Screens(monkeypatch)


@pytest.fixture
def services(make_services: MakeServices) -> Services:
    return make_services()


def _start(qtbot: QtBot, services: Services) -> MainWindow:
    """A start of the app: the window, shown, then the first run as ``app.py`` calls it."""
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    # A scripted person who answers "no" to today's check three times.
    window.flow.questions = AutomaticAnswers(TodayCheck())
    window.first_run()
    return window


def _session(window: MainWindow) -> bool:
    started = window.flow.start_technique("kneading", "back-upper-back")
    if started:
        window.flow.command(PlayerCommand.STOP)
    return started


def _settings(services: Services) -> Settings:
    assert services.settings is not None
    return services.settings.load()


def test_not_now_shows_the_line_instead_of_the_screens_at_the_next_start(
    qtbot: QtBot, services: Services, screens: Screens
) -> None:
    screens.answers = [_not_now]
    window = _start(qtbot, services)
    assert screens.pages == [0]
    saved = _settings(services)
    assert saved.first_run_postponed
    assert not saved.first_run_acknowledged
    banner = window.first_start.banner
    assert banner.isVisible()
    assert banner.text() == "Health check not done yet · takes about 1 min"
    window.close()
    again = _start(qtbot, services)  # no answer queued: the screens must not open
    assert again.first_start.banner.isVisible()
    assert screens.pages == [0]


def test_do_it_now_opens_the_questions_and_the_line_goes_once_done(
    qtbot: QtBot, services: Services, screens: Screens
) -> None:
    screens.answers = [_not_now]
    window = _start(qtbot, services)
    banner = window.first_start.banner
    screens.answers = [_not_now]
    banner.button.click()
    assert screens.pages == [0, 1]  # at the questions: the welcome was read
    assert banner.isVisible()  # put off again: still offered
    screens.answers = [_done]
    banner.button.click()
    assert not banner.isVisible()
    assert _settings(services).first_run_acknowledged
    window.close()
    again = _start(qtbot, services)
    assert not again.first_start.banner.isVisible()
    assert screens.pages == [0, 1, 1]


def test_the_notes_are_acknowledged_before_the_first_session(
    qtbot: QtBot, services: Services, screens: Screens
) -> None:
    screens.answers = [_not_now]
    window = _start(qtbot, services)
    seen: list[tuple[str, str]] = []

    def cancel(dialog: FirstRunDialog) -> None:
        seen.append((dialog.windowTitle(), dialog.not_now_button.text().replace("&", "")))
        dialog.not_now_button.click()

    screens.answers = [cancel]
    assert not _session(window)  # Cancel: no session
    # Opened by Start, the screens say why they are there and that Cancel starts nothing
    # ("Not now" there read as "start without them", walk 6).
    assert seen == [("Before your first session", "Cancel")]
    assert screens.pages == [0, 1]
    assert not window.flow.active
    screens.answers = [_done]
    assert _session(window)
    assert screens.pages == [0, 1, 1]
    assert not window.first_start.banner.isVisible()
    assert _session(window)  # acknowledged: not asked again
    assert screens.pages == [0, 1, 1]


def test_closing_the_screens_keeps_them_due(
    qtbot: QtBot, services: Services, screens: Screens
) -> None:
    """Closed without an answer: asked before a session, and at the next start, as before."""
    screens.answers = [lambda dialog: dialog.reject()]
    window = _start(qtbot, services)
    assert not _settings(services).first_run_postponed
    assert not window.first_start.banner.isVisible()
    screens.answers = [lambda dialog: dialog.reject()]
    assert not _session(window)
    window.close()
    screens.answers = [_done]
    again = _start(qtbot, services)
    assert screens.pages == [0, 1, 0]
    assert _session(again)


def test_the_line_is_not_over_a_session(qtbot: QtBot, services: Services, screens: Screens) -> None:
    screens.answers = [_not_now]
    window = _start(qtbot, services)
    window.flow.daily = DailyCheck()  # the quick check alone: a session while the line shows
    assert window.flow.start_technique("kneading", "back-upper-back")
    assert not window.first_start.banner.isVisible()
    window.flow.command(PlayerCommand.STOP)
    assert window.first_start.banner.isVisible()


def test_scripted_answers_are_never_stopped_by_the_notes(
    qtbot: QtBot, services: Services, screens: Screens
) -> None:
    assert services.settings is not None
    services.settings.save(Settings(first_run_postponed=True))
    window = MainWindow(services, interactive=False)
    qtbot.addWidget(window)
    window.flow.questions = AutomaticAnswers(TodayCheck())
    assert _session(window)
    assert screens.pages == []


def test_a_settings_file_from_before_loads(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"theme": "dark", "first_run_acknowledged": False}))
    messages: list[object] = []
    bus = MessageBus()
    bus.subscribe(messages.append)
    loaded = SettingsStore(path, bus).load()
    assert loaded == Settings(theme="dark")
    assert not loaded.first_run_postponed
    assert messages == []


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_line_and_the_picker_fit_at_1024x700(
    qtbot: QtBot, make_services: MakeServices, language: str, request: pytest.FixtureRequest
) -> None:
    """Nothing of the line or of "Where is it?" is clipped, in English or German."""
    if language == "de":
        request.getfixturevalue("german")
    services = make_services()
    assert services.settings is not None
    services.settings.save(Settings(first_run_postponed=True))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    assert window.first_start.banner.isVisible()
    assert_fits(window)
    dialog = FirstRunDialog(services.catalog, window, page=1)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.chips.chips["acute-injury"].click()
    dialog.where.pickers["acute-injury"].places[0].chip.click()
    assert_fits(dialog)


def test_none_of_these_on_an_empty_profile_counts_as_answered(
    qtbot: QtBot, services: Services, screens: Screens
) -> None:
    # Walk 16: the printed card said "No health profile is filled in" after "None of these",
    # which left the (empty) profile as it was and so was never saved as an answer.
    assert not services.health.answered
    screens.answers = [_done]
    _start(qtbot, services)
    assert services.health.answered
    assert services.health.path.exists()
    assert services.health.profile == HealthProfile()

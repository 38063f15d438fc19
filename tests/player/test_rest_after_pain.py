"""After "Stop – it hurts" the same area cannot be started again that day, even after a restart.

The stop advice says "rest the area and do not massage it again today"; once, the same Start
button ran the same step a minute later with nothing said.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import Outcome
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.guide.welcome import recent_sessions
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.mini_timer import MiniTimer
from massage_desktop.ui.player.questions import AutomaticAnswers
from massage_desktop.ui.player.session_questions import SessionQuestions


class Recording(AutomaticAnswers):
    """Automatic answers that remember the areas the player said must rest."""

    def __init__(self) -> None:
        super().__init__(TodayCheck())
        self.resting: list[list[str]] = []

    def rest_today(self, region_names: Sequence[str]) -> None:
        self.resting.append(list(region_names))


def _window(qtbot: QtBot, make_services: MakeServices) -> tuple[MainWindow, Recording]:
    services = make_services()
    assert services.history is not None
    # Sessions recorded in the history store, as the app does, to be read back at a restart.
    services = replace(services, recorder=services.history)
    window = MainWindow(services, clock=ManualClock(), interactive=False)
    questions = Recording()
    window.flow.questions = questions
    qtbot.addWidget(window)
    return window, questions


def test_the_area_it_hurt_in_rests_today(qtbot: QtBot, make_services: MakeServices) -> None:
    window, questions = _window(qtbot, make_services)
    window.select_region("back-upper-back")
    assert window.flow.start_technique("kneading", "back-upper-back")
    window.flow.command(PlayerCommand.HURT)
    window.flow.command(PlayerCommand.STOP)  # close the summary's session
    assert not window.flow.active
    # Marked on the map before anyone presses Start.
    assert window.map_pane.map.region_description("back-upper-back") == (
        "Your Upper back rests today (it hurt)."
    )
    assert not window.flow.start_technique("kneading", "back-upper-back")
    assert questions.resting == [["Upper back"]]
    # Another area is fine.
    window.select_region("back-neck")
    assert window.flow.start_technique("kneading", "back-neck")
    window.flow.command(PlayerCommand.STOP)
    # And after a restart of the app, read back from the history.
    again, asked = _window(qtbot, make_services)
    assert not again.flow.start_technique("kneading", "back-upper-back")
    assert asked.resting == [["Upper back"]]


def test_the_dialog_names_the_area_and_the_advice(
    qtbot: QtBot, make_services: MakeServices, catalog: Catalog
) -> None:
    window, _questions = _window(qtbot, make_services)
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, DesignedDialog) and dialog.isVisible() and dialog.primary:
            seen.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
            dialog.primary.click()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(20)
    try:
        SessionQuestions(window, catalog).rest_today(["Upper back"])
    finally:
        timer.stop()
    [text] = seen
    assert "Upper back" in text
    assert "do not massage it again today" in text


class _Looking(Recording):
    """Looks at the player while the stop advice is open."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self._window = window
        self.seen: list[tuple[str, bool, bool]] = []

    def pain_reason(self, area: str = "") -> str:
        panel = self._window.player
        resume = self._window.flow.actions[PlayerCommand.PAUSE].isEnabled()
        self.seen.append((panel.phase.text(), panel.paused.isVisible(), resume))
        return "Sharp pain"


def test_behind_the_stop_advice_the_player_says_stopped_not_paused(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    window, _ = _window(qtbot, make_services)
    window.show()
    qtbot.waitExposed(window)
    looking = _Looking(window)
    window.flow.questions = looking
    window.select_region("back-upper-back")
    assert window.flow.start_technique("kneading", "back-upper-back")
    window.flow.command(PlayerCommand.HURT)
    assert looking.seen == [("Stopped because it hurt", False, False)]  # nothing to resume


class _Declining(Recording):
    """Says no to ending the session."""

    def confirm_end(self) -> bool:
        return False


def test_closing_the_window_mid_session_asks_first(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    window, _ = _window(qtbot, make_services)
    window.show()
    qtbot.waitExposed(window)
    window.flow.questions = _Declining()
    window.select_region("back-upper-back")
    assert window.flow.start_technique("kneading", "back-upper-back")
    assert not window.close()  # "keep going": the window stays, the session runs
    assert window.isVisible()
    controller = window.flow.controller
    assert controller is not None
    assert not controller.session.paused
    window.flow.questions = Recording()  # ends when asked
    assert window.close()


def test_the_welcome_does_not_suggest_a_session_stopped_because_it_hurt(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    services = make_services()
    history = services.history
    assert history is not None
    window = MainWindow(replace(services, recorder=history), clock=ManualClock(), interactive=False)
    qtbot.addWidget(window)
    window.flow.questions = Recording()
    window.select_region("back-upper-back")
    assert window.flow.start_technique("kneading", "back-upper-back")
    window.flow.command(PlayerCommand.HURT)
    assert [s.outcome for s in history.list_sessions()] == [Outcome.STOPPED_FOR_PAIN]
    assert recent_sessions(history) == []


class _LookingAtTheMiniTimer(Recording):
    """Looks at the mini timer's buttons while the stop advice is open."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self._window = window
        self.buttons: list[str] = []

    def pain_reason(self, area: str = "") -> str:
        mini = self._window.findChild(MiniTimer)
        assert mini is not None
        self.buttons = [b.text() for b in mini.findChildren(QAbstractButton) if b.isVisible()]
        return "Sharp pain"


def test_the_mini_timer_offers_no_resume_behind_the_stop_advice(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    window, _ = _window(qtbot, make_services)
    window.show()
    qtbot.waitExposed(window)
    looking = _LookingAtTheMiniTimer(window)
    window.flow.questions = looking
    window.select_region("back-upper-back")
    assert window.flow.start_technique("kneading", "back-upper-back")
    window.flow.command(PlayerCommand.MINI)
    mini = window.findChild(MiniTimer)
    assert mini is not None
    qtbot.waitExposed(mini)
    shown = [b.text() for b in mini.findChildren(QAbstractButton) if b.isVisible()]
    assert len(shown) == 2  # Pause and "Stop – it hurts" while the session runs
    window.flow.command(PlayerCommand.HURT)
    assert looking.buttons == []  # the walk-through saw an enabled-looking "Resume" here

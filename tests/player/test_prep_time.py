"""Seconds spent warming the oil are not called massage time, in the summary or the History.

A new user ended a session in its first step, warming the oil, after 7 s: the History listed
"7 s" of massage time (header, day, row and details) beside "no part finished", and the
summary "Massage time 7 s" with "Move the area gently now". No area had been massaged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.conftest import StartServices
from tests.player.conftest import tick
from tests.player.test_session_numbers import Remembering, history_of

from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.phases import SessionPhase
from massage_desktop.ui.history import HistoryWindow
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.dialogs import SummaryDialog


def _oil_then_stop(
    qtbot: QtBot, tmp_path: Path, start_services: StartServices
) -> tuple[list[str], HistoryWindow]:
    """The summary's lines and the History after 7 s of warming the oil, then "End"."""
    clock = ManualClock()
    services = start_services(tmp_path)
    window = MainWindow(services, clock=clock, interactive=False)
    answers = Remembering()
    window.flow.questions = answers
    qtbot.addWidget(window)
    window.show()
    assert window.flow.start_routine("partner-leg")
    controller = window.flow.controller
    assert controller is not None
    while controller.session.phase is SessionPhase.GET_READY:
        tick(window, clock, 0.1)  # into the step by a tenth of a second at most
    first = controller.session.current
    assert first is not None
    assert first.technique_id == "warm-oil"
    tick(window, clock, 7)
    window.flow.command(PlayerCommand.STOP)
    [summary] = answers.summaries
    dialog = SummaryDialog(services.catalog, summary)
    qtbot.addWidget(dialog)
    view = history_of(qtbot, window)
    return dialog.text().splitlines(), view


def _list(view: HistoryWindow) -> list[str]:
    model = view.sessions.model
    return [
        str(model.index(row, 0).data()).replace("\u00a0", " ")  # reads as a space
        if model.is_heading(row)
        else " | ".join(str(model.index(row, c).data()) for c in (2, 3))
        for row in range(model.rowCount())
    ]


def test_seconds_warming_the_oil_are_no_massage_time_anywhere(
    qtbot: QtBot, tmp_path: Path, start_services: StartServices
) -> None:
    lines, view = _oil_then_stop(qtbot, tmp_path, start_services)
    assert "Massage time: 0 s" in lines
    assert "Not counted as massage time: 7 s on the oil or warming the hands." in lines
    # No massage, so no "move the area gently"; the stop rule stays.
    assert not any("Move the area gently" in line for line in lines)
    assert "\u26a0 Stop at once on sharp pain, numbness or tingling." in lines
    texts = view.details.texts()
    assert texts["time"] == "0 s, not counting 7 s on the oil or warming the hands"
    assert texts["result"] == "Ended early \u00b7 no part finished"
    assert _list(view) == [
        "Today  \u00b7  1 session, without massage time",
        "0 s | Ended early \u00b7 no part finished",
    ]
    assert view.overview.totals_text() == "1 session, without massage time."
    assert view.overview.week_text() == "No massage time yet this week"


@pytest.mark.usefixtures("german")
def test_in_german_too(qtbot: QtBot, tmp_path: Path, start_services: StartServices) -> None:
    lines, view = _oil_then_stop(qtbot, tmp_path, start_services)
    assert "Massagezeit: 0 s" in lines
    assert "Nicht als Massagezeit gezählt: 7 s für das Öl oder das Anwärmen der Hände." in lines
    assert view.details.texts()["time"] == (
        "0 s, nicht mitgezählt: 7 s für das Öl oder das Anwärmen der Hände"
    )
    assert view.overview.totals_text() == "1 Sitzung, ohne Massagezeit."

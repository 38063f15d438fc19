"""The welcome's "Recently" lists only sessions in which something was massaged."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices
from tests.sessions import build_session

from massage_desktop.domain.history import StepStatus
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.ui.guide.welcome import recent_rows, recent_sessions
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.questions import AutomaticAnswers


def test_a_session_with_every_step_skipped_is_not_recent(make_services: MakeServices) -> None:
    services = make_services()
    history = services.history
    assert history is not None
    worked = build_session("a", datetime(2026, 12, 1, 9, tzinfo=UTC), technique="kneading")
    skipped = build_session(
        "b",
        datetime(2026, 12, 2, 9, tzinfo=UTC),
        technique="pummelling",
        status=StepStatus.SKIPPED,
    )
    history.insert_many([worked, skipped])
    recent = recent_sessions(history)
    assert [r.subject_id for r in recent] == ["kneading"]
    rows = recent_rows(services.catalog, recent, date(2026, 12, 2))
    assert [row.id for row in rows] == ["technique:kneading"]


def test_a_session_that_only_warmed_the_oil_is_not_recent(make_services: MakeServices) -> None:
    services = make_services()
    history = services.history
    assert history is not None
    # Warming the oil works no region: done, but nothing was massaged (nor counted as
    # massage time), so there is nothing to offer again.
    oil = build_session("c", datetime(2026, 12, 3, 9, tzinfo=UTC), regions=(), technique="warm-oil")
    worked = build_session("d", datetime(2026, 12, 2, 9, tzinfo=UTC), technique="kneading")
    history.insert_many([worked, oil])
    assert [r.subject_id for r in recent_sessions(history)] == ["kneading"]


def test_skipping_through_a_session_leaves_the_welcome_as_it_was(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    services = make_services()
    history = services.history
    assert history is not None
    window = MainWindow(replace(services, recorder=history), clock=ManualClock(), interactive=False)
    qtbot.addWidget(window)
    window.flow.questions = AutomaticAnswers(TodayCheck())
    assert window.flow.start_technique("kneading", "back-upper-back")
    while window.flow.active:
        window.flow.command(PlayerCommand.SKIP)
    [stored] = history.list_sessions()
    assert stored.step_count > 0  # the skipped steps are in the history...
    assert recent_sessions(history) == []  # ...but nothing to offer again

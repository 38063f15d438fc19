"""One session, the same numbers: its summary and its history say the same length and steps."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from tests.conftest import StartServices
from tests.player.conftest import tick

from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.engine.phases import SessionPhase
from massage_desktop.engine.summary import SessionSummary
from massage_desktop.services import Services
from massage_desktop.ui.history import HistoryWindow
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.dialogs import SummaryDialog
from massage_desktop.ui.player.questions import AutomaticAnswers


class Remembering(AutomaticAnswers):
    """Automatic answers that keep each summary the player would show."""

    def __init__(self) -> None:
        super().__init__(TodayCheck())
        self.summaries: list[SessionSummary] = []

    def show_summary(self, summary: SessionSummary) -> None:
        self.summaries.append(summary)


def run(
    qtbot: QtBot, services: Services, clock: ManualClock, technique: str, region: str
) -> tuple[MainWindow, Remembering]:
    window = MainWindow(services, clock=clock, interactive=False)
    answers = Remembering()
    window.flow.questions = answers
    qtbot.addWidget(window)
    window.show()
    window.select_region(region)
    assert window.flow.start_technique(technique)
    return window, answers


def history_of(qtbot: QtBot, window: MainWindow) -> HistoryWindow:
    view = window.history_actions.show_history()
    assert view is not None
    qtbot.addWidget(view)
    qtbot.waitUntil(
        lambda: (
            view.sessions.current_session_id() is not None or view.sessions.select_first_session()
        )
    )
    return view


def facts(qtbot: QtBot, services: Services, summary: SessionSummary) -> dict[str, str]:
    dialog = SummaryDialog(services.catalog, summary)
    qtbot.addWidget(dialog)
    return dict(line.split(": ", 1) for line in dialog.text().splitlines() if ": " in line)


def test_the_summary_and_the_history_give_one_length(
    qtbot: QtBot, tmp_path: Path, start_services: StartServices
) -> None:
    clock = ManualClock()
    services = start_services(tmp_path)
    window, answers = run(qtbot, services, clock, "kneading-neck-shoulders", "back-neck")
    for _ in range(98):  # get ready, a minute on the first side, get ready again...
        tick(window, clock, 1)
    window.flow.command(PlayerCommand.STOP)
    [summary] = answers.summaries
    # Getting ready and switching sides took time the history does not count as massage.
    assert summary.total_s > summary.work_s + 1
    told = facts(qtbot, services, summary)
    shown = told["Massage time"]
    # Parts, as the player counted them: "Part 2 of 5", each side of the shoulders one part,
    # where it goes on to the other side after the whole technique (walk 9, P1-i).
    assert told["Parts done"] == "1 of 5"
    dialog = SummaryDialog(services.catalog, summary)
    qtbot.addWidget(dialog)
    counts = "1 of 5 parts done · stopped in part 2 · 3 not reached"
    assert counts in dialog.text().splitlines()
    view = history_of(qtbot, window)
    assert view.details.texts()["time"] == f"{shown} \u00b7 1 step done"
    model = view.sessions.model
    row = next(r for r in range(model.rowCount()) if not model.is_heading(r))
    assert model.index(row, 2).data() == shown
    view.close()


def test_the_history_says_which_step_hurt_and_which_was_skipped(
    qtbot: QtBot, tmp_path: Path, start_services: StartServices
) -> None:
    clock = ManualClock()
    services = start_services(tmp_path)
    window, _answers = run(qtbot, services, clock, "kneading-neck-shoulders", "back-neck")
    tick(window, clock, 10)
    window.flow.command(PlayerCommand.SKIP)  # the first side, skipped by choice
    tick(window, clock, 15)
    window.flow.command(PlayerCommand.HURT)  # the second side under way
    view = history_of(qtbot, window)
    table = view.details.steps_table()
    results = [table.cell_text(row, 4) for row in range(table.rowCount())]
    assert results == ["Skipped", "Stopped \u2013 it hurt"]
    view.close()


def test_it_hurt_after_going_back_is_the_step_under_way_in_summary_and_history(
    qtbot: QtBot, tmp_path: Path, start_services: StartServices
) -> None:
    # Walk 9, P1-h: 10, 11, Back to 10, "Stop – it hurts": the summary said "stopped in step
    # 10", the history "Skipped" on 10 and "Stopped – it hurt" on 11. The summary and the
    # history say the same.
    clock = ManualClock()
    services = start_services(tmp_path)
    window, answers = run(qtbot, services, clock, "kneading-neck-shoulders", "back-neck")
    tick(window, clock, 10)
    window.flow.command(PlayerCommand.SKIP)  # on to the other side
    tick(window, clock, 15)
    window.flow.command(PlayerCommand.BACK)  # the first side again
    tick(window, clock, 10)
    window.flow.command(PlayerCommand.HURT)
    [summary] = answers.summaries
    dialog = SummaryDialog(services.catalog, summary)
    qtbot.addWidget(dialog)
    # Walk 9, P1-a: the side left by Back is not reached again, not "skipped".
    assert "0 of 5 parts done \u00b7 stopped in part 1 \u00b7 4 not reached" in dialog.text()
    view = history_of(qtbot, window)
    table = view.details.steps_table()
    results = [table.cell_text(row, 4) for row in range(table.rowCount())]
    assert results == ["Stopped \u2013 it hurt", "Not reached"]
    view.close()


def test_the_history_marks_the_step_an_early_end_left(
    qtbot: QtBot, tmp_path: Path, start_services: StartServices
) -> None:
    clock = ManualClock()
    services = start_services(tmp_path)
    window, _answers = run(qtbot, services, clock, "kneading-neck-shoulders", "back-neck")
    tick(window, clock, 10)
    window.flow.command(PlayerCommand.STOP)
    view = history_of(qtbot, window)
    table = view.details.steps_table()
    assert [table.cell_text(row, 4) for row in range(table.rowCount())] == ["Stopped here"]
    view.close()


def test_a_step_on_both_sides_names_the_side_it_is_on(
    qtbot: QtBot, tmp_path: Path, start_services: StartServices
) -> None:
    clock = ManualClock()
    services = start_services(tmp_path)
    window, answers = run(qtbot, services, clock, "thigh-fanning", "front-thigh-right")
    assert window.flow.controller is not None
    session = window.flow.controller.session
    seen = []
    for _ in range(120):  # get ready, count the right thigh, switch, count the left
        tick(window, clock, 1)
        if session.phase is SessionPhase.REPS:
            seen.append(window.player.progress_text.text())
            window.flow.command(PlayerCommand.DONE)
        if session.closed:
            break
    first, second = seen
    # One step on two thighs: "Step 1 of 1 · right side" then "· left side" read as two
    # steps numbered the same (walk 6, finding 15); the header says which side comes.
    assert (first, second) == (
        "Step 1 of 1 \u00b7 right side, then left",
        "Step 1 of 1 \u00b7 left side (2nd side)",
    )
    [summary] = answers.summaries
    dialog = SummaryDialog(services.catalog, summary)
    qtbot.addWidget(dialog)
    lines = dialog.text().splitlines()
    assert "Steps done: 1 of 1" in lines
    assert "1 of 1 done \u00b7 both sides" in lines
    # The history counts the same: one step, its two rows numbered by side (walk 6, #4).
    view = history_of(qtbot, window)
    assert view.details.texts()["time"].endswith(" \u00b7 1 step done")
    assert view.details.texts()["result"] == "Completed"
    table = view.details.steps_table()
    assert [table.cell_text(row, 0) for row in range(table.rowCount())] == ["1 R", "1 L"]
    view.close()

"""A session where almost nothing was done is worded by what happened (walk 7, finding 7).

"Finished" after 1 of 13 steps and 1 s of massage; the history marked a step "Done" after the
person meant to skip it (Skip had moved, and the click landed on "Done"); and after a leg
massage Progress listed "Most massaged: Left palm, Right palm" from warming the oil.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices
from tests.player.conftest import tick

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import InMemoryRecorder, Outcome, StepStatus
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.engine.phases import SessionPhase
from massage_desktop.engine.summary import SessionSummary
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.dialogs import SummaryDialog, aftercare_text, outcome_text
from massage_desktop.ui.player.questions import AutomaticAnswers


def _completed(done: int, skipped: int, blocked: int = 0) -> SessionSummary:
    planned = done + skipped + blocked
    return SessionSummary(
        Outcome.COMPLETED, 60, 8, 40, 0, done, skipped, blocked, planned=planned, not_reached=0
    )


def test_one_step_of_thirteen_is_mostly_skipped_not_finished(
    qtbot: QtBot, catalog: Catalog
) -> None:
    # The partner leg massage of the walk: 1 of 13 done, 7 skipped, 5 left out for safety.
    few = _completed(1, 7, 5)
    assert outcome_text(few) == "Mostly skipped"
    dialog = SummaryDialog(catalog, few)
    qtbot.addWidget(dialog)
    assert dialog.text().startswith("Mostly skipped")
    assert "Finished" not in dialog.text()
    # Most of the steps done: finished, with gaps; all of them: completed.
    assert outcome_text(_completed(3, 1)) == "Finished"
    assert outcome_text(_completed(2, 2)) == "Finished"
    assert outcome_text(_completed(4, 0)) == "Completed"


def test_a_skip_click_on_a_counted_step_skips_and_is_recorded_skipped(
    window: MainWindow, clock: ManualClock, recorder: InMemoryRecorder
) -> None:
    window.select_region("front-kneecap-left")
    assert window.flow.start_technique("kneecap-thumb-circles", "front-kneecap-left")
    player = window.player
    QApplication.processEvents()
    skip = player.buttons[PlayerCommand.SKIP]
    spot = skip.mapTo(player, skip.rect().center())
    controller = window.flow.controller
    assert controller is not None
    while controller.session.phase is not SessionPhase.REPS:
        tick(window, clock, 1)
    QApplication.processEvents()
    # Where Skip was during the get-ready, Skip still is now that the step counts.
    target = player.childAt(spot)
    assert target is skip
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(player, spot))
    [session] = recorder.sessions.values()
    first = session.steps[0]
    assert first.status is StepStatus.SKIPPED


def test_warming_the_oil_does_not_make_the_palms_most_massaged(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    services = make_services()
    history = services.history
    assert history is not None
    clock = ManualClock()
    window = MainWindow(replace(services, recorder=history), clock=clock, interactive=False)
    window.flow.questions = AutomaticAnswers(TodayCheck())
    qtbot.addWidget(window)
    window.select_region("back-calf-left")
    assert window.flow.start_routine("partner-leg")
    controller = window.flow.controller
    assert controller is not None
    # Pour the oil (Done), warm it, then massage the first stroke of the leg to its end.
    for _second in range(60):
        if controller.session.phase is SessionPhase.REPS:
            break
        tick(window, clock, 1)
    entry = controller.session.current
    assert entry is not None
    assert entry.technique_id == "warm-oil"
    window.flow.command(PlayerCommand.DONE)
    for _second in range(60):
        entry = controller.session.current
        if entry is None or entry.technique_id != "warm-oil":
            break
        tick(window, clock, 1)
    leg = controller.session.current
    assert leg is not None
    assert leg.technique_id != "warm-oil"
    for _second in range(600):
        entry = controller.session.current
        if entry is None or entry.index != leg.index:
            break
        if controller.session.phase is SessionPhase.REPS:
            window.flow.command(PlayerCommand.DONE)
        tick(window, clock, 1)
    window.flow.command(PlayerCommand.STOP)
    massaged = {count.region_id for count in history.stats.region_counts()}
    assert massaged
    assert not {region for region in massaged if "palm" in region}
    assert set(leg.region_ids) & massaged


class _AtSummary(AutomaticAnswers):
    """Answers automatically and keeps the summary it is shown."""

    def __init__(self) -> None:
        super().__init__(TodayCheck())
        self.summary: SessionSummary | None = None

    def show_summary(self, summary: SessionSummary) -> None:
        self.summary = summary


def test_pouring_the_oil_then_skipping_is_no_massage_to_move_after(
    window: MainWindow, clock: ManualClock
) -> None:
    # Walk 7 (s95): the oil poured, the other 12 steps skipped, 8 s: "Fertig" and "move the
    # area gently now: the guides suggest light movement after massage".
    questions = _AtSummary()
    window.flow.questions = questions
    window.select_region("back-calf-left")
    assert window.flow.start_routine("partner-leg")
    controller = window.flow.controller
    assert controller is not None
    while controller.session.phase is not SessionPhase.REPS:
        tick(window, clock, 1)
    tick(window, clock, 8)
    window.flow.command(PlayerCommand.DONE)
    while window.flow.controller is not None:
        window.flow.command(PlayerCommand.SKIP)
    summary = questions.summary
    assert summary is not None
    assert summary.done == 1
    assert outcome_text(summary) == "Mostly skipped"
    assert aftercare_text(summary) == ""


def test_the_players_last_line_says_mostly_skipped_as_the_summary_does(
    window: MainWindow, clock: ManualClock, catalog: Catalog
) -> None:
    # Behind the summary's "Mostly skipped" the player's own line said "Finished".
    from massage_desktop.ui.player.display import display_of

    window.select_region("front-knee-left")
    assert window.flow.start_routine("knee-care")
    controller = window.flow.controller
    assert controller is not None
    session = controller.session
    first = session.current
    while session.current is first:  # the first step done by its time
        tick(window, clock, 1)
    while session.current is not None:
        window.flow.command(PlayerCommand.SKIP)
    assert session.phase is SessionPhase.FINISHED
    assert session.summary().mostly_skipped
    assert display_of(catalog, session).phase == "Mostly skipped"

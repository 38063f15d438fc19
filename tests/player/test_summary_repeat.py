"""The summary's next action: "Repeat" runs the same session again, "Close" ends there."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Side
from massage_desktop.domain.history import InMemoryRecorder, Outcome
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.summary import SessionSummary
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.before_start import BeforeStartSheet
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.dialogs import SummaryDialog, outcome_text
from massage_desktop.ui.player.session_questions import SessionQuestions
from massage_desktop.ui.player.summary_counts import counts_text


def test_counts_add_up_to_the_plan() -> None:
    summary = SessionSummary(Outcome.STOPPED_EARLY, 60, 40, 20, 0, 14, 1, 0, planned=16)
    assert counts_text(summary) == "14 of 16 done · 1 skipped · 1 not reached"
    blocked = SessionSummary(Outcome.COMPLETED, 60, 40, 20, 0, 10, 0, 6, planned=16)
    # Done of the 10 steps that could run, as the player counted them (walk 8, finding 4).
    assert counts_text(blocked) == "10 of 10 done · 6 more left out for safety"
    unknown = SessionSummary(Outcome.COMPLETED, 60, 40, 20, 0, 2, 1, 0)
    assert counts_text(unknown) == "2 done · 1 skipped"
    hurt = SessionSummary(
        Outcome.STOPPED_FOR_PAIN, 20, 10, 5, 0, 1, 0, 0, planned=16, stopped_step=2
    )
    assert counts_text(hurt) == "1 of 16 done · stopped in step 2 · 14 not reached"


def test_a_step_done_on_one_side_only_says_so() -> None:
    right = SessionSummary(
        Outcome.STOPPED_FOR_PAIN,
        20,
        10,
        5,
        0,
        1,
        0,
        0,
        planned=7,
        stopped_step=2,
        one_sided=1,
        one_side=Side.RIGHT,
        not_reached=5,
    )
    assert counts_text(right) == "1 of 7 done · right side only · stopped in step 2 · 5 not reached"
    mixed = SessionSummary(
        Outcome.COMPLETED, 20, 10, 5, 0, 3, 0, 0, planned=3, one_sided=2, not_reached=0
    )
    assert counts_text(mixed) == "3 of 3 done · 2 on one side only"
    assert outcome_text(mixed) == "Finished"  # a side not done is a gap


def test_completed_is_claimed_only_when_every_step_that_could_run_was_done(
    qtbot: QtBot, catalog: Catalog
) -> None:
    skipped = SessionSummary(Outcome.COMPLETED, 60, 40, 20, 0, 3, 1, 0, planned=4)
    finished = SummaryDialog(catalog, skipped)
    qtbot.addWidget(finished)
    assert finished.text().splitlines()[0] == "Finished"
    # Fewer than half done is worded as such (walk 7, finding 7).
    few = SummaryDialog(catalog, replace(skipped, done=1, skipped=3))
    qtbot.addWidget(few)
    assert few.text().splitlines()[0] == "Mostly skipped"
    whole = SessionSummary(Outcome.COMPLETED, 60, 40, 20, 0, 10, 0, 6, planned=16)
    completed = SummaryDialog(catalog, whole)  # left out for safety is not a gap
    qtbot.addWidget(completed)
    assert completed.text().splitlines()[0] == "Completed"


def test_repeat_is_offered_but_never_after_pain(qtbot: QtBot, catalog: Catalog) -> None:
    done = SessionSummary(Outcome.COMPLETED, 60, 40, 20, 0, 2, 0, 0, planned=2)
    dialog = SummaryDialog(catalog, done, can_repeat=True)
    qtbot.addWidget(dialog)
    assert dialog.repeat_button is not None
    assert dialog.primary is not None
    assert dialog.primary.text() == "Close"
    assert dialog.primary.isDefault()
    dialog.repeat_button.click()
    assert dialog.repeat_chosen()
    assert not SummaryDialog(catalog, done).repeat_chosen()
    pain = SessionSummary(Outcome.STOPPED_FOR_PAIN, 60, 40, 20, 0, 1, 0, 0, planned=2)
    hurt = SummaryDialog(catalog, pain, can_repeat=True)
    qtbot.addWidget(hurt)
    assert hurt.repeat_button is None  # the advice is to rest the area today


def test_repeat_starts_the_same_routine_again(
    qtbot: QtBot,
    make_services: MakeServices,
    clock: ManualClock,
    recorder: InMemoryRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(make_services(recorder=recorder), clock=clock)
    qtbot.addWidget(window)
    questions = window.flow.questions
    assert isinstance(questions, SessionQuestions)
    # The person's answers: well today, the right knee, no ratings, yes end it.
    monkeypatch.setattr(questions, "today_check", lambda: True)

    def start(sheet: BeforeStartSheet) -> int:
        if not any(side.isChecked() for side in sheet.sides.values()):
            next(iter(sheet.sides.values())).click()  # asked: no side chosen on the map
        sheet.start.click()
        return sheet.result()

    monkeypatch.setattr(BeforeStartSheet, "exec", start)
    monkeypatch.setattr(questions, "ratings", lambda regions, previous: {})
    monkeypatch.setattr(questions, "confirm_end", lambda: True)
    pressed: list[str] = []

    def press(dialog: SummaryDialog) -> int:
        button = dialog.repeat_button if not pressed else dialog.primary
        assert button is not None
        pressed.append(button.text())
        button.click()
        return dialog.result()

    monkeypatch.setattr(SummaryDialog, "exec", press)
    assert window.flow.start_routine("knee-care")
    window.flow.command(PlayerCommand.STOP)
    assert window.flow.controller is None  # the first session has ended...
    qtbot.waitUntil(lambda: window.flow.controller is not None)  # ...and runs again
    controller = window.flow.controller
    assert controller is not None
    assert controller.session.plan.subject_id == "knee-care"
    window.flow.command(PlayerCommand.STOP)
    assert pressed == ["&Repeat", "Close"]
    qtbot.wait(20)  # "Close": nothing starts again
    assert window.flow.controller is None
    assert len(recorder.sessions) == 2

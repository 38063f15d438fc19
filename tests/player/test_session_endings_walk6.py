"""How a session's end is worded: skipped to the end, and after a stop because it hurt.

Walk 6, finding 21: Knee care skipped through all 16 steps said "Stopped at step 16 of 16" and
"Ended early", then "Move the area gently now" after 0 steps done. Finding 11: after "Stop – it
hurts" the summary repeated the stop advice's red sentence word for word, and "6 → –".
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import Outcome
from massage_desktop.engine.health import TodayCheck
from massage_desktop.engine.summary import SessionSummary
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.dialogs import (
    StopAdviceDialog,
    SummaryDialog,
    aftercare_text,
    outcome_text,
)
from massage_desktop.ui.player.questions import AutomaticAnswers


class _AtSummary(AutomaticAnswers):
    """Answers automatically; notes the player's heading and step line at the summary."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(TodayCheck())
        self.window = window
        self.seen: tuple[str, str] = ("", "")
        self.summary: SessionSummary | None = None

    def show_summary(self, summary: SessionSummary) -> None:
        player = self.window.player
        self.seen = (player.phase.text(), player.progress_text.text())
        self.summary = summary


def test_skipping_through_every_step_says_so_and_gives_no_aftercare(
    window: MainWindow,
) -> None:
    questions = _AtSummary(window)
    window.flow.questions = questions
    window.select_region("front-knee-left")
    assert window.flow.start_routine("knee-care")
    while window.flow.controller is not None:
        window.flow.command(PlayerCommand.SKIP)
    summary = questions.summary
    assert summary is not None
    assert summary.outcome is Outcome.STOPPED_EARLY  # nothing was massaged
    heading, steps = questions.seen
    assert heading == "Skipped to the end"
    assert steps.startswith("Step ")  # not "Stopped at step 16 of 16"
    assert outcome_text(summary) == "Skipped to the end"
    assert summary.done == 0
    assert aftercare_text(summary) == ""


def test_a_few_seconds_over_skipped_steps_is_not_massage_to_move_after(
    qtbot: QtBot, catalog: Catalog
) -> None:
    # 13 s over 16 skipped steps: the summary showed "Move the area gently now".
    skipped = SessionSummary(
        Outcome.STOPPED_EARLY,
        40,
        13,
        27,
        0,
        0,
        15,
        1,
        planned=16,
        not_reached=0,
        skipped_work_s=13,
    )
    assert aftercare_text(skipped) == ""
    dialog = SummaryDialog(catalog, skipped)
    qtbot.addWidget(dialog)
    assert "Move the area gently" not in dialog.text()
    assert dialog.text().startswith("Skipped to the end")
    # Massage on the step under way when it was ended is massage: the advice follows.
    ended = SessionSummary(Outcome.STOPPED_EARLY, 30, 10, 20, 0, 0, 0, 0, planned=3)
    assert "Move the area gently" in aftercare_text(ended)
    assert outcome_text(ended) == "Ended early"
    # So is half a minute before a skip.
    long_skip = SessionSummary(
        Outcome.STOPPED_EARLY, 50, 35, 15, 0, 0, 1, 0, planned=3, skipped_work_s=35
    )
    assert "Move the area gently" in aftercare_text(long_skip)


def test_the_summary_after_pain_names_what_rests_without_repeating_the_stop_advice(
    qtbot: QtBot, catalog: Catalog
) -> None:
    area = "Right front of the hip"
    advice = StopAdviceDialog(catalog, area=area)
    qtbot.addWidget(advice)
    said = " ".join(label.text() for label in advice.findChildren(QLabel))
    assert said.count("today") == 1
    summary = SessionSummary(
        Outcome.STOPPED_FOR_PAIN, 20, 5, 15, 0, 0, 0, 0, ratings={"front-hip-right": (6, None)}
    )
    shown = SummaryDialog(catalog, summary, area=area)
    qtbot.addWidget(shown)
    text = shown.text()
    assert "Resting today: Right front of the hip." in text
    assert "do not massage it again today" not in text  # said once, on the stop advice
    # Rated before only, in words: "6 → –" read as a mistake (walk 6), "6 → not rated" as
    # a rating forgotten (walk 10).
    assert "Rated before only: Right front of the hip 6" in text
    assert "–" not in text.split("Tension or pain")[-1]


def test_the_summary_after_pain_reads_in_german(
    qtbot: QtBot, catalog: Catalog, german: None
) -> None:
    summary = SessionSummary(
        Outcome.STOPPED_FOR_PAIN, 20, 5, 15, 0, 0, 0, 0, ratings={"front-hip-right": (6, None)}
    )
    shown = SummaryDialog(catalog, summary, area="Rechte Hüftvorderseite")
    qtbot.addWidget(shown)
    assert "Heute schonen: Rechte Hüftvorderseite." in shown.text()
    assert "Nur vorher bewertet: Right front of the hip 6" in shown.text()  # English catalog

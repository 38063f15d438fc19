"""The dialogs around a session: ratings, stop advice and the summary."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QLabel, QRadioButton
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import Outcome
from massage_desktop.engine.summary import SessionSummary
from massage_desktop.ui.design.choice import ChoiceDialog
from massage_desktop.ui.guide.html import STOP_RULE
from massage_desktop.ui.player.dialogs import (
    PAIN_REASONS,
    StopAdviceDialog,
    SummaryDialog,
    aftercare_text,
)
from massage_desktop.ui.player.display import clock_text
from massage_desktop.ui.player.ratings import RatingsDialog


def test_ratings_only_for_ticked_regions(qtbot: QtBot) -> None:
    dialog = RatingsDialog(
        "t", "q", [("front-knee-left", "Left knee"), ("back-calf-left", "Left calf")]
    )
    qtbot.addWidget(dialog)
    dialog.set_rating("front-knee-left", 7)
    dialog.accept()
    assert dialog.ratings() == {"front-knee-left": 7}


def test_skipped_ratings_are_empty(qtbot: QtBot) -> None:
    dialog = RatingsDialog("t", "q", [("front-knee-left", "Left knee")], {"front-knee-left": 4})
    qtbot.addWidget(dialog)
    dialog.reject()
    assert dialog.ratings() == {}


def test_stop_advice_says_what_to_do(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = StopAdviceDialog(catalog)
    qtbot.addWidget(dialog)
    assert dialog.reason() == ""  # nothing chosen for the user
    dialog._group.button(1).click()
    assert dialog.reason() == PAIN_REASONS[1]
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert STOP_RULE in texts
    assert "doctor" in texts


def test_stop_advice_rests_on_done_with_no_answer_looking_chosen(
    qtbot: QtBot, catalog: Catalog
) -> None:
    dialog = StopAdviceDialog(catalog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.primary is not None
    assert dialog.focusWidget() is dialog.primary  # not the first answer, "Sharp pain"
    radios = dialog.findChildren(QRadioButton)
    assert len(radios) == len(PAIN_REASONS)
    for radio in radios:
        assert not radio.isChecked()
        # Only the keyboard focuses an answer: a click must not leave a ring that looks chosen.
        assert radio.focusPolicy() == Qt.FocusPolicy.TabFocus


def test_summary_shows_time_steps_and_ratings(qtbot: QtBot, catalog: Catalog) -> None:
    summary = SessionSummary(
        outcome=Outcome.STOPPED_FOR_PAIN,
        total_s=305.0,
        work_s=250.0,
        lead_in_s=55.0,
        paused_s=0.0,
        done=4,
        skipped=1,
        blocked=2,
        ratings={"front-knee-left": (6, 3)},
        stop_reason="Sharp pain",
    )
    dialog = SummaryDialog(catalog, summary)
    qtbot.addWidget(dialog)
    text = dialog.text()
    for expected in (
        "Stopped because it hurt",
        "Massage time: 4 min 10 s",
        "Getting ready, switching sides and pauses are not counted.",
        "Steps done: 4",
        "4 done · 1 skipped · 2 left out for safety",
        "Skipped: 1",
        "Left out for safety: 2",
        "Left knee: 6 → 3",
        "Reason: Sharp pain",
    ):
        assert expected in text
    assert dialog.primary is not None
    assert dialog.primary.isDefault()


def test_clock_text_rounds_up() -> None:
    assert clock_text(0.0) == "0:00"
    assert clock_text(0.2) == "0:01"
    assert clock_text(65.0) == "1:05"


def test_summary_after_pain_says_the_area_rests_not_to_move_it(
    qtbot: QtBot, catalog: Catalog
) -> None:
    summary = SessionSummary(Outcome.STOPPED_FOR_PAIN, 60, 40, 20, 0, 1, 1, 0)
    assert aftercare_text(summary) == "This area rests today."
    completed = SessionSummary(Outcome.COMPLETED, 60, 40, 20, 0, 2, 0, 0)
    assert "Move the area gently" in aftercare_text(completed)
    dialog = SummaryDialog(catalog, summary)
    qtbot.addWidget(dialog)
    assert "This area rests today." in dialog.text()
    assert "Move the area gently" not in dialog.text()


def test_designed_text_shows_special_characters_as_typed(qtbot: QtBot) -> None:
    dialog = ChoiceDialog("Knee & thigh", "Your partner's <left> leg?", ["Start"])
    qtbot.addWidget(dialog)
    shown = [
        QTextDocumentFragment.fromHtml(label.text()).toPlainText()
        for label in (dialog.heading, dialog.text_label)
    ]
    assert shown == ["Knee & thigh", "Your partner's <left> leg?"]


def test_summary_gives_no_aftercare_when_nothing_was_massaged(
    qtbot: QtBot, catalog: Catalog
) -> None:
    # Every step skipped at once: 0 s of massage, so "move the area gently" would be advice
    # for a massage that never happened.
    skipped = SessionSummary(Outcome.STOPPED_EARLY, 12, 0, 12, 0, 0, 3, 0, planned=16)
    assert not skipped.massaged
    assert aftercare_text(skipped) == ""
    dialog = SummaryDialog(catalog, skipped)
    qtbot.addWidget(dialog)
    assert "Move the area gently" not in dialog.text()
    assert "0 of 16 done" in dialog.text()
    # A stop for pain before any massage still gets the stop advice.
    hurt = SessionSummary(Outcome.STOPPED_FOR_PAIN, 5, 0, 5, 0, 0, 0, 0)
    assert aftercare_text(hurt) == "This area rests today."
    pain_dialog = SummaryDialog(catalog, hurt)
    qtbot.addWidget(pain_dialog)
    assert "This area rests today." in pain_dialog.text()
    # Some massage, then ended early: the aftercare is back.
    some = SessionSummary(Outcome.STOPPED_EARLY, 40, 30, 10, 0, 1, 0, 0)
    assert "Move the area gently" in aftercare_text(some)


def test_summary_says_the_time_on_the_oil_is_not_massage_time(
    qtbot: QtBot, catalog: Catalog
) -> None:
    # Walk 8, finding 6: warming the oil counted as massage time, unsaid; it is not massage
    # time (``work_s`` leaves it out), and the summary says where those seconds went.
    summary = SessionSummary(Outcome.COMPLETED, 140, 90, 30, 0, 3, 0, 0, prepared_s=20.0)
    dialog = SummaryDialog(catalog, summary)
    qtbot.addWidget(dialog)
    lines = dialog.text().splitlines()
    assert "Massage time: 1 min 30 s" in lines
    assert "Not counted as massage time: 20 s on the oil or warming the hands." in lines
    plain = SummaryDialog(catalog, replace(summary, prepared_s=0.0))
    qtbot.addWidget(plain)
    assert "warming the hands" not in plain.text()

"""After "Stop – it hurts" in a partner session, the app says whose area rests (walk 9, X-b).

The stop advice said "Rest this area and do not massage it again today: Right calf." and the
summary "Resting today: Right calf." after a stop on the partner's calf, read as your own; and
it listed "Self-massage is not helping enough" as a reason to get help in a partner session.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.before_start import BeforeStartSheet
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.dialogs import StopAdviceDialog, SummaryDialog
from massage_desktop.ui.player.session_questions import SessionQuestions


def _stop_texts(
    window: MainWindow,
    catalog: Catalog,
    monkeypatch: pytest.MonkeyPatch,
    technique_id: str,
    region_id: str,
) -> tuple[str, str]:
    """The stop advice's and the summary's words after "Stop – it hurts" in a session."""
    questions = SessionQuestions(window, catalog)
    monkeypatch.setattr(questions, "today_check", lambda: True)
    said: dict[str, str] = {}

    def start(sheet: BeforeStartSheet) -> int:
        sheet.start.click()
        return sheet.result()

    def advice(dialog: StopAdviceDialog) -> int:
        labels = dialog.findChildren(QLabel)
        said["advice"] = " ".join(
            QTextDocumentFragment.fromHtml(label.text()).toPlainText() for label in labels
        )
        return 1

    def summary(dialog: SummaryDialog) -> int:
        said["summary"] = dialog.text()
        return 1

    monkeypatch.setattr(BeforeStartSheet, "exec", start)
    monkeypatch.setattr(StopAdviceDialog, "exec", advice)
    monkeypatch.setattr(SummaryDialog, "exec", summary)
    window.flow.questions = questions
    window.select_region(region_id)
    assert window.flow.start_technique(technique_id, region_id)
    window.flow.command(PlayerCommand.HURT)
    if window.flow.active:
        window.flow.command(PlayerCommand.STOP)
    assert not window.flow.active
    return said["advice"], said["summary"]


def test_a_stop_in_a_partner_session_says_it_is_the_partners_calf(
    window: MainWindow, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    advice, summary = _stop_texts(window, catalog, monkeypatch, "calf-kneading", "back-calf-right")
    assert "do not massage it again today: your partner's Right calf." in advice
    assert "Resting today: your partner's Right calf." in summary
    # Advice for the partner's pain, and none that speaks of massaging yourself.
    assert "your partner should see a doctor or physical therapist" in advice
    titles = {p.id: p.title for p in catalog.seek_help}
    assert titles["limited-improvement"] not in advice
    # Every other reason to get help after pain, and the stop rule, are still there.
    assert titles["persistent-pain"] in advice
    assert titles["rehabilitation"] in advice
    assert "numbness or tingling" in advice


def test_a_stop_on_yourself_keeps_the_self_massage_advice(
    window: MainWindow, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    advice, summary = _stop_texts(
        window, catalog, monkeypatch, "kneading-thighs-calves", "back-calf-right"
    )
    # The thigh is kneaded first: it rests, named as yours.
    assert "do not massage it again today: Right front of the thigh" in advice
    assert "Resting today: Right front of the thigh" in summary
    assert "your partner" not in advice + summary
    titles = {p.id: p.title for p in catalog.seek_help}
    assert titles["limited-improvement"] in advice


def test_the_partner_advice_reads_in_german(qtbot: QtBot, catalog: Catalog, german: None) -> None:
    dialog = StopAdviceDialog(catalog, area="Rechte Wade Ihres Partners", partner=True)
    qtbot.addWidget(dialog)
    said = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "bei Ihrem Partner nicht vergehen" in said
    assert "Rechte Wade Ihres Partners" in said

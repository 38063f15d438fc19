"""A resumed partner session's "Stop – it hurts" speaks of the partner (walk 16, left open).

Resumed after a crash, a partner session's stop advice said "If the pain … see a doctor" and
named the calf as the person's own: the questions kept who was massaged from the "Before you
start" sheet, which a resumed session does not show, so it was the self-massage wording.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from tests.conftest import StartServices
from tests.sessions import build_session

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import Outcome, SessionRecord
from massage_desktop.storage.opening import open_history
from massage_desktop.storage.paths import resolve_paths
from massage_desktop.ui import interrupted
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.dialogs import StopAdviceDialog, SummaryDialog
from massage_desktop.ui.player.ratings import RatingsDialog
from massage_desktop.ui.player.session_questions import SessionQuestions

START = datetime(2026, 12, 4, 18, 30, tzinfo=UTC)


def _unfinished_partner_session(folder: Path) -> None:
    """Calf kneading on a partner's right calf, rated before, left in progress after a step."""
    store, _ = open_history(resolve_paths(folder))
    with store:
        record = build_session(
            "calf", START, ("back-calf-right",), steps=1, technique="calf-kneading"
        )
        update = {
            "outcome": Outcome.IN_PROGRESS,
            "performer": "partner",
            "ratings_before": {"back-calf-right": 5},
        }
        store.insert_many([record.model_copy(update=update)])


def test_a_resumed_partner_session_stops_with_the_partner_words(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    start_services: StartServices,
    catalog: Catalog,
) -> None:
    _unfinished_partner_session(tmp_path)
    window = MainWindow(start_services(tmp_path), interactive=False)
    qtbot.addWidget(window)
    questions = SessionQuestions(window, catalog)
    monkeypatch.setattr(questions, "today_check", lambda: True)
    said: list[str] = []

    def advice(dialog: StopAdviceDialog) -> int:
        labels = dialog.findChildren(QLabel)
        said.append(
            " ".join(QTextDocumentFragment.fromHtml(label.text()).toPlainText() for label in labels)
        )
        return 1

    def resume(_parent: object, _catalog: Catalog, _record: SessionRecord, _scale: float) -> bool:
        return True  # "Resume at step 2"

    monkeypatch.setattr(StopAdviceDialog, "exec", advice)
    monkeypatch.setattr(SummaryDialog, "exec", lambda _dialog: 1)
    monkeypatch.setattr(interrupted, "_ask", resume)
    window.flow.questions = questions
    window.offer_interrupted_sessions()
    assert window.flow.active
    assert window.flow.massaged == "partner"
    window.flow.command(PlayerCommand.HURT)
    assert len(said) == 1
    text = said[0]
    assert "your partner should see a doctor or physical therapist" in text
    assert "do not massage it again today: your partner's Right calf." in text
    assert "If the pain, numbness or tingling does not go away" not in text
    titles = {p.id: p.title for p in catalog.seek_help}
    assert titles["limited-improvement"] not in text
    assert titles["persistent-pain"] in text


def test_a_resumed_partner_session_asks_the_rating_after_about_the_partner(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    start_services: StartServices,
    catalog: Catalog,
) -> None:
    _unfinished_partner_session(tmp_path)
    window = MainWindow(start_services(tmp_path), interactive=False)
    qtbot.addWidget(window)
    questions = SessionQuestions(window, catalog)
    monkeypatch.setattr(questions, "today_check", lambda: True)
    monkeypatch.setattr(questions, "confirm_end", lambda: True)
    asked: list[str] = []

    def rating(dialog: RatingsDialog) -> int:
        asked.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        return 0

    def resume(_parent: object, _catalog: Catalog, _record: SessionRecord, _scale: float) -> bool:
        return True

    monkeypatch.setattr(RatingsDialog, "exec", rating)
    monkeypatch.setattr(SummaryDialog, "exec", lambda _dialog: 1)
    monkeypatch.setattr(interrupted, "_ask", resume)
    window.flow.questions = questions
    window.offer_interrupted_sessions()
    assert window.flow.active
    window.flow.command(PlayerCommand.STOP)  # End session, confirmed
    assert len(asked) == 1
    assert "How much tension or pain does your partner feel" in asked[0]

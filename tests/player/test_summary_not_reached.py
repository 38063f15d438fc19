"""The summary says a place the session never reached was not reached today (walk 16).

A tour ended at the feet listed "Rated before only: Stomach 2 · Legs 4 · Arms 3": read as
places massaged and left unrated. The rating after asks only about the places reached, so the
others are said to be not reached; a place reached and left unrated keeps "Rated before only".
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import Outcome
from massage_desktop.engine.summary import SessionSummary
from massage_desktop.ui.player.dialogs import SummaryDialog
from massage_desktop.ui.player.ratings import RatingsDialog
from massage_desktop.ui.player.session_questions import SessionQuestions

BEFORE = {"back": 5, "foot": 3, "stomach": 2, "leg": 4, "arm": 3}


def _summary_after_rating(
    qtbot: QtBot, catalog: Catalog, monkeypatch: pytest.MonkeyPatch, after: dict[str, int]
) -> list[str]:
    """The summary's lines after the tour reached the back and the feet only."""
    window = QWidget()
    qtbot.addWidget(window)
    questions = SessionQuestions(window, catalog)
    said: list[str] = []
    monkeypatch.setattr(RatingsDialog, "exec", lambda _dialog: 1)
    monkeypatch.setattr(RatingsDialog, "ratings", lambda _dialog: dict(after))

    def shown(dialog: SummaryDialog) -> int:
        said.append(dialog.text())
        return 1

    monkeypatch.setattr(SummaryDialog, "exec", shown)
    reached = [("back", "Back"), ("foot", "Feet and ankles")]
    got = questions.ratings(reached, BEFORE)
    ratings: dict[str, tuple[int | None, int | None]] = {
        key: (before, got.get(key)) for key, before in BEFORE.items()
    }
    questions.show_summary(SessionSummary(Outcome.STOPPED_EARLY, 83, 83, 0, 0, 1, 3, 0, ratings))
    [text] = said
    lines = text.splitlines()
    return lines[lines.index("Tension or pain, before → after") + 1 :]


def test_places_the_tour_never_reached_are_said_to_be_not_reached(
    qtbot: QtBot, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = _summary_after_rating(qtbot, catalog, monkeypatch, {"back": 3, "foot": 2})
    assert lines[:2] == ["Back: 5 → 3", "Feet and ankles: 3 → 2"]
    assert "Not reached today, rated before the massage: Stomach 2 · Legs 4 · Arms 3" in lines
    assert not any(line.startswith("Rated before only") for line in lines)


def test_a_place_reached_and_left_unrated_is_rated_before_only(
    qtbot: QtBot, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = _summary_after_rating(qtbot, catalog, monkeypatch, {"back": 3})
    assert "Rated before only: Feet and ankles 3" in lines
    assert "Not reached today, rated before the massage: Stomach 2 · Legs 4 · Arms 3" in lines


def test_in_german(
    qtbot: QtBot, german_catalog: Catalog, monkeypatch: pytest.MonkeyPatch, german: None
) -> None:
    dialog = SummaryDialog(
        german_catalog,
        SessionSummary(Outcome.STOPPED_EARLY, 83, 83, 0, 0, 1, 3, 0, {"leg": (4, None)}),
        reached={"back"},
    )
    qtbot.addWidget(dialog)
    assert "Heute nicht erreicht, vor der Massage bewertet: Beine 4" in dialog.text()

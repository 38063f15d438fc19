"""The ratings say what is rated, and the sheet after the session does not repeat itself.

Walk 5, finding 13: "How does it feel now? (optional)" and "0 = none, 10 = worst imaginable"
never said none of what (German: "0 = keine" without a noun); only the summary afterwards
said "Tension or pain". After the session the title and the question asked the same twice.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.health import Verdict
from massage_desktop.engine.plan import build_plan
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.before_start import BeforeStartSheet
from massage_desktop.ui.player.ratings import RatingsDialog
from massage_desktop.ui.player.session_questions import SessionQuestions
from massage_desktop.ui.player.start_sheet import before_start_sheet

NOUN = {"en": "tension or pain", "de": "Verspannung"}


def _texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.text()]


def _rating_section(qtbot: QtBot, catalog: Catalog) -> list[str]:
    plan = build_plan(catalog, catalog.techniques["kneading"], focus="front-thigh-left")
    sheet = before_start_sheet(catalog, plan, Verdict(), chosen="front-thigh-left")
    dialog = BeforeStartSheet(catalog, sheet)
    qtbot.addWidget(dialog)
    return _texts(dialog.sections["rating"])


def _check_words(texts: list[str], noun: str) -> None:
    question = next(t for t in texts if "?" in t)
    legend = next(t for t in texts if t.startswith("0 = "))
    assert noun in question
    assert noun.casefold() in legend.casefold(), "the scale names what 0 is none of"


def test_the_sheet_says_what_is_rated(qtbot: QtBot, catalog: Catalog) -> None:
    texts = _rating_section(qtbot, catalog)
    _check_words(texts, NOUN["en"])
    assert "How much tension or pain do you feel there now? (optional)" in texts


@pytest.mark.usefixtures("german")
def test_the_german_sheet_says_what_is_rated(qtbot: QtBot, german_catalog: Catalog) -> None:
    _check_words(_rating_section(qtbot, german_catalog), NOUN["de"])


def test_the_rating_after_the_session_asks_once(
    window: MainWindow, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[RatingsDialog] = []

    def answer(dialog: RatingsDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(RatingsDialog, "exec", answer)
    questions = SessionQuestions(window, catalog)
    questions.ratings([("front-knee-left", "Left knee")], {"front-knee-left": 4})
    [dialog] = shown
    title = dialog.windowTitle()
    texts = _texts(dialog)
    assert title == "After the massage"
    question = next(t for t in texts if "?" in t)
    assert "tension or pain" in question
    assert "And now" not in question
    assert title not in question
    _check_words(texts, NOUN["en"])

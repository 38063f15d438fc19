"""The session dialogs keep the text size chosen; what does not fit scrolls (1024x700).

A fresh user at "Extra large", German, 1024x700: "Session stopped" (after "Stop – it hurts")
came in normal-size text while the summary after it was extra large, and the "Before you
start" sheet of the nine-area "Self-massage tour" drew its rows and legend at about 13 px,
while the same sheet for one technique was extra large.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.health import Verdict
from massage_desktop.engine.plan import build_plan
from massage_desktop.storage.settings import TEXT_SCALES
from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.design.tokens import BODY
from massage_desktop.ui.player.dialogs import StopAdviceDialog
from massage_desktop.ui.player.ratings import rated_regions
from massage_desktop.ui.player.session_questions import SessionQuestions
from massage_desktop.ui.player.start_sheet import before_start_sheet

SCREEN = QSize(1024, 700)
LARGEST = TEXT_SCALES["extra_large"]


class _Seen:
    """What each dialog looked like when it opened: its scale, body text size, geometry."""

    def __init__(self) -> None:
        self.dialogs: list[tuple[str, float, int, QRect, QRect | None, bool]] = []

    def exec(self, dialog: DesignedDialog) -> int:
        dialog.show()
        for _ in range(3):
            QApplication.processEvents()
        texts = [
            label.fontInfo().pixelSize()
            for label in dialog.scroller.findChildren(QLabel)
            if label.isVisible() and label.property("role") == "body" and label.text()
        ]
        primary = dialog.primary
        button = (
            QRect(primary.mapTo(dialog, QPoint(0, 0)), primary.size())
            if primary is not None and primary.isVisible()
            else None
        )
        scrolls = dialog.scroller.verticalScrollBar().maximum() > 0
        self.dialogs.append(
            (type(dialog).__name__, dialog.scale, max(texts), dialog.rect(), button, scrolls)
        )
        dialog.close()
        return 0


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> _Seen:
    """Dialogs recorded instead of asked, on the room a 1024x700 screen gives them."""
    record = _Seen()
    room = QSize(SCREEN.width() * 19 // 20, SCREEN.height() * 19 // 20)
    monkeypatch.setattr(DesignedDialog, "exec", lambda dialog: record.exec(dialog))
    monkeypatch.setattr(DesignedDialog, "room_on_screen", lambda _dialog: room)
    monkeypatch.setattr(DesignedDialog, "screen_area", lambda _d: QRect(QPoint(0, 0), SCREEN))
    return record


def _questions(qtbot: QtBot, catalog: Catalog, scale: float) -> SessionQuestions:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    return SessionQuestions(window, catalog, text_scale=lambda: scale)


def _tour(questions: SessionQuestions, catalog: Catalog) -> None:
    routine = catalog.routines["self-massage-tour"]
    plan = build_plan(catalog, routine)
    questions.before_start(before_start_sheet(catalog, plan, Verdict(), routine=routine))


def _rated_after(questions: SessionQuestions, catalog: Catalog) -> None:
    plan = build_plan(catalog, catalog.routines["self-massage-tour"])
    regions = rated_regions(catalog, plan, None)
    assert len(regions) >= 7
    questions.ratings(regions, dict.fromkeys((key for key, _ in regions), 5))


ASKED: dict[str, Callable[[SessionQuestions, Catalog], object]] = {
    "stop-advice": lambda questions, _catalog: questions.pain_reason("Left knee"),
    "before-start-tour": _tour,
    "after-tour": _rated_after,
}


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("asked", list(ASKED))
def test_the_session_dialogs_keep_the_largest_text_size(
    qtbot: QtBot,
    seen: _Seen,
    request: pytest.FixtureRequest,
    catalog: Catalog,
    german_catalog: Catalog,
    language: str,
    asked: str,
) -> None:
    if language == "de":
        request.getfixturevalue("german")
    shown = german_catalog if language == "de" else catalog
    ASKED[asked](_questions(qtbot, shown, LARGEST), shown)
    [(name, scale, text_px, rect, button, scrolls)] = seen.dialogs
    assert scale == LARGEST, name
    assert text_px == round(BODY * LARGEST), f"{name}: {text_px} px text at extra large"
    # On the screen, with its button whole and in view; what does not fit scrolls.
    assert rect.height() <= SCREEN.height()
    assert rect.width() <= SCREEN.width()
    assert button is not None
    assert rect.contains(button), f"{name}: {button} outside {rect}"
    if asked != "stop-advice":
        assert scrolls, "seven rows and more at extra large do not fit 700 px: they scroll"


def test_the_stop_advice_follows_the_text_size(qtbot: QtBot, seen: _Seen, catalog: Catalog) -> None:
    for scale in TEXT_SCALES.values():
        _questions(qtbot, catalog, scale).pain_reason("Left knee")
    sizes = [(name, scale, text_px) for name, scale, text_px, *_ in seen.dialogs]
    assert sizes == [
        (StopAdviceDialog.__name__, scale, round(BODY * scale)) for scale in TEXT_SCALES.values()
    ]

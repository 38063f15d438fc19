"""The designed dialogs fit a 1024x700 screen in English and German, with no text cut off."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import Outcome, SessionRecord
from massage_desktop.engine.summary import SessionSummary
from massage_desktop.ui.crash_dialog import CrashDialog
from massage_desktop.ui.design.choice import ChoiceDialog
from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.i18n import install_translators
from massage_desktop.ui.interrupted import ResumeDialog
from massage_desktop.ui.player.dialogs import StopAdviceDialog, SummaryDialog
from massage_desktop.ui.player.ratings import RatingsDialog
from massage_desktop.ui.safety.first_run import FirstRunDialog

SCREEN_HEIGHT = 700

Build = Callable[[Catalog], DesignedDialog]
_SUMMARY = SessionSummary(
    Outcome.STOPPED_FOR_PAIN, 545, 480, 65, 0, 14, 1, 2, {"front-knee-left": (6, 3)}, "Sharp pain"
)
_RECORD = SessionRecord(
    id="fit",
    started_at=datetime(2026, 12, 4, 18, 30, tzinfo=UTC),
    kind="routine",
    subject_id="knee-care",
    performer="self",
)
DIALOGS: dict[str, Build] = {
    "first-run": FirstRunDialog,
    "stop-advice": StopAdviceDialog,
    "summary": lambda c: SummaryDialog(c, _SUMMARY),
    "ratings": lambda c: RatingsDialog(
        "After the massage",
        "How much tension or pain do you feel in each area now? (optional)",
        [(r, c.regions[r].name) for r in ("front-knee-left", "front-thigh-left", "back-calf-left")],
    ),
    "resume": lambda c: ResumeDialog(c, _RECORD),
    "crash": lambda c: CrashDialog(Path("/home/someone/.local/state/massage-desktop/log/app.log")),
    "choice": lambda c: ChoiceDialog(
        "Who is being massaged?",
        "This can be done on yourself or on a partner. Who is it for today?",
        ["Myself", "A partner"],
    ),
}


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    locale = QLocale()
    installed = install_translators(qapp, request.param) if request.param != "en" else []
    yield str(request.param)
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)  # install_translators set the default locale too


def _cut_off(dialog: QWidget) -> list[str]:
    """Texts that do not fit their label or button, outside scroll areas."""
    problems = []
    for label in dialog.findChildren(QLabel):
        if not label.isVisibleTo(dialog) or not label.text():
            continue
        if label.wordWrap():
            if label.heightForWidth(label.width()) > label.height():
                problems.append(f"wrapped label too short: {label.text()[:60]!r}")
        elif label.pixmap().isNull() and label.sizeHint().width() > label.width():
            problems.append(f"label too narrow: {label.text()[:60]!r}")
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisibleTo(dialog) and button.sizeHint().width() > button.width():
            problems.append(f"button too narrow: {button.text()!r}")
    return problems


def _settled(qtbot: QtBot, dialog: QWidget) -> None:
    """Let the posted layout requests run: a loaded machine ran the check before them."""
    # On a timeout the assertion after this names what is cut.
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: _cut_off(dialog) == [], timeout=2000)


@pytest.mark.parametrize("name", list(DIALOGS))
def test_dialog_fits_without_cutting_text(
    qtbot: QtBot, language: str, name: str, catalog: Catalog, german_catalog: Catalog
) -> None:
    catalog = german_catalog if language == "de" else catalog
    dialog = DIALOGS[name](catalog)
    qtbot.addWidget(dialog)
    pages = dialog.findChildren(QScrollArea)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= SCREEN_HEIGHT, f"{name} is {dialog.height()} px high"
    assert dialog.width() <= 1024
    assert _cut_off(dialog) == []
    primary = dialog.next_button if isinstance(dialog, FirstRunDialog) else dialog.primary
    assert primary is not None
    assert primary.isDefault()
    if isinstance(dialog, FirstRunDialog):
        for _ in pages[1:]:
            if dialog.page() == 1:  # the questions: the longest answer shows the most text
                for chip in dialog.chips.chips.values():
                    chip.click()
                _settled(qtbot, dialog)
                assert _cut_off(dialog) == [], "page 2, all ticked"
            dialog.next_button.click()
            _settled(qtbot, dialog)
            assert _cut_off(dialog) == [], f"page {dialog.page() + 1}"
        assert dialog.page() == len(pages) - 1

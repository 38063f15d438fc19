"""What Start leaves out is one short line over it; the places and why come on demand.

Found by fresh users: on Knee care's page after a "Stop – it hurts", the note pinned over
Start named every resting place ("Runs on the left side only: Right knee, Right kneecap,
Right front of the thigh and Right shin is resting today because it hurt."): at 1280x800
one routine card was left in view, and at 1024x700 with extra-large German text two lines of
the guide's column, the note itself cut off.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices
from tests.window.test_clipping import assert_fits

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.guide.start_bar import StartBar
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.questions import AutomaticAnswers

RESTING = "Right knee, Right kneecap, Right front of the thigh and Right shin"


def _after_a_pain_stop(
    qtbot: QtBot, make_services: MakeServices, catalog: Catalog, size: tuple[int, int]
) -> MainWindow:
    """Knee care's page after "Stop – it hurts" on the right knee's first step."""
    services = make_services(catalog=catalog)
    assert services.history is not None
    window = MainWindow(
        replace(services, recorder=services.history), clock=ManualClock(), interactive=False
    )
    window.flow.questions = AutomaticAnswers(TodayCheck())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.select_region("front-knee-right")
    assert window.flow.start_routine("knee-care")
    window.flow.command(PlayerCommand.HURT)
    window.flow.command(PlayerCommand.STOP)
    assert not window.flow.active
    window.select_region("front-knee-right")
    window.guide.show_routine("knee-care")
    QApplication.processEvents()
    return window


def _cards_in_view(window: MainWindow) -> int:
    """How many routine cards lie whole in the guide column's view."""
    column = window.guide.column
    rows, viewport = column.routines, column.viewport()
    seen = QRect(QPoint(0, 0), viewport.size())
    whole = 0
    for row in range(rows.count()):
        rect = rows.visualItemRect(rows.item(row))
        top_left = rows.viewport().mapTo(viewport, rect.topLeft())
        whole += seen.contains(QRect(top_left, rect.size()))
    return whole


def _body_text(dialog: DesignedDialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def _details(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[DesignedDialog]:
    """The dialogs "Details…" opens, answered at once."""
    shown: list[DesignedDialog] = []

    def answer(dialog: DesignedDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(DesignedDialog, "exec", answer)
    monkeypatch.setattr(DesignedDialog, "deleteLater", lambda _self: None)
    _why(window).click()
    return shown


def _why(window: MainWindow) -> QPushButton:
    bar = window.guide.findChild(StartBar)
    assert bar is not None
    return bar.why


def test_the_note_over_start_is_one_line_with_details_on_demand(
    qtbot: QtBot, make_services: MakeServices, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _after_a_pain_stop(qtbot, make_services, catalog, (1280, 800))
    guide = window.guide
    # Several places are resting, in the plural ("is resting" read as a slip).
    full = f"Runs on the left side only: {RESTING} are resting today because they hurt."
    assert guide.start_note() == full
    assert guide.start_note_shown() == "Runs on the left side only."
    assert _cards_in_view(window) >= 2, "the routine's cards are in view, not one"
    # "Details…" shows the places and why.
    why = _why(window)
    assert why.isVisible()
    assert why.text() == "Details…"
    assert why.accessibleDescription() == full
    (dialog,) = _details(window, monkeypatch)
    assert dialog.windowTitle() == "Knee care"
    assert full in _body_text(dialog)


@pytest.mark.usefixtures("german")
def test_german_extra_large_text_at_1024x700_keeps_the_column(
    qtbot: QtBot,
    make_services: MakeServices,
    german_catalog: Catalog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _after_a_pain_stop(qtbot, make_services, german_catalog, (1024, 700))
    preferences = window.preferences
    assert preferences is not None
    preferences.apply(preferences.settings.model_copy(update={"text_size": "extra_large"}))
    window.guide.show_routine("knee-care")
    QApplication.processEvents()
    assert window.guide.start_note_shown() == "Läuft nur auf der linken Seite."
    assert_fits(window)
    # The column keeps room for the routine's card (184 px), not two lines of it (~60 px).
    assert window.guide.column.viewport().height() >= 150
    # "Details…" shows it all, and the whole note fits too.
    (dialog,) = _details(window, monkeypatch)
    assert (
        "Läuft nur auf der linken Seite: Rechtes Knie, Rechte Kniescheibe, Rechte "
        "Oberschenkelvorderseite und Rechtes Schienbein werden heute geschont, weil sie "
        "wehgetan haben."
    ) in _body_text(dialog)
    dialog.show()
    dialog.resize(dialog.size().boundedTo(QSize(1024, 700)))
    assert_fits(dialog)
    dialog.close()

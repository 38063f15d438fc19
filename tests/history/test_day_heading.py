"""A day's heading counts as the overview counts, and wraps with its numbers and units whole.

Walk 16: in German the overview said "2 Sitzungen … dazu 1 ohne Massagezeit" above a day row
that said "3 Sitzungen"; at 1024x700 a long heading wrapped with only its last unit on the
second line ("… 9 min 20" over "s").
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from tests.history.conftest import TODAY, MakeSession, at
from tests.history.test_truthful_results import _idle

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import SessionRecord, StepStatus
from massage_desktop.storage.history import HistoryStore
from massage_desktop.ui.design.text_lines import layout_lines
from massage_desktop.ui.history import HistoryWindow
from massage_desktop.ui.history.session_list import SessionListPane
from massage_desktop.ui.history.wrap_delegate import wrapped_text

MONDAY = TODAY - timedelta(days=4)


def _lasting(record: SessionRecord, seconds: float) -> SessionRecord:
    step = record.steps[0].model_copy(update={"actual_s": seconds})
    return record.model_copy(update={"steps": [step]})


def _day(session: MakeSession) -> list[SessionRecord]:
    """Monday: 9 min 20 s in two sessions, and one stopped before any massage time."""
    return [
        _idle(session("idle", at(MONDAY, 9), steps=1, status=StepStatus.SKIPPED)),
        _lasting(session("a", at(MONDAY, 10), steps=1), 300),
        _lasting(session("b", at(MONDAY, 11), steps=1), 260),
    ]


def _heading(model: object) -> str:
    """The first heading row's text as shown (non-breaking spaces read as spaces)."""
    return str(model.index(0, 0).data()).replace("\u00a0", " ")  # type: ignore[attr-defined]


@pytest.mark.usefixtures("german")
def test_the_day_counts_its_sessions_as_the_overview_does(
    qtbot: QtBot, store: HistoryStore, german_catalog: Catalog, svg: bytes, session: MakeSession
) -> None:
    store.insert_many(_day(session))
    window = HistoryWindow(store, german_catalog, svg, lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    counts = "2 Sitzungen, 9 min 20 s Massagezeit, dazu 1 ohne Massagezeit"
    assert window.overview.totals_text() == counts + "."
    assert _heading(window.sessions.model) == "Montag, 25. Mai 2026  \u00b7  " + counts
    assert "3 Sitzungen" not in _heading(window.sessions.model)


@pytest.mark.usefixtures("german")
@pytest.mark.parametrize("width", range(300, 760, 20))
def test_a_wrapped_heading_keeps_each_number_with_its_unit(
    qtbot: QtBot, store: HistoryStore, german_catalog: Catalog, session: MakeSession, width: int
) -> None:
    store.insert_many(_day(session))
    pane = SessionListPane(store, german_catalog, lambda: TODAY)
    qtbot.addWidget(pane)
    pane.resize(width, 500)
    pane.show()
    qtbot.waitExposed(pane)
    pane.reload()
    QApplication.processEvents()
    bold = QFont(pane.view.font())
    bold.setBold(True)
    room = pane.view.viewport().width() - 8
    text = str(pane.model.index(0, 0).data())
    lines = [line.replace("\u00a0", " ") for line in wrapped_text(text, bold, room)]
    assert any("9 min 20 s" in line for line in lines), lines
    assert any("25. Mai 2026" in line for line in lines), lines
    assert any("2 Sitzungen" in line for line in lines), lines
    assert not any(line.startswith("\u00b7") for line in lines), lines
    assert pane.row_lines(0) == len(lines)  # the row is as tall as its lines


@pytest.mark.usefixtures("german")
def test_the_overview_keeps_its_numbers_with_their_words_too(
    qtbot: QtBot, store: HistoryStore, german_catalog: Catalog, svg: bytes, session: MakeSession
) -> None:
    store.insert_many(_day(session))
    window = HistoryWindow(store, german_catalog, svg, lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    label = next(
        label
        for label in window.overview.findChildren(QLabel)
        if label.text().replace("\u00a0", " ") == window.overview.totals_text()
    )
    # At every width the overview may get, beside the calendar or under it.
    for room in range(label.contentsRect().width() // 2, 2 * label.contentsRect().width(), 7):
        drawn = layout_lines(label.text(), label.font(), room)
        lines = [line.replace("\u00a0", " ") for line in drawn]
        assert any("9 min 20 s" in line for line in lines), lines
        assert any("1 ohne" in line for line in lines), lines

"""The session list shows a result whole where it takes up to three lines.

Walks 13 to 16: rows were one or two lines tall, and "Stopped because it hurt · no step
finished" read "Stopped because it hurt · no step…" in the list one scans (the details and
the tooltip had it whole).
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QApplication
from tests.history.conftest import TODAY, WindowFactory, at

from massage_desktop.domain.history import Outcome, SessionRecord, StepRecord, StepStatus
from massage_desktop.storage.history import HistoryStore
from massage_desktop.ui.history.session_list import ROW_LINES
from massage_desktop.ui.history.wrap_delegate import wrapped_text


def _stopped_for_pain() -> SessionRecord:
    start = at(TODAY)
    step = StepRecord(
        position=0,
        technique_id="knee-warm-up-effleurage",
        step_index=0,
        region_ids=["front-knee-right"],
        planned_s=150.0,
        actual_s=4.0,
        status=StepStatus.SKIPPED,  # the step under way when it hurt
        started_at=start,
    )
    return SessionRecord(
        id="hurt",
        started_at=start,
        ended_at=start + timedelta(seconds=4),
        kind="routine",
        subject_id="knee-care",
        performer="self",
        outcome=Outcome.STOPPED_FOR_PAIN,
        steps=[step],
    )


def test_a_long_result_is_whole_in_the_list_at_1280x800(
    store: HistoryStore, make_window: WindowFactory
) -> None:
    store.insert_many([_stopped_for_pain()])
    window = make_window()
    window.resize(1100, 780)  # the history window of the walk, on a 1280x800 screen
    QApplication.processEvents()
    pane = window.sessions
    model, view = pane.model, pane.view
    rows = [row for row in range(model.rowCount()) if not model.is_heading(row)]
    assert rows
    for row in rows:
        text = str(model.index(row, 3).data())
        assert text.startswith("Stopped because it hurt")
        needed = len(wrapped_text(text, view.font(), view.columnWidth(3) - 8))
        assert needed > 1  # the case of the walks: it wraps
        assert pane.row_lines(row) >= min(needed, ROW_LINES), (text, needed)
        shown = wrapped_text(text, view.font(), view.columnWidth(3) - 8, pane.row_lines(row))
        if needed <= ROW_LINES:
            assert not shown[-1].endswith("…"), shown

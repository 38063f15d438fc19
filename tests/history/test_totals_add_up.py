"""A day's and the header's massage time is the sum of the times shown for its sessions.

Walk 12: two sessions shown as 15 s and 12 s stood under "Today · 2 sessions, 26 s" and a
header of 26 s: the totals added the exact lengths (14.6 s + 11.6 s), each row rounded its own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from massage_desktop.domain.history import SessionRecord
from massage_desktop.storage.history import HistoryStore
from massage_desktop.ui.history.window import HistoryWindow

from .conftest import TODAY, at

MakeSession = Callable[..., SessionRecord]


def _lasting(record: SessionRecord, seconds: float) -> SessionRecord:
    step = record.steps[0].model_copy(update={"actual_s": seconds})
    return record.model_copy(
        update={"steps": [step], "ended_at": record.started_at + timedelta(seconds=seconds)}
    )


def test_the_day_and_the_header_add_the_shown_times(
    store: HistoryStore, session: MakeSession, make_window: Callable[[], HistoryWindow]
) -> None:
    store.insert_many(
        [
            _lasting(session("a", at(TODAY, 7), steps=1), 14.6),
            _lasting(session("b", at(TODAY, 9), steps=1), 11.6),
        ]
    )
    window = make_window()
    model = window.sessions.model
    shown = [str(model.index(row, 2).data()) for row in range(model.rowCount())]
    assert [t for t in shown if t != "None"] == ["12 s", "15 s"]
    day = str(model.index(0, 0).data()).replace("\u00a0", " ")
    assert day.endswith("2 sessions, 27 s massage time"), day
    assert "27 s massage time" in window.overview.totals_text()

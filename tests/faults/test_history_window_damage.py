"""The History window opens over a damaged row: the row says so, the others still show."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.sessions import build_session

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import StepStatus
from massage_desktop.storage.opening import open_history
from massage_desktop.storage.paths import resolve_paths
from massage_desktop.ui.history.window import HistoryWindow

START = datetime(2026, 5, 4, 19, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("column", "value"),
    [("outcome", "bompleted"), ("started_at", "2026-13-45T99:00:00"), ("kind", "x")],
)
def test_the_window_opens_and_marks_the_damaged_session(
    qtbot: QtBot, tmp_path: Path, catalog: Catalog, svg: bytes, column: str, value: str
) -> None:
    paths = resolve_paths(tmp_path)
    store, _ = open_history(paths)
    with store:
        store.insert_many(
            [
                build_session(
                    f"s{n}", START + timedelta(days=n), ("back-neck",), 2, StepStatus.DONE
                )
                for n in range(3)
            ]
        )
        conn = sqlite3.connect(paths.database)
        with conn:  # the newest, which the window opens first
            conn.execute(f"UPDATE sessions SET {column} = ? WHERE id = 's2'", (value,))
        conn.close()
        window = HistoryWindow(store, catalog, svg, lambda: START.date())
        qtbot.addWidget(window)
        window.show()  # raised in showEvent before
        qtbot.waitExposed(window)
        model = window.sessions.model
        texts = [
            model.index(row, 3).data()
            for row in range(model.rowCount())
            if model.index(row, 3).data() is not None
        ]
        assert "Damaged, cannot be read" in texts
        assert texts.count("Completed") == 2

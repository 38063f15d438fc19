"""The notes box holds at most what the history stores, and never more text than it can show."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit
from tests.history.conftest import TODAY, MakeSession, at

from massage_desktop.domain.history import MAX_NOTES
from massage_desktop.storage.history import HistoryStore
from massage_desktop.ui.history import HistoryWindow

WindowFactory = Callable[[], HistoryWindow]


def test_pasted_notes_are_cut_to_the_limit_and_saved(
    store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    store.insert_many([session("a", at(TODAY))])
    window = make_window()
    window.details.set_notes_text("n" * (MAX_NOTES + 5_000))  # a paste of a huge text
    assert len(window.details.texts()["notes"]) == MAX_NOTES
    window.details.flush_notes()
    assert store.get("a").notes == "n" * MAX_NOTES


def test_typing_past_the_limit_adds_nothing(
    store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    store.insert_many([session("a", at(TODAY), notes="n" * MAX_NOTES)])
    window = make_window()
    [editor] = [
        box
        for box in window.details.findChildren(QPlainTextEdit)
        if box.accessibleName() == "Notes"
    ]
    assert editor.toPlainText() == "n" * MAX_NOTES
    editor.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(editor, "more")
    assert window.details.texts()["notes"] == "n" * MAX_NOTES

"""The quick check taken again from the rest-day notice ends with "Done", not "Start" (walk 9).

No session waits behind it: it only lifts (or keeps) the rest day.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.safety.today_check import TodayCheckDialog


def test_taken_again_it_says_done_and_before_a_session_start(
    qtbot: QtBot, catalog: Catalog
) -> None:
    texts = {}
    for retake in (False, True):
        dialog = TodayCheckDialog(catalog, retake=retake)
        qtbot.addWidget(dialog)
        dialog.show()
        texts[retake] = dialog.go_button.text().replace("&", "")
    assert texts == {False: "Start", True: "Done"}

"""The quick check taken again from the rest-day notice ends with "Lift the rest day", not "Start".

No session waits behind it: it only lifts (or keeps) the rest day (walk 9), and it says
so, with the stop rule, before it lifts it (walk 10, b109).
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QLabel
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
    assert texts == {False: "Start", True: "Lift the rest day"}


def test_taken_again_it_says_it_lifts_the_rest_day_with_the_stop_rule(
    qtbot: QtBot, catalog: Catalog
) -> None:
    dialog = TodayCheckDialog(catalog, retake=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.heading.text() == "Take the quick check again"
    words = " ".join(
        QTextDocumentFragment.fromHtml(label.text()).toPlainText()
        for label in dialog.findChildren(QLabel)
        if label.isVisible()
    )
    assert "first session of the day" not in words
    assert "lift today's rest day" in words
    for group in dialog.groups.values():
        group.button(0).click()  # "No"
    status = QTextDocumentFragment.fromHtml(dialog.status.text()).toPlainText()
    assert "lifts the rest day" in status
    assert "Stop at once on sharp pain, numbness or tingling." in status
    assert dialog.status.isVisible()


def test_the_german_check_again_says_ruhetag(
    qtbot: QtBot, german_catalog: Catalog, german: None
) -> None:
    dialog = TodayCheckDialog(german_catalog, retake=True)
    qtbot.addWidget(dialog)
    dialog.show()
    for group in dialog.groups.values():
        group.button(0).click()
    assert "Ruhetag" in dialog.go_button.text()
    assert "Ruhetag" in dialog.status.text()

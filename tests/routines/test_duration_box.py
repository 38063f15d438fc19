"""The editor's time box writes a step's time as the list beside it does, and reads it back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.routine_editor.duration_box import DurationBox


def test_the_time_box_and_the_step_list_give_one_time(window: MainWindow) -> None:
    window.select_region("front-knee-right")
    editor = window.routine_actions.new_routine()
    view = editor.view
    QTest.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert view.time_box.isEnabled()
    view.time_box.setValue(90)
    shown = view.time_box.text()
    assert shown == "1 min 30 s"  # it said "90 s" beside a list saying "1 min 30 s"
    assert shown in view.steps.item(0).text()
    view.hide()  # close() would ask whether to discard the step just added


@pytest.mark.parametrize(
    ("typed", "seconds"),
    [("90", 90), ("1:30", 90), ("1 min 30 s", 90), ("2 min", 120), ("45 s", 45)],
)
def test_typed_times_are_read_as_a_person_means_them(
    qtbot: QtBot, typed: str, seconds: int
) -> None:
    box = DurationBox()
    qtbot.addWidget(box)
    box.setRange(5, 600)
    box.setValue(30)
    box.lineEdit().selectAll()
    QTest.keyClicks(box, typed)
    box.interpretText()
    assert box.value() == seconds

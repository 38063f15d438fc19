"""The routine editor as walk 6 found it (finding 8): labels whole, the empty state, the map."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from massage_desktop.ui.guide.lists import ID_ROLE
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.routine_editor.controller import RoutineEditorController


def _new_on_inner_thigh(qtbot: QtBot, window: MainWindow) -> RoutineEditorController:
    """A new routine over the right inner thigh, at the size a 1024x700 screen gives."""
    window.select_region("front-inner-thigh-right")
    editor = window.routine_actions.new_routine()
    editor.view.resize(980, 680)
    qtbot.waitExposed(editor.view)
    return editor


def _add(editor: RoutineEditorController, technique_id: str) -> None:
    view = editor.view
    rows = [str(view.techniques.item(r).data(ID_ROLE)) for r in range(view.techniques.count())]
    view.techniques.setCurrentRow(rows.index(technique_id))
    view.add_button.click()


def test_the_count_label_of_a_counted_step_is_whole(qtbot: QtBot, window: MainWindow) -> None:
    editor = _new_on_inner_thigh(qtbot, window)
    _add(editor, "thigh-fanning")  # counted: "Count" takes the place of "Time"
    QApplication.processEvents()
    label = editor.view.time_label
    assert label.text().replace("&", "") == "Count"
    wanted = label.fontMetrics().horizontalAdvance("Count")
    assert label.width() >= wanted, f"'Count' needs {wanted} px, has {label.width()}"

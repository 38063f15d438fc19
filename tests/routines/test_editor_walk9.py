"""The routine editor as walk 9 found it (P3-a, P3-c, P3-g, P3-k): keyboard and honest limits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.guide.lists import ID_ROLE
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.routine_editor.controller import RoutineEditorController
from massage_desktop.ui.routine_editor.step_list import shown_details


def _new_on(qtbot: QtBot, window: MainWindow, region_id: str) -> RoutineEditorController:
    """A new routine over ``region_id``, at the size a 1024x700 screen gives."""
    window.select_region(region_id)
    editor = window.routine_actions.new_routine()
    editor.view.resize(980, 680)
    qtbot.waitExposed(editor.view)
    return editor


def _offered(editor: RoutineEditorController) -> dict[str, str]:
    """The technique list's rows: technique id to the row's text."""
    box = editor.view.techniques
    return {str(box.item(r).data(ID_ROLE)): box.item(r).text() for r in range(box.count())}


def _add(editor: RoutineEditorController, technique_id: str) -> None:
    view = editor.view
    rows = [str(view.techniques.item(r).data(ID_ROLE)) for r in range(view.techniques.count())]
    view.techniques.setCurrentRow(rows.index(technique_id))
    view.add_button.click()


def test_the_technique_list_gives_the_time_the_added_step_gets(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = _new_on(qtbot, window, "back-hand-right")
    listed = _offered(editor)["kneading-hands-wrists"]
    _add(editor, "kneading-hands-wrists")
    step = editor.view.steps.item(0).text()
    # "· 3 min" in the list, "1 min 30 s" in the step (walk 9, P3-k): one time, the same.
    assert listed.endswith("1 min 30 s"), listed
    assert "1 min 30 s" in step


def test_a_counted_technique_shows_its_count_in_the_list(qtbot: QtBot, window: MainWindow) -> None:
    editor = _new_on(qtbot, window, "back-calf-right")
    listed = _offered(editor)["calf-kneading"]
    _add(editor, "calf-kneading")
    step = editor.view.steps.item(0).text()
    detail = step.rpartition("Both sides · ")[2].split(" · ")[0]
    assert detail, step
    assert detail in listed, f"the list says {listed!r}, the step {detail!r}"


def test_a_long_step_row_is_cut_at_its_end_and_whole_in_its_tooltip(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = _new_on(qtbot, window, "back-hand-right")
    _add(editor, "kneading-hands-wrists")
    item = editor.view.steps.item(0)
    metrics = QFontMetrics(QApplication.font())
    detail = item.text().partition("  · ")[2].replace("  · ", " · ")
    assert detail.startswith("Hand and wrist · "), detail
    assert detail.endswith(" · 1 min 30 s"), detail
    # A row 1.8 times as wide as the details: they get half of it, nine tenths of theirs.
    shown = shown_details(metrics, detail, metrics.horizontalAdvance(detail) * 9 // 5)
    # "…wrist · Both sides · 2 min": the place the line starts with was cut (walk 9, P3-g).
    # Now the place is shortened at its end, and the side and time stay whole.
    assert shown.startswith("Hand"), shown
    assert "…" in shown, shown
    assert shown.endswith(" · Both sides · 1 min 30 s"), shown
    assert detail in item.toolTip()


def _mnemonics(widget: QWidget) -> list[str]:
    """The Alt letters of the buttons and labels shown in ``widget``, lower case."""
    letters = []
    for child in widget.findChildren(QAbstractButton) + widget.findChildren(QLabel):
        text = child.text()
        if child.isVisibleTo(widget) and "&" in text.replace("&&", ""):
            letters.append(text[text.index("&") + 1].casefold())
    return letters


@pytest.mark.parametrize("language", ["en", "de"])
def test_save_has_ctrl_s_and_an_alt_letter_of_its_own(
    qtbot: QtBot,
    window: MainWindow,
    own_catalog: Catalog,
    language: str,
    request: pytest.FixtureRequest,
) -> None:
    if language == "de":
        request.getfixturevalue("german")
    editor = _new_on(qtbot, window, "back-hand-right")
    view = editor.view
    save = view.buttons.button(QDialogButtonBox.StandardButton.Save)
    letters = _mnemonics(view)
    assert "&" in save.text()
    letter = save.text()[save.text().index("&") + 1].casefold()
    # Alt+S went to "Steps", not to Save (walk 9, P3-c).
    assert letters.count(letter) == 1, (save.text(), sorted(letters))
    _add(editor, "kneading-hands-wrists")
    QTest.keyClicks(view.name_edit, "My hands")
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    QTest.keyClick(view.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not view.isVisible()
    assert "my-my-hands" in own_catalog.routines


def test_tab_goes_from_the_time_to_save(qtbot: QtBot, window: MainWindow) -> None:
    editor = _new_on(qtbot, window, "back-hand-right")
    view = editor.view
    _add(editor, "kneading-hands-wrists")
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.steps.setFocus()
    visited = []
    for _ in range(6):
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    # It went from Time back to "Remove step" (walk 9, P3-c): the card, then Save, Cancel.
    save = view.buttons.button(QDialogButtonBox.StandardButton.Save)
    cancel = view.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert visited.index(view.remove_button) < visited.index(view.side_box)
    assert visited[visited.index(view.side_box) :][:4] == [
        view.side_box,
        view.time_box,
        save,
        cancel,
    ]


def test_a_removed_step_comes_back_with_undo(qtbot: QtBot, window: MainWindow) -> None:
    editor = _new_on(qtbot, window, "back-hand-right")
    view = editor.view
    _add(editor, "kneading-hands-wrists")
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.remove_button.setFocus()
    QTest.keyClick(view.remove_button, Qt.Key.Key_Space)  # the only step, gone
    assert view.steps.count() == 0
    assert view.removed_notice.isVisibleTo(view)
    assert "Hand and wrist kneading" in view.removed_label.text()
    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.steps.count() == 1
    assert "Hand and wrist kneading" in view.steps.item(0).text()
    assert not view.removed_notice.isVisibleTo(view)
    view.remove_button.click()
    view.undo_button.click()
    assert view.steps.count() == 1


def _choose_for(editor: RoutineEditorController, performer: str) -> None:
    box = editor.view.performer_box
    box.setCurrentIndex(box.findData(performer))
    box.activated.emit(box.currentIndex())


def test_for_a_partner_says_where_partner_techniques_exist(
    qtbot: QtBot, window: MainWindow, catalog: Catalog
) -> None:
    editor = _new_on(qtbot, window, "back-hand-right")
    view = editor.view
    box = view.performer_box
    # Partner massage covers the legs only; the hands were offered and refused at Save
    # (walk 9, P3-a). The choice says it where the user decides.
    assert box.itemText(box.findData("partner")) == "On a partner (so far: Legs, Feet and ankles)"
    assert box.itemText(box.findData("self")) == "On yourself"
    _choose_for(editor, "partner")
    # "Where" moves off the hand to the first place a partner technique works (walk 10: it
    # stayed on the face, and the legs were to be found among some 80 places).
    moved = str(view.region_box.currentData())
    assert moved != "back-hand-right"
    partner_worked = {
        r
        for t in catalog.techniques.values()
        if t.performer.value != "self" and t.phase.value != "prepare"
        for r in catalog.expand(t.regions)
    }
    assert moved in partner_worked, moved
    offered = [view.techniques.item(r) for r in range(view.techniques.count())]
    assert any(i.flags() & Qt.ItemFlag.ItemIsEnabled for i in offered), "a partner technique"
    # A hand chosen then still says there is none for a partner.
    editor.select_region("back-hand-right")
    first = view.techniques.item(0)
    assert first.text().startswith("No partner technique here yet")
    offered = [view.techniques.item(r) for r in range(view.techniques.count())]
    assert not any(i.flags() & Qt.ItemFlag.ItemIsEnabled for i in offered)
    assert not view.add_button.isEnabled()
    view.add_button.click()
    assert view.steps.count() == 0
    window.select_region("back-calf-right")
    offered = [view.techniques.item(r) for r in range(view.techniques.count())]
    usable = {str(i.data(ID_ROLE)) for i in offered if i.flags() & Qt.ItemFlag.ItemIsEnabled}
    assert "calf-kneading" in usable
    assert not any(i.text().startswith("No partner technique") for i in offered)
    faded = [i for i in offered if not i.flags() & Qt.ItemFlag.ItemIsEnabled]
    assert faded, "the calf's techniques for yourself are there, faded"
    assert all("only for massaging yourself" in i.text() for i in faded)
    _add(editor, "calf-kneading")
    assert view.steps.count() == 1


@pytest.mark.qt_log_ignore("^This plugin does not support grabbing the keyboard")  # a popup
def test_the_editors_map_hatches_todays_rests_as_the_window_does(
    qtbot: QtBot, window: MainWindow
) -> None:
    # A calf resting after "Stop – it hurts": the window's map hatches it, the editor's
    # "Choose on the map…" showed it as free as any other place (walk 9).
    window.flow.pain_rest.note(["back-calf-right"])
    window.apply_health_profile()  # as after a session stopped for pain
    window.select_region("back-calf-right")
    said = window.map_pane.map.region_description("back-calf-right")
    assert said, "the window's map says the calf rests today"
    editor = _new_on(qtbot, window, "back-calf-right")
    view = editor.view
    view.picker.map_button.click()
    popup = view.map_popup
    assert popup is not None
    qtbot.waitExposed(popup)
    assert popup.map.region_description("back-calf-right") == said
    assert popup.map.region_description("back-calf-left") == ""
    popup.close()

"""The routine editor and the window's routine actions, driven through their widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.phases import Timing
from massage_desktop.engine.plan import build_plan
from massage_desktop.engine.screening import Screening
from massage_desktop.ui.design.choice import ChoiceDialog
from massage_desktop.ui.guide.formatting import seconds_text
from massage_desktop.ui.guide.lists import ID_ROLE, whole_minutes
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.routine_editor.actions import KEEP_BOTH, REPLACE


def _build_two_step_routine(qtbot: QtBot, window: MainWindow) -> str:
    window.select_region("front-knee-right")
    editor = window.routine_actions.new_routine()
    view = editor.view
    assert view.isVisible()
    assert view.region_box.currentData() == "front-knee-right"
    assert not view.total_label.text()  # no "about 0 s": the list says how to add a step
    QTest.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    view.techniques.setCurrentRow(1)
    second = str(view.techniques.currentItem().data(ID_ROLE))
    QTest.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert view.steps.count() == 2
    assert view.steps.currentRow() == 1
    view.steps.setFocus()
    QTest.keyClick(view.steps, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert editor.draft.items[0].technique == second
    assert view.steps.currentRow() == 0
    view.steps.setCurrentRow(1)
    right = view.side_box.findData("right")
    view.side_box.setCurrentIndex(right)
    view.side_box.activated.emit(right)
    assert "Right side only" in view.steps.item(1).text()
    view.steps.setCurrentRow(0)
    if view.time_box.isEnabled():
        before = editor.draft.total_s()
        view.time_box.setValue(view.time_box.maximum())
        assert editor.draft.total_s() > before
        # Whole minutes, as every other place shows a routine's total.
        minutes = seconds_text(whole_minutes(editor.draft.total_s()))
        assert view.total_label.text() == (
            f"Total time: about {minutes}, with the pauses between steps"
        )
    save = view.buttons.button(view.buttons.StandardButton.Save)
    QTest.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "name" in view.problems_label.text()
    QTest.keyClicks(view.name_edit, "Right knee evening")
    QTest.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not view.isVisible()
    return "my-right-knee-evening"


def test_build_save_and_find_everywhere(
    qtbot: QtBot, window: MainWindow, own_catalog: Catalog
) -> None:
    routine_id = _build_two_step_routine(qtbot, window)
    path = window.routine_actions._store.folder / f"{routine_id}.yaml"
    assert path.is_file()
    routine = own_catalog.routines[routine_id]
    assert routine.items[1].regions == ["front-knee-right"]
    assert routine.items[0].regions == ["front-knee"]  # both knees
    assert window.guide.routine() == routine_id
    window.select_region("front-knee-right")
    rows = window.guide.column.routines
    texts = [rows.item(i).text() for i in range(rows.count())]
    # The card's line begins with a capital, as every other one (walk 9, P3-l).
    assert any(t.startswith("Right knee evening  · Your routine · ") for t in texts), texts
    window.search.set_text("knee evening")
    assert [h.id for h in window.search.results()][:1] == [routine_id]
    assert window.flow.start_routine(routine_id)


def test_delete_and_undo(qtbot: QtBot, window: MainWindow, own_catalog: Catalog) -> None:
    routine_id = _build_two_step_routine(qtbot, window)
    actions = window.routine_actions
    assert actions.delete(routine_id)
    assert routine_id not in own_catalog.routines
    assert actions.undo_bar.isVisible()
    QTest.mouseClick(actions.undo_bar._undo, Qt.MouseButton.LeftButton)
    assert routine_id in own_catalog.routines
    assert (actions._store.folder / f"{routine_id}.yaml").is_file()


def test_export_and_import_with_a_name_clash(
    qtbot: QtBot, window: MainWindow, own_catalog: Catalog, tmp_path: Path
) -> None:
    actions = window.routine_actions
    shared = tmp_path / "knee.yaml"
    assert actions.export("knee-care", shared)
    choices: list[str | None] = [KEEP_BOTH]
    actions.ask_clash = lambda found: choices.pop(0)
    first = actions.import_(shared)
    assert first is not None
    assert own_catalog.routines[first].name == "Knee care (2)"
    assert actions.export(first, shared)
    choices.append(REPLACE)
    assert actions.import_(shared) == first  # replaced in place: the history keeps its id
    choices.append(None)
    assert actions.import_(shared) is None  # cancelled
    assert sum(own_catalog.is_own(r) for r in own_catalog.routines) == 1


def test_import_refuses_bad_files_and_adds_nothing(
    window: MainWindow, own_catalog: Catalog, tmp_path: Path
) -> None:
    actions = window.routine_actions
    before = dict(own_catalog.routines)
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "id: ../../etc/passwd\nname: x\nsummary: y\nperformer: self\nitems: []\n"
        "sources: [kneading]\nscript: !!python/object/apply:os.system [ls]\n",
        encoding="utf-8",
    )
    big = tmp_path / "big.yaml"
    big.write_text("# " + "x" * 70_000, encoding="utf-8")
    for source in (bad, big, tmp_path):
        assert actions.import_(source) is None
    assert own_catalog.routines == before
    shown = window.presenter.shown
    assert len(shown) == 3
    assert "bad.yaml:" in shown[0].text
    assert "at most 64 kB" in shown[1].text
    assert "not a regular file" in shown[2].text


def test_health_profile_marks_steps_in_the_editor(window: MainWindow) -> None:
    catalog = window._catalog
    condition = next(c for c in catalog.conditions.values() if any(r.all_regions for r in c.rules))
    window._health.save(HealthProfile(conditions=(condition.id,)))
    window.apply_health_profile()
    window.select_region("front-knee-right")
    editor = window.routine_actions.new_routine()
    editor.view.add_button.click()
    assert "ruled out" in editor.view.steps.item(0).text()
    assert editor.view.safety_label.text()


def test_a_click_on_the_map_offers_that_regions_techniques(
    qtbot: QtBot, window: MainWindow
) -> None:
    from tests.map_points import point_inside

    window.select_region("front-knee-right")
    editor = window.routine_actions.new_routine()
    body_map = window.map_pane.map
    QTest.mouseClick(
        body_map, Qt.MouseButton.LeftButton, pos=point_inside(body_map, "front-abdomen")
    )
    assert editor.view.region_box.currentData() == "front-abdomen"
    offered = [
        editor.view.techniques.item(i).data(ID_ROLE) for i in range(editor.view.techniques.count())
    ]
    catalog = window._catalog
    assert offered == [t.id for t in catalog.techniques_for_region("front-abdomen")]


def test_arrow_buttons_move_the_chosen_step_and_the_description_wraps(
    window: MainWindow,
) -> None:
    window.select_region("front-knee-right")
    editor = window.routine_actions.new_routine()
    view = editor.view
    view.techniques.setCurrentRow(0)
    view.add_button.click()
    view.techniques.setCurrentRow(1)
    view.add_button.click()
    first, second = (item.technique for item in editor.draft.items)
    assert view.steps.currentRow() == 1
    assert view.up_button.isEnabled()
    assert not view.down_button.isEnabled()
    view.up_button.click()
    assert [item.technique for item in editor.draft.items] == [second, first]
    assert view.steps.currentRow() == 0
    assert view.down_button.isEnabled()
    assert not view.up_button.isEnabled()
    view.down_button.click()
    assert [item.technique for item in editor.draft.items] == [first, second]
    title = editor.draft.items[1]
    assert view.step_title.text() == window._catalog.techniques[title.technique].title
    view.summary_edit.setPlainText("For the evening, after a long walk.")
    assert editor.draft.summary == "For the evening, after a long walk."
    assert view.summary_edit.lineWrapMode() is view.summary_edit.LineWrapMode.WidgetWidth


def _answer_next_question(qtbot: QtBot, answer: int) -> list[str]:
    """Answer the next modal question with button ``answer``; returns its heading."""
    seen: list[str] = []

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ChoiceDialog) and dialog.isVisible():
            seen.append(dialog.windowTitle())
            dialog.buttons[answer].click()
        else:
            QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)
    return seen


def test_escape_asks_before_throwing_away_a_routine_being_built(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.select_region("front-knee-right")
    editor = window.routine_actions.new_routine()
    view = editor.view
    QTest.keyClick(view, Qt.Key.Key_Escape)  # nothing built yet: closes at once
    assert not view.isVisible()
    editor = window.routine_actions.new_routine()
    view = editor.view
    QTest.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    asked = _answer_next_question(qtbot, 0)  # "Keep editing"
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert asked == ["Discard your changes?"]
    assert view.isVisible()
    assert len(editor.draft.items) == 1
    asked = _answer_next_question(qtbot, 1)  # "Discard"
    view.reject()
    assert asked == ["Discard your changes?"]
    assert not view.isVisible()


def test_the_discard_question_has_two_buttons_keep_editing_and_discard(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.select_region("front-knee-right")
    editor = window.routine_actions.new_routine()
    view = editor.view
    QTest.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    shown: list[list[str]] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ChoiceDialog) and dialog.isVisible():
            buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
            shown.append(sorted(b.text() for b in buttons))
            dialog.reject()  # Escape: the same as "Keep editing"
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)
    QTest.keyClick(view, Qt.Key.Key_Escape)
    # Cancel and Keep editing did the same thing (walk 5, finding 28).
    assert shown == [["Discard", "Keep editing"]]
    assert view.isVisible()
    assert len(editor.draft.items) == 1


def test_the_total_leaves_out_what_the_health_profile_leaves_out(window: MainWindow) -> None:
    # Walk 8, finding 6: a routine with ruled-out steps still gave the whole routine's time.
    window._health.save(HealthProfile(conditions=("varicose-veins",)))
    window.apply_health_profile()
    editor = window.routine_actions.copy("partner-leg")
    catalog = window._catalog
    screening = Screening(catalog, HealthProfile(conditions=("varicose-veins",)))
    plan = screening.screen_plan(build_plan(catalog, catalog.routines["partner-leg"]))
    assert 0 < len(plan.runnable) < len(plan)
    runs = seconds_text(whole_minutes(plan.total_s(Timing())))
    assert runs != seconds_text(whole_minutes(editor.draft.total_s()))
    assert editor.view.total_label.text() == (
        f"Total time for your partner: about {runs}, with the pauses between steps"
    )
    editor.view.close()


def test_the_description_the_editor_wrote_follows_a_removed_step(
    qtbot: QtBot, window: MainWindow, own_catalog: Catalog
) -> None:
    """Walk 17: "Your own routine of 2 techniques." stayed over a list of 1 after a removal."""
    routine_id = _build_two_step_routine(qtbot, window)
    assert own_catalog.routines[routine_id].summary == "Your own routine of 2 techniques."
    editor = window.routine_actions.edit(routine_id)
    assert not editor.view.summary_edit.toPlainText()  # the editor's own words, not the user's
    editor.view.removeRequested.emit(1)  # the step card's Remove
    assert editor.save()
    assert own_catalog.routines[routine_id].summary == "Your own routine of one technique."
    # A description the user wrote is theirs: kept as written.
    editor = window.routine_actions.edit(routine_id)
    editor.view.summary_edit.setPlainText("After the evening walk.")
    assert editor.save()
    editor = window.routine_actions.edit(routine_id)
    assert editor.view.summary_edit.toPlainText() == "After the evening walk."
    editor.view.close()


def test_a_deleted_routine_s_areas_are_not_left_marked(
    qtbot: QtBot, window: MainWindow, own_catalog: Catalog
) -> None:
    """The start page kept a deleted routine's areas in its purple marks (walk 17)."""
    routine_id = _build_two_step_routine(qtbot, window)
    window.go_home()
    window.guide.show_routine(routine_id)  # chosen on the start page: its areas marked
    assert window.map_pane.map.marked_regions()
    assert window.routine_actions.delete(routine_id)
    assert window.guide.routine() is None
    assert not window.map_pane.map.marked_regions()


def test_export_suggests_the_routine_s_name_and_says_it_saved(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Walk 17: "my-mein-abendprogramm.yaml" (English "my-") and no word after saving."""
    routine_id = _build_two_step_routine(qtbot, window)
    actions = window.routine_actions
    asked: list[str] = []
    target = tmp_path / "shared.yaml"

    def ask(name: str) -> Path:
        asked.append(name)
        return target

    actions.ask_save_file = ask
    assert actions.export(routine_id)
    assert asked == ["right-knee-evening.yaml"]
    assert target.is_file()
    said = window.statusBar().currentMessage()
    assert said == f"Routine exported: “Right knee evening” was saved to {target}."

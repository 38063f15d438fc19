"""The routine editor as walk 6 found it (finding 8): labels whole, the empty state, the map."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Severity, Side
from massage_desktop.domain.routines import Routine, RoutineItem, SideOrder
from massage_desktop.engine.plan import build_plan
from massage_desktop.messages import MessageBus
from massage_desktop.storage.own_routines import OwnRoutines
from massage_desktop.ui.design.tokens import colours
from massage_desktop.ui.guide.formatting import seconds_text
from massage_desktop.ui.guide.lists import ID_ROLE, whole_minutes
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.display import display_of
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


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_place_name_is_whole_in_the_where_box(
    qtbot: QtBot,
    request: pytest.FixtureRequest,
    catalog: Catalog,
    german_catalog: Catalog,
    tmp_path: Path,
    language: str,
) -> None:
    if language == "de":
        request.getfixturevalue("german")
    content = german_catalog if language == "de" else catalog
    content = dataclasses.replace(content, routines=dict(content.routines))
    store = OwnRoutines(tmp_path / "routines", content, MessageBus())
    editor = RoutineEditorController(content, store, None, region_id="front-inner-thigh-right")
    view = editor.view
    qtbot.addWidget(view)
    view.resize(980, 680)  # what fit_screen gives on a 1024x700 screen
    view.show()
    qtbot.waitExposed(view)
    box = view.region_box
    # The style sheet's padding (8 + 8), border (1 + 1) and arrow (22) beside the text.
    room = box.width() - 40
    metrics = box.fontMetrics()
    cut = [
        box.itemText(i)
        for i in range(box.count())
        if metrics.horizontalAdvance(box.itemText(i)) > room
    ]
    assert not cut, f"cut in {room} px: {cut}"
    assert box.currentText() == content.regions["front-inner-thigh-right"].name
    # The steps keep the larger share: they are the routine.
    assert view.steps.width() > view.picker.width()


def test_save_without_a_name_marks_and_focuses_the_name(qtbot: QtBot, window: MainWindow) -> None:
    editor = _new_on_inner_thigh(qtbot, window)
    view = editor.view
    _add(editor, "kneading")
    view.activateWindow()
    view.steps.setFocus()
    ink = QColor(colours("light").severity[Severity.DO_NOT_MASSAGE].ink)

    def edge() -> QColor:
        image = view.name_edit.grab().toImage()
        return image.pixelColor(1, image.height() // 2)

    assert edge() != ink
    view.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert view.problems_label.text() == "Give your routine a name."
    qtbot.waitUntil(view.name_edit.hasFocus)
    assert edge() == ink  # the field the sentence is about, in the sentence's red
    QTest.keyClicks(view.name_edit, "My thighs")
    assert edge() != ink


def test_an_empty_routine_says_how_to_add_a_step(qtbot: QtBot, window: MainWindow) -> None:
    editor = _new_on_inner_thigh(qtbot, window)
    view = editor.view
    assert view.steps.count() == 0
    # How to begin, in the words of the button to press; no total of "about 0 s".
    assert "Add to the routine" in view.steps.empty_text()
    assert "0 s" not in view.total_label.text()
    # No step is chosen: no side, time or moves to set, and no "0 s" in a box.
    assert not view.step_card.isVisible()
    assert not view.side_box.isVisibleTo(view)
    _add(editor, "kneading")
    assert view.step_card.isVisible()
    assert view.side_box.isEnabled()
    assert view.total_label.text().startswith("Total time: about ")
    view.remove_button.click()
    assert view.steps.count() == 0
    assert not view.step_card.isVisible()
    assert not view.total_label.text()


def _choose_for(editor: RoutineEditorController, performer: str) -> None:
    box = editor.view.performer_box
    box.setCurrentIndex(box.findData(performer))
    box.activated.emit(box.currentIndex())


def test_a_partner_technique_is_not_saved_in_a_routine_for_yourself(
    qtbot: QtBot, window: MainWindow, own_catalog: Catalog
) -> None:
    editor = _new_on_inner_thigh(qtbot, window)
    view = editor.view
    _add(editor, "kneading")  # written for yourself: the routine is for yourself
    assert view.performer_box.currentText() == "On yourself"
    _add(editor, "thigh-fanning")  # "ask your partner whether the pressure feels right"
    assert "only for massaging a partner" in view.steps.item(1).text()
    assert "for massaging a partner" not in view.steps.item(0).text()
    assert view.problems_label.isVisibleTo(view)
    assert "Thigh fanning" in view.problems_label.text()
    QTest.keyClicks(view.name_edit, "My thighs")
    view.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert view.isVisible()  # not saved
    assert "choose “For: On a partner”" in view.problems_label.text()
    assert not any(own_catalog.is_own(r) for r in own_catalog.routines)
    _choose_for(editor, "partner")  # now kneading, written for yourself, is the odd one
    assert "only for massaging yourself" in view.steps.item(0).text()
    # The mark says why, in the technique's tooltip too (walk 8, finding 9).
    assert "“For: On yourself”" in view.steps.item(0).toolTip()
    offered = [view.techniques.item(r) for r in range(view.techniques.count())]
    marked = [i for i in offered if "only for massaging yourself" in i.text()]
    assert marked, "the techniques written for yourself are marked in a partner routine"
    assert all("this routine is for a partner" in i.toolTip() for i in marked)
    assert not [i for i in offered if i.text().endswith("for yourself")]
    view.steps.setCurrentRow(0)
    view.remove_button.click()
    assert not view.problems_label.text()
    view.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not view.isVisible()
    saved = own_catalog.routines["my-my-thighs"]
    assert saved.performer == "partner"


def test_the_first_technique_says_who_the_routine_is_for(qtbot: QtBot, window: MainWindow) -> None:
    editor = _new_on_inner_thigh(qtbot, window)
    _add(editor, "thigh-fanning")
    assert editor.view.performer_box.currentData() == "partner"
    assert not editor.view.problems_label.text()


def test_each_technique_on_one_side_then_the_other_names_the_side(
    qtbot: QtBot, window: MainWindow, own_catalog: Catalog
) -> None:
    editor = _new_on_inner_thigh(qtbot, window)
    view = editor.view
    _add(editor, "kneading")  # "Both sides" of the inner thigh
    assert view.sides_box.currentData() == "technique"  # each technique on one side, then...
    QTest.keyClicks(view.name_edit, "My thighs")
    view.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not view.isVisible()
    assert window.flow.start_routine("my-my-thighs")
    controller = window.flow.controller
    assert controller is not None
    session = controller.session
    shown = []
    while session.current is not None and session.current.technique_id == "kneading":
        display = display_of(own_catalog, session, "front-inner-thigh-right")
        shown.append((display.technique, display.place))
        session.skip()
    # The title names the side the figure shows, right then left; never "both sides".
    assert shown[0] == ("Kneading, right side", "Right inner thigh")
    assert shown[-1] == ("Kneading, left side", "Left inner thigh")
    assert all("both sides" not in technique for technique, _place in shown)
    window.flow.command(PlayerCommand.STOP)


def test_an_item_on_each_side_runs_right_then_left_and_old_ones_run_once(catalog: Catalog) -> None:
    thighs = ["front-inner-thigh-right", "front-inner-thigh-left"]

    def plan(each_side: bool, sides: SideOrder) -> list[tuple[str | None, tuple[str, ...]]]:
        item = RoutineItem(technique="kneading", regions=thighs, each_side=each_side)
        routine = Routine(
            id="my-thighs", name="Thighs", summary="s", performer="self", sides=sides,
            items=[item, RoutineItem(technique="thigh-fanning", regions=thighs)],
            sources=["kneading"],
        )  # fmt: skip
        entries = build_plan(catalog, routine).entries
        return [(e.side, e.region_ids) for e in entries if e.technique_id == "kneading"]

    split = plan(True, SideOrder.TECHNIQUE)
    assert [side for side, _ in split] == [Side.RIGHT] * (len(split) // 2) + [Side.LEFT] * (
        len(split) // 2
    )
    assert all(regions == (f"front-inner-thigh-{side}",) for side, regions in split)
    # A routine saved before (and every built-in one) keeps its one step over both sides.
    assert [side for side, _ in plan(False, SideOrder.TECHNIQUE)] == [None] * (len(split) // 2)


def test_a_step_on_both_sides_at_once_stays_one_step(catalog: Catalog) -> None:
    palms = ["front-palm-right", "front-palm-left"]  # rubbed together
    routine = Routine(
        id="my-warm", name="Warm", summary="s", performer="self",
        items=[RoutineItem(technique="warm-hands", regions=palms, each_side=True)],
        sources=["kneading"],
    )  # fmt: skip
    assert [e.side for e in build_plan(catalog, routine).entries] == [None]


@pytest.mark.qt_log_ignore("^This plugin does not support grabbing the keyboard")  # a popup
def test_the_place_is_chosen_on_a_body_map(qtbot: QtBot, window: MainWindow) -> None:
    editor = _new_on_inner_thigh(qtbot, window)
    view = editor.view
    assert "on the map" in view.steps.empty_text()  # the way to begin names it
    view.picker.map_button.click()
    popup = view.map_popup
    assert popup is not None
    qtbot.waitExposed(popup)
    body_map = popup.map
    # The place chosen so far is selected; both figures in sight.
    assert body_map.selected_region() == "front-inner-thigh-right"
    assert body_map.side_by_side()
    assert popup.geometry().bottom() <= view.screen().availableGeometry().bottom()
    area = body_map.region_rect("front-knee-left")
    knee = next(  # a point of the knee itself, beside the kneecap in its middle
        QPointF(x, area.center().y())
        for x in range(area.left(), area.right())
        if body_map.region_at(QPointF(x, area.center().y())) == "front-knee-left"
    )
    QTest.mouseMove(body_map, knee.toPoint())
    assert popup.caption.text() == "Left knee"  # which knee, before the click
    QTest.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=knee.toPoint())
    assert not popup.isVisible()
    assert view.region_box.currentText() == "Left knee"
    techniques = [view.techniques.item(r).text() for r in range(view.techniques.count())]
    assert any(t.startswith("Knee warm-up strokes") for t in techniques)
    _add(editor, "knee-warm-up-effleurage")
    assert editor.draft.items[0].parts == ("front-knee",)


def test_an_own_routines_card_editor_and_start_give_one_length(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = _new_on_inner_thigh(qtbot, window)
    view = editor.view
    _add(editor, "kneading")
    _add(editor, "thigh-fingertip-kneading")
    QTest.keyClicks(view.name_edit, "My thighs")
    total = view.total_label.text()
    view.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert window.guide.routine() == "my-my-thighs"
    rows = window.guide.column.routines
    texts = [rows.item(r).text() for r in range(rows.count())]
    [card] = [text for text in texts if text.startswith("My thighs")]
    minutes, seconds = window.guide._start_bar.button.text().split(" · ")[1].split(":")
    start = int(minutes) * 60 + int(seconds)
    # Start's time rounded as every total is shown: on the routine's card (drawn as the
    # built-in routines' cards are) and in the editor that made it.
    length = seconds_text(whole_minutes(start))
    assert f"· {length} ·" in card
    assert f"about {length}," in total

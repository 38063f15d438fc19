"""The safety dialogs, driven the way a user would: clicks, ticks and typing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.ui.safety import HealthProfileDialog, TodayCheckDialog


def _click(button: QAbstractButton | None) -> None:
    """Click near the left edge: a check box only takes clicks on its box and text."""
    assert button is not None
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def test_health_dialog_lists_every_condition(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = HealthProfileDialog(catalog, HealthProfile())
    qtbot.addWidget(dialog)
    dialog.show()
    assert list(dialog.rows) == list(catalog.conditions)
    for condition_id, row in dialog.rows.items():
        condition = catalog.conditions[condition_id]
        assert row.check.text() == condition.name
        assert row.check.objectName() == "chip", "the first run's chips"
        assert row.check.accessibleDescription() == (condition.hint or "")
        assert (row.picker is not None) == condition.asks_regions
        assert (row.cleared is not None) == condition.asks_clearance
        assert row.details is None or not row.details.isVisible()  # nothing ticked yet
    assert not dialog.chips.none_chip.isVisible(), "an empty profile already says none"
    assert dialog.result_profile() == HealthProfile()


def test_health_dialog_tick_pick_and_clear(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = HealthProfileDialog(catalog, HealthProfile(conditions=("dvt",)))
    qtbot.addWidget(dialog)
    dialog.show()
    row = dialog.rows["recent-surgery"]
    _click(row.check)
    assert row.details is not None
    assert row.details.isVisible()
    picker = row.picker
    assert picker is not None
    assert "whole body" in picker.summary.text()  # nothing chosen yet
    QTest.keyClicks(picker.filter_edit, "knee")
    assert picker.visible_places() == ["Knee, right", "Knee, left"]
    _click(picker.place("Knee, left").chip)  # one chip covers the whole left knee
    assert picker.selected() == ["front-knee-left", "front-kneecap-left", "back-knee-left"]
    assert "Knee, left" in picker.summary.text()
    picker.filter_edit.clear()
    assert len(picker.visible_places()) > 20, "clearing the search shows every area again"
    _click(picker.place("Lower back").chip)  # a part of an area without sides
    chosen = {"front-knee-left", "front-kneecap-left", "back-knee-left", "back-lower-back"}
    assert set(picker.selected()) == chosen
    assert row.cleared is not None
    _click(row.cleared)
    _click(dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_profile() == HealthProfile(
        conditions=("dvt", "recent-surgery"),
        regions={"recent-surgery": tuple(r for r in catalog.regions if r in chosen)},
        cleared=("recent-surgery",),
    )


def test_health_dialog_shows_the_saved_profile_and_drops_unticked(
    qtbot: QtBot, catalog: Catalog
) -> None:
    start = HealthProfile(
        conditions=("skin-damage", "fragile-skin"),
        regions={"skin-damage": ("front-shin",)},
        cleared=("fragile-skin",),
    )
    dialog = HealthProfileDialog(catalog, start)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.result_profile() == HealthProfile(
        conditions=("skin-damage", "fragile-skin"),
        regions={"skin-damage": ("front-shin-right", "front-shin-left")},
        cleared=("fragile-skin",),
    )
    _click(dialog.rows["skin-damage"].check)
    details = dialog.rows["skin-damage"].details
    assert details is not None
    assert not details.isVisible()
    assert dialog.result_profile() == HealthProfile(
        conditions=("fragile-skin",), cleared=("fragile-skin",)
    )


def test_a_side_saved_in_part_is_kept_until_its_chip_is_pressed(
    qtbot: QtBot, catalog: Catalog
) -> None:
    # The shin alone: the lower leg's chips stand for the shin and the calf together.
    start = HealthProfile(conditions=("skin-damage",), regions={"skin-damage": ("front-shin",)})
    dialog = HealthProfileDialog(catalog, start)
    qtbot.addWidget(dialog)
    picker = dialog.rows["skin-damage"].picker
    assert picker is not None
    left = picker.place("Lower leg, left")
    assert not left.chip.isChecked()
    assert left.chip.property("partial") is True
    assert "Left shin" in left.chip.accessibleDescription()
    assert "Left shin" in picker.summary.text()
    assert picker.selected() == ["front-shin-right", "front-shin-left"]
    left.chip.click()  # the whole left lower leg now
    assert left.chip.property("partial") is False
    assert set(picker.selected()) > {"front-shin-right", "front-shin-left"}
    left.chip.click()  # and then none of it
    assert picker.selected() == ["front-shin-right"]


def test_region_picker_has_a_labelled_search(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = HealthProfileDialog(catalog, HealthProfile())
    qtbot.addWidget(dialog)
    picker = dialog.rows["acute-injury"].picker
    assert picker is not None
    buddies = [label.buddy() for label in picker.findChildren(QLabel)]
    assert picker.filter_edit in buddies
    assert picker.areas_box.accessibleName().endswith("A fresh injury or inflammation")
    assert picker.group_labels()[0] == "Head and face"
    assert picker.place("Knee, left").chip.text() == "Knee, left"
    dialog.show()
    QTest.keyClicks(picker.filter_edit, "lumbar")  # another word for the lower back
    assert picker.visible_places() == ["Lower back"]
    picker.filter_edit.setText("elbow of the moon")
    assert picker.visible_places() == []
    assert picker.nothing.isVisibleTo(picker)


def test_typing_a_side_offers_that_side_alone_in_the_first_column(
    qtbot: QtBot, catalog: Catalog
) -> None:
    """Typing "left knee" offers the left knee alone, at the left (walk 6, finding 17).

    It offered the knee's right and left side chips, in the right-hand column with nothing
    on its left.
    """
    dialog = HealthProfileDialog(catalog, HealthProfile())
    qtbot.addWidget(dialog)
    dialog.resize(900, 700)
    dialog.show()
    _click(dialog.rows["acute-injury"].check)
    picker = dialog.rows["acute-injury"].picker
    assert picker is not None
    QTest.keyClicks(picker.filter_edit, "left knee")
    assert picker.visible_places() == ["Knee, left"]
    left = picker.place("Knee, left").chip
    assert left.isVisible()
    assert not picker.place("Knee, right").chip.isVisible()
    assert left.text() == "Knee, left", "the chip names the place, not only the side"
    # The one area found is at the left edge, where reading starts, not in a second column.
    box = picker.areas_box
    qtbot.waitUntil(lambda: left.mapTo(box, left.rect().topLeft()).x() < box.width() / 4)
    picker.filter_edit.setText("knee")
    assert picker.visible_places() == ["Knee, right", "Knee, left"]
    picker.filter_edit.setText("right head")
    assert picker.visible_places() == ["Head and face, right"]
    picker.filter_edit.clear()
    assert picker.place("Knee, right").chip.isVisible()
    assert len(picker.visible_places()) > 20


def _head_chips(qtbot: QtBot, catalog: Catalog) -> list[str]:
    dialog = HealthProfileDialog(catalog, HealthProfile())
    qtbot.addWidget(dialog)
    picker = dialog.rows["acute-injury"].picker
    assert picker is not None
    head = {r.id for r in catalog.regions.values() if r.area == "head"}
    return [p.chip.text() for p in picker.places if set(p.regions) <= head]


def test_the_side_chips_say_which_side_of_the_body(qtbot: QtBot, catalog: Catalog) -> None:
    # Under "Head and face" a bare "Right" after "Face" and "Base of the skull" read as one
    # more part of the head: right of what? "Right side" did not say either (walk 6, #17).
    chips = _head_chips(qtbot, catalog)
    assert chips[:1] == ["Face"]
    assert chips[-2:] == ["Head and face, right", "Head and face, left"]
    assert "Right" not in chips
    assert "Right side" not in chips


@pytest.mark.usefixtures("german")
def test_the_side_chips_say_which_side_in_german(qtbot: QtBot, german_catalog: Catalog) -> None:
    chips = _head_chips(qtbot, german_catalog)
    assert chips[-2:] == ["Kopf und Gesicht, rechts", "Kopf und Gesicht, links"]


def test_today_check_all_no_means_go(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = TodayCheckDialog(catalog)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.go_button.isEnabled()  # every question needs an answer first
    assert dialog.status.isVisible()
    start_at = dialog.go_button.mapTo(dialog, dialog.go_button.rect().topLeft())
    for group in dialog.groups.values():
        _click(group.button(0))
    assert dialog.go_button.isEnabled()
    # The button stays under the pointer that gave the last answer.
    assert dialog.go_button.mapTo(dialog, dialog.go_button.rect().topLeft()) == start_at
    assert dialog.status.isVisible()
    assert not dialog.advice.isVisible()
    with qtbot.waitSignal(dialog.decided) as signal:
        _click(dialog.go_button)
    assert signal.args == ["go"]
    assert dialog.decision() == "go"


def test_today_check_any_yes_shows_stop_advice(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = TodayCheckDialog(catalog)
    qtbot.addWidget(dialog)
    dialog.show()
    _click(dialog.groups["sharp_pain"].button(1))
    assert dialog.advice.isVisible()
    assert "Do not massage today." in dialog.advice.text()
    assert "Sharp pain is a warning sign" in dialog.advice.text()
    assert dialog.go_button.isEnabled()
    assert dialog.go_button.text() == "&Stop for today"
    with qtbot.waitSignal(dialog.decided) as signal:
        _click(dialog.go_button)
    assert signal.args == ["stop"]
    assert dialog.decision() == "stop"


def test_today_check_questions_are_labelled(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = TodayCheckDialog(catalog)
    qtbot.addWidget(dialog)
    for group in dialog.groups.values():
        yes, no = group.button(1), group.button(0)
        assert yes.accessibleName().startswith("Yes: ")
        assert no.accessibleName().startswith("No: ")
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    assert {g.button(1) for g in dialog.groups.values()} <= buddies
    _click(dialog.cancel_button)
    assert dialog.decision() is None


def test_arrow_keys_move_along_the_places_across_areas(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = HealthProfileDialog(catalog, HealthProfile(conditions=("acute-injury",)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    picker = dialog.rows["acute-injury"].picker
    assert picker is not None
    head_left = picker.place("Head and face, left").chip
    head_left.setFocus()
    QTest.keyClick(head_left, Qt.Key.Key_Right)  # the last chip of its area: on to the neck
    assert dialog.focusWidget() is picker.place("Front of the neck").chip
    QTest.keyClick(picker.place("Front of the neck").chip, Qt.Key.Key_Up)
    assert dialog.focusWidget() is head_left
    assert not head_left.isChecked(), "moving does not choose"


def test_today_check_asks_about_the_person_massaged_not_the_reader(
    qtbot: QtBot, catalog: Catalog
) -> None:
    # The check says "think of the person about to be massaged, you or your partner", then
    # asked "Do you have any sharp pain?": the reader massaging a partner answered for
    # themself (walk 6). Every question asks about the person, not "you".
    dialog = TodayCheckDialog(catalog)
    qtbot.addWidget(dialog)
    questions = [
        group.button(1).accessibleName().removeprefix("Yes: ") for group in dialog.groups.values()
    ]
    assert len(questions) == 3
    for question in questions:
        assert " you " not in f" {question.lower()} ", question

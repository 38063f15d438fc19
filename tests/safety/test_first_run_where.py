"""The first run asks where a located condition is, right under its chip (walk 3, finding 16)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.safety import FirstRunDialog

WHOLE_BODY = "Nothing chosen yet, so the whole body is treated as affected."
LEFT_KNEE = ("front-knee-left", "front-kneecap-left", "back-knee-left")


def _click(button: QAbstractButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    QApplication.processEvents()  # the flow lays the picker out on a posted request


def _questions(
    qtbot: QtBot, catalog: Catalog, profile: HealthProfile | None = None
) -> FirstRunDialog:
    dialog = FirstRunDialog(catalog, profile=profile)
    qtbot.addWidget(dialog)
    dialog.show()
    _click(dialog.next_button)
    return dialog


def _top(widget: QWidget, dialog: FirstRunDialog) -> int:
    return widget.mapTo(dialog.chips, QPoint(0, 0)).y()


def test_a_fresh_injury_asks_where_right_under_its_chip(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = _questions(qtbot, catalog)
    injury = dialog.chips.chips["acute-injury"]
    assert "Where is it?" not in dialog.text()
    _click(injury)
    card = dialog.where.cards["acute-injury"]
    assert card.isVisible()
    assert card.accessibleName() == catalog.conditions["acute-injury"].name
    # Under the chip's line, above every chip of the lines after it.
    assert _top(card, dialog) >= _top(injury, dialog) + injury.height()
    later = [c for c in dialog.chips.chips.values() if _top(c, dialog) > _top(injury, dialog)]
    assert later, "the injury's chip is not on the last line"
    assert all(_top(c, dialog) >= _top(card, dialog) + card.height() for c in later)
    # Nothing chosen means the whole body, and the screen says so.
    assert "Where is it?" in dialog.text()
    assert WHOLE_BODY in dialog.text()
    assert dialog.profile() == HealthProfile(conditions=("acute-injury",))


def test_conditions_that_ask_no_place_open_no_picker(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = _questions(qtbot, catalog)
    for cid in ("dvt", "high-blood-pressure", "mild-knee-pain"):
        _click(dialog.chips.chips[cid])
    assert dialog.where.cards == {}
    assert "Where is it?" not in dialog.text()
    asked = {c.id for c in catalog.conditions.values() if c.asks_regions}
    assert set(dialog.where.asked) == asked
    assert {"acute-injury", "recent-surgery", "skin-damage"} <= asked


def test_the_place_chosen_goes_into_the_profile(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = _questions(qtbot, catalog)
    _click(dialog.chips.chips["acute-injury"])
    picker = dialog.where.pickers["acute-injury"]
    _click(picker.place("Knee, left").chip)
    assert WHOLE_BODY not in dialog.text()
    assert "Chosen: Knee, left" in dialog.text()
    assert dialog.profile() == HealthProfile(
        conditions=("acute-injury",), regions={"acute-injury": LEFT_KNEE}
    )
    _click(dialog.chips.chips["acute-injury"])  # unticked: the place goes with it
    assert not dialog.where.cards["acute-injury"].isVisible()
    assert dialog.profile() == HealthProfile()
    _click(dialog.chips.chips["acute-injury"])  # ticked again: the place chosen is still there
    assert dialog.profile().regions == {"acute-injury": LEFT_KNEE}


def test_places_saved_before_start_chosen(qtbot: QtBot, catalog: Catalog) -> None:
    before = HealthProfile(
        conditions=("acute-injury", "recent-surgery"),
        regions={"acute-injury": LEFT_KNEE, "recent-surgery": ("front-thigh-right",)},
        cleared=("recent-surgery",),
    )
    dialog = _questions(qtbot, catalog, before)
    assert dialog.where.cards["acute-injury"].isVisible()
    assert dialog.where.pickers["acute-injury"].place("Knee, left").chip.isChecked()
    assert dialog.profile() == before


def test_where_is_saved_with_the_first_run_answers(
    qtbot: QtBot, make_services: MakeServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The injured left knee alone is ruled out, not the whole body (walk 3, finding 16)."""
    services = make_services()
    window = MainWindow(services)
    qtbot.addWidget(window)

    def answer(dialog: FirstRunDialog) -> int:
        dialog.next_button.click()
        dialog.chips.chips["acute-injury"].click()
        dialog.where.pickers["acute-injury"].place("Knee, left").chip.click()
        dialog.next_button.click()
        dialog.understand_button.click()
        return dialog.result()

    monkeypatch.setattr(FirstRunDialog, "exec", answer)
    window.first_run()
    assert services.health.load().regions == {"acute-injury": LEFT_KNEE}
    blocked = {r for r, (state, _) in window.flow.map_states().items() if state == "blocked"}
    assert set(LEFT_KNEE) <= blocked
    assert "front-knee-right" not in blocked
    assert "back-neck" not in blocked


def test_tab_goes_from_the_chip_into_its_picker(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = _questions(qtbot, catalog)
    injury = dialog.chips.chips["acute-injury"]
    _click(injury)
    picker = dialog.where.pickers["acute-injury"]
    assert injury.nextInFocusChain() is picker.filter_edit
    first = picker.places[0].chip
    assert picker.filter_edit.nextInFocusChain() is first
    last = picker.places[-1].chip
    assert last.nextInFocusChain() is dialog.chips.chips["skin-damage"]


def test_a_picker_opened_below_the_fold_is_scrolled_into_view(
    qtbot: QtBot, catalog: Catalog
) -> None:
    dialog = _questions(qtbot, catalog)
    # The screen holds its opening line over the scrolling chips.
    screen = dialog.stack.currentWidget()
    assert screen is not None
    area = screen if isinstance(screen, QScrollArea) else screen.findChild(QScrollArea)
    assert isinstance(area, QScrollArea)
    pain = dialog.chips.chips["unexplained-pain"]  # on the last lines
    _click(pain)
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0)
    card = dialog.where.cards["unexplained-pain"]
    viewport = area.viewport()
    chip_top = pain.mapTo(viewport, QPoint(0, 0)).y()
    assert 0 <= chip_top < viewport.height() // 4  # the chip near the top, its picker under it
    assert card.mapTo(viewport, QPoint(0, 0)).y() < viewport.height()

"""The filterable region list beside the map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QListView
from pytestqt.qtbot import QtBot

from massage_desktop.domain.content import Region
from massage_desktop.ui.bodymap import RegionListPanel


@pytest.fixture
def panel(qtbot: QtBot, test_regions: list[Region]) -> RegionListPanel:
    widget = RegionListPanel(test_regions)
    qtbot.addWidget(widget)
    widget.resize(260, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _list(panel: RegionListPanel) -> QListView:
    view = panel.findChild(QListView)
    assert view is not None
    return view


def test_lists_every_region_labelled_with_its_view(
    panel: RegionListPanel, test_regions: list[Region]
) -> None:
    assert panel.visible_region_ids() == [region.id for region in test_regions]
    model = _list(panel).model()
    labels = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
    assert labels[0] == "Face \u2014 front"
    assert "Back of the neck \u2014 back" in labels
    edit = panel.findChild(QLineEdit)
    assert edit is not None
    assert edit.placeholderText() == "Filter regions\u2026"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thigh", ["front-thigh-right", "front-thigh-left"]),
        ("CHEEKS", ["front-face"]),  # an alias, in another case
        ("patella", ["front-kneecap-left"]),
        ("left back", ["back-hand-left", "back-calf-left"]),  # every word, anywhere in the label
        ("calf back", ["back-calf-right", "back-calf-left"]),  # the view label counts too
        ("nothing like this", []),
        ("", None),
    ],
)
def test_filter_matches_names_and_aliases_as_you_type(
    qtbot: QtBot, panel: RegionListPanel, text: str, expected: list[str] | None
) -> None:
    edit = panel.findChild(QLineEdit)
    assert edit is not None
    QTest.keyClicks(edit, text)
    assert panel.filter_text() == text
    if expected is None:
        assert len(panel.visible_region_ids()) == 15
    else:
        assert panel.visible_region_ids() == expected


def test_click_and_enter_activate_a_region(qtbot: QtBot, panel: RegionListPanel) -> None:
    view = _list(panel)
    index = view.model().index(2, 0)
    with qtbot.waitSignal(panel.regionActivated) as activated:
        QTest.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            view.visualRect(index).center(),
        )
    assert activated.args == ["front-upper-arm-right"]
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Down)
    with qtbot.waitSignal(panel.regionActivated) as activated:
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert activated.args == ["front-upper-arm-left"]


def test_enter_in_the_filter_activates_the_first_match(
    qtbot: QtBot, panel: RegionListPanel
) -> None:
    edit = panel.findChild(QLineEdit)
    assert edit is not None
    QTest.keyClicks(edit, "calf")
    with qtbot.waitSignal(panel.regionActivated) as activated:
        QTest.keyClick(edit, Qt.Key.Key_Return)
    assert activated.args == ["back-calf-right"]
    QTest.keyClick(edit, Qt.Key.Key_Down)
    assert _list(panel).hasFocus()
    assert panel.current_region() == "back-calf-right"


def test_set_current_region_follows_the_map_silently(qtbot: QtBot, panel: RegionListPanel) -> None:
    with qtbot.assertNotEmitted(panel.regionActivated):
        panel.set_current_region("back-neck")
        assert panel.current_region() == "back-neck"
        panel.set_filter_text("thigh")
        panel.set_current_region("back-neck")  # filtered out: nothing highlighted
        assert panel.current_region() is None
        panel.set_current_region("front-thigh-left")
        assert panel.current_region() == "front-thigh-left"
        panel.set_current_region(None)
        assert panel.current_region() is None

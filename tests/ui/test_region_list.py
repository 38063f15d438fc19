"""The filterable region list beside the map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QListView
from pytestqt.qtbot import QtBot

from massage_desktop.domain.content import Region
from massage_desktop.ui.bodymap import RegionListPanel
from massage_desktop.ui.design.tokens import BODY, S


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


def test_lists_every_region_under_the_heading_of_its_view(
    panel: RegionListPanel, test_regions: list[Region]
) -> None:
    assert panel.visible_region_ids() == [region.id for region in test_regions]
    model = _list(panel).model()
    labels = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
    # Grouped under headings, not "Face — front" after every name (walk 5, finding 24).
    assert labels[:2] == ["Front", "Face"]
    assert labels[labels.index("Back") + 1 :][:1] == ["Back of the neck"]
    assert not [label for label in labels if "\u2014" in label]
    assert panel.headings() == ["Front", "Back"]
    edit = panel.findChild(QLineEdit)
    assert edit is not None
    assert edit.placeholderText() == "Filter regions\u2026"


def test_a_heading_stays_only_while_a_region_under_it_passes_the_filter(
    panel: RegionListPanel,
) -> None:
    panel.set_filter_text("neck")
    assert panel.headings() == ["Back"]
    panel.set_filter_text("knee")
    assert panel.headings() == ["Front"]
    panel.set_filter_text("")
    assert panel.headings() == ["Front", "Back"]


def test_ruled_out_and_resting_regions_say_so_in_words(panel: RegionListPanel) -> None:
    panel.set_region_states(
        {
            "front-kneecap-left": ("blocked", "Fresh injury"),
            "back-neck": ("caution", "Take care here"),
            "front-thigh-right": ("blocked", "Stopped today because it hurt"),
        },
        resting=["front-thigh-right"],
    )
    assert panel.region_status("front-kneecap-left") == "Ruled out"
    assert panel.region_status("front-thigh-right") == "Resting today"
    assert panel.region_status("back-neck") == "Take care"
    assert panel.region_status("front-face") == ""
    model = _list(panel).model()
    rows = {str(model.index(row, 0).data()): model.index(row, 0) for row in range(model.rowCount())}
    knee = rows["Left kneecap"]
    assert "Ruled out" in str(knee.data(Qt.ItemDataRole.AccessibleTextRole))
    assert "Fresh injury" in str(knee.data(Qt.ItemDataRole.ToolTipRole))
    # The status is a second line: the row is taller than one without.
    view = _list(panel)
    assert view.sizeHintForIndex(knee).height() > view.sizeHintForIndex(rows["Face"]).height()
    panel.set_region_states({})
    assert panel.region_status("front-kneecap-left") == ""


def test_rows_are_in_the_body_size_with_room_around_them(panel: RegionListPanel) -> None:
    view = _list(panel)
    model = view.model()
    face = next(
        model.index(row, 0)
        for row in range(model.rowCount())
        if model.index(row, 0).data() == "Face"
    )
    # A raw list drew ~11 px text in 17 px rows flush against the edge.
    assert view.sizeHintForIndex(face).height() >= BODY + 2 * S
    assert view.mapTo(panel, view.rect().topLeft()).x() >= S


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
    index = view.model().index(3, 0)  # the "Front" heading is row 0
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


def test_the_keys_pass_over_the_headings(qtbot: QtBot, panel: RegionListPanel) -> None:
    edit = panel.findChild(QLineEdit)
    assert edit is not None
    QTest.keyClick(edit, Qt.Key.Key_Down)
    assert panel.current_region() == "front-face"  # the first region, not the heading
    view = _list(panel)
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert panel.current_region() == "front-face"
    last_front = panel.visible_region_ids().index("back-neck") - 1
    panel.set_current_region(panel.visible_region_ids()[last_front])
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert panel.current_region() == "back-neck"

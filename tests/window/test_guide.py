"""The region guide shows every technique and every warning for every region."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget
from pytestqt.qtbot import QtBot
from tests.guide_parts import (
    guide_view,
    list_texts,
    routines_list,
    start_button,
    stop_banner,
    techniques_list,
)

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Performer
from massage_desktop.ui.guide.colours import guide_colours
from massage_desktop.ui.guide.html import STOP_RULE, technique_html
from massage_desktop.ui.guide.lists import chosen_first, show_rows
from massage_desktop.ui.guide.panel import GuidePanel
from massage_desktop.ui.main_window import MainWindow

# Regions whose guides take different paths: a joint with its own light-pressure warning (the
# kneecap), region warnings (the calf's varicose veins), the spine's neighbour (the neck), a
# middle region with no side (the abdomen), a right-side foot, and the knee the routines use.
# Every region's technique list is checked in test_guide_cards; every region's guide content
# in test_every_guide_names_its_techniques_warnings_and_steps below.
SHOWN_IN_THE_WINDOW = [
    "front-knee-left",
    "front-kneecap-left",
    "back-calf-left",
    "back-neck",
    "front-abdomen",
    "front-foot-right",
]


def test_a_chosen_region_shows_its_techniques_and_their_warnings(
    window: MainWindow, catalog: Catalog
) -> None:
    guide = window.guide
    techniques = techniques_list(guide)
    for region_id in SHOWN_IN_THE_WINDOW:
        region = catalog.regions[region_id]
        window.select_region(region_id)
        assert guide.region() == region_id
        # Myself (the default "Who massages") first, then the guides' order.
        expected = chosen_first(catalog.techniques_for_region(region_id), Performer.SELF)
        shown = list_texts(techniques)
        assert [s.split("  · ")[0] for s in shown] == [t.name for t in expected], region_id
        for row, technique in enumerate(expected):
            techniques.setCurrentRow(row)
            text = guide.guide_text()
            assert technique.title in text
            for warning in catalog.warnings_for(technique, region_id):
                assert warning.title in text, (region_id, technique.id, warning.id)
            for own in technique.warnings:
                assert own.text in text, (region_id, technique.id)
            for step in technique.steps:
                assert step.instruction in text, (region_id, technique.id)
        assert stop_banner(guide).text().endswith(STOP_RULE), region.name


def test_every_guide_names_its_techniques_warnings_and_steps(
    qapp: QApplication, catalog: Catalog
) -> None:
    """Every region with every technique: the guide the panel builds, without drawing it.

    Showing each of the ~290 guides in a window took a tenth of the whole suite's time while
    the window's part is the same for all of them (test above); what differs between regions
    is the content, which this checks for each one in the HTML the guide shows (warnings
    inline, as in a printed or stand-alone guide: the panel moves the same boxes to its card).
    """
    colours = guide_colours(qapp.palette())
    checked = 0
    for region_id in catalog.regions:
        for technique in catalog.techniques_for_region(region_id):
            page = technique_html(catalog, technique, region_id, colours)
            assert escape(technique.title) in page, (region_id, technique.id)
            for warning in catalog.warnings_for(technique, region_id):
                assert escape(warning.title) in page, (region_id, technique.id, warning.id)
            for own in technique.warnings:
                assert escape(own.text) in page, (region_id, technique.id)
            for step in technique.steps:
                assert escape(step.instruction) in page, (region_id, technique.id)
            checked += 1
    assert checked >= len(catalog.regions)


def test_techniques_are_in_the_guides_order(catalog: Catalog) -> None:
    order = ["prepare", "warm_up", "main", "finish"]
    for region_id in catalog.regions:
        phases = [order.index(t.phase) for t in catalog.techniques_for_region(region_id)]
        assert phases == sorted(phases), region_id


def test_warnings_sit_above_the_steps(qtbot: QtBot, catalog: Catalog) -> None:
    panel = GuidePanel(catalog)
    qtbot.addWidget(panel)
    panel.show_region("back-calf-left")
    panel.show_technique("flushing")
    text = panel.guide_text()
    assert "varicose" in text.lower()
    assert text.lower().index("varicose") < text.index("Steps")


def test_kneecap_and_neck_warnings(qtbot: QtBot, catalog: Catalog) -> None:
    panel = GuidePanel(catalog)
    qtbot.addWidget(panel)
    panel.show_region("front-kneecap-left")
    panel.show_technique("patellar-mobilisation")
    assert "light" in panel.guide_text().lower()
    panel.show_region("back-neck")
    panel.show_technique("neck-thumb-strokes")
    assert "spine" in panel.guide_text().lower()


def test_step_link_emits_and_emphasises(qtbot: QtBot, catalog: Catalog) -> None:
    panel = GuidePanel(catalog)
    qtbot.addWidget(panel)
    panel.show_region("front-thigh-left")
    panel.show_technique("quadriceps-thumb-stripping")
    from PySide6.QtCore import QUrl

    with qtbot.waitSignal(panel.stepActivated) as blocker:
        guide_view(panel).anchorClicked.emit(QUrl("step:1"))
    assert blocker.args == ["quadriceps-thumb-stripping", 1]


def test_start_buttons_disabled_with_reason_until_the_player_exists(
    qtbot: QtBot, catalog: Catalog
) -> None:
    panel = GuidePanel(catalog)
    qtbot.addWidget(panel)
    panel.show_region("front-knee-left")
    start = start_button(panel)
    assert not start.isEnabled()
    assert start.toolTip()
    panel.set_player_available(True)
    with qtbot.waitSignal(panel.startTechniqueRequested) as blocker:
        start.click()
    assert blocker.args == [panel.technique()]


def test_safety_page_from_panel_and_help_menu(window: MainWindow, catalog: Catalog) -> None:
    window.guide.safetyRequested.emit()
    dialog = window.show_safety()
    text = dialog.text()
    assert STOP_RULE in text
    for warning in catalog.contraindications.values():
        assert warning.title in text
    for principle in [*catalog.principles, *catalog.seek_help]:
        assert principle.title in text
    # Closed here: left open, it kept the next test's window from getting mouse moves (seen
    # in test_hover_caption.py).
    dialog.close()


def test_guide_text_is_selectable_and_focusable(window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    browser = guide_view(window.guide)
    assert browser.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert browser.focusPolicy() != Qt.FocusPolicy.NoFocus
    assert browser.accessibleName()


def test_rows_shown_again_keep_their_items_and_start_afresh(qtbot: QtBot) -> None:
    view = QListWidget()
    qtbot.addWidget(view)
    view.resize(200, 40)
    rows = [(f"id-{n}", f"Row {n}", f"Tip {n}") for n in range(10)]
    show_rows(view, rows)
    first = view.item(0)
    view.setCurrentRow(7)
    view.scrollToBottom()
    show_rows(view, list(rows))
    assert view.item(0) is first
    assert view.currentRow() == -1
    assert not view.selectedItems()
    assert view.verticalScrollBar().value() == 0
    show_rows(view, rows[:3])
    assert [view.item(n).text() for n in range(view.count())] == ["Row 0", "Row 1", "Row 2"]
    assert view.item(2).toolTip() == "Tip 2"


def test_the_other_side_with_the_same_techniques_shows_its_own_guide(
    window: MainWindow, qtbot: QtBot
) -> None:
    guide = window.guide
    techniques = techniques_list(guide)
    window.select_region("front-knee-right")
    item = techniques.item(0)
    techniques.setCurrentRow(techniques.count() - 1)
    with qtbot.waitSignal(guide.techniqueSelected) as shown:
        window.select_region("front-knee-left")
    first = techniques.item(0).data(Qt.ItemDataRole.UserRole)
    assert techniques.item(0) is item  # the same rows, kept
    assert shown.args == [first]
    assert guide.technique() == first
    assert techniques.currentRow() == 0
    assert routines_list(guide).currentRow() == -1

"""What can be done with a routine are app buttons, not links in the guide's text (walk 8, 9)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.guide.panel import GuidePanel
from massage_desktop.ui.guide.routine_buttons import RoutineButtons


def test_a_built_in_routine_offers_save_as_mine_and_more_as_buttons(
    qtbot: QtBot, catalog: Catalog
) -> None:
    panel = GuidePanel(catalog)
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.show()
    panel.show_region("front-knee-left")
    panel.show_routine("knee-care")
    # No blue underlined links in the text: "Edit · Duplicate · Delete · Export…".
    assert "routine:" not in panel.column.browser.toHtml()
    buttons = panel.column.routine_buttons
    assert buttons.isVisibleTo(panel)
    assert buttons.main.text() == "Save as my routine"
    assert [a.text() for a in buttons.menu_actions()] == ["Export…"]
    assert "Knee care" in buttons.more.accessibleName()
    asked: list[tuple[str, str]] = []
    panel.routineActionRequested.connect(lambda action, rid: asked.append((action, rid)))
    QTest.mouseClick(buttons.main, Qt.MouseButton.LeftButton)
    buttons.menu_actions()[0].trigger()
    assert asked == [("save-as-mine", "knee-care"), ("export", "knee-care")]
    # A technique has no routine buttons.
    panel.column.tab_buttons[0].click()
    assert not buttons.isVisibleTo(panel)


def test_an_own_routine_is_edited_from_the_button_and_deleted_from_the_menu(
    qtbot: QtBot,
) -> None:
    buttons = RoutineButtons()
    qtbot.addWidget(buttons)
    buttons.show_for("Evening knee", own=True)
    assert buttons.main.text() == "Edit"
    assert [a.text() for a in buttons.menu_actions()] == ["Duplicate", "Export…", "Delete"]
    assert buttons.more.accessibleName() == "More for “Evening knee”"

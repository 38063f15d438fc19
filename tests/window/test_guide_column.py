"""The guide pane reads as one column: nothing in it scrolls on its own, nothing is cut."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.guide.panel import GuidePanel


def test_cards_and_guide_scroll_as_one_column(qtbot: QtBot, catalog: Catalog) -> None:
    panel = GuidePanel(catalog)
    qtbot.addWidget(panel)
    panel.resize(400, 600)
    panel.show()
    panel.show_region("front-knee-left")
    qtbot.waitUntil(lambda: panel._column.verticalScrollBar().maximum() > 0)
    # The cards and the guide are whole; only the column around them scrolls.
    assert panel._techniques.verticalScrollBar().maximum() == 0
    assert panel._browser.verticalScrollBar().maximum() == 0
    assert panel._browser.height() >= panel._browser.document().size().height()


def test_start_button_shows_its_whole_text(qtbot: QtBot, catalog: Catalog) -> None:
    panel = GuidePanel(catalog)
    qtbot.addWidget(panel)
    panel.resize(380, 600)
    panel.show()
    panel.show_region("front-knee-left")
    longest = max(catalog.techniques_for_region("front-knee-left"), key=lambda t: len(t.title))
    panel.show_technique(longest.id)
    button = panel._start
    lines = button.text().split("\n")
    assert len(lines) >= 2  # the time has a line of its own
    assert " ".join(lines[:-1]) == f"Start: {longest.title}"
    metrics = button.fontMetrics()
    qtbot.waitUntil(lambda: button.height() >= len(lines) * metrics.height())
    for line in lines:
        assert metrics.horizontalAdvance(line) < button.width() - button.iconSize().width()
    assert button.accessibleName().startswith(f"Start: {longest.title} · ")

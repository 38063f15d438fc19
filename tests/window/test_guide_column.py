"""The guide pane reads as one column: nothing in it scrolls on its own, nothing is cut."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from tests.guide_parts import guide_view, start_button, techniques_list

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.phases import Timing
from massage_desktop.engine.plan import build_plan
from massage_desktop.ui.guide.panel import GuidePanel
from massage_desktop.ui.player.display import clock_text


def test_cards_and_guide_scroll_as_one_column(qtbot: QtBot, catalog: Catalog) -> None:
    panel = GuidePanel(catalog)
    qtbot.addWidget(panel)
    panel.resize(400, 600)
    panel.show()
    panel.show_region("front-knee-left")
    qtbot.waitUntil(lambda: panel.column.verticalScrollBar().maximum() > 0)
    # The cards and the guide are whole; only the column around them scrolls.
    browser = guide_view(panel)
    assert techniques_list(panel).verticalScrollBar().maximum() == 0
    assert browser.verticalScrollBar().maximum() == 0
    assert browser.height() >= browser.document().size().height()


def test_start_button_has_a_short_fixed_label_under_the_name(
    qtbot: QtBot, catalog: Catalog
) -> None:
    panel = GuidePanel(catalog)
    qtbot.addWidget(panel)
    panel.resize(380, 600)
    panel.show()
    panel.show_region("front-knee-left")
    longest = max(catalog.techniques_for_region("front-knee-left"), key=lambda t: len(t.name))
    panel.show_technique(longest.id)
    button = start_button(panel)
    # One line, never the name: "Start · 1:30" (or "Start" for a counted technique).
    assert "\n" not in button.text()
    assert longest.name not in button.text()
    assert button.text().startswith("Start")
    metrics = button.fontMetrics()
    room = button.width() - button.iconSize().width()
    assert metrics.horizontalAdvance(button.text()) < room
    assert button.accessibleName().startswith(f"Start: {longest.name}")
    timed = next(t for t in catalog.techniques_for_region("front-knee-left") if t.planned_seconds)
    panel.show_technique(timed.id)
    # The session's length, reading pauses included, as the "Before you start" sheet says.
    plan = build_plan(catalog, timed, focus="front-knee-left")
    assert button.text() == f"Start · {clock_text(plan.total_s(Timing()))}"

"""Changes made inside ``updates_held`` reach the guide once, at the end.

A starting window set the screening, the recent sessions, the rests and the rest day one after
the other, and each rebuilt the welcome's routine cards (every routine planned and screened).
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from tests.guide_parts import routines_list

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.guide.panel import GuidePanel


def card_texts(panel: GuidePanel) -> list[str]:
    rows = routines_list(panel)
    return [rows.item(i).text().replace("\xa0", " ") for i in range(rows.count())]


def test_held_changes_show_together_when_the_hold_ends(qtbot: QtBot, catalog: Catalog) -> None:
    panel = GuidePanel(catalog)
    qtbot.addWidget(panel)
    before = card_texts(panel)
    assert before
    with panel.updates_held():
        panel.set_rest_day(True)
        panel.set_resting(["front-knee-right"])
        assert card_texts(panel) == before  # nothing rebuilt yet
    after = card_texts(panel)
    assert after != before
    assert all("rest day" in text for text in after), after


def test_without_a_hold_a_change_shows_at_once(qtbot: QtBot, catalog: Catalog) -> None:
    panel = GuidePanel(catalog)
    qtbot.addWidget(panel)
    panel.set_rest_day(True)
    assert all("rest day" in text for text in card_texts(panel))

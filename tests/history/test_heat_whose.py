"""Progress's body map says whose places it counts: yours, your partner's, or both together.

Walk 12 (91/92): one map and "Most massaged: Right calf 1 · Lower back 1", the calf the
partner's and the back one's own, with no word of whose.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot
from tests.history.conftest import TODAY, ZONE, MakeSession, WindowFactory

from massage_desktop.domain.catalog import Catalog
from massage_desktop.storage.history import HistoryStore
from massage_desktop.ui.history import HistoryWindow


def ago(days: int) -> datetime:
    day = TODAY - timedelta(days=days)
    return datetime(day.year, day.month, day.day, 19, tzinfo=ZONE)


def _progress(window: HistoryWindow) -> HistoryWindow:
    window.tabs.setCurrentWidget(window.progress)
    return window


def test_the_map_is_titled_with_whose_sessions_it_counts(
    store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    store.insert_many(
        [
            session("mine", ago(1), regions=["back-lower-back"]),
            session("tom", ago(40), regions=["back-calf-right"], performer="partner"),
        ]
    )
    window = _progress(make_window())  # kept: the panel goes with its window
    heat = window.progress.heat
    # The last 30 days: your own sessions only, said as before.
    assert heat.title() == "Most massaged regions (sessions)"
    assert heat.map.accessibleName() == "Body map of where you massaged"
    heat.set_period_days(0)  # all time: the partner's calf too
    assert heat.title() == "Most massaged regions, yours and your partner's together (sessions)"
    assert heat.map.accessibleName() == (
        "Body map of where you massaged yourself and your partner, together"
    )


def test_a_map_of_partner_sessions_only_says_so(
    store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    store.insert_many([session("tom", ago(2), regions=["back-calf-right"], performer="partner")])
    window = _progress(make_window())  # kept: the panel goes with its window
    heat = window.progress.heat
    assert heat.title() == "Most massaged regions on your partner (sessions)"
    assert heat.most_text() == "Right calf \u2014 1 session"


@pytest.mark.usefixtures("german")
def test_in_german(
    qtbot: QtBot, store: HistoryStore, german_catalog: Catalog, svg: bytes, session: MakeSession
) -> None:
    store.insert_many(
        [
            session("mine", ago(1), regions=["back-lower-back"]),
            session("tom", ago(2), regions=["back-calf-right"], performer="partner"),
        ]
    )
    window = HistoryWindow(store, german_catalog, svg, lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    heat = _progress(window).progress.heat
    assert heat.title() == (
        "Am häufigsten massierte Körperstellen, Ihre und die Ihres Partners zusammen (Sitzungen)"
    )

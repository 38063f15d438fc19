"""The session list: grouped by day, filtered, and loaded a page at a time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from tests.widgets import line_edit

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import Outcome, SessionRecord
from massage_desktop.storage.history import HistoryStore
from massage_desktop.storage.listing import SessionFilter
from massage_desktop.ui.history.session_list import SessionListPane
from massage_desktop.ui.history.session_model import PAGE_SIZE, SESSION_ID_ROLE, SessionListModel

MakeSession = Callable[..., SessionRecord]
TODAY = date(2026, 5, 29)  # the fixtures' today
ZONE = timezone(timedelta(hours=2))
KNEE = "front-knee-left"


def at(day: date, hour: int = 19, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZONE)


def shown_days(model: SessionListModel) -> list[str]:
    """The headings' texts, top to bottom."""
    rows = range(model.rowCount())
    # Non-breaking spaces (``keep_units``) read as spaces.
    heads = [str(model.index(row, 0).data()) for row in rows if model.is_heading(row)]
    return [head.replace("\u00a0", " ") for head in heads]


def shown_ids(model: SessionListModel) -> list[list[str]]:
    """The session ids under each heading, top to bottom."""
    groups: list[list[str]] = []
    for row in range(model.rowCount()):
        if model.is_heading(row):
            groups.append([])
        else:
            groups[-1].append(model.index(row, 0).data(SESSION_ID_ROLE))
    return groups


def make_pane(qtbot: QtBot, store: HistoryStore, catalog: Catalog) -> SessionListPane:
    pane = SessionListPane(store, catalog, lambda: TODAY)
    qtbot.addWidget(pane)
    pane.resize(500, 600)
    pane.show()
    qtbot.waitExposed(pane)
    pane.reload()
    return pane


def test_sessions_are_grouped_by_day_newest_first(
    qtbot: QtBot, store: HistoryStore, catalog: Catalog, session: MakeSession
) -> None:
    yesterday = TODAY - timedelta(days=1)
    store.insert_many(
        [
            session("y-morning", at(yesterday, 8), steps=3),
            session("t-morning", at(TODAY, 7)),
            session("t-evening", at(TODAY, 20)),
            session("old", at(TODAY - timedelta(days=6), 19), steps=1),
        ]
    )
    pane = make_pane(qtbot, store, catalog)
    model = pane.model
    assert shown_ids(model) == [["t-evening", "t-morning"], ["y-morning"], ["old"]]
    days = shown_days(model)
    assert days[0].startswith("Today")
    assert "2 sessions, 4 min" in days[0]
    assert days[1].startswith("Yesterday")
    assert days[2].startswith("Saturday 23 May 2026")
    assert [model.index(1, c).data() for c in range(4)] == [
        "20:00",
        "Neck and shoulder kneading",
        "2 min",
        "Completed",
    ]
    assert model.index(1, 0).flags() & Qt.ItemFlag.ItemIsSelectable
    assert not model.index(0, 0).flags() & Qt.ItemFlag.ItemIsSelectable
    assert pane.view.columnSpan(0, 0) == 4  # the heading reads across the row
    assert pane.count_text() == "4 sessions in all"


def test_filters_narrow_the_list(
    qtbot: QtBot, store: HistoryStore, catalog: Catalog, session: MakeSession
) -> None:
    store.insert_many(
        [
            session("knee", at(TODAY, 8), regions=[KNEE]),
            session("neck", at(TODAY, 9)),
            session("hurt", at(TODAY, 10), regions=[KNEE], outcome=Outcome.STOPPED_FOR_PAIN),
            session(
                "routine", at(TODAY, 11), regions=[KNEE], kind="routine", subject_id="knee-care"
            ),
        ]
    )
    pane = make_pane(qtbot, store, catalog)
    filters = pane.filters
    filters.set_region(KNEE)
    assert shown_ids(pane.model) == [["routine", "hurt", "knee"]]
    filters.set_outcome(Outcome.STOPPED_FOR_PAIN)
    assert shown_ids(pane.model) == [["hurt"]]
    assert pane.count_text() == "1 session matches the filters"
    filters.set_outcome(None)
    filters.set_subject("routine", "knee-care")
    assert shown_ids(pane.model) == [["routine"]]
    assert str(pane.model.index(1, 1).data()) == "Knee care (routine)"
    filters.set_subject("technique", "temple-rub")
    assert pane.model.rowCount() == 0
    assert pane.empty_text() == "No sessions match these filters."
    filters.clear()
    assert pane.model.total() == 4
    assert filters.current_filter() == SessionFilter()


def test_typing_part_of_a_region_name_picks_it(
    qtbot: QtBot, store: HistoryStore, catalog: Catalog, session: MakeSession
) -> None:
    store.insert_many([session("knee", at(TODAY, 8), regions=[KNEE]), session("neck")])
    pane = make_pane(qtbot, store, catalog)
    edit = line_edit(pane.filters, "Type to search regions")
    edit.setFocus()
    edit.setText(
        "left knee"
    )  # typing would open the completer popup, which offscreen Qt warns about
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert pane.filters.current_filter().region_id == KNEE
    assert shown_ids(pane.model) == [["knee"]]


def test_an_empty_history_says_how_to_start(
    qtbot: QtBot, store: HistoryStore, catalog: Catalog
) -> None:
    pane = make_pane(qtbot, store, catalog)
    assert pane.empty_text() == "No sessions yet \u2014 start one from the guide."
    assert pane.count_text() == "0 sessions in all"


def test_only_the_first_page_is_loaded_until_more_is_asked_for(
    qtbot: QtBot, store: HistoryStore, catalog: Catalog, session: MakeSession
) -> None:
    first = at(TODAY, 20)
    store.insert_many(
        session(f"s{n:04d}", first - timedelta(minutes=37 * n), steps=1) for n in range(1000)
    )
    pane = make_pane(qtbot, store, catalog)
    model = pane.model
    assert model.total() == 1000
    assert model.loaded() == PAGE_SIZE  # the viewport is far from the end of the first page
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.loaded() == 2 * PAGE_SIZE
    # Scrolling to the end asks for the next page, as a user reaching the bottom would.
    pane.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.loaded() == 3 * PAGE_SIZE)
    ids = [s for day in shown_ids(model) for s in day]
    assert ids == [f"s{n:04d}" for n in range(3 * PAGE_SIZE)]  # no gap, no repeat
    # The day at a page boundary is continued by the next page, not split in two.
    assert len(shown_days(model)) == len({d.split("  ")[0] for d in shown_days(model)})
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.loaded() == 1000
    assert not model.canFetchMore(QModelIndex())


def test_removing_a_session_keeps_the_paging_in_step(
    qtbot: QtBot, store: HistoryStore, catalog: Catalog, session: MakeSession
) -> None:
    store.insert_many(
        session(f"s{n:04d}", at(TODAY, 20) - timedelta(hours=5 * n), steps=1) for n in range(450)
    )
    pane = make_pane(qtbot, store, catalog)
    model = pane.model
    store.delete("s0003")
    assert model.remove_session("s0003")
    assert not model.remove_session("s0003")
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    ids = [s for day in shown_ids(model) for s in day]
    assert ids == [f"s{n:04d}" for n in range(450) if n != 3]
    assert model.total() == 449

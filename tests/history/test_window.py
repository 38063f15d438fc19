"""The history window: details, notes, delete with undo, the overview strip."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from tests.widgets import button
from tests.window.test_mnemonics import clashes, widget_texts

from massage_desktop.domain.enums import Side
from massage_desktop.domain.history import Outcome, SessionRecord, StepRecord, StepStatus
from massage_desktop.storage.history import HistoryStore
from massage_desktop.storage.settings import TEXT_SCALES
from massage_desktop.ui.design.tokens import S
from massage_desktop.ui.history import HistoryWindow, day_totals, wording

MakeSession = Callable[..., SessionRecord]
WindowFactory = Callable[[], HistoryWindow]
TODAY = date(2026, 5, 29)  # the fixtures' today, a Friday
ZONE = timezone(timedelta(hours=2))


def at(day: date, hour: int = 19) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=ZONE)


def knee_session() -> SessionRecord:
    start = at(TODAY, 18)
    steps = [
        StepRecord(
            position=n,
            technique_id="knee-warm-up-effleurage" if n == 0 else "patellar-mobilisation",
            step_index=0,
            region_ids=["front-knee-left"],
            side=Side.LEFT,
            planned_s=60.0,
            actual_s=actual,
            status=status,
            started_at=start + timedelta(minutes=n),
        )
        for n, (actual, status) in enumerate(
            [(65.0, StepStatus.DONE), (0.0, StepStatus.SKIPPED), (0.0, StepStatus.BLOCKED)]
        )
    ]
    return SessionRecord(
        id="knee",
        started_at=start,
        ended_at=start + timedelta(minutes=12),
        kind="routine",
        subject_id="knee-care",
        performer="partner",
        outcome=Outcome.STOPPED_FOR_PAIN,
        stop_reason="Sharp pain",
        ratings_before={"front-knee-left": 6},
        ratings_after={"front-knee-left": 3},
        notes="Ice afterwards.",
        steps=steps,
    )


def test_details_show_the_steps_times_and_ratings(
    store: HistoryStore, make_window: WindowFactory
) -> None:
    store.insert_many([knee_session()])
    window = make_window()
    details = window.details
    assert details.session_id() == "knee"  # the newest session is shown on opening
    texts = details.texts()
    assert texts["title"] == "Knee care"
    assert texts["when"] == "Friday 29 May 2026, 18:00 \u2013 18:12"
    # Whom the user massaged, not "Given by a partner" (walk 7, finding 14).
    assert texts["who"] == "Your partner"
    # How much was done, as "nothing done" says none (walk 10, b86).
    assert texts["result"] == "Stopped because it hurt \u00b7 1 step done \u2014 Sharp pain"
    assert texts["side"] == "Left side"
    # The steps done, not the session's 3 (walk 8, finding 5: "30 s over 13 steps" with 2 done).
    assert texts["time"] == "1 min 5 s \u00b7 1 step done"
    assert texts["ratings"] == "Left knee: 6 \u2192 3 (3 better)"
    assert texts["notes"] == "Ice afterwards."
    table = details.steps_table()
    assert table.rowCount() == 3
    # Named as the player named the step while it ran: the technique and the side.
    assert [table.cell_text(0, c) for c in range(5)] == [
        "1",
        "Knee warm-up strokes, left side",
        "Left knee",
        "1:05",
        "Done",
    ]
    # One format for the time worked (walk 9, P1-o); the plan is in the tooltip, and a step
    # left out never ran.
    assert [table.cell_text(row, 3) for row in (1, 2)] == ["0:00", "\u2013"]
    time_cell = table.item(1, 3)
    assert time_cell is not None
    assert time_cell.toolTip() == "0:00 of 1:00"
    assert [table.cell_text(row, 4) for row in (1, 2)] == ["Skipped", "Blocked (safety)"]


def test_notes_are_saved_after_a_pause_in_typing(
    qtbot: QtBot, store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    store.insert_many([session("a", at(TODAY))])
    window = make_window()
    window.details.set_save_delay(80)
    window.details.set_notes_text("Calves were tight.")
    assert store.get("a").notes == ""  # not on every keystroke
    qtbot.waitUntil(lambda: store.get("a").notes == "Calves were tight.", timeout=2000)


def test_notes_are_saved_when_another_session_is_chosen_or_the_window_closes(
    store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    store.insert_many([session("new", at(TODAY, 20)), session("old", at(TODAY, 8))])
    window = make_window()
    window.details.set_notes_text("First note")
    window.sessions.select_session("old")
    assert store.get("new").notes == "First note"
    assert window.details.session_id() == "old"
    window.details.set_notes_text("Second note")
    window.close()
    assert store.get("old").notes == "Second note"


def test_delete_offers_undo_and_undo_brings_the_session_back(
    qtbot: QtBot, store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    yesterday = TODAY - timedelta(days=1)
    store.insert_many(
        [
            session("today", at(TODAY)),
            session("y1", at(yesterday, 20)),
            session("y2", at(yesterday)),
        ]
    )
    window = make_window()
    assert window.overview.week_text() == "Massaged on 2 days this week"
    button(window.details, "Delete session").click()
    assert window.undo_bar.isVisible()
    assert window.undo_bar.text() == "Session of 29 May deleted."
    assert window.sessions.model.total() == 2
    assert window.details.session_id() == "y1"  # the next session took its place
    assert window.overview.week_text() == "Massaged on 1 day this week"  # yesterday still counts
    QTest.keyClick(window.sessions.view, Qt.Key.Key_Delete)  # the keyboard way
    assert window.undo_bar.session_id() == "y1"
    assert window.sessions.model.total() == 1
    button(window.undo_bar, "Undo").click()
    assert not window.undo_bar.isVisible()
    assert window.sessions.model.total() == 2
    assert window.details.session_id() == "y1"
    assert store.get("y1").id == "y1"
    try:
        store.get("today")
    except KeyError:
        pass
    else:  # pragma: no cover - the first delete was not undone
        raise AssertionError("only the last delete can be undone")


def test_the_overview_shows_days_this_week_and_minutes(
    store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    store.insert_many(
        [
            session("t", at(TODAY), steps=10),
            session("y", at(TODAY - timedelta(days=1)), steps=5),
            session("y2", at(TODAY - timedelta(days=2)), steps=5),
            session("old", at(TODAY - timedelta(days=30)), steps=20),
        ]
    )
    window = make_window()
    overview = window.overview
    assert overview.week_text() == "Massaged on 3 days this week"
    assert overview.calendar.massaged_days() == 4
    assert overview.days_text() == "Massaged on 4 days in the last 8 weeks."
    minutes = overview.chart.minutes()
    assert len(minutes) == 8
    assert minutes[-1] == 20.0  # Wednesday to Friday of this week
    assert minutes[-5] == 20.0  # the week of 29 April
    assert sum(minutes) == 40.0
    assert "This week 20 min" in overview.chart.summary()


def test_an_empty_history_explains_itself(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.sessions.empty_text() == "No sessions yet \u2014 start one from the guide."
    assert window.overview.week_text() == "No massage time yet this week"
    assert window.overview.chart.summary() == "No massage time in the last 8 weeks."
    assert window.overview.totals_text() == "0 sessions, 0 s massage time."
    assert window.details.session_id() is None


def test_store_failures_show_as_messages_not_tracebacks(
    store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    store.insert_many([session("a", at(TODAY))])
    window = make_window()
    store.close()  # as if the file had gone away under the app
    window.details.set_notes_text("Lost?")
    window.details.flush_notes()
    assert window.message_text().startswith("The notes were not saved. Could not save the notes")
    window.refresh()
    assert window.message_text().startswith("Could not read the history")
    assert window.sessions.empty_text() == "The sessions could not be read."


def test_screen_readers_hear_each_value_with_its_field(
    store: HistoryStore, make_window: WindowFactory
) -> None:
    store.insert_many([knee_session()])
    window = make_window()
    heard: set[str] = set()
    for label in window.details.findChildren(QLabel):
        interface = QAccessible.queryAccessibleInterface(label)
        if interface is not None and label.isVisible():
            heard.add(interface.text(QAccessible.Text.Name))
    assert "When: Friday 29 May 2026, 18:00 \u2013 18:12" in heard
    assert "Massaged: Your partner" in heard
    assert "Result: Stopped because it hurt \u00b7 1 step done \u2014 Sharp pain" in heard
    assert "Ratings before and after: Left knee: 6 \u2192 3 (3 better)" in heard


def test_escape_and_ctrl_w_close_the_window(qtbot: QtBot, make_window: WindowFactory) -> None:
    for keys in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                 (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)):  # fmt: skip
        window = make_window()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        QTest.keyClick(window, *keys)
        assert not window.isVisible()


def test_the_headline_counts_the_weeks_it_names_as_the_list_below_does(
    store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    # Two sessions today (one skipped through in no time), one five weeks ago, one long
    # before the eight weeks: the headline names its weeks and adds up what the list shows of
    # them with massage time.
    skipped = session("skipped", at(TODAY, 9), steps=2, status=StepStatus.SKIPPED)
    steps = [step.model_copy(update={"actual_s": 0.0}) for step in skipped.steps]
    store.insert_many(
        [
            session("t", at(TODAY), steps=10),
            skipped.model_copy(update={"steps": steps}),
            session("five", at(TODAY - timedelta(weeks=5)), steps=5),
            session("old", at(TODAY - timedelta(weeks=20)), steps=20),
        ]
    )
    window = make_window()
    overview = window.overview
    titles = [label.text() for label in overview.findChildren(QLabel)]
    assert "Last 8 weeks" in titles
    assert "Minutes per week, last 8 weeks" in titles
    assert overview.days_text() == "Massaged on 2 days in the last 8 weeks."
    first = overview.calendar.first_day()
    model = window.sessions.model
    listed = [
        summary
        for row in range(model.rowCount())
        if (summary := model.summary(model.index(row, 0))) is not None
        and summary.started_at.date() >= first
    ]
    # Of them, the sessions with massage time: the one rule of every total (walk 9, P1-g).
    worked = [s for s in listed if s.active_s > 0]
    seconds = sum(summary.active_s for summary in worked)
    assert len(listed) == 3
    assert len(worked) == 2
    # The one without massage time is named apart, as the list's day names it (walk 10, b104).
    assert overview.totals_text() == (
        f"2 sessions, {wording.minutes_text(seconds)} massage time, plus 1 without massage time."
    )
    assert window.sessions.count_text() == "4 sessions in all"


def _sided(session_id: str, sides: list[Side], region: str) -> SessionRecord:
    """A knee routine with one done step per side given, on ``region`` (sided by its id)."""
    record = knee_session()
    steps = [
        record.steps[0].model_copy(
            update={
                "position": n,
                "side": side,
                "region_ids": [region.replace("-left", f"-{side.value}")],
            }
        )
        for n, side in enumerate(sides)
    ]
    return record.model_copy(
        update={"id": session_id, "steps": steps, "ratings_before": {}, "ratings_after": {}}
    )


def test_the_details_say_which_side_was_worked_both_in_words(
    store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    store.insert_many(
        [
            _sided("both", [Side.LEFT, Side.RIGHT], "front-knee-left"),
            _sided("right", [Side.RIGHT], "front-knee-left"),
            session("neck", at(TODAY - timedelta(days=1)), ("back-neck",)),
        ]
    )
    window = make_window()
    shown = {}
    for session_id in ("both", "right", "neck"):
        assert window.sessions.select_session(session_id)
        shown[session_id] = window.details.texts()["side"]
    # Both knees: said so, not left out; the neck has no side and no "Side:" row.
    assert shown == {"both": "Both sides", "right": "Right side", "neck": ""}
    labels = {label.text() for label in window.details.findChildren(QLabel)}
    assert {"Side:", "Massage time:"} <= labels
    assert "Time:" not in labels  # a bare time beside "When:" said nothing of what it was
    header = window.sessions.model.headerData(2, Qt.Orientation.Horizontal, 0)
    assert header == "Massage time"


@pytest.mark.usefixtures("german")
def test_both_sides_reads_beide_seiten_in_german(
    store: HistoryStore, make_window: WindowFactory
) -> None:
    store.insert_many([_sided("both", [Side.LEFT, Side.RIGHT], "front-knee-left")])
    window = make_window()
    assert window.details.texts()["side"] == "Beide Seiten"
    assert window.sessions.model.headerData(2, Qt.Orientation.Horizontal, 0) == "Massagezeit"


def test_a_session_with_nothing_done_counts_nowhere_in_the_overview(
    store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    # Walk 8, finding 5: "No massage yet this week · Massaged on 0 days · 1 session, 0 s"
    # beside "No sessions in the last 8 weeks". The list keeps it; its day says it had none.
    # Every line says what it counts, massage time: "0 sessions, 0 s massage time, plus 2
    # without massage time" and "No sessions in the last 8 weeks" stood over "Today · 2
    # sessions" (a new user's reading).
    for name, hour in (("skipped", 9), ("again", 10)):
        skipped = session(name, at(TODAY, hour), steps=2, status=StepStatus.SKIPPED)
        steps = [step.model_copy(update={"actual_s": 0.0}) for step in skipped.steps]
        store.insert_many([skipped.model_copy(update={"steps": steps})])
    window = make_window()
    overview = window.overview
    assert overview.week_text() == "No massage time yet this week"
    assert overview.totals_text() == "2 sessions, none with massage time."
    assert overview.chart.summary() == "No massage time in the last 8 weeks."
    assert window.sessions.count_text() == "2 sessions in all"
    heading = window.sessions.model.data(window.sessions.model.index(0, 0))
    assert heading.replace("\u00a0", " ") == "Today  \u00b7  2 sessions, none with massage time"


def test_one_session_without_massage_time_is_one_session_in_the_header() -> None:
    assert day_totals.totals_text(0, 0, 1) == "1 session, without massage time"
    assert day_totals.totals_text(1, 83, 1) == (
        "1 session, 1 min 23 s massage time, plus 1 without massage time"
    )


@pytest.mark.usefixtures("german")
def test_the_german_history_says_massage_time_where_it_counts_it() -> None:
    assert day_totals.totals_text(0, 0, 2) == "2 Sitzungen, keine mit Massagezeit"
    assert day_totals.week_text(0) == "Diese Woche noch keine Massagezeit"


def test_details_say_the_time_on_the_oil_apart_from_the_massage_time(
    store: HistoryStore, make_window: WindowFactory
) -> None:
    # Walk 8, finding 6: warming the oil counted as massage time, unsaid. It is not massage
    # time (it works no region, as the player records it), and is said apart.
    start = at(TODAY, 18)
    steps = [
        StepRecord(
            position=n,
            technique_id=technique,
            step_index=0,
            region_ids=[region] if region else [],
            actual_s=actual,
            status=StepStatus.DONE,
            started_at=start + timedelta(minutes=n),
        )
        for n, (technique, region, actual) in enumerate(
            [
                ("warm-oil", "", 20.0),
                ("knee-warm-up-effleurage", "front-knee-left", 40.0),
            ]
        )
    ]
    record = SessionRecord(
        id="oil",
        started_at=start,
        ended_at=start + timedelta(minutes=2),
        kind="routine",
        subject_id="knee-care",
        performer="self",
        outcome=Outcome.COMPLETED,
        steps=steps,
    )
    store.insert_many([record])
    window = make_window()
    assert window.details.texts()["time"] == (
        "40 s, not counting 20 s on the oil or warming the hands \u00b7 2 steps done"
    )
    [listed] = store.list_sessions()
    assert wording.length_text(listed.active_s) == "40 s"  # as the list gives it


def test_ratings_list_each_right_side_first_as_the_dialogs_ask(
    store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    # Walk 9, P1-n: the Start and After dialogs asked "Right leg" then "Left leg", the
    # summary and the history listed "Left leg" first.
    record = session("legs", at(TODAY)).model_copy(
        update={
            "ratings_before": {"leg-left": 5, "leg-right": 4},
            "ratings_after": {"leg-left": 3, "leg-right": 2},
        }
    )
    store.insert_many([record])
    window = make_window()
    lines = window.details.texts()["ratings"].replace("<br>", "\n").splitlines()
    assert [line.split(":")[0] for line in lines] == ["Right leg", "Left leg"]


def test_after_a_filter_change_the_details_show_a_listed_session(
    store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    # Walk 9, P2-d: a filter that matched nothing, then "Reset filters", left the details an
    # empty box under the list until a session was clicked ("Clear filters" in English).
    store.insert_many(
        [
            session("neck", at(TODAY, 9)),
            session("knee", at(TODAY, 8), regions=["front-knee-left"]),
        ]
    )
    window = make_window()
    filters = window.sessions.filters
    assert window.details.session_id() == "neck"
    filters.set_region("front-knee-left")  # the shown session no longer matches
    assert window.sessions.current_session_id() == "knee"
    assert window.details.session_id() == "knee"
    filters.set_subject("technique", "temple-rub")  # matches nothing
    assert not window.details.isVisible()
    button(window.sessions.filters, "Clear filters").click()
    assert window.details.isVisible()
    assert window.sessions.current_session_id() == "neck"  # the newest again
    assert window.details.session_id() == "neck"
    assert window.details.texts()["title"] == "Neck and shoulder kneading"
    filters.set_region("back-neck")  # the shown session still matches: it stays chosen
    assert window.details.session_id() == "neck"


def test_after_delete_the_focus_is_on_undo_and_the_bar_in_view(
    qtbot: QtBot, store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    """A second Enter cannot delete the next session, and the bar is seen (walk 17).

    At large text on 1024x700 the page was scrolled down to the details' Delete button, the
    bar appeared at its top out of sight, and the focus sat on the next session's Delete.
    """
    store.insert_many([session(f"s{n}", at(TODAY - timedelta(days=n))) for n in range(3)])
    window = make_window()
    window.resize(1024, 700)
    window.set_text_scale(TEXT_SCALES["extra_large"])
    QApplication.processEvents()  # the page takes its new least size from a posted layout
    delete = button(window.details, "Delete session")
    window.page.ensureWidgetVisible(delete)
    assert window.page.verticalScrollBar().value() > 0  # scrolled down to Delete
    delete.setFocus()
    QTest.keyClick(delete, Qt.Key.Key_Space)
    assert window.sessions.model.total() == 2
    undo = button(window.undo_bar, "Undo")
    assert undo.hasFocus()
    top = undo.mapTo(window.page.viewport(), undo.rect().topLeft()).y()
    assert top >= 0
    assert top + undo.height() <= window.page.viewport().height()
    # Enter, the next key pressed, brings it back and deletes nothing (it did nothing at
    # all on the focused Undo, walk 18; Space did).
    QTest.keyClick(undo, Qt.Key.Key_Return)
    assert window.sessions.model.total() == 3
    assert window.sessions.view.hasFocus()  # not passed on to a Delete button


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_two_controls_share_an_alt_letter_with_a_session_shown(
    request: pytest.FixtureRequest,
    language: str,
    store: HistoryStore,
    make_window: WindowFactory,
    session: MakeSession,
) -> None:
    """Alt+D was both "Sessions by day" and "Delete session" (walk 17).

    The mnemonic test's History was empty, so its Delete button and the Undo bar were never
    looked at.
    """
    if language == "de":
        request.getfixturevalue("german")
    store.insert_many([session("a", at(TODAY)), session("b", at(TODAY, 9))])
    window = make_window()
    window.details.deleteRequested.emit("a")  # the Undo bar shows too
    assert window.undo_bar.isVisible()
    assert not clashes(widget_texts(window)), clashes(widget_texts(window))


def test_each_filter_label_keeps_a_gap_before_its_box(make_window: WindowFactory) -> None:
    """The label "Technique:" touched its box at the large text size (walk 17)."""
    window = make_window()
    window.resize(1024, 700)
    window.set_text_scale(TEXT_SCALES["large"])
    QApplication.processEvents()
    for label in window.sessions.filters.findChildren(QLabel):
        box = label.buddy()
        if box is None or not label.isVisible():
            continue
        right = label.mapTo(
            window, label.rect().topLeft()
        ).x() + label.fontMetrics().horizontalAdvance(label.text().replace("&", ""))
        left = box.mapTo(window, box.rect().topLeft()).x()
        assert left - right >= S, (label.text(), left - right)

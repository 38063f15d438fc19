"""The history says what happened: result words, days counted, the week, in one rule.

The rule: a session counts as massage when it has massage time. Such a day is marked in the
calendar and counted in the overview; a session of 0 s stays listed and its day says so; a
session with no step done says "nothing done"; a run to the end with steps skipped is
"Finished", not "Completed", and "Mostly skipped" when fewer than half the steps that could run
were done.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone

from PySide6.QtWidgets import QComboBox

from massage_desktop.domain.enums import Side
from massage_desktop.domain.history import Outcome, SessionRecord, StepRecord, StepStatus
from massage_desktop.storage.history import HistoryStore
from massage_desktop.storage.stats import StepTally
from massage_desktop.ui.history import HistoryWindow, day_totals, wording

MakeSession = Callable[..., SessionRecord]
WindowFactory = Callable[[], HistoryWindow]
TODAY = date(2026, 5, 29)  # the fixtures' today, a Friday
ZONE = timezone(timedelta(hours=2))


def at(day: date, hour: int = 19) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=ZONE)


def mixed(session_id: str, start: datetime, done: int, skipped: int) -> SessionRecord:
    """A run to the end with ``done`` steps done, then ``skipped`` skipped."""
    statuses = [StepStatus.DONE] * done + [StepStatus.SKIPPED] * skipped
    return SessionRecord(
        id=session_id,
        started_at=start,
        ended_at=start + timedelta(minutes=len(statuses)),
        kind="routine",
        subject_id="knee-care",
        performer="self",
        outcome=Outcome.COMPLETED,
        steps=[
            StepRecord(
                position=n,
                technique_id="knee-warmup-strokes",
                step_index=n,
                region_ids=["front-knee-left"],
                actual_s=30.0 if status is StepStatus.DONE else 1.0,
                planned_s=30.0,
                status=status,
                started_at=start + timedelta(minutes=n),
            )
            for n, status in enumerate(statuses)
        ],
    )


def rows(window: HistoryWindow) -> list[str]:
    """Every row of the list as shown: headings, and sessions as "time | name | … | result"."""
    model = window.sessions.model
    shown = []
    for row in range(model.rowCount()):
        if model.is_heading(row):
            # Non-breaking spaces bind numbers to units (``keep_units``); they read as spaces.
            shown.append(str(model.index(row, 0).data()).replace("\u00a0", " "))
        else:
            shown.append(" | ".join(str(model.index(row, c).data()) for c in range(4)))
    return shown


def test_a_run_with_most_steps_skipped_is_not_called_completed(
    store: HistoryStore, make_window: WindowFactory
) -> None:
    store.insert_many([mixed("partial", at(TODAY), done=1, skipped=15)])
    window = make_window()
    # Fewer than half done: "Mostly skipped", as the summary heads it (walk 7, finding 7).
    assert rows(window)[1].endswith("| Mostly skipped \u00b7 1 of 16 done")
    assert window.details.texts()["result"] == "Mostly skipped \u00b7 1 of 16 done, 15 skipped"
    assert "Completed" not in " ".join(rows(window))
    assert window.overview.week_text() == "Massaged on 1 day this week"  # one step was done


def _idle(record: SessionRecord) -> SessionRecord:
    """``record`` with no massage time: each step passed over at once."""
    steps = [step.model_copy(update={"actual_s": 0.0}) for step in record.steps]
    return record.model_copy(update={"steps": steps})


def test_sessions_with_no_massage_time_say_so_and_count_nowhere(
    store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    store.insert_many(
        [
            _idle(session("a", at(TODAY, 9), steps=2, status=StepStatus.SKIPPED)),
            _idle(session("b", at(TODAY, 10), steps=1, status=StepStatus.SKIPPED)),
            session("y", at(TODAY - timedelta(days=1)), steps=2),
        ]
    )
    window = make_window()
    shown = rows(window)
    assert shown[0] == "Today  \u00b7  2 sessions, none with massage time"
    assert shown[1].endswith("| Mostly skipped \u00b7 0 of 1 step finished")
    assert shown[2].endswith("| Mostly skipped \u00b7 0 of 2 steps finished")
    assert shown[3] == "Yesterday  \u00b7  1 session, 2 min massage time"  # massaged: no remark
    assert shown[4].endswith("| Completed")
    # The list, the calendar and the overview count by the same rule: yesterday only.
    assert window.overview.calendar.massaged_days() == 1
    assert window.overview.days_text() == "Massaged on 1 day in the last 8 weeks."
    assert window.overview.week_text() == "Massaged on 1 day this week"


def test_the_header_counts_the_sessions_the_list_counts(
    store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    # Walk 10, b104: "1 session, 1 min 23 s massage time" stood above "Today · 3 sessions,
    # 1 min 23 s, 2 without massage time" after two stops for pain before any massage.
    store.insert_many(
        [
            _idle(session("a", at(TODAY, 9), steps=2, status=StepStatus.SKIPPED)),
            _idle(session("b", at(TODAY, 10), steps=1, status=StepStatus.SKIPPED)),
            session("c", at(TODAY, 11), steps=2),
        ]
    )
    window = make_window()
    assert rows(window)[0] == (
        "Today  \u00b7  1 session, 2 min massage time, plus 2 without massage time"
    )
    assert window.overview.totals_text() == (
        "1 session, 2 min massage time, plus 2 without massage time."
    )
    assert window.overview.week_text() == "Massaged on 1 day this week"


def test_a_session_stopped_before_a_step_was_done_still_counts_its_massage(
    store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    # Walk 9, P1-g: the header said "0 sessions, 0 s massage time" and "No sessions in the last
    # 8 weeks" above "Today · 2 sessions, 27 s": a Knee care stopped for pain after 21 s and a
    # leg massage skipped through with 6 s, neither with a step done.
    def unfinished(session_id: str, hour: int, seconds: float, outcome: Outcome) -> SessionRecord:
        record = session(session_id, at(TODAY, hour), steps=1, status=StepStatus.SKIPPED)
        step = record.steps[0].model_copy(update={"actual_s": seconds})
        return record.model_copy(update={"outcome": outcome, "steps": [step]})

    store.insert_many(
        [
            unfinished("hurt", 18, 21.0, Outcome.STOPPED_FOR_PAIN),
            unfinished("skipped", 19, 6.0, Outcome.STOPPED_EARLY),
        ]
    )
    window = make_window()
    assert rows(window)[0] == "Today  \u00b7  2 sessions, 27 s massage time"
    overview = window.overview
    assert overview.totals_text() == "2 sessions, 27 s massage time."
    assert overview.days_text() == "Massaged on 1 day in the last 8 weeks."
    assert overview.calendar.massaged_days() == 1
    assert overview.chart.summary() != "No sessions in the last 8 weeks."


def test_result_words_claim_no_more_than_the_steps_show() -> None:
    assert wording.result_text(Outcome.COMPLETED, StepTally(done=4)) == "Completed"
    assert (
        wording.result_text(Outcome.COMPLETED, StepTally(done=2, skipped=1, blocked=1), True)
        # Of the 3 steps that could run, as the player counted them (walk 8, finding 4).
        == "Finished \u00b7 2 of 3 done, 1 skipped, 1 left out for safety"
    )
    # How much was done, as "nothing done" says it for none (walk 10, b86).
    assert wording.result_text(Outcome.STOPPED_EARLY, StepTally(done=1, skipped=3)) == (
        "Ended early \u00b7 1 step done"
    )
    assert wording.result_text(
        Outcome.STOPPED_FOR_PAIN, StepTally(done=2, skipped=1, by_parts=True)
    ) == ("Stopped because it hurt \u00b7 2 parts done")
    assert wording.result_text(Outcome.STOPPED_FOR_PAIN, StepTally(skipped=1)) == (
        "Stopped because it hurt \u00b7 no step finished"
    )
    assert wording.result_text(Outcome.IN_PROGRESS, StepTally()) == "Still running"


def test_progress_counts_by_the_same_rule(
    store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    store.insert_many([session("a", at(TODAY), steps=2, status=StepStatus.SKIPPED)])
    window = make_window()
    window.tabs.setCurrentWidget(window.progress)
    heat = window.progress.heat
    # Two minutes on the neck, no step finished: the history counts the session, and so does
    # the map (walk 10, a98: it counted done steps only).
    assert heat.most_text() == "Back of the neck \u2014 1 session"
    assert window.progress.heat.map.region_heat() == {"back-neck": 1.0}


def test_a_step_done_on_one_side_only_is_one_step_and_not_completed(
    store: HistoryStore, make_window: WindowFactory
) -> None:
    start = at(TODAY)
    sides = [(Side.RIGHT, StepStatus.DONE), (Side.LEFT, StepStatus.SKIPPED)]
    record = SessionRecord(
        id="fanning",
        started_at=start,
        ended_at=start + timedelta(minutes=2),
        kind="technique",
        subject_id="thigh-fanning",
        performer="self",
        outcome=Outcome.COMPLETED,
        steps=[
            StepRecord(
                position=n,
                technique_id="thigh-fanning",
                step_index=0,
                region_ids=[f"front-thigh-{side.value}"],
                side=side,
                actual_s=97.0 if status is StepStatus.DONE else 1.0,
                repetitions=4,
                status=status,
                started_at=start + timedelta(minutes=n),
            )
            for n, (side, status) in enumerate(sides)
        ],
    )
    store.insert_many([record])
    window = make_window()
    # Both thighs are one step, as the player said "Step 1 of 1"; half of it is not "Completed".
    assert rows(window)[1].endswith("| Finished \u00b7 1 of 1 done")
    assert window.details.texts()["result"] == "Finished \u00b7 1 of 1 done, 1 on one side only"
    assert window.details.texts()["time"] == "1 min 38 s \u00b7 1 step done"
    # The day's heading and the totals give the one session's length as its row does.
    assert rows(window)[0].endswith(", 1 min 38 s massage time")
    assert " | 1 min 38 s | " in rows(window)[1]
    assert window.overview.totals_text() == "1 session, 1 min 38 s massage time."


def test_the_result_filter_names_both_words_for_a_run_to_the_end(
    store: HistoryStore, make_window: WindowFactory
) -> None:
    store.insert_many([mixed("partial", at(TODAY), done=2, skipped=2)])
    window = make_window()
    filters = window.sessions.filters
    filters.set_outcome(Outcome.COMPLETED)
    [box] = [b for b in filters.findChildren(QComboBox) if b.itemText(0) == "Any result"]
    # The filter that lists "Finished · 2 of 4 done" does not call itself "Completed" alone.
    assert box.currentText() == "Completed or finished"
    assert rows(window)[1].endswith("| Finished \u00b7 2 of 4 done")


def test_a_session_skipped_to_the_end_is_worded_as_its_summary_worded_it(
    store: HistoryStore, make_window: WindowFactory
) -> None:
    # Walk 8, check 5: "Skipped to the end" in the summary, "Ended early · nothing done" in
    # the history for the same session. Ended part-way with nothing done stays "Ended early".
    through = mixed("through", at(TODAY, 9), 0, 16).model_copy(
        update={"outcome": Outcome.STOPPED_EARLY}
    )
    partway = mixed("partway", at(TODAY, 8), 0, 3).model_copy(
        update={"outcome": Outcome.STOPPED_EARLY}
    )
    store.insert_many([through, partway])
    window = make_window()
    shown = rows(window)
    assert shown[1].endswith("| Skipped to the end \u00b7 0 of 16 steps finished"), shown
    assert shown[2].endswith("| Ended early \u00b7 no step finished"), shown
    window.sessions.select_session("through")
    assert window.details.texts()["result"] == "Skipped to the end \u00b7 0 of 16 steps finished"
    table = window.details.steps_table()
    # No step was under way at the end: none reads "Stopped here".
    assert table.cell_text(table.rowCount() - 1, 4) == "Skipped"


def test_the_german_header_names_the_sessions_without_massage_time(german: None) -> None:
    assert day_totals.totals_text(1, 83, 2) == (
        "1 Sitzung, 1 min 23 s Massagezeit, dazu 2 ohne Massagezeit"
    )


def test_german_ended_early_says_how_much_was_done(german: None) -> None:
    # Walk 10, b86: German read only "Vorzeitig beendet" after a step done, while English
    # after none said "Ended early · nothing done".
    assert wording.result_text(Outcome.STOPPED_EARLY, StepTally(done=1, skipped=3)) == (
        "Vorzeitig beendet \u00b7 1 Schritt erledigt"
    )

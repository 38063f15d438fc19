"""The History counts what the player counted: parts where it said "Part 14 of 24".

A routine that works the right side, then the left is counted by parts in the player and the
summary ("0 of 24 parts done · stopped in part 14"); the History counted steps and numbered its
rows "1, –, 2 R, 3 R, 4, –, –, 2 L, 3 L" (walk 9, X-e). Other routines keep their steps.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from tests.history.conftest import TODAY, WindowFactory, at
from tests.history.test_truthful_results import rows

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import Outcome, SessionRecord, StepRecord, StepStatus
from massage_desktop.engine.plan import build_plan
from massage_desktop.engine.step_count import counts_parts, part_number
from massage_desktop.storage.history import HistoryStore
from massage_desktop.storage.stats import StepTally
from massage_desktop.ui.history import HistoryWindow, wording
from massage_desktop.ui.history.session_model import SESSION_ID_ROLE


def _session(
    catalog: Catalog,
    session_id: str,
    routine: str,
    statuses: dict[int, StepStatus],
    outcome: Outcome = Outcome.COMPLETED,
    upto: int | None = None,
) -> SessionRecord:
    """A session of ``routine`` as its plan runs it: each entry done unless ``statuses`` says.

    ``upto``: the entries recorded (an early end records none after the one under way).
    """
    plan = build_plan(catalog, catalog.routines[routine])
    entries = plan.entries[:upto]
    start = at(TODAY, 9)
    steps = []
    for entry in entries:
        status = statuses.get(entry.index, StepStatus.DONE)
        steps.append(
            StepRecord(
                position=entry.index,
                technique_id=entry.technique_id,
                step_index=entry.step_index,
                # As the player records it: warming the oil works no region (engine.records).
                region_ids=[] if entry.prepares else list(entry.region_ids),
                side=entry.side,
                planned_s=30.0,
                actual_s=30.0 if status is StepStatus.DONE else 0.0,
                status=status,
                started_at=start + timedelta(minutes=entry.index),
            )
        )
    return SessionRecord(
        id=session_id,
        started_at=start,
        ended_at=start + timedelta(minutes=len(steps)),
        kind="routine",
        subject_id=routine,
        performer="partner",
        outcome=outcome,
        steps=steps,
    )


def _numbers(window: HistoryWindow) -> list[str]:
    table = window.details.steps_table()
    return [table.cell_text(row, 0) for row in range(table.rowCount())]


def _result_cell(window: HistoryWindow, session_id: str) -> str:
    model = window.sessions.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data(SESSION_ID_ROLE) == session_id:
            return str(model.index(row, 3).data())
    raise AssertionError(session_id)


def test_a_routine_counted_by_parts_is_numbered_and_counted_by_parts(
    store: HistoryStore, make_window: WindowFactory, catalog: Catalog
) -> None:
    # Partner leg: two steps on no side, eleven on the right, the same eleven on the left.
    # Two right-side parts left out for safety, one left-side part skipped.
    statuses = {3: StepStatus.BLOCKED, 4: StepStatus.BLOCKED, 20: StepStatus.SKIPPED}
    store.insert_many([_session(catalog, "leg", "partner-leg", statuses)])
    window = make_window()
    window.sessions.select_session("leg")
    numbers = _numbers(window)
    # The player's count only goes up, one a side; the left-out parts had no number.
    assert numbers[:6] == ["1", "2", "3", "\u2013", "\u2013", "4"], numbers
    assert numbers[-1] == "22", numbers
    assert not any(n.endswith(("R", "L")) for n in numbers), numbers
    texts = window.details.texts()
    # 24 parts, 2 left out: 22 could run, 21 done, as the summary counts them.
    assert texts["result"] == (
        "Finished \u00b7 21 of 22 parts done, 1 skipped, 2 left out for safety"
    ), texts
    assert texts["time"].endswith("\u00b7 21 parts done"), texts
    assert _result_cell(window, "leg") == "Finished \u00b7 21 of 22 parts done"


def test_a_routine_counted_by_parts_skipped_through_is_skipped_to_the_end(
    store: HistoryStore, make_window: WindowFactory, catalog: Catalog
) -> None:
    # Ankles: 9 parts over 5 numbered steps, one technique twice; folding its records by
    # technique made 6 "steps" of them, and the History said "Ended early" where the summary
    # said "Skipped to the end".
    plan = build_plan(catalog, catalog.routines["ankles-kneading"])
    skipped = {entry.index: StepStatus.SKIPPED for entry in plan.entries}
    through = _session(catalog, "through", "ankles-kneading", skipped, Outcome.STOPPED_EARLY)
    store.insert_many([through])
    window = make_window()
    assert _result_cell(window, "through") == "Skipped to the end \u00b7 0 of 9 parts finished"
    window.sessions.select_session("through")
    assert window.details.texts()["result"] == "Skipped to the end \u00b7 0 of 9 parts finished"
    assert _numbers(window) == [str(n) for n in range(1, 10)]
    # No part was under way at the end: none reads "Stopped here".
    assert window.details.steps_table().cell_text(8, 4) == "Skipped"


def test_a_routine_done_step_by_step_keeps_its_steps(
    store: HistoryStore, make_window: WindowFactory, catalog: Catalog
) -> None:
    # Stomach kneading finishes each technique on the right, then the left, never going
    # back: the player says "Step 3 of 7" on both sides, and the History still counts steps.
    store.insert_many([_session(catalog, "stomach", "stomach-kneading", {})])
    window = make_window()
    window.sessions.select_session("stomach")
    texts = window.details.texts()
    assert texts["result"] == "Completed", texts
    assert texts["time"].endswith("\u00b7 7 steps done"), texts


@pytest.mark.usefixtures("german")
def test_parts_are_counted_in_german_plural_forms(
    store: HistoryStore, make_window: WindowFactory, catalog: Catalog
) -> None:
    plan = build_plan(catalog, catalog.routines["partner-leg"])
    one = {entry.index: StepStatus.SKIPPED for entry in plan.entries[1:]}
    store.insert_many(
        [
            _session(catalog, "one", "partner-leg", one),
            _session(catalog, "all", "partner-leg", {}).model_copy(
                update={"started_at": at(TODAY, 8)}
            ),
        ]
    )
    window = make_window()
    window.sessions.select_session("one")
    texts = window.details.texts()
    assert texts["time"].endswith("\u00b7 1 Teil erledigt"), texts
    assert "1 von 24 Teilen erledigt" in texts["result"], texts
    window.sessions.select_session("all")
    assert window.details.texts()["time"].endswith("\u00b7 24 Teile erledigt")


def test_a_session_ended_before_the_other_side_counts_parts_as_its_summary_did(
    store: HistoryStore, make_window: WindowFactory, catalog: Catalog
) -> None:
    # Ended in part 5 of 24: the summary said "1 of 24 parts done · stopped in part 5";
    # the records have right sides only, and said "1 step done".
    skipped = {n: StepStatus.SKIPPED for n in range(1, 5)}
    early = _session(catalog, "early", "partner-leg", skipped, Outcome.STOPPED_EARLY, upto=5)
    store.insert_many([early])
    window = make_window()
    window.sessions.select_session("early")
    assert window.details.texts()["time"].endswith("\u00b7 1 part done")
    table = window.details.steps_table()
    assert table.cell_text(4, 4) == "Stopped here"
    assert _numbers(window) == ["1", "2", "3", "4", "5"]


def test_the_records_count_parts_for_every_shipped_routine_the_player_counts_by_parts(
    catalog: Catalog,
) -> None:
    # The records keep no routine item, so the History decides from their step numbers; it
    # must decide as the player decides from the plan, and count as many parts.
    for routine_id, routine in catalog.routines.items():
        plan = build_plan(catalog, routine)
        tally = StepTally.of_steps(_session(catalog, routine_id, routine_id, {}).steps)
        assert tally.by_parts == counts_parts(plan), routine_id
        if tally.by_parts:
            assert tally.done == part_number(plan, len(plan.entries))[1], routine_id


def test_seconds_in_a_part_left_unfinished_do_not_read_as_nothing_done(
    store: HistoryStore, make_window: WindowFactory, catalog: Catalog
) -> None:
    # A new user's reading: "7 s" of massage beside "Ended early · nothing done" was a
    # contradiction. The seconds were spent warming the oil, in a part ended before it was
    # finished: no massage time, and said what they were.
    record = _session(
        catalog, "early", "partner-leg", {0: StepStatus.SKIPPED}, Outcome.STOPPED_EARLY, upto=1
    )
    step = record.steps[0].model_copy(update={"actual_s": 7.0})
    store.insert_many([record.model_copy(update={"steps": [step]})])
    window = make_window()
    assert _result_cell(window, "early") == "Ended early \u00b7 no part finished"
    window.sessions.select_session("early")
    texts = window.details.texts()
    assert texts["result"] == "Ended early \u00b7 no part finished"
    assert texts["time"] == "0 s, not counting 7 s on the oil or warming the hands"
    assert rows(window) == [
        "Today  \u00b7  1 session, without massage time",
        "09:00 | Partner leg massage (routine) | 0 s | Ended early \u00b7 no part finished",
    ]
    assert window.overview.totals_text() == "1 session, without massage time."
    assert window.overview.week_text() == "No massage time yet this week"


@pytest.mark.usefixtures("german")
def test_german_says_no_part_was_finished() -> None:
    tally = StepTally(skipped=1, by_parts=True)
    assert wording.result_text(Outcome.STOPPED_EARLY, tally) == (
        "Vorzeitig beendet \u00b7 kein Teil abgeschlossen"
    )
    assert wording.result_text(Outcome.STOPPED_EARLY, tally, reached_end=True) == (
        "Bis zum Ende übersprungen \u00b7 0 von 1 Teil abgeschlossen"
    )

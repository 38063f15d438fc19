"""The steps of a session: named as the player named them, and given the room to be read."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication
from tests.history.conftest import TODAY, WindowFactory, at

from massage_desktop.domain.enums import Side
from massage_desktop.domain.history import Outcome, SessionRecord, StepRecord, StepStatus
from massage_desktop.storage.history import HistoryStore


def _step(position: int, technique: str, regions: list[str], side: Side | None) -> StepRecord:
    return StepRecord(
        position=position,
        technique_id=technique,
        step_index=0,
        region_ids=regions,
        side=side,
        planned_s=30.0,
        actual_s=30.0,
        status=StepStatus.DONE,
        started_at=at(TODAY) + timedelta(minutes=position),
    )


def _record(session_id: str, steps: list[StepRecord], **fields: object) -> SessionRecord:
    values: dict[str, object] = {
        "kind": "routine",
        "subject_id": "knee-care",
        "performer": "self",
        "outcome": Outcome.COMPLETED,
        **fields,
    }
    return SessionRecord(
        id=session_id,
        started_at=at(TODAY),
        ended_at=at(TODAY) + timedelta(minutes=len(steps)),
        steps=steps,
        **values,
    )


def test_a_one_knee_routine_names_the_knee_it_worked_though_a_step_lists_both(
    store: HistoryStore, make_window: WindowFactory
) -> None:
    both_knees = ["front-knee-left", "front-knee-right"]
    steps = [
        _step(0, "knee-warm-up-effleurage", both_knees, None),
        _step(1, "quadriceps-kneading", ["front-thigh-left"], None),
    ]
    store.insert_many([_record("knee", steps, ratings_before={"front-knee-left": 5})])
    window = make_window()
    table = window.details.steps_table()
    assert [table.cell_text(row, 1) for row in range(2)] == [
        "Knee warm-up strokes, left side",
        "Front-of-thigh kneading, left side",
    ]
    # The whole name (a cut one too) and the instruction the person followed, in the tooltip.
    item = table.item(0, 1)
    assert item is not None
    name, regions, instruction = item.toolTip().split("\n\n")
    assert name == "Knee warm-up strokes, left side"
    # Only the knee massaged, though the step lists both.
    assert regions == table.cell_text(0, 2) == "Left knee"
    assert instruction.startswith("Use the flats of your hands")


def test_a_technique_session_names_each_step_by_its_technique_and_side(
    store: HistoryStore, make_window: WindowFactory
) -> None:
    steps = [
        _step(0, "quadriceps-kneading", ["front-thigh-left"], Side.LEFT),
        _step(1, "quadriceps-kneading", ["front-thigh-right"], Side.RIGHT),
        _step(2, "quadriceps-kneading", ["front-thigh-left", "front-thigh-right"], None),
    ]
    record = _record("thighs", steps, kind="technique", subject_id="quadriceps-kneading")
    store.insert_many([record])
    window = make_window()
    table = window.details.steps_table()
    names = [table.cell_text(row, 1) for row in range(3)]
    assert names == [
        "Front-of-thigh kneading, left side",
        "Front-of-thigh kneading, right side",
        "Front-of-thigh kneading, both sides",
    ]
    assert not any(name.startswith("Step ") for name in names)


# Five at 1024x700: the rows are as tall as the text the style sheet gives them (they were
# sized for Qt's smaller default font before, 22 px for 18 px lines) and a long name wraps.
@pytest.mark.parametrize(("width", "height", "rows"), [(1024, 700, 5), (1280, 800, 8)])
def test_the_steps_get_the_height_of_the_details_pane(
    store: HistoryStore, make_window: WindowFactory, width: int, height: int, rows: int
) -> None:
    steps = [_step(n, "quadriceps-kneading", ["front-thigh-left"], Side.LEFT) for n in range(16)]
    store.insert_many([_record("long", steps, ratings_before={"front-knee-left": 5})])
    window = make_window()
    window.resize(width, height)
    table = window.details.steps_table()
    window.details.show_session(store.get("long"))
    QApplication.processEvents()
    shown = table.viewport().height() // table.rowHeight(0)
    assert shown >= rows, f"{shown} rows of steps in sight at {width}x{height}"
    # A narrow pane keeps the names whole rather than a column of "Right fro…".
    name = table.horizontalHeader().sectionSize(1)
    assert name >= table.fontMetrics().horizontalAdvance("Front-of-thigh kneading, left side")


@pytest.mark.parametrize(("scale", "shown"), [(1.0, True), (1.25, False)])
def test_the_regions_need_more_room_at_a_larger_text_size(
    store: HistoryStore, make_window: WindowFactory, scale: float, shown: bool
) -> None:
    # 1280x800 side by side: at normal size the regions fit beside the names; at "Large" a
    # fixed 560 px kept them and the name read "Aufwärmstreic…" beside five lines of regions.
    steps = [_step(0, "quadriceps-kneading", ["front-thigh-left", "front-knee-left"], Side.LEFT)]
    store.insert_many([_record("one", steps)])
    window = make_window()
    window.set_text_scale(scale)
    window.resize(1280, 800)
    QApplication.processEvents()
    table = window.details.steps_table()
    assert 560 <= table.viewport().width() < 700, "a table as wide as at 1280x800"
    assert table.isColumnHidden(2) is not shown
    if not shown:  # the regions are still there, in the name's tooltip
        item = table.item(0, 1)
        assert item is not None
        assert "Left knee" in item.toolTip()


def test_a_step_on_both_sides_numbers_each_side_and_gives_the_count_done(
    store: HistoryStore, make_window: WindowFactory
) -> None:
    # Walk 6, finding 4: both rows numbered "1", and Done at the first of four strokes on
    # the left read "4 times".
    counted = [
        _step(0, "thigh-fanning", ["back-hamstring-right"], Side.RIGHT).model_copy(
            update={"planned_s": None, "actual_s": 26.0, "repetitions": 4}
        ),
        _step(1, "thigh-fanning", ["back-hamstring-left"], Side.LEFT).model_copy(
            update={"planned_s": None, "actual_s": 5.0, "repetitions": 1}
        ),
    ]
    store.insert_many([_record("fan", counted, kind="technique", subject_id="thigh-fanning")])
    window = make_window()
    table = window.details.steps_table()
    rows = [[table.cell_text(row, column) for column in (0, 3, 4)] for row in range(2)]
    # The count goes with the result, the time column has one format (walk 9, P1-o).
    assert rows == [["1 R", "0:26", "Done, 4 times"], ["1 L", "0:05", "Done, 1 time"]]


def test_the_step_times_add_up_to_the_massage_time_shown(
    store: HistoryStore, make_window: WindowFactory
) -> None:
    # Rounded one by one, 14.6 s + 11.6 s + 5.6 s read 0:15 + 0:12 + 0:06 = 33 s under a
    # massage time of 32 s; warming the oil (no region) is no massage time and stays apart.
    times = (7.4, 14.6, 11.6, 5.6)
    steps = [
        _step(
            n, "knee-warm-up-effleurage", [] if n == 0 else ["front-knee-right"], None
        ).model_copy(update={"actual_s": seconds})
        for n, seconds in enumerate(times)
    ]
    store.insert_many([_record("round", steps)])
    window = make_window()
    window.details.show_session(store.get("round"))
    table = window.details.steps_table()
    shown = [table.cell_text(row, 3) for row in range(4)]
    assert shown[0] == "0:07"  # the oil, on its own
    massage = sum(int(text.split(":")[1]) + 60 * int(text.split(":")[0]) for text in shown[1:])
    assert massage == 32
    assert window.details.texts()["time"].startswith("32 s")

"""Recording sessions, finding interrupted ones, and the history list's queries."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from massage_desktop.domain.history import (
    InMemoryRecorder,
    Outcome,
    SessionRecord,
    SessionRecorder,
    StepRecord,
    StepStatus,
)
from massage_desktop.storage.errors import DuplicateSessionError, UnknownSessionError
from massage_desktop.storage.history import HistoryStore
from massage_desktop.storage.listing import SessionFilter

MakeSession = Callable[..., SessionRecord]
START = datetime(2026, 5, 4, 19, 0, tzinfo=UTC)


def step(position: int, regions: list[str] | None = None) -> StepRecord:
    return StepRecord(
        position=position,
        technique_id="neck-kneading",
        step_index=position,
        region_ids=regions or ["back-neck"],
        actual_s=42.5,
        status=StepStatus.DONE,
        started_at=START + timedelta(minutes=position),
    )


def record(session: MakeSession, recorder: SessionRecorder) -> SessionRecord:
    """Drive a recorder the way the player does; returns what it should now hold."""
    new = session("s1", steps=0, outcome=Outcome.IN_PROGRESS, ended_at=None)
    new.ratings_before = {"back-neck": 6}
    recorder.begin(new)
    for n in range(3):
        recorder.add_step("s1", step(n, ["back-neck", "back-upper"]))
    end = START + timedelta(minutes=5)
    recorder.finish("s1", Outcome.STOPPED_EARLY, end, {"back-neck": 3}, "Tired")
    return new.model_copy(
        update={
            "steps": [step(n, ["back-neck", "back-upper"]) for n in range(3)],
            "outcome": Outcome.STOPPED_EARLY,
            "ended_at": end,
            "ratings_after": {"back-neck": 3},
            "stop_reason": "Tired",
        }
    )


def test_store_records_like_the_in_memory_recorder(
    store: HistoryStore, session: MakeSession, open_store: Callable[[], HistoryStore]
) -> None:
    memory = InMemoryRecorder()
    expected = record(session, memory)
    assert memory.sessions["s1"] == expected
    assert record(session, store) == expected
    assert store.get("s1") == expected
    store.close()
    assert open_store().get("s1") == expected  # durable across a restart


def test_recording_mistakes_raise_typed_errors(store: HistoryStore, session: MakeSession) -> None:
    store.begin(session("s1", steps=1))
    with pytest.raises(DuplicateSessionError):
        store.begin(session("s1"))
    with pytest.raises(DuplicateSessionError):
        store.add_step("s1", step(0))
    with pytest.raises(UnknownSessionError, match="nope"):
        store.add_step("nope", step(0))
    with pytest.raises(ValidationError):
        store.finish("s1", Outcome.COMPLETED, START, {"back-neck": 11})
    assert len(store.get("s1").steps) == 1


def test_interrupted_sessions_are_found_on_the_next_start(
    store: HistoryStore, session: MakeSession, open_store: Callable[[], HistoryStore]
) -> None:
    store.begin(session("crashed", steps=0, outcome=Outcome.IN_PROGRESS, ended_at=None))
    store.add_step("crashed", step(0))
    store.begin(session("done"))
    assert store.interrupted_sessions() == []  # its own session is running, not interrupted
    store.close()

    again = open_store()
    [found] = again.interrupted_sessions()
    assert found.id == "crashed"
    assert [s.position for s in again.resume("crashed").steps] == [0]
    assert again.interrupted_sessions() == []
    again.add_step("crashed", step(1))
    again.close()

    third = open_store()
    third.mark_interrupted("crashed")
    kept = third.get("crashed")
    assert kept.outcome is Outcome.INTERRUPTED
    assert kept.ended_at == START + timedelta(minutes=1, seconds=42.5)
    assert third.interrupted_sessions() == []


def test_notes_delete_undo_and_purge(
    store: HistoryStore, session: MakeSession, open_store: Callable[[], HistoryStore]
) -> None:
    store.begin(session("a"))
    store.begin(session("b"))
    store.update_notes("a", "Better sleep")
    assert store.get("a").notes == "Better sleep"
    store.delete("a")
    with pytest.raises(UnknownSessionError):
        store.get("a")
    assert store.count_sessions() == 1
    store.undo_delete("a")
    assert store.count_sessions() == 2
    store.delete("b")
    with pytest.raises(UnknownSessionError):
        store.undo_delete("a")  # not deleted
    store.close()
    again = open_store()
    assert [s.id for s in again.list_sessions()] == ["a"]
    assert again.insert_many([session("b")]) == (1, 0)  # purged on open: can come back


def test_list_is_newest_first_paged_and_filtered(store: HistoryStore, session: MakeSession) -> None:
    east = timezone(timedelta(hours=9))
    store.insert_many(
        [
            session(
                "old", START - timedelta(days=3), ["front-hand-left"], outcome=Outcome.COMPLETED
            ),
            session("mid", START - timedelta(days=1), kind="routine", subject_id="evening"),
            # Later instant than "new" though its ISO text sorts first.
            session("east", (START + timedelta(hours=1)).astimezone(east), performer="partner"),
            session("new", START, outcome=Outcome.STOPPED_FOR_PAIN, steps=0),
        ]
    )
    assert [s.id for s in store.list_sessions()] == ["east", "new", "mid", "old"]
    assert [s.id for s in store.list_sessions(limit=2, offset=1)] == ["new", "mid"]
    first = store.list_sessions(limit=1)[0]
    assert (first.step_count, first.active_s, first.performer) == (2, 120.0, "partner")

    def ids(**where: object) -> list[str]:
        chosen = SessionFilter(**where)  # type: ignore[arg-type]
        assert store.count_sessions(chosen) == len(store.list_sessions(chosen))
        return [s.id for s in store.list_sessions(chosen)]

    assert ids(region_id="front-hand-left") == ["old"]
    assert ids(subject_id="evening") == ["mid"]
    assert ids(kind="routine") == ["mid"]
    assert ids(performer="partner") == ["east"]
    assert ids(outcomes=frozenset({Outcome.STOPPED_FOR_PAIN})) == ["new"]
    assert ids(outcomes=frozenset({Outcome.COMPLETED}), region_id="back-neck") == ["east", "mid"]
    assert ids(since=date(2026, 5, 3), until=date(2026, 5, 4)) == ["new", "mid"]
    assert ids(since=date(2026, 5, 5)) == ["east"]  # its local day in Tokyo


def test_insert_many_is_all_or_nothing(store: HistoryStore, session: MakeSession) -> None:
    broken = session("broken", steps=1)
    broken.steps.append(broken.steps[0])  # two steps at position 0
    with pytest.raises(DuplicateSessionError, match="share a position"):
        store.insert_many([session("fine"), broken])
    assert store.count_sessions() == 0


def test_a_reader_works_on_another_thread(store: HistoryStore, session: MakeSession) -> None:
    store.begin(session("s1"))
    found: list[str] = []

    def export() -> None:
        with HistoryStore.reader(store.path) as reader:
            found.extend(record.id for record in reader.iter_records())

    worker = threading.Thread(target=export)
    worker.start()
    worker.join()
    assert found == ["s1"]


@pytest.mark.parametrize("make_recorder", ["store", "memory"])
def test_a_step_run_again_is_removed_then_recorded_once(
    make_recorder: str, store: HistoryStore, session: MakeSession
) -> None:
    recorder: SessionRecorder = store if make_recorder == "store" else InMemoryRecorder()
    new = session("s1", steps=0, outcome=Outcome.IN_PROGRESS, ended_at=None)
    recorder.begin(new)
    recorder.add_step("s1", step(0, ["back-neck"]))
    recorder.add_step("s1", step(1, ["back-upper"]))
    recorder.remove_step("s1", 1)  # the person pressed Back: step 1 runs again
    recorder.add_step("s1", step(1, ["back-upper"]))
    recorder.finish("s1", Outcome.COMPLETED, START + timedelta(minutes=3), {})
    if isinstance(recorder, HistoryStore):
        stored = recorder.get("s1")
        assert [s.position for s in stored.steps] == [0, 1]
        counts = {c.region_id: c.steps for c in recorder.stats.region_counts()}
        assert counts == {"back-neck": 1, "back-upper": 1}  # the re-run is counted once

    else:
        assert isinstance(recorder, InMemoryRecorder)
        assert [s.position for s in recorder.sessions["s1"].steps] == [0, 1]


def test_warming_the_oil_is_not_massage_time(store: HistoryStore, session: MakeSession) -> None:
    # 7 s of warming the oil listed as "7 s" of massage time beside "no part finished": a step
    # that only gets the hands ready records no region (engine.records), and adds no time.
    store.begin(session("s1", steps=0, outcome=Outcome.IN_PROGRESS, ended_at=None))
    oil = step(0).model_copy(update={"technique_id": "warm-oil", "region_ids": [], "actual_s": 7.0})
    store.add_step("s1", oil)
    [listed] = store.list_sessions()
    assert listed.active_s == 0.0
    store.add_step("s1", step(1))
    store.remove_step("s1", 0)  # Back over the oil takes away only what it added
    [listed] = store.list_sessions()
    assert listed.active_s == 42.5
    store.add_step("s1", oil)
    store.finish("s1", Outcome.STOPPED_EARLY, START + timedelta(minutes=2), {})
    [listed] = store.list_sessions()
    assert listed.active_s == 42.5
    assert [s.technique_id for s in store.get("s1").steps] == ["warm-oil", "neck-kneading"]

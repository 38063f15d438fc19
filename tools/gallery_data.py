"""A believable history for the screenshot gallery, recorded by the app's own engine and store.

Five weeks of evenings as one person would have them: knee care three or four times a week
for a sore left knee (rated before and after, the pain easing week by week), neck and
shoulders now and then, one session stopped because it hurt, one ended early, and last
night's knee care left unfinished (the app offers to resume it at the next start). Every
session runs through ``engine.Session`` on a hand-moved clock and is written by
``HistoryStore`` step by step, as the player writes it, so the gallery's history, heat map,
trend and resume offer show real records, not numbers painted in. Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import Outcome, SessionRecord
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.phases import SessionPhase
from massage_desktop.engine.plan import build_plan
from massage_desktop.engine.session import Session
from massage_desktop.engine.summary import SessionSummary
from massage_desktop.storage.history import HistoryStore

KNEE = "front-knee-left"
NECK = "back-neck"
THIGH = "front-thigh-left"


@dataclass(frozen=True)
class Visit:
    """One session of the made-up person: when, what, how it felt and how it ended.

    Attributes:
        days_ago: Days before today.
        at: Local start time.
        routine: Routine id.
        before: Region id -> rating before.
        after: Region id -> rating after (empty: the person skipped the question).
        skip: Plan indexes the person skipped.
        stop_at: Plan index at which the session ended (None: it ran to the end).
        pain: Why it was stopped for pain (with ``stop_at``); None for an early end.
        finish: False to leave it unfinished (the app crashed or the laptop slept).
    """

    days_ago: int
    at: time
    routine: str
    before: dict[str, int]
    after: dict[str, int]
    skip: tuple[int, ...] = ()
    stop_at: int | None = None
    pain: str | None = None
    finish: bool = True


def _knee(days_ago: int, at: time, before: int, after: int, **extra: object) -> Visit:
    return Visit(days_ago, at, "knee-care", {KNEE: before}, {KNEE: after}, **extra)  # type: ignore[arg-type]


VISITS: tuple[Visit, ...] = (
    _knee(34, time(19, 5), 7, 5),
    _knee(32, time(20, 10), 7, 5),
    Visit(31, time(18, 40), "neck-shoulders-kneading", {NECK: 5}, {NECK: 3}),
    _knee(29, time(19, 30), 7, 5, skip=(11,)),
    _knee(27, time(21, 0), 6, 6, stop_at=3, pain="Sharp pain"),
    _knee(25, time(19, 15), 6, 4),
    Visit(24, time(18, 20), "thighs-calves-kneading", {THIGH: 5}, {THIGH: 3}),
    _knee(22, time(19, 45), 6, 4),
    _knee(20, time(20, 5), 6, 3),
    Visit(17, time(18, 55), "neck-shoulders-kneading", {NECK: 4}, {NECK: 2}),
    _knee(15, time(19, 10), 5, 3, skip=(5, 6)),
    _knee(13, time(19, 40), 5, 3),
    _knee(11, time(20, 30), 5, 3, stop_at=9),
    Visit(10, time(18, 30), "thighs-calves-kneading", {THIGH: 4}, {THIGH: 2}),
    _knee(8, time(19, 20), 5, 2),
    _knee(6, time(19, 5), 4, 2),
    Visit(5, time(18, 45), "neck-shoulders-kneading", {NECK: 4}, {}),
    _knee(3, time(19, 35), 4, 2),
    _knee(2, time(20, 0), 4, 2, skip=(13,)),
    _knee(1, time(20, 40), 4, 1, stop_at=6, finish=False),
)


@dataclass(frozen=True)
class Recorded:
    """What the dialogs of the gallery show, taken from the recorded sessions.

    Attributes:
        unfinished: The interrupted session, as the resume offer reads it from the store.
        finished: Id of the last finished session (the one ``summary`` is of).
        summary: The engine's summary of the last finished session (one step skipped).
        pain: The engine's summary of the session stopped because it hurt.
    """

    unfinished: SessionRecord
    finished: str
    summary: SessionSummary
    pain: SessionSummary


def record_history(store: HistoryStore, catalog: Catalog, today: date) -> Recorded:
    """Record ``VISITS`` ending the day before ``today`` into ``store``.

    The unfinished session is marked interrupted, as the app does at its next start, so the
    returned record is exactly what the resume offer is shown with.
    """
    unfinished = summary = pain = None
    finished = ""
    for n, visit in enumerate(VISITS):
        session = _run(store, catalog, today, visit, n)
        if not visit.finish:
            unfinished = session.id
        elif visit.pain is not None:
            pain = session.summary()
        elif session.outcome is Outcome.COMPLETED:
            summary, finished = session.summary(), session.id
    assert unfinished, "VISITS has an unfinished session"
    assert summary, "VISITS has a completed session"
    assert pain, "VISITS has a session stopped for pain"
    store.interrupt_live()
    return Recorded(store.get(unfinished), finished, summary, pain)


def _run(store: HistoryStore, catalog: Catalog, today: date, visit: Visit, n: int) -> Session:
    day = today - timedelta(days=visit.days_ago)
    started = datetime.combine(day, visit.at).astimezone()
    clock = ManualClock(wall_start=started)
    plan = build_plan(catalog, catalog.routines[visit.routine])
    session = Session(plan, store, clock=clock, wall=clock.wall, session_id=f"gallery-{n:02d}")
    session.start(visit.before)
    while session.phase is not SessionPhase.FINISHED:
        current = session.current
        index = current.index if current is not None else len(plan)
        if visit.stop_at is not None and index >= visit.stop_at:
            break
        if index in visit.skip and session.phase in (SessionPhase.RUNNING, SessionPhase.REPS):
            clock.advance(4)  # a few seconds in, then Skip
            session.skip()
        elif session.phase is SessionPhase.REPS:
            clock.advance(current.estimated_s if current is not None else 10)
            session.done()
        else:
            # To the end of the phase (events come every second for the countdown).
            clock.advance((session.remaining_s() or 1.0) + 0.01)
            session.update()
    clock.advance(8)  # into the step where it ended
    session.update()
    if visit.finish and visit.pain is not None:
        session.stop_for_pain(visit.pain)
    elif visit.finish:
        session.finish(visit.after)
    return session

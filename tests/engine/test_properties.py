"""Random command sequences at random times: the books always balance and sessions end."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.engine.helpers import phase

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import InMemoryRecorder, Outcome, StepStatus
from massage_desktop.engine import (
    Cue,
    CueKind,
    ManualClock,
    Session,
    SessionPhase,
    Timing,
    build_plan,
)

COMMANDS: dict[str, Callable[[Session], list[Cue]]] = {
    "update": Session.update,
    "pause": Session.pause,
    "resume": Session.resume,
    "toggle": Session.toggle_pause,
    "skip": Session.skip,
    "back": Session.back,
    "more": lambda s: s.adjust(15.0),
    "less": lambda s: s.adjust(-15.0),
    "restart": Session.restart_step,
    "done": lambda s: s.done(),
    "finish": lambda s: s.finish({"front-thigh-right": 3}),
    "pain": lambda s: s.stop_for_pain("Sharp pain."),
}
# Updates dominate, as they do in the app; ending commands are rare so sessions get going.
WEIGHTED = [*["update"] * 8, *[c for c in COMMANDS if c not in ("finish", "pain")] * 2]
WEIGHTED += ["finish", "pain"]

BLOCKED = [{}, {"front-thigh-left": "Bruise."}, {"tap": "No."}, {"glide": "No."}]
TIMING = Timing(get_ready_s=4.0, switch_sides_s=2.0, get_ready_max_s=8.0, half_time_min_s=20.0)

gaps = st.one_of(
    st.just(0.0),
    st.floats(min_value=0.0, max_value=3.0, allow_nan=False),
    st.floats(min_value=0.0, max_value=120.0, allow_nan=False),
)
scripts = st.lists(st.tuples(gaps, st.sampled_from(WEIGHTED)), max_size=40)


def _check_now(session: Session, recorder: InMemoryRecorder) -> None:
    remaining = session.remaining_s()
    assert remaining is None or remaining >= 0.0
    wait = session.seconds_until_next_event()
    assert wait is None or wait >= 0.0
    assert session.elapsed_s() >= 0.0
    assert 0.0 <= session.progress.fraction <= 1.0
    current = session.current
    assert current is None or not current.blocked
    positions = [r.position for r in session.records]
    assert positions == sorted(set(positions))
    stored = [s.position for s in recorder.sessions[session.id].steps]
    assert stored == positions[: len(stored)]


@settings(max_examples=120, deadline=None)
@given(
    subject=st.sampled_from(["glide", "tap", "press", "mix"]),
    blocked=st.sampled_from(BLOCKED),
    script=scripts,
)
def test_random_sessions_keep_the_books(
    catalog: Catalog, subject: str, blocked: dict[str, str], script: list[tuple[float, str]]
) -> None:
    item = catalog.techniques.get(subject) or catalog.routines[subject]
    plan = build_plan(catalog, item, blocked)
    clock, recorder = ManualClock(), InMemoryRecorder()
    session = Session(
        plan, recorder, clock=clock, wall=clock.wall, timing=TIMING, performer="partner"
    )
    heard: list[Cue] = []
    session.subscribe(heard.append)
    returned = session.start({"front-thigh-right": 6})
    ended_seen, ended_now = None, False
    if phase(session) is SessionPhase.FINISHED:  # everything blocked
        ended_seen, ended_now = clock.wall(), True
    for gap, name in script:
        clock.advance(gap)
        remaining = session.remaining_s()
        time_up = remaining is not None and remaining <= 1e-6 and not session.paused
        returned += COMMANDS[name](session)
        assert session.update() == []  # nothing is ever said twice for the same moment
        _check_now(session, recorder)
        if ended_seen is None and phase(session) is SessionPhase.FINISHED:
            # A command ends the session at its own moment, unless the phase had already run
            # out, when the session may have ended earlier on its own.
            ending = name in ("finish", "pain", "skip", "done")
            ended_seen, ended_now = clock.wall(), ending and not time_up
        if session.closed:
            break

    # The session always ends if time goes on (and counted steps are done).
    for _ in range(4 * len(plan) + 4):
        if phase(session) is SessionPhase.FINISHED:
            break
        if session.paused:
            returned += session.resume()
        elif phase(session) is SessionPhase.REPS:
            returned += session.done()
        else:
            clock.advance(61.0)
            returned += session.update()
        _check_now(session, recorder)
        if ended_seen is None and phase(session) is SessionPhase.FINISHED:
            ended_seen = clock.wall()
    assert phase(session) is SessionPhase.FINISHED
    if not session.closed:
        returned += session.finish()
        worked = any(r.status is StepStatus.DONE for r in session.records)
        assert session.outcome is (Outcome.COMPLETED if worked else Outcome.STOPPED_EARLY)
    assert heard == returned

    stored = recorder.sessions[session.id]
    assert stored.steps == session.records
    assert stored.outcome is session.outcome
    assert stored.ended_at is not None
    assert ended_seen is not None
    late_s = (ended_seen - stored.ended_at).total_seconds()  # datetimes round to microseconds
    assert late_s >= -2e-6
    if ended_now:
        assert abs(late_s) <= 2e-6
    for record in stored.steps:
        assert (record.status is StepStatus.BLOCKED) == plan.entries[record.position].blocked
        assert record.actual_s >= 0.0

    # Every second of the session is accounted for exactly once.
    summary = session.summary()
    wall_s = (stored.ended_at - stored.started_at).total_seconds()
    work_s = sum(r.actual_s for r in stored.steps)
    assert abs(work_s + summary.lead_in_s + summary.paused_s - wall_s) < 1e-5
    assert abs(summary.total_s + summary.paused_s - wall_s) < 1e-5

    counts = Counter((c.kind, c.entry.index if c.entry else None) for c in returned)
    assert counts[(CueKind.FINISHED, None)] == 1
    assert all(n == 1 for (kind, _), n in counts.items() if kind is CueKind.HALF_TIME)

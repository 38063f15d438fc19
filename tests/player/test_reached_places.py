"""After a session, only the places it reached are asked about again (walk 9).

Ended at the feet, the self-massage tour asked how the legs, arms and neck felt after, and
History kept "Legs: 4 -> 3 (1 better)" for legs never touched; a routine skipped through to
its end asked as well.
"""

from __future__ import annotations

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import InMemoryRecorder
from massage_desktop.engine import ManualClock, Session, SessionPhase, Timing, build_plan
from massage_desktop.engine.rated import rated_places, reached_places


def tour(catalog: Catalog, clock: ManualClock) -> Session:
    plan = build_plan(catalog, catalog.routines["self-massage-tour"])
    session = Session(
        plan, InMemoryRecorder(), clock=clock, wall=clock.wall, timing=Timing(get_ready_s=1)
    )
    session.start()
    return session


def zones_of(catalog: Catalog, region_ids: tuple[str, ...]) -> set[str]:
    """The keys the regions are rated under: sided ("arm-right") and merged ("arm")."""
    keys = {catalog.zone_of(r) or r for r in region_ids}
    return keys | {k.removesuffix("-right").removesuffix("-left") for k in keys}


def test_an_early_end_asks_only_about_what_was_massaged(catalog: Catalog) -> None:
    clock = ManualClock()
    session = tour(catalog, clock)
    keys = rated_places(catalog, session.plan, None)
    assert len(keys) > 1
    # Skip to the first step that works a rated place, then massage it for a few seconds.
    while (entry := session.current) is not None and not zones_of(catalog, entry.region_ids) & set(
        keys
    ):
        session.skip()
    assert entry is not None
    work = (SessionPhase.RUNNING, SessionPhase.REPS)
    for _ in range(30):  # past the get-ready or the switch of sides
        if session.phase in work:
            break
        clock.advance(1.0)
        session.update()
    assert session.phase in work
    assert session.current == entry
    clock.advance(3.0)
    reached = reached_places(catalog, keys, session)
    assert reached == [k for k in keys if k in zones_of(catalog, entry.region_ids)]
    assert reached
    assert len(reached) < len(keys)


def test_every_step_skipped_asks_about_nothing(catalog: Catalog) -> None:
    clock = ManualClock()
    session = tour(catalog, clock)
    keys = rated_places(catalog, session.plan, None)
    while session.current is not None:
        session.skip()
    assert reached_places(catalog, keys, session) == []


def test_a_whole_session_asks_about_every_place(catalog: Catalog) -> None:
    clock = ManualClock()
    session = tour(catalog, clock)
    keys = rated_places(catalog, session.plan, None)
    while session.current is not None:
        clock.advance(30.0)
        session.update()
        if session.phase is SessionPhase.REPS:
            session.done()
    assert reached_places(catalog, keys, session) == keys


def test_warming_the_hands_on_its_own_reaches_the_hands_it_asked_about(
    catalog: Catalog,
) -> None:
    """Warming the hands on its own reaches the palm it rated before (walk 18).

    Started from the left palm and done to its end, it was summed up as "not reached today,
    rated before" with no question after: its steps record no region (a warming step in a
    routine massages nobody), while on its own it is what was rated.
    """
    clock = ManualClock()
    plan = build_plan(catalog, catalog.techniques["warm-hands"], focus="front-palm-left")
    session = Session(
        plan, InMemoryRecorder(), clock=clock, wall=clock.wall, timing=Timing(get_ready_s=1)
    )
    session.start()
    keys = rated_places(catalog, plan, "front-palm-left")
    assert "front-palm-left" in keys
    while session.current is not None:
        clock.advance(30.0)
        session.update()
        if session.phase is SessionPhase.REPS:
            session.done()
    assert reached_places(catalog, keys, session) == keys

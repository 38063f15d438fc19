"""A routine counted in parts stays counted in parts when a rest leaves out one side (walk 17).

After "Stop – it hurts" on the right arm, Upper-arm kneading went from "11 parts (6 steps, 5
of them on each side)" to "6 steps, 5 on one side only", and "Before you start" said "Steps
that remain: 6 of 6", which read as if nothing were left out. Whether a plan is counted in
parts is now decided by all its steps, the left-out ones too.
"""

from __future__ import annotations

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import InMemoryRecorder
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.plan import build_plan
from massage_desktop.engine.session import Session
from massage_desktop.engine.step_count import step_count
from massage_desktop.ui.player.display import display_of
from massage_desktop.ui.player.remaining import partial_parts
from massage_desktop.ui.step_words import left_out_text


def test_a_side_left_out_is_counted_in_the_routine_s_parts(catalog: Catalog) -> None:
    routine = catalog.routines["arms-kneading"]
    whole = step_count(build_plan(catalog, routine))
    regions = {r for e in build_plan(catalog, routine).entries for r in e.region_ids}
    rest = {r: "It hurt today." for r in regions if r.endswith("-right")}
    plan = build_plan(catalog, routine, rest)
    count = step_count(plan)
    assert whole.parts == 11
    assert (count.parts, count.parts_left_out) == (5, 6)
    assert left_out_text(count) == "11 parts (6 steps, 5 of them on each side), 6 parts left out"
    _checked, remain, _why = partial_parts(plan)
    assert remain.startswith("Parts that remain: 5 of 11, about ")
    clock = ManualClock()
    session = Session(plan, InMemoryRecorder(), clock=clock, wall=clock.wall, performer="self")
    session.start()
    assert display_of(catalog, session).progress_text.startswith("Part 1 of 5")

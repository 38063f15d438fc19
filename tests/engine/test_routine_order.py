"""The shipped routines: side order, switches, tour order, warm-ups, repeats and total time.

Rules from issue 14, checked against the shipped content (tests/engine otherwise uses a small
test catalog, so this module loads the real one itself).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import pytest

from massage_desktop.content import load_catalog
from massage_desktop.domain.enums import Side
from massage_desktop.domain.history import InMemoryRecorder
from massage_desktop.domain.routines import Routine, SideOrder
from massage_desktop.engine import (
    CueKind,
    ManualClock,
    Plan,
    Session,
    SessionPhase,
    Timing,
    build_plan,
)
from massage_desktop.resources import data_dir

SHIPPED = load_catalog(data_dir())

KNEADING_ROUTINES = (
    "neck-shoulders-kneading",
    "ankles-kneading",
    "hands-kneading",
    "stomach-kneading",
    "arms-kneading",
    "thighs-calves-kneading",
)


def plan(routine_id: str, *, repeat: bool = False) -> Plan:
    return build_plan(SHIPPED, SHIPPED.routines[routine_id], repeat=repeat)


def sides(p: Plan) -> list[Side | None]:
    return [e.side for e in p.entries]


def alternations(p: Plan) -> int:
    """How often the side changes between two consecutive sided entries."""
    sided = [s for s in sides(p) if s is not None]
    return sum(1 for a, b in itertools.pairwise(sided) if a is not b)


# The guide's order decides each routine's side order: partner leg "one leg, then the
# other", the kneading guide finishes one arm and then "do this on both arms", the partner
# knee guide does the knees, then the thighs.
@pytest.mark.parametrize(
    ("routine_id", "order", "switches"),
    [
        ("partner-leg", SideOrder.ROUTINE, 1),
        ("arms-kneading", SideOrder.ROUTINE, 1),
        ("thighs-calves-kneading", SideOrder.ROUTINE, 1),
        ("ankles-kneading", SideOrder.ROUTINE, 1),
        ("hands-kneading", SideOrder.ROUTINE, 1),
        ("partner-knee-thigh", SideOrder.ROUTINE, 3),  # both knees, more oil, both thighs
        ("neck-shoulders-kneading", SideOrder.ROUTINE, 3),  # the last kneading step is two-sided
        ("stomach-kneading", SideOrder.TECHNIQUE, 0),
        ("knee-care", SideOrder.TECHNIQUE, 0),
    ],
)
def test_routine_switches_sides_as_its_data_says(
    routine_id: str, order: SideOrder, switches: int
) -> None:
    p = plan(routine_id)
    assert SHIPPED.routines[routine_id].sides is order
    assert sum(e.switches for e in p.entries) == switches
    assert alternations(p) == switches


def test_partner_leg_does_the_whole_leg_before_the_other() -> None:
    p = plan("partner-leg")
    right = [e for e in p.entries if e.side is Side.RIGHT]
    left = [e for e in p.entries if e.side is Side.LEFT]
    assert max(e.index for e in right) < min(e.index for e in left)
    assert [(e.technique_id, e.step_index) for e in right] == [
        (e.technique_id, e.step_index) for e in left
    ]
    # The effleurage cycle runs its three steps in a row, as one hand-over-hand movement.
    assert [e.step_index for e in right if e.technique_id == "leg-effleurage-partner"] == [
        0,
        1,
        2,
    ]
    assert p.entries[0].technique_id == "warm-oil"
    assert [e.index for e in p.entries if e.switches] == [left[0].index]


@pytest.mark.parametrize("routine_id", sorted(SHIPPED.routines))
def test_no_routine_alternates_at_every_step_unless_it_says_per_step(routine_id: str) -> None:
    routine = SHIPPED.routines[routine_id]
    p = plan(routine_id)
    for item_index in range(len(routine.items)):
        item_sides = [e.side for e in p.entries if e.item_index == item_index and e.side]
        changes = sum(1 for a, b in itertools.pairwise(item_sides) if a is not b)
        if routine.sides is not SideOrder.STEP:
            assert changes <= 1, (routine_id, item_index, item_sides)


def per_step(routine: Routine) -> Routine:
    return routine.model_copy(update={"sides": SideOrder.STEP})


def test_per_step_order_still_alternates_when_the_data_asks_for_it() -> None:
    routine = per_step(SHIPPED.routines["partner-leg"])
    p = build_plan(SHIPPED, routine)
    effleurage = [e.side for e in p.entries if e.technique_id == "leg-effleurage-partner"]
    assert effleurage[:4] == [Side.RIGHT, Side.LEFT, Side.RIGHT, Side.LEFT]
    assert sum(e.switches for e in p.entries) == alternations(p) > 1


@pytest.mark.parametrize(
    ("update", "expected"),
    [
        ({"sides": SideOrder.ROUTINE}, 1),
        ({"sides": SideOrder.TECHNIQUE}, 13),  # 7 sided techniques: 7 switches plus 6 back
        ({"sides": SideOrder.STEP}, 21),  # 11 sided steps: 11 switches plus 10 back
    ],
)
def test_switch_count_follows_the_order(update: dict[str, Any], expected: int) -> None:
    routine = SHIPPED.routines["partner-leg"].model_copy(update=update)
    assert sum(e.switches for e in build_plan(SHIPPED, routine).entries) == expected


def test_a_session_has_one_switch_phase_per_switch(
    make_session: Callable[..., Session], clock: ManualClock
) -> None:
    session = make_session(plan("arms-kneading"), performer="self")
    cues = session.start()
    while session.phase is not SessionPhase.FINISHED:
        if session.phase is SessionPhase.REPS:
            cues += session.done()
        clock.advance(1.0)
        cues += session.update()
    switches = [c for c in cues if c.kind is CueKind.SWITCH_SIDES]
    assert len(switches) == 1
    [switch] = switches
    assert switch.entry is not None
    assert switch.entry.side is Side.LEFT
    # The left side starts with a different step from the one just done on the right.
    assert switch.new_step
    assert switch.text.startswith("Switch to the left side. Next: ")


def test_self_massage_tour_follows_the_guide() -> None:
    routine = SHIPPED.routines["self-massage-tour"]
    assert "head-to-toe" not in routine.summary.lower()
    assert "hour" in routine.summary
    assert routine.minutes == (60, 60)
    areas = []
    for item in routine.items:
        area = SHIPPED.regions[SHIPPED.expand(SHIPPED.techniques[item.technique].regions)[0]]
        areas.append(area.area)
    p = plan("self-massage-tour")
    neck = [
        (e.technique_id, e.step_index)
        for e in p.entries
        if e.technique_id in ("neck-thumb-strokes", "skull-base-circles")
    ]
    assert neck == [
        ("neck-thumb-strokes", 0),  # thumbs rub downwards
        ("skull-base-circles", 0),  # circles at the base of the skull
        ("neck-thumb-strokes", 1),  # the nutcracker squeeze, last
    ]
    order = [e.technique_id for e in p.entries]
    milestones = [
        "lower-back-dimples",
        "foot-rub-toe-stretch",
        "kneading-stomach",
        "leg-effleurage-self",
        "arm-effleurage",
        "palm-thumbing",
        "neck-thumb-strokes",
        "shoulder-grab-release",
    ]
    firsts = [order.index(t) for t in milestones]
    assert firsts == sorted(firsts)


def test_german_tour_summary_does_not_say_head_to_toe() -> None:
    german = load_catalog(data_dir(), language="de")
    assert "Kopf bis Fuß" not in german.routines["self-massage-tour"].summary
    assert "Stunde" in german.routines["self-massage-tour"].summary


@pytest.mark.parametrize("routine_id", KNEADING_ROUTINES)
def test_kneading_routines_stroke_before_and_after_kneading(routine_id: str) -> None:
    techniques = [SHIPPED.techniques[i.technique] for i in SHIPPED.routines[routine_id].items]
    kneads = [n for n, t in enumerate(techniques) if "kneading" in t.id]
    strokes = [n for n, t in enumerate(techniques) if t.phase.value == "warm_up"]
    assert kneads, routine_id
    assert strokes
    assert min(strokes) < min(kneads), "a stroking warm-up before kneading"
    assert max(strokes) > max(kneads), "stroking again after kneading"


def test_deep_stroking_after_kneading_is_the_deep_step_only() -> None:
    p = plan("stomach-kneading")
    last_item = len(SHIPPED.routines["stomach-kneading"].items) - 1
    last = [e for e in p.entries if e.item_index == last_item]
    assert [(e.technique_id, e.step_index, e.side) for e in last] == [("stroking", 1, None)]


def test_knee_care_repeats_on_the_other_knee_on_request() -> None:
    routine = SHIPPED.routines["knee-care"]
    assert routine.repeat is not None
    once = plan("knee-care")
    twice = plan("knee-care", repeat=True)
    assert len(twice) == 2 * len(once)
    assert not any(e.second_pass for e in once.entries)
    second = [e for e in twice.entries if e.second_pass]
    assert [(e.technique_id, e.step_index) for e in second] == [
        (e.technique_id, e.step_index) for e in once.entries
    ]
    assert [e.index for e in twice.entries if e.switches] == [len(once)]
    assert twice.estimated_s == 2 * once.estimated_s


def test_repeat_is_ignored_for_a_routine_without_the_offer() -> None:
    assert len(plan("partner-leg", repeat=True)) == len(plan("partner-leg"))


@pytest.mark.parametrize("routine_id", sorted(SHIPPED.routines))
def test_every_routine_has_a_total_time_with_its_pauses(routine_id: str) -> None:
    p = plan(routine_id)
    timing = Timing()
    total = p.total_s(timing)
    lead_ins = sum(
        timing.lead_in_for(e, p.entries[e.index - 1] if e.index else None) for e in p.entries
    )
    assert total == pytest.approx(p.estimated_s + lead_ins)
    assert total > p.estimated_s > 0


def test_knee_care_fits_the_guides_five_to_ten_minutes() -> None:
    assert 5 * 60 <= plan("knee-care").estimated_s <= 10 * 60


def test_total_time_after_a_skipped_entry_uses_a_fresh_get_ready() -> None:
    timing = Timing(get_ready_s=5.0, switch_sides_s=2.0, get_ready_max_s=5.0)
    routine = SHIPPED.routines["arms-kneading"]
    p = build_plan(SHIPPED, routine)
    last_right = max(e.index for e in p.entries if e.side is Side.RIGHT)
    # Blocking the last right-side entry's technique on the right leaves the left to start
    # after a skipped entry: a get-ready (5 s) instead of a switch (2 s), as the session does.
    blocked = build_plan(SHIPPED, routine, {"front-biceps-right": "sore"})
    assert blocked.entries[last_right].blocked or blocked.entries[last_right].side
    assert blocked.total_s(timing) < p.total_s(timing)


def test_the_next_step_on_the_same_spot_gets_a_short_lead_in_and_a_new_place_a_full_one() -> None:
    # Walk 6, finding 14: Knee care waited a full get-ready between the inner, middle and
    # outer strips of one thigh (quadriceps thumb stripping, steps 3, 4 and 5).
    timing = Timing()
    plan = build_plan(SHIPPED, SHIPPED.routines["knee-care"])
    clock = ManualClock()
    session = Session(plan, InMemoryRecorder(), clock=clock, wall=clock.wall, timing=timing)
    session.start()
    lead_ins: dict[tuple[str, int], float] = {}
    while session.phase is not SessionPhase.FINISHED:
        entry = session.current
        assert entry is not None
        if session.phase in (SessionPhase.GET_READY, SessionPhase.SWITCH_SIDES):
            remaining = session.remaining_s()
            assert remaining is not None
            lead_ins[(entry.technique_id, entry.step_index)] = remaining
            clock.advance(remaining)
            session.update()
        elif session.phase is SessionPhase.REPS:
            session.done()
        else:
            remaining = session.remaining_s()
            assert remaining is not None
            clock.advance(remaining)
            session.update()
    strips = [lead_ins[("quadriceps-thumb-stripping", step)] for step in range(3)]
    # The first strip is a new place: the time to read it; the next two follow on.
    first = next(e for e in plan.entries if e.technique_id == "quadriceps-thumb-stripping")
    assert strips[0] == pytest.approx(timing.get_ready_for(first))
    assert strips[0] > timing.next_part_s
    assert strips[1:] == pytest.approx([timing.next_part_s] * 2)
    # The plan's length, which the Start button and the card give, counts the same lead-ins.
    assert session.summary().total_s == pytest.approx(plan.total_s(timing))


def test_going_on_to_another_body_area_keeps_its_get_ready() -> None:
    # Kneading the thigh, then the calf of the same leg: the hands move to a new place.
    timing = Timing()
    plan = build_plan(SHIPPED, SHIPPED.techniques["kneading-thighs-calves"])
    calf = next(e for e in plan.entries if e.step_index == 2)
    thigh = plan.entries[calf.index - 1]
    assert thigh.step_index == 1
    assert thigh.side is calf.side
    assert not calf.continues(thigh)
    assert timing.lead_in_for(calf, thigh) == timing.get_ready_for(calf)
    # The thigh's own steps follow on.
    first = plan.entries[thigh.index - 1]
    assert thigh.continues(first)
    assert timing.lead_in_for(thigh, first) == timing.next_part_s

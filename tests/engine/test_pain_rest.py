"""After "Stop – it hurts" the area rests for the day, and only that day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import Outcome, SessionRecord, StepRecord, StepStatus
from massage_desktop.engine.pain_rest import PainRest, leave_out_resting
from massage_desktop.engine.plan import Plan


class Today:
    """A calendar the test moves on."""

    def __init__(self) -> None:
        self.day = date(2026, 12, 7)

    def __call__(self) -> date:
        return self.day


def _step(position: int, regions: list[str], minute: int, worked_s: float = 30) -> StepRecord:
    return StepRecord(
        position=position,
        technique_id="kneading",
        step_index=0,
        region_ids=regions,
        actual_s=worked_s,
        status=StepStatus.DONE if position == 0 else StepStatus.SKIPPED,
        started_at=datetime.now(UTC) + timedelta(minutes=minute),
    )


def test_an_area_rests_until_the_next_day() -> None:
    today = Today()
    rest = PainRest(today)
    rest.note(["front-knee-left", "front-kneecap-left"])
    assert rest.resting(["back-neck", "front-kneecap-left"]) == ("front-kneecap-left",)
    assert rest.resting(["back-neck"]) == ()
    today.day += timedelta(days=1)
    assert rest.resting(["front-kneecap-left"]) == ()


def test_a_stored_pain_stop_rests_the_step_it_hurt_in() -> None:
    now = datetime.now(UTC)
    rest = PainRest(lambda: now.astimezone().date())
    record = SessionRecord(
        id="s",
        started_at=now,
        ended_at=now,
        kind="routine",
        subject_id="knee-care",
        performer="self",
        outcome=Outcome.STOPPED_FOR_PAIN,
        stop_reason="Sharp pain",
        steps=[_step(0, ["front-thigh-left"], 0), _step(1, ["front-knee-left"], 2)],
    )
    rest.note_record(record)
    assert rest.resting(["front-thigh-left", "front-knee-left"]) == ("front-knee-left",)


def test_other_endings_rest_nothing() -> None:
    now = datetime.now(UTC)
    rest = PainRest(lambda: now.astimezone().date())
    for outcome in (Outcome.COMPLETED, Outcome.STOPPED_EARLY):
        rest.note_record(
            SessionRecord(
                id="s",
                started_at=now,
                ended_at=now,
                kind="technique",
                subject_id="kneading",
                performer="self",
                outcome=outcome,
                steps=[_step(0, ["back-neck"], 0)],
            )
        )
    assert rest.resting(["back-neck"]) == ()


def _pain_stop(*steps: StepRecord) -> SessionRecord:
    now = datetime.now(UTC)
    return SessionRecord(
        id="s",
        started_at=now,
        ended_at=now,
        kind="technique",
        subject_id="thigh-fanning",
        performer="self",
        outcome=Outcome.STOPPED_FOR_PAIN,
        stop_reason="Sharp pain",
        steps=list(steps),
    )


def test_a_stop_while_switching_sides_rests_the_side_just_worked() -> None:
    # "Stop – it hurts" pressed while "Switch to the other side" was shown: the left step
    # was recorded, nothing done on it yet; the right thigh, just worked, is what hurt.
    rest = PainRest(lambda: datetime.now(UTC).astimezone().date())
    rest.note_record(
        _pain_stop(
            _step(0, ["front-inner-thigh-right"], 0),
            _step(1, ["front-inner-thigh-left"], 1, worked_s=0),
        )
    )
    both = ["front-inner-thigh-right", "front-inner-thigh-left"]
    assert rest.resting(both) == ("front-inner-thigh-right",)
    # Stopped before the first step began: its area rests, the safe side.
    first = PainRest(lambda: datetime.now(UTC).astimezone().date())
    first.note_record(_pain_stop(_step(0, ["front-inner-thigh-left"], 0, worked_s=0)))
    assert first.resting(both) == ("front-inner-thigh-left",)


def test_steps_over_a_resting_area_are_left_out_and_the_rest_runs(
    catalog: Catalog, plan_of: Callable[..., Plan]
) -> None:
    plan = plan_of("mix")  # both thighs, then each thigh on its own, then the spine
    rested = leave_out_resting(catalog, plan, ["front-thigh-left"], "Resting today")
    left_out = [e.region_ids for e in rested.entries if e.blocked]
    assert left_out == [
        ("front-thigh-right", "front-thigh-left"),
        ("front-thigh-left",),
        ("front-thigh-left",),
    ]
    assert {e.blocked_reason for e in rested.entries if e.blocked} == {"Resting today"}
    assert [e.region_ids for e in rested.runnable] == [
        ("front-thigh-right",),
        ("front-thigh-right",),
        ("back-spine",),
    ]
    # A step the profile already leaves out keeps its reason.
    ruled = plan_of("mix", {"front-thigh-left": "Ruled out"})
    assert {
        e.blocked_reason
        for e in leave_out_resting(catalog, ruled, ["front-thigh-left"], "R").entries
        if e.blocked
    } == {"Ruled out"}


def test_a_rest_is_the_rest_of_the_person_massaged() -> None:
    """Your sore knee rests yours, not your partner's (walk 8, finding 1)."""
    now = datetime.now(UTC)
    rest = PainRest(lambda: now.astimezone().date())
    rest.note(["front-knee-right"])
    assert rest.resting(["front-knee-right"]) == ("front-knee-right",)
    assert rest.resting(["front-knee-right"], "partner") == ()
    record = SessionRecord(
        id="p",
        started_at=now,
        ended_at=now,
        kind="technique",
        subject_id="thumbing-the-knee",
        performer="partner",
        outcome=Outcome.STOPPED_FOR_PAIN,
        steps=[_step(0, ["back-knee-left"], 0)],
    )
    rest.note_record(record)
    assert rest.everyone(["back-knee-left", "front-knee-right"]) == {
        "self": ("front-knee-right",),
        "partner": ("back-knee-left",),
    }

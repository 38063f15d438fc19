"""After "Stop – it hurts" the area rests for the day, and only that day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from massage_desktop.domain.history import Outcome, SessionRecord, StepRecord, StepStatus
from massage_desktop.engine.pain_rest import PainRest


class Today:
    """A calendar the test moves on."""

    def __init__(self) -> None:
        self.day = date(2026, 12, 7)

    def __call__(self) -> date:
        return self.day


def _step(position: int, regions: list[str], minute: int) -> StepRecord:
    return StepRecord(
        position=position,
        technique_id="kneading",
        step_index=0,
        region_ids=regions,
        actual_s=30,
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

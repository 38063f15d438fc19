"""Calendar, streak, weekly minutes, rating trends and the heat map."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone

from massage_desktop.domain.enums import Side
from massage_desktop.domain.history import Outcome, SessionRecord, StepRecord, StepStatus
from massage_desktop.storage.history import HistoryStore
from massage_desktop.storage.stats import RatingChange, RegionCount, TrendPoint, WeekTotal

MakeSession = Callable[..., SessionRecord]
TODAY = date(2026, 5, 14)  # a Thursday
ZONE = timezone(timedelta(hours=-7))


def on(day: date, hour: int = 20) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=ZONE)


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def test_days_and_streak(store: HistoryStore, session: MakeSession) -> None:
    stats = store.stats
    assert stats.current_streak(TODAY) == 0
    # Yesterday and the two days before, twice on one day; a gap; then older days.
    for n, ago in enumerate([1, 2, 2, 3, 5, 6]):
        store.begin(session(f"s{n}", on(days_ago(ago))))
    assert stats.days_massaged(days_ago(6), TODAY) == [days_ago(n) for n in (6, 5, 3, 2, 1)]
    assert stats.current_streak(TODAY) == 3  # today is not over yet
    assert stats.current_streak(days_ago(4)) == 2  # the 5th and 6th days ago
    assert stats.current_streak(days_ago(-1)) == 0  # neither that day nor the one before
    store.begin(session("today", on(TODAY, hour=23)))  # 23:00 at UTC-7 is tomorrow in UTC
    assert stats.current_streak(TODAY) == 4
    store.delete("s0")
    assert stats.current_streak(TODAY) == 1


def test_minutes_per_week_fill_gaps(store: HistoryStore, session: MakeSession) -> None:
    store.insert_many(
        [
            session("mon", on(date(2026, 5, 11)), steps=3),  # this week: 3 min
            session("thu", on(TODAY), steps=1),  # this week: 1 min
            session("old", on(date(2026, 4, 27)), steps=5),  # two weeks ago
            session("ancient", on(date(2026, 1, 5)), steps=9),  # outside the window
        ]
    )
    assert store.stats.minutes_per_week(TODAY, weeks=3) == [
        WeekTotal(date(2026, 4, 27), 5.0, 1),
        WeekTotal(date(2026, 5, 4), 0.0, 0),
        WeekTotal(date(2026, 5, 11), 4.0, 2),
    ]


def test_rating_trend_and_changes(store: HistoryStore, session: MakeSession) -> None:
    store.insert_many(
        [
            session(
                "a", on(date(2026, 5, 4)), ratings_before={"neck": 8}, ratings_after={"neck": 4}
            ),
            session(
                "b", on(date(2026, 5, 6)), ratings_before={"neck": 6}, ratings_after={"neck": 4}
            ),
            session(
                "c", on(TODAY), ratings_before={"neck": 5, "back": 3}, ratings_after={"neck": 1}
            ),
            session("d", on(TODAY), ratings_before={"neck": 9}),  # no after: not in the trend
        ]
    )
    assert store.stats.rating_trend("neck") == [
        TrendPoint(date(2026, 5, 4), 2, 7.0, 4.0),
        TrendPoint(date(2026, 5, 11), 1, 5.0, 1.0),
    ]
    assert store.stats.rating_trend("neck", since=date(2026, 5, 5)) == [
        TrendPoint(date(2026, 5, 4), 1, 6.0, 4.0),
        TrendPoint(date(2026, 5, 11), 1, 5.0, 1.0),
    ]
    assert store.stats.rating_changes() == [RatingChange("neck", 3, 19 / 3, 3.0)]


def test_heat_map_and_untouched_regions(store: HistoryStore, session: MakeSession) -> None:
    store.insert_many(
        [
            session("a", on(days_ago(1)), ["neck", "back"], steps=2),
            session("b", on(days_ago(3)), ["neck"], steps=1),
            unstarted(session("c", on(days_ago(2)), ["hand"], steps=2, status=StepStatus.SKIPPED)),
            session("d", on(days_ago(20)), ["foot"], steps=1),
        ]
    )
    assert store.stats.region_counts(since=days_ago(7)) == [
        RegionCount("back", 1, 2, 120.0),
        RegionCount("neck", 2, 3, 180.0),
    ]
    assert [r.region_id for r in store.stats.region_counts()] == ["back", "foot", "neck"]
    regions = ["neck", "hand", "foot", "back", "knee", "neck"]
    assert store.stats.untouched_regions(regions, TODAY, days=7) == ["hand", "foot", "knee"]
    assert store.stats.untouched_regions(regions, TODAY, days=2) == ["hand", "foot", "knee"]
    assert store.stats.untouched_regions(regions, TODAY, days=1) == regions[:5]


def _knee_step(position: int, side: Side | None, start: datetime) -> StepRecord:
    # What the player records: a warm-up step that runs once lists both knees and thighs; the
    # each-side steps list the side they ran on.
    regions = {
        None: ["front-knee-left", "front-knee-right", "front-thigh-left", "front-thigh-right"],
        Side.LEFT: ["front-kneecap-left", "front-knee-left"],
        Side.RIGHT: ["front-kneecap-right", "front-knee-right"],
    }[side]
    return StepRecord(
        position=position,
        technique_id="kneecap-heel-slide",
        step_index=position,
        region_ids=regions,
        side=side,
        actual_s=30.0,
        planned_s=30.0,
        status=StepStatus.DONE,
        started_at=start + timedelta(minutes=position),
    )


def test_most_massaged_counts_the_side_that_was_worked(
    store: HistoryStore, session: MakeSession
) -> None:
    start = on(days_ago(1))
    left_only = session("left", start, steps=0, ratings_before={"front-knee-left": 6})
    left_only.steps = [_knee_step(0, None, start), _knee_step(1, Side.LEFT, start)]
    store.insert_many([left_only])
    counts = {c.region_id: (c.sessions, c.steps) for c in store.stats.region_counts()}
    assert counts == {
        "front-knee-left": (1, 2),  # the warm-up and the left-side step
        "front-kneecap-left": (1, 1),
        "front-thigh-left": (1, 1),
    }
    assert "front-knee-right" not in counts
    knees = ["front-knee-left", "front-knee-right"]
    assert store.stats.untouched_regions(knees, TODAY, days=7) == ["front-knee-right"]


def test_the_worked_side_comes_from_the_ratings_when_no_step_is_sided(
    store: HistoryStore, session: MakeSession
) -> None:
    start = on(days_ago(1))
    rated = session("rated", start, steps=0, ratings_before={"front-knee-right": 4})
    rated.steps = [_knee_step(0, None, start)]
    unrated = session("unrated", on(days_ago(2)), steps=0)
    unrated.steps = [_knee_step(0, None, on(days_ago(2)))]
    store.insert_many([rated, unrated])
    counts = {c.region_id: c.sessions for c in store.stats.region_counts()}
    # Nothing says which knee "unrated" worked: it counts for both, as listed.
    assert counts == {
        "front-knee-right": 2,
        "front-thigh-right": 2,
        "front-knee-left": 1,
        "front-thigh-left": 1,
    }


def test_a_session_on_both_sides_counts_both(store: HistoryStore, session: MakeSession) -> None:
    start = on(days_ago(1))
    both = session("both", start, steps=0, ratings_before={"front-knee-left": 6})
    both.steps = [
        _knee_step(0, None, start),
        _knee_step(1, Side.RIGHT, start),
        _knee_step(2, Side.LEFT, start),
    ]
    store.insert_many([both])
    counts = {c.region_id: c.steps for c in store.stats.region_counts()}
    assert counts["front-knee-right"] == 2
    assert counts["front-knee-left"] == 2
    assert counts["front-thigh-right"] == counts["front-thigh-left"] == 1


def test_the_worked_side_follows_steps_and_ratings_as_they_are_recorded(
    store: HistoryStore, session: MakeSession
) -> None:
    start = on(days_ago(1))
    store.begin(session("live", start, steps=0))

    def knees() -> dict[str, int]:
        counts = store.stats.region_counts()
        return {c.region_id: c.steps for c in counts if c.region_id.startswith("front-knee")}

    store.add_step("live", _knee_step(0, None, start))
    assert knees() == {"front-knee-left": 1, "front-knee-right": 1}  # nothing says which
    store.add_step("live", _knee_step(1, Side.LEFT, start))
    assert knees() == {"front-knee-left": 2, "front-kneecap-left": 1}
    store.remove_step("live", 1)  # run again later: nothing says which knee any more
    assert knees() == {"front-knee-left": 1, "front-knee-right": 1}
    store.finish("live", Outcome.COMPLETED, start + timedelta(minutes=5), {"front-knee-right": 3})
    assert knees() == {"front-knee-right": 1}
    assert store.stats.untouched_regions(["front-knee-left"], TODAY, days=7) == ["front-knee-left"]


def _idle(record: SessionRecord) -> SessionRecord:
    """``record`` with no massage time: each step passed over at once."""
    steps = [step.model_copy(update={"actual_s": 0.0}) for step in record.steps]
    return record.model_copy(update={"steps": steps})


def test_a_session_with_no_massage_time_is_not_a_day_massaged(
    store: HistoryStore, session: MakeSession
) -> None:
    stats = store.stats
    store.begin(_idle(session("skipped", on(days_ago(1)), steps=3, status=StepStatus.SKIPPED)))
    assert stats.days_massaged(days_ago(2), TODAY) == []
    assert stats.current_streak(TODAY) == 0
    store.begin(session("done", on(days_ago(1), hour=21)))
    assert stats.days_massaged(days_ago(2), TODAY) == [days_ago(1)]
    assert stats.current_streak(TODAY) == 1


def unstarted(record: SessionRecord) -> SessionRecord:
    """The session with its steps skipped before any massage time (0 s each)."""
    steps = [step.model_copy(update={"actual_s": 0.0}) for step in record.steps]
    return record.model_copy(update={"steps": steps})


def test_skipped_steps_are_not_massaged(store: HistoryStore, session: MakeSession) -> None:
    skipped = unstarted(
        session("s", on(days_ago(1)), regions=("it-band-left",), status=StepStatus.SKIPPED)
    )
    done = session("d", on(days_ago(1), hour=21), regions=("front-knee-left",), steps=1)
    # One session with a done step and a skipped one on other regions, as a routine runs.
    both = session("b", on(days_ago(2)), regions=("front-knee-left",), steps=1)
    both.steps.append(skipped.steps[0].model_copy(update={"position": 1}))
    store.insert_many([skipped, done, both])
    for since in (None, days_ago(7)):
        counts = {c.region_id: (c.sessions, c.steps) for c in store.stats.region_counts(since)}
        assert counts == {"front-knee-left": (2, 2)}
    untouched = store.stats.untouched_regions(["it-band-left", "front-knee-left"], TODAY, 7)
    assert untouched == ["it-band-left"]


def test_a_stopped_step_counts_its_region_by_its_massage_time(
    store: HistoryStore, session: MakeSession
) -> None:
    # Walk 10, a98/b117: a tour ended in its first foot step after 19 s, feet rated 5 -> 3:
    # the heat map counted done steps only and left the foot off, as "not massaged lately".
    foot = "front-foot-right"
    tour = session("tour", on(days_ago(1)), regions=(foot,), steps=1, status=StepStatus.SKIPPED)
    tour.steps[0] = tour.steps[0].model_copy(update={"actual_s": 19.0})
    store.insert_many([tour])
    for since in (None, days_ago(7)):
        assert store.stats.region_counts(since) == [RegionCount(foot, 1, 0, 19.0)]
    assert store.stats.untouched_regions([foot], TODAY, 14) == []


def test_a_session_counts_by_its_massage_time_not_its_done_steps(
    store: HistoryStore, session: MakeSession
) -> None:
    # Walk 8, finding 5: a session of 0 s read "Massaged on 0 days · 1 session, 0 s" beside
    # "No sessions in the last 8 weeks": it counts nowhere. Walk 9, P1-g: a Knee care stopped
    # for pain after 21 s of massage, no step finished, counted nowhere either, under a list
    # saying "Today · 2 sessions, 27 s". One rule: a session counts when it has massage time.
    stopped = session("hurt", on(TODAY, hour=18), steps=1, status=StepStatus.SKIPPED)
    stopped = stopped.model_copy(
        update={
            "outcome": Outcome.STOPPED_FOR_PAIN,
            "steps": [stopped.steps[0].model_copy(update={"actual_s": 21.0})],
        }
    )
    store.insert_many(
        [
            session("done", on(TODAY), steps=2),
            stopped,
            _idle(session("zero", on(TODAY), steps=3, status=StepStatus.SKIPPED)),
            _idle(session("only-zero", on(days_ago(7)), steps=1, status=StepStatus.SKIPPED)),
        ]
    )
    assert store.stats.minutes_per_week(TODAY, weeks=2) == [
        # The sessions of 0 s are counted apart, so the History's header can say them.
        WeekTotal(date(2026, 5, 4), 0.0, 0, unworked=1),
        WeekTotal(date(2026, 5, 11), 2.35, 2, unworked=1),
    ]
    assert store.stats.days_massaged(days_ago(7), TODAY) == [TODAY]

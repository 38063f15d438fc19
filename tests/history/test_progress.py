"""The Progress tab: the rating trend, the heat map and the regions not massaged lately."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone

from PySide6.QtWidgets import QComboBox, QLabel

from massage_desktop.domain.enums import Side, View
from massage_desktop.domain.history import SessionRecord, StepRecord, StepStatus
from massage_desktop.storage.history import HistoryStore
from massage_desktop.storage.stats import TrendPoint
from massage_desktop.ui.history import HistoryWindow
from massage_desktop.ui.history.wording import trend_summary

MakeSession = Callable[..., SessionRecord]
WindowFactory = Callable[[], HistoryWindow]
TODAY = date(2026, 5, 29)  # the fixtures' today
ZONE = timezone(timedelta(hours=2))
KNEE, NECK, CALF = "front-knee-left", "back-neck", "back-calf-right"


def ago(days: int) -> datetime:
    day = TODAY - timedelta(days=days)
    return datetime(day.year, day.month, day.day, 19, tzinfo=ZONE)


def rated(session: MakeSession, sid: str, days: int, before: int, after: int) -> SessionRecord:
    return session(
        sid, ago(days), regions=[KNEE], ratings_before={KNEE: before}, ratings_after={KNEE: after}
    )


def unstarted(record: SessionRecord) -> SessionRecord:
    """The session with its steps skipped before any massage time (0 s each)."""
    steps = [step.model_copy(update={"actual_s": 0.0}) for step in record.steps]
    return record.model_copy(update={"steps": steps})


def _labels(window: HistoryWindow) -> list[str]:
    """The texts of the Progress tab's labels (its sentences and headings)."""
    return [label.text() for label in window.progress.findChildren(QLabel)]


def _label_of(window: HistoryWindow, accessible_name: str) -> str:
    """The text of the label whose buddy has ``accessible_name``."""
    [label] = [
        label
        for label in window.progress.findChildren(QLabel)
        if label.buddy() is not None and label.buddy().accessibleName() == accessible_name
    ]
    return label.text()


def open_progress(make_window: WindowFactory) -> HistoryWindow:
    window = make_window()
    window.tabs.setCurrentWidget(window.progress)
    return window


def test_trend_chart_and_its_summary(
    store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    store.insert_many(
        [
            rated(session, "a", 20, 7, 4),
            rated(session, "b", 13, 6, 3),
            rated(session, "c", 12, 5, 4),
            rated(session, "d", 2, 6, 2),
            session("neck", ago(1), ratings_before={NECK: 5}, ratings_after={NECK: 5}),
        ]
    )
    window = open_progress(make_window)
    progress = window.progress
    assert progress.summary_text() == "Left knee: average before 6.0, after 3.2 over 4 sessions"
    assert [p.sessions for p in progress.chart.points()] == [1, 2, 1]  # weeks with data
    assert progress.chart.accessibleDescription() == progress.summary_text()
    progress.choose_region(NECK)
    assert (
        progress.summary_text() == "Back of the neck: average before 5.0, after 5.0 over 1 session"
    )


def test_trend_without_ratings_says_what_to_do(
    store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    store.insert_many([session("a", ago(1))])
    window = open_progress(make_window)
    # Said once, in the chart, with what to do (the box says none is rated); no line under it.
    assert window.progress.summary_text() == ""
    assert window.progress.chart.accessibleDescription().startswith(
        "No ratings before and after yet. Rate how an area feels"
    )
    assert window.progress.chart.points() == []


def test_trend_summary_weights_weeks_by_sessions() -> None:
    points = [
        TrendPoint(date(2026, 5, 4), 3, 6.0, 3.0),
        TrendPoint(date(2026, 5, 11), 1, 2.0, 1.0),
    ]
    assert trend_summary("Left knee", points) == (
        "Left knee: average before 5.0, after 2.5 over 4 sessions"
    )
    assert trend_summary("Left knee", []) == (
        "Left knee: no sessions with ratings before and after yet."
    )


def test_heat_map_tints_massaged_regions_by_sessions(
    store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    store.insert_many(
        [
            session("k1", ago(1), regions=[KNEE]),
            session("k2", ago(3), regions=[KNEE]),
            session("n1", ago(2), regions=[NECK]),
            session("c-old", ago(60), regions=[CALF]),
            unstarted(
                session("skipped", ago(1), regions=["front-face"], status=StepStatus.SKIPPED)
            ),
        ]
    )
    window = open_progress(make_window)
    heat = window.progress.heat
    assert heat.period_days() == 30
    # Steps skipped before any massage time do not count.
    assert heat.map.region_heat() == {KNEE: 1.0, NECK: 0.5}
    assert heat.legend.text() == "Lighter: 1 session; strongest: 2 sessions"
    assert heat.most_text() == "Left knee \u2014 2 sessions\nBack of the neck \u2014 1 session"
    assert heat.map.region_description(KNEE) == "Massaged in 2 sessions"
    heat.set_period_days(0)  # all time: the calf from two months ago appears
    assert heat.map.region_heat() == {KNEE: 1.0, NECK: 0.5, CALF: 0.5}
    heat.map.set_view(View.BACK)
    assert heat.views.buttons[View.BACK].isChecked()


def test_regions_not_massaged_lately_are_listed(
    store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    store.insert_many(
        [
            session("recent", ago(3), regions=[KNEE]),
            session("fortnight", ago(14), regions=[NECK]),  # just outside the 14 days
            session("old", ago(40), regions=[CALF, KNEE]),
        ]
    )
    window = open_progress(make_window)
    assert window.progress.heat.untouched_names() == ["Back of the neck", "Right calf"]


def test_with_nothing_left_out_lately_it_does_not_say_everything_was_massaged(
    store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    # Walk 10, a88/b118: only the calf was ever massaged, and the list of regions not massaged
    # in 14 days said "None. Nothing has been left out lately."
    store.insert_many([session("calf", ago(2), regions=[CALF])])
    window = open_progress(make_window)
    heat = window.progress.heat
    assert heat.untouched_names() == []
    assert heat.untouched_hint() == (
        "Every region you have massaged so far had a session in these days."
    )


def test_a_zones_ratings_name_the_regions_the_map_shows(
    store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    # Walk 10, b118: ratings said "Back", the map "Lower back", and nothing related the two.
    lower = "back-lower-back"
    store.insert_many(
        [
            session(
                "back",
                ago(1),
                regions=[lower],
                ratings_before={"back": 5},
                ratings_after={"back": 3},
            )
        ]
    )
    window = open_progress(make_window)
    window.progress.choose_region("back")
    assert window.progress.summary_text() == (
        "Back: average before 5.0, after 3.0 over 1 session\n"
        "Rated as one area; on the map: Lower back"
    )
    # One name a level (a new user's reading): "Region: Back" beside "Most massaged: Lower
    # back" read as two places. The box names areas, the map's list regions.
    assert _label_of(window, "Rated area for the rating trend") == "Rated &area:"
    assert window.progress.heat.most_text() == "Lower back \u2014 1 session"
    assert "Most massaged regions (sessions)" in _labels(window)


def test_clicking_a_region_on_the_heat_map_lists_its_sessions(
    store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    store.insert_many([session("knee", ago(1), regions=[KNEE]), session("neck", ago(2))])
    window = open_progress(make_window)
    window.progress.heat.map.activate_region(KNEE)
    assert window.tabs.currentIndex() == 0
    assert window.sessions.filters.current_filter().region_id == KNEE
    assert window.sessions.model.total() == 1


def test_most_massaged_names_the_side_that_was_worked(
    store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    # Knee warm-up strokes run once and list both knees; the kneecap circles ran on the left.
    left = session("left", ago(1), regions=[], steps=0, ratings_before={KNEE: 5})
    left.steps = [
        StepRecord(
            position=0,
            technique_id="knee-warm-up-effleurage",
            step_index=0,
            region_ids=[KNEE, "front-knee-right"],
            actual_s=150.0,
            planned_s=150.0,
            status=StepStatus.DONE,
            started_at=ago(1),
        ),
        StepRecord(
            position=1,
            technique_id="kneecap-base-circles",
            step_index=0,
            region_ids=["front-kneecap-left", KNEE],
            side=Side.LEFT,
            actual_s=60.0,
            planned_s=60.0,
            status=StepStatus.DONE,
            started_at=ago(1) + timedelta(minutes=3),
        ),
    ]
    store.insert_many([left])
    window = open_progress(make_window)
    heat = window.progress.heat
    assert heat.most_text() == "Left knee \u2014 1 session\nLeft kneecap \u2014 1 session"
    assert "front-knee-right" not in heat.map.region_heat()


def test_a_partners_ratings_say_whose_and_no_steps_done_is_not_no_massage(
    store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    # Walk 9, P1-m: "Left leg (1 session)" was the partner's leg, nothing said so; and
    # "No region was massaged in this period" stood beside its 5 -> 3 rating chart.
    legs = {"leg-left": 5}, {"leg-left": 3}
    store.insert_many(
        [
            session(
                "partner",
                ago(1),
                status=StepStatus.SKIPPED,
                performer="partner",
                ratings_before=legs[0],
                ratings_after=legs[1],
            ),
            rated(session, "mine", 2, 6, 2),
            rated(session, "partner-knee", 3, 5, 4).model_copy(update={"performer": "partner"}),
        ]
    )
    window = open_progress(make_window)
    [box] = [
        b
        for b in window.progress.findChildren(QComboBox)
        if b.accessibleName() == "Rated area for the rating trend"
    ]
    names = sorted(box.itemText(i) for i in range(box.count()))
    assert names == [
        "Left knee \u00b7 you + partner (2 sessions)",
        "Left leg \u00b7 partner (1 session)",
    ]
    assert box.toolTip() == box.currentText()  # whole when the box cuts it


def test_a_region_massaged_in_a_stopped_step_is_on_the_map_beside_its_rating(
    store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    # Walk 10, a98/b117: a tour ended in its first foot step after 19 s, the foot rated
    # 5 -> 3: the rating list offered the foot, but the map and "Most massaged" counted done
    # steps only and showed neither it nor anything (walk 9, P1-m: "No region was massaged").
    foot = "front-foot-right"
    tour = session(
        "tour",
        ago(1),
        regions=[foot],
        steps=1,
        status=StepStatus.SKIPPED,
        ratings_before={foot: 5},
        ratings_after={foot: 3},
    )
    tour.steps[0] = tour.steps[0].model_copy(update={"actual_s": 19.0})
    store.insert_many([tour])
    window = open_progress(make_window)
    heat = window.progress.heat
    assert heat.map.region_heat() == {foot: 1.0}
    assert heat.legend.text() == "Each tinted region: 1 session"
    assert heat.most_text() == "Right top of the foot \u2014 1 session"
    assert heat.untouched_names() == []


def test_the_map_key_with_nothing_massaged_says_so(
    store: HistoryStore, make_window: WindowFactory, session: MakeSession
) -> None:
    # Steps skipped before any massage time, rated anyway: nothing to tint.
    store.insert_many(
        [
            unstarted(
                session(
                    "hurt",
                    ago(1),
                    status=StepStatus.SKIPPED,
                    ratings_before={"leg-left": 5},
                    ratings_after={"leg-left": 3},
                )
            )
        ]
    )
    window = open_progress(make_window)
    assert window.progress.heat.legend.text() == "Nothing massaged in this period."
    # Said once on the page: the list beside the key said the key's sentence again.
    assert window.progress.heat.most_text() == "None in this period."
    assert _labels(window).count("Nothing massaged in this period.") == 0  # the key is painted

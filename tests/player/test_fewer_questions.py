"""Fewer questions around a session: the quick check once a day, one or two ratings."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices, StartServices
from tests.player.conftest import tick

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Side
from massage_desktop.domain.routines import Routine, RoutineItem
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.engine.phases import Timing
from massage_desktop.engine.plan import build_plan
from massage_desktop.engine.rated import SHORT_S
from massage_desktop.services import Services
from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.questions import AutomaticAnswers, DailyCheck
from massage_desktop.ui.player.ratings import rated_regions
from massage_desktop.ui.safety.today_check import TodayCheckDialog


class _Counting(AutomaticAnswers):
    """Answers automatically, counting the quick checks and noting the rated regions."""

    def __init__(self, today: TodayCheck) -> None:
        super().__init__(today)
        self.checks = 0
        self.rated: list[list[str]] = []

    def today_check(self) -> bool:
        self.checks += 1
        return super().today_check()

    def ratings(
        self, regions: Sequence[tuple[str, str]], previous: Mapping[str, int] | None
    ) -> dict[str, int]:
        self.rated.append([region_id for region_id, _name in regions])
        return {}


def _run_and_end(window: MainWindow) -> bool:
    started = window.flow.start_technique("kneading", "back-upper-back")
    if started:
        window.flow.command(PlayerCommand.STOP)
    return started


def test_the_quick_check_is_asked_before_the_days_first_session_only(
    window: MainWindow,
) -> None:
    day = [date(2026, 12, 7)]
    window.flow.daily = DailyCheck(lambda: day[0])
    questions = _Counting(TodayCheck())
    window.flow.questions = questions
    assert _run_and_end(window)
    assert questions.checks == 1  # the first session of the day is always checked
    assert _run_and_end(window)
    assert _run_and_end(window)
    assert questions.checks == 1  # remembered for the rest of the day
    day[0] += timedelta(days=1)
    assert _run_and_end(window)
    assert questions.checks == 2  # a new day, a new check


def test_not_today_still_stops_and_is_asked_again(window: MainWindow) -> None:
    window.flow.daily = DailyCheck(lambda: date(2026, 12, 7))
    hurting = _Counting(TodayCheck(sharp_pain=True))
    window.flow.questions = hurting
    assert not _run_and_end(window)
    assert not _run_and_end(window)
    assert hurting.checks == 2  # a "yes" is never remembered as a pass
    assert not window.flow.daily.passed_today
    well = _Counting(TodayCheck())
    window.flow.questions = well
    assert _run_and_end(window)
    assert window.flow.daily.passed_today


def test_a_routine_rates_the_picked_region_and_what_is_massaged(
    window: MainWindow, catalog: Catalog
) -> None:
    questions = _Counting(TodayCheck())
    window.flow.questions = questions
    window.select_region("front-knee-left")
    assert window.flow.start_technique("leg-effleurage-self", "front-knee-left")
    window.flow.command(PlayerCommand.STOP)
    # The picked knee first (it was left out before); the strokes go on up the other leg,
    # so its knee is asked too, right before left as everywhere (walk 9, P3-d and P1-n).
    assert questions.rated[0] == ["front-knee-right", "front-knee-left"]
    plan = build_plan(catalog, catalog.routines["knee-care"], side=Side.LEFT)
    # The left knee's care works the knee and the whole left leg: two questions (walk 8).
    assert [r for r, _ in rated_regions(catalog, plan, "front-knee-left")] == [
        "front-knee-left",
        "leg-left",
    ]
    # Without a pick: the leg it works, one question.
    assert rated_regions(catalog, plan, None) == [("leg-left", "Left leg")]


def test_a_short_technique_is_rated_on_one_area_on_each_side(catalog: Catalog) -> None:
    short = [
        t
        for t in catalog.techniques.values()
        if build_plan(catalog, t).total_s(Timing()) < SHORT_S
        and len({r for e in build_plan(catalog, t).entries for r in e.region_ids}) > 1
    ]
    assert short  # the catalog has short techniques over several regions
    for technique in short:
        plan = build_plan(catalog, technique)
        for picked in (None, "back-calf-left"):
            keys = [key for key, _name in rated_regions(catalog, plan, picked)]
            assert len(keys) <= 2
            # Two only for the same place on both sides ("Right calf", "Left calf").
            assert len({key.removesuffix("-right").removesuffix("-left") for key in keys}) <= 1
            assert len(keys) == 1 or keys[0].endswith("-right")


def test_the_quick_check_is_a_designed_screen_that_grows_with_its_advice(
    qtbot: QtBot, catalog: Catalog
) -> None:
    dialog = TodayCheckDialog(catalog)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, DesignedDialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    assert not dialog.advice.isVisible()
    dialog.groups["swelling"].button(1).click()
    assert dialog.advice.isVisible()
    assert dialog.height() > before
    # The whole advice fits: the dialog is as tall as its content needs.
    assert dialog.height() >= dialog.heightForWidth(dialog.width())
    dialog.groups["swelling"].button(0).click()
    assert not dialog.advice.isVisible()


class _Rating(AutomaticAnswers):
    """Rates every region asked about: 6 before the session, 3 after it."""

    def __init__(self) -> None:
        super().__init__(TodayCheck())
        self.asked: list[list[str]] = []

    def ratings(
        self, regions: Sequence[tuple[str, str]], previous: Mapping[str, int] | None
    ) -> dict[str, int]:
        self.asked.append([region_id for region_id, _name in regions])
        return {region_id: 6 if previous is None else 3 for region_id, _name in regions}


def test_one_rating_before_and_after_still_feeds_the_progress_chart(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    services = make_services()
    history = services.history
    assert history is not None
    clock = ManualClock()
    window = MainWindow(replace(services, recorder=history), clock=clock, interactive=False)
    qtbot.addWidget(window)
    questions = _Rating()
    window.flow.questions = questions
    window.select_region("front-knee-left")
    assert window.flow.start_technique("knee-warm-up-effleurage", "front-knee-left")
    tick(window, clock, 20)  # into the first step: only what was massaged is asked after
    window.flow.command(PlayerCommand.STOP)
    assert questions.asked == [["front-knee-left"], ["front-knee-left"]]
    [change] = history.stats.rating_changes()
    assert (change.region_id, change.mean_before, change.mean_after) == ("front-knee-left", 6, 3)
    assert history.stats.rating_trend("front-knee-left")


def _started(
    qtbot: QtBot, services: Services, day: Callable[[], date], questions: _Counting
) -> MainWindow:
    """The app started on ``services`` on ``day``, its checks answered by ``questions``."""
    window = MainWindow(services, clock=ManualClock(), today=day, interactive=True)
    qtbot.addWidget(window)
    window.flow.questions = questions
    return window


def test_a_passed_check_holds_for_the_day_after_a_restart(
    qtbot: QtBot, tmp_path: Path, start_services: StartServices
) -> None:
    day = [date(2026, 12, 7)]
    first = _Counting(TodayCheck())
    assert _run_and_end(_started(qtbot, start_services(tmp_path), lambda: day[0], first))
    assert first.checks == 1
    # Closed and opened again the same day, on the same data folder: not asked again.
    again = _Counting(TodayCheck())
    window = _started(qtbot, start_services(tmp_path), lambda: day[0], again)
    assert window.flow.daily.passed_today
    assert _run_and_end(window)
    assert again.checks == 0
    # The next morning the app (still open, or opened again) asks once more.
    day[0] += timedelta(days=1)
    assert not window.flow.daily.passed_today
    assert _run_and_end(window)
    assert again.checks == 1
    next_day = _Counting(TodayCheck())
    assert _run_and_end(_started(qtbot, start_services(tmp_path), lambda: day[0], next_day))
    assert next_day.checks == 0


def test_a_yes_or_cancel_is_not_kept_across_a_restart(
    qtbot: QtBot, tmp_path: Path, start_services: StartServices
) -> None:
    def today() -> date:
        return date(2026, 12, 7)

    hurting = _Counting(TodayCheck(sharp_pain=True))
    assert not _run_and_end(_started(qtbot, start_services(tmp_path), today, hurting))
    assert hurting.checks == 1
    well = _Counting(TodayCheck())
    window = _started(qtbot, start_services(tmp_path), today, well)
    assert not window.flow.daily.passed_today
    assert _run_and_end(window)
    assert well.checks == 1  # asked again after the restart, and this time it passed
    assert start_services(tmp_path).settings.settings.quick_check_passed_on == today()


def test_scripted_answers_never_mark_the_users_day(
    qtbot: QtBot, tmp_path: Path, start_services: StartServices
) -> None:
    # The smoke test runs a window with automatic answers on the user's own data: its
    # imaginary person's "no" must not spare the real person today's check.
    services = start_services(tmp_path)
    window = MainWindow(services, clock=ManualClock(), interactive=False)
    qtbot.addWidget(window)
    window.flow.questions = AutomaticAnswers(TodayCheck())
    assert _run_and_end(window)
    assert window.flow.daily.passed_today  # for this run
    assert start_services(tmp_path).settings.settings.quick_check_passed_on is None


def test_the_quick_check_opens_with_no_answer_looking_given(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = TodayCheckDialog(catalog)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # a widget has focus (and ":focus") only in the active window
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    first, second, *_ = dialog.groups.values()
    yes_first, yes_second = first.button(1), second.button(1)

    def looks(button: QAbstractButton) -> QImage:
        return button.grab().toImage()

    # The keyboard starts at the first question, but its "Yes" looks like every other
    # unanswered "Yes": no ring that a new user could read as an answer already given.
    assert dialog.focusWidget() is yes_first
    assert all(group.checkedId() == -1 for group in dialog.groups.values())
    assert looks(yes_first) == looks(yes_second)
    # From the first key on, the focus is shown where it is: the first move only shows it
    # on the first "Yes" (it went on to the second question unseen; walk 7), the next moves.
    QTest.keyClick(yes_first, Qt.Key.Key_Down)
    assert dialog.focusWidget() is yes_first
    assert looks(yes_first) != looks(yes_second)
    QTest.keyClick(yes_first, Qt.Key.Key_Down)
    assert dialog.focusWidget() is yes_second
    assert second.checkedId() == -1  # moving answers nothing
    assert looks(yes_second) != looks(yes_first)
    QTest.keyClick(yes_second, Qt.Key.Key_Right)
    assert second.checkedId() == 0  # the arrow keys still choose


def test_warming_the_oil_or_the_hands_is_not_rated_in_a_routine(catalog: Catalog) -> None:
    # An own partner routine of oil warming asked to rate "Left palm", the massager's own
    # hand (walk 8): in a routine only massaged areas are rated.

    oil = Routine(
        id="my-oil", name="Oil", summary="s", performer="partner",
        items=[RoutineItem(technique="warm-oil")], sources=["kneading"],
    )  # fmt: skip
    plan = build_plan(catalog, oil)
    assert plan.runnable
    assert all(entry.prepares for entry in plan.runnable)
    assert rated_regions(catalog, plan, None) == []
    ankles = build_plan(catalog, catalog.routines["ankles-kneading"])  # warms the hands first
    rated = [region for region, _ in rated_regions(catalog, ankles, None)]
    assert rated
    assert not any("palm" in region for region in rated), rated

"""In room mode the end-of-session questions appear on top of the full-screen window, large."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from tests.player.conftest import tick

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import InMemoryRecorder, Outcome
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.ui.design.choice import ChoiceDialog
from massage_desktop.ui.design.screen import LARGE, DesignedDialog
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.dialogs import StopAdviceDialog, SummaryDialog
from massage_desktop.ui.player.questions import AutomaticAnswers
from massage_desktop.ui.player.ratings import RatingsDialog
from massage_desktop.ui.player.session_questions import SessionQuestions


class _RatedBefore(AutomaticAnswers):
    """Starts the session with a rating, so the real dialogs ask again at the end."""

    def __init__(self) -> None:
        super().__init__(TodayCheck())

    def ratings(
        self, regions: Sequence[tuple[str, str]], previous: Mapping[str, int] | None
    ) -> dict[str, int]:
        return {"back-calf-right": 6} if previous is None else {}


class _Answering:
    """Answers each modal dialog as it opens, remembering what it looked like."""

    def __init__(self) -> None:
        self.seen: list[tuple[type, QWidget | None, float, int, int]] = []
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DesignedDialog) or not dialog.isVisible():
            return
        parent = dialog.parentWidget()
        self.seen.append((type(dialog), parent, dialog.scale, dialog.width(), dialog.height()))
        if isinstance(dialog, RatingsDialog):
            for region_id in dialog.scales:
                dialog.set_rating(region_id, 3)
        if isinstance(dialog, ChoiceDialog):
            dialog.buttons[0].click()  # "End the session" (Keep going is the primary)
            return
        assert dialog.primary is not None
        dialog.primary.click()

    def stop(self) -> None:
        self._timer.stop()


def test_end_of_session_dialogs_show_over_room_mode(
    window: MainWindow,
    catalog: Catalog,
    recorder: InMemoryRecorder,
    qtbot: QtBot,
    clock: ManualClock,
) -> None:
    window.flow.questions = _RatedBefore()
    window.select_region("back-calf-right")
    assert window.flow.start_technique("calf-kneading")
    window.flow.questions = SessionQuestions(window, catalog)
    window.flow.command(PlayerCommand.ROOM)
    room = window.flow.room
    assert room is not None
    assert room.isVisible()
    tick(window, clock, 20)  # into the step: only what was massaged is asked after
    answering = _Answering()
    try:
        window.flow.command(PlayerCommand.STOP)  # asks to end, then the rating, then summary
    finally:
        answering.stop()
    kinds = [kind for kind, *_ in answering.seen]
    assert kinds == [ChoiceDialog, RatingsDialog, SummaryDialog]
    for _kind, parent, scale, width, height in answering.seen:
        assert parent is room, "a dialog parented to the main window hides behind room mode"
        assert scale == LARGE
        assert width >= room.width() * 3 // 5
        assert height >= room.height() * 3 // 5
    [session] = recorder.sessions.values()
    assert session.outcome is Outcome.STOPPED_EARLY
    assert session.ratings_after == {"back-calf-right": 3}


def test_dialogs_are_normal_size_over_the_main_window(catalog: Catalog, qtbot: QtBot) -> None:
    main = QWidget()
    qtbot.addWidget(main)
    questions = SessionQuestions(main, catalog)
    answering = _Answering()
    try:
        assert questions.ratings([("back-calf-left", "Left calf")], None) == {"back-calf-left": 3}
    finally:
        answering.stop()
    [(_kind, parent, scale, _w, _h)] = answering.seen
    assert parent is main
    assert scale == 1.0


def test_large_dialogs_fit_a_small_room_screen(catalog: Catalog, qtbot: QtBot) -> None:
    room = QWidget()
    qtbot.addWidget(room)
    room.resize(1024, 700)
    room.show()
    main = QWidget()
    qtbot.addWidget(main)
    questions = SessionQuestions(main, catalog)
    questions.set_parent(room)
    answering = _Answering()
    try:
        assert questions.pain_reason() == ""  # Done pressed, no reason chosen
    finally:
        answering.stop()
    [(kind, parent, scale, width, height)] = answering.seen
    assert kind is StopAdviceDialog
    assert parent is room
    assert width <= 1024
    assert height <= 700
    assert scale > 1.0  # smaller than the largest, still larger than over the main window

"""The daily reminder: when it fires, and what a click on it does."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.reminder import DailyReminder, next_reminder


def test_next_reminder_today_or_tomorrow() -> None:
    morning = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)
    assert next_reminder(morning, "19:00") == datetime(2026, 5, 4, 19, 0, tzinfo=UTC)
    evening = datetime(2026, 5, 4, 19, 0, tzinfo=UTC)
    assert next_reminder(evening, "19:00") == datetime(2026, 5, 5, 19, 0, tzinfo=UTC)


def test_reminder_arms_and_turns_off(qtbot: QtBot) -> None:
    reminder = DailyReminder(QIcon(), "Knee care")
    now = datetime(2026, 5, 4, 18, 0, tzinfo=UTC)
    reminder.set_time("19:00", now)
    assert reminder.active
    assert abs(reminder.remaining_ms() - 3_600_000) < 1_000
    reminder.set_time(None)
    assert not reminder.active
    assert reminder.remaining_ms() == -1
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.quitOnLastWindowClosed()  # off: nothing keeps running after the window closes


def test_clicking_the_reminder_starts_the_routine(window: MainWindow) -> None:
    window.reminder.startRequested.emit("knee-care")
    assert window.flow.controller is not None
    assert window.flow.controller.session.plan.subject_id == "knee-care"
    window.flow.command(PlayerCommand.STOP)

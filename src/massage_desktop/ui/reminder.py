"""The optional daily reminder: a tray icon that suggests a short session at a chosen time.

The guides favour short, regular sessions (5 to 10 minutes daily or every other day). When the
reminder is on, closing the window keeps the app in the tray so it can remind; when it is off
there is no tray icon and nothing runs in the background.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from massage_desktop.ui.i18n import fill

SUGGESTED_ROUTINE = "knee-care"
"""Five to ten minutes, the session length the guides recommend."""


def next_reminder(now: datetime, at: str) -> datetime:
    """The next moment after ``now`` whose clock time is ``at`` ("HH:MM")."""
    hour, minute = (int(part) for part in at.split(":"))
    today = datetime.combine(now.date(), time(hour, minute), tzinfo=now.tzinfo)
    return today if today > now else today + timedelta(days=1)


class DailyReminder(QObject):
    """Tray icon and timer for the daily reminder.

    Signals:
        startRequested(str): the user chose to start the suggested routine; its id.
        showRequested(): the user asked for the main window.
        quitRequested(): the user chose Quit in the tray menu.
    """

    startRequested = Signal(str)
    showRequested = Signal()
    quitRequested = Signal()

    def __init__(self, icon: QIcon, routine_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._routine_name = routine_name
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # A coarse timer may fire up to 5% late: three minutes on an hour's wait.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._tray = QSystemTrayIcon(icon, self)
        self._tray.setToolTip(QCoreApplication.translate("DailyReminder", "Massage Desktop"))
        menu = QMenu()
        for text, signal in (
            (
                QCoreApplication.translate("DailyReminder", "Open Massage Desktop"),
                self.showRequested,
            ),
            (fill(QCoreApplication.translate("DailyReminder", "Start %1"), routine_name), None),
            (QCoreApplication.translate("DailyReminder", "Quit"), self.quitRequested),
        ):
            action = QAction(text, menu)
            if signal is None:
                action.triggered.connect(lambda: self.startRequested.emit(SUGGESTED_ROUTINE))
            else:
                action.triggered.connect(signal)
            menu.addAction(action)
        self._menu = menu  # QSystemTrayIcon does not take ownership of its menu
        self._tray.setContextMenu(menu)
        self._tray.messageClicked.connect(lambda: self.startRequested.emit(SUGGESTED_ROUTINE))
        self._tray.activated.connect(self._on_tray_activated)
        self.at: str | None = None

    @property
    def active(self) -> bool:
        """Whether a reminder is scheduled."""
        return self.at is not None

    def set_time(self, at: str | None, now: datetime | None = None) -> None:
        """Remind daily at ``at`` ("HH:MM"), or turn the reminder off with None."""
        self.at = at
        app = QApplication.instance()
        if at is None:
            self._timer.stop()
            self._tray.hide()
            if isinstance(app, QApplication):
                app.setQuitOnLastWindowClosed(True)
            return
        current = now or datetime.now().astimezone()
        wait_ms = int((next_reminder(current, at) - current).total_seconds() * 1000)
        self._timer.start(max(1000, wait_ms))
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._tray.show()
            # Closing the window keeps the app in the tray, or nothing could remind.
            if isinstance(app, QApplication):
                app.setQuitOnLastWindowClosed(False)

    def remaining_ms(self) -> int:
        """Milliseconds until the next reminder (-1 when off)."""
        return self._timer.remainingTime() if self._timer.isActive() else -1

    def remind(self) -> None:
        """Show the reminder now."""
        self._tray.showMessage(
            QCoreApplication.translate("DailyReminder", "Time for a short massage"),
            fill(
                QCoreApplication.translate(
                    "DailyReminder", "%1 takes 5 to 10 minutes. Click here to start."
                ),
                self._routine_name,
            ),
            QSystemTrayIcon.MessageIcon.Information,
            30_000,
        )

    def _on_timer_timeout(self) -> None:
        self.remind()
        if self.at is not None:
            self.set_time(self.at)  # tomorrow at the same time

    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.showRequested.emit()

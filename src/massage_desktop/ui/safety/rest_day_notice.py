"""Keeps the guide's rest-day notice in step with today's rest day.

The rest day is set by today's quick check (``SessionQuestions``), kept in the settings
(``RestDay``) and shown by the guide (``RestDayBanner``); the notice's "Take the check again…"
asks the check at once and counts a pass as today's check, as a start would.

The rest day is the day's, not one person's: the quick check is asked once a day, before the
day's first session, about the person about to be massaged, and a "yes" holds every session
that day (yours and your partner's) until the check is taken again. While the app stays open
past midnight the notice goes with the day (walk 8, finding 7).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QTimer

from massage_desktop.storage.settings import SettingsStore
from massage_desktop.ui.guide.panel import GuidePanel
from massage_desktop.ui.player.flow import SessionFlow
from massage_desktop.ui.player.questions import RestDay
from massage_desktop.ui.player.session_questions import SessionQuestions


class RestDayNotice:
    """Shows the guide's rest-day notice while today is the rest day.

    Args:
        store: Where the rest day is kept; None keeps it for this run only.
        today: Gives the local date.
        parent: Owns the timer that notices a new day.
    """

    DAY_CHECK_MS = 60_000
    """How often the notice looks whether the day has changed."""

    def __init__(
        self, store: SettingsStore | None, today: Callable[[], date], parent: QObject | None = None
    ) -> None:
        self._today = today
        self.rest_day = RestDay(store, changed=self.show)
        self._guide: GuidePanel | None = None
        self._flow: SessionFlow | None = None
        self._day = today()
        self._new_day: Callable[[], None] | None = None
        self.day_timer = QTimer(parent)
        self.day_timer.setInterval(self.DAY_CHECK_MS)
        self.day_timer.timeout.connect(self._on_day_timer_timeout)

    def attach(
        self, guide: GuidePanel, flow: SessionFlow, new_day: Callable[[], None] | None = None
    ) -> None:
        """Show the notice on ``guide``; its check again asks through ``flow``'s questions.

        ``new_day`` is called when the date changes while the app is open (today's rests
        end with it).
        """
        self._guide, self._flow = guide, flow
        self._new_day = new_day
        guide.checkAgainRequested.connect(self._on_guide_check_again_requested)
        self.show()
        self.day_timer.start()

    def show(self) -> None:
        """Show the notice when today is the rest day, else hide it."""
        if self._guide is not None:
            self._guide.set_rest_day(self.rest_day.is_today(self._today()))

    def _on_guide_check_again_requested(self) -> None:
        flow = self._flow
        if flow is not None and isinstance(flow.questions, SessionQuestions):
            flow.daily.ask_again(flow.questions.retake_check)
        self.show()

    def _on_day_timer_timeout(self) -> None:
        day = self._today()
        if day == self._day:
            return
        self._day = day
        self.show()
        if self._new_day is not None:
            self._new_day()

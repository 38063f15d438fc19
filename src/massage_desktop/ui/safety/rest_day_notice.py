"""Keeps the guide's rest-day notice in step with today's rest day.

The rest day is set by today's quick check (``SessionQuestions``), kept in the settings
(``RestDay``) and shown by the guide (``RestDayBanner``); the notice's "Take the check again…"
asks the check at once and counts a pass as today's check, as a start would.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

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
    """

    def __init__(self, store: SettingsStore | None, today: Callable[[], date]) -> None:
        self._today = today
        self.rest_day = RestDay(store, changed=self.show)
        self._guide: GuidePanel | None = None
        self._flow: SessionFlow | None = None

    def attach(self, guide: GuidePanel, flow: SessionFlow) -> None:
        """Show the notice on ``guide``; its check again asks through ``flow``'s questions."""
        self._guide, self._flow = guide, flow
        guide.checkAgainRequested.connect(self._on_guide_check_again_requested)
        self.show()

    def show(self) -> None:
        """Show the notice when today is the rest day, else hide it."""
        if self._guide is not None:
            self._guide.set_rest_day(self.rest_day.is_today(self._today()))

    def _on_guide_check_again_requested(self) -> None:
        flow = self._flow
        if flow is not None and isinstance(flow.questions, SessionQuestions):
            flow.daily.ask_again(flow.questions.retake_check)
        self.show()

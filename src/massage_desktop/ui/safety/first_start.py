"""The first start: the safety notes and the health check once, then a calm line if put off.

The first-run screens (``first_run.py``) open at the first start. "I understand" is kept in
the settings, and they do not open by themselves again. "Not now" is kept too
(``first_run_postponed``): the screens no longer come back at every start, which only taught
people to press "Not now" (walk 3, finding 16); a line under the map offers the check
instead (``profile_banner.py``) until it is done. The notes are still acknowledged before the
first session: every way of starting one asks today's quick check first, and ``NotesFirst``
puts the screens before it while they wait. Closing the screens without an answer (the
window's close button) keeps them due: they open at the next start, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.storage.settings import SettingsStore
from massage_desktop.ui.player.questions import DailyCheck, Questions
from massage_desktop.ui.safety.first_run import FirstRunDialog
from massage_desktop.ui.safety.profile_banner import HealthCheckBanner

if TYPE_CHECKING:
    from massage_desktop.services import Services
    from massage_desktop.ui.main_window import MainWindow

QUESTIONS = 1
"""The questions screen: where "Do it now" and a session's start open the screens."""


@dataclass(frozen=True)
class FirstRunAnswers:
    """What the person did on the first-run screens.

    Attributes:
        profile: The conditions chosen on the chips when they differ from ``profile`` given
            (an answer counts even after "Not now"), else None.
        acknowledged: The stop rule was confirmed ("I understand").
        wants_details: "Add details in my health profile" was pressed.
        put_off: "Not now" was pressed.
    """

    profile: HealthProfile | None
    acknowledged: bool
    wants_details: bool
    put_off: bool = False


def ask_first_run(
    catalog: Catalog,
    profile: HealthProfile,
    parent: QWidget,
    large: bool | float,
    page: int = 0,
    *,
    before_session: bool = False,
    answered_before: bool = False,
) -> FirstRunAnswers:
    """Show the first-run screens (modal) from ``page`` on and return what was answered.

    ``before_session``: opened by a session's Start, which waits for them.
    ``answered_before``: the notes were acknowledged, so the questions were answered.
    """
    dialog = FirstRunDialog(
        catalog,
        parent,
        profile=profile,
        large=large,
        page=page,
        before_session=before_session,
        answered_before=answered_before,
    )
    wanted: list[bool] = []
    dialog.healthProfileRequested.connect(lambda: wanted.append(True))
    dialog.exec()
    # Kept also when unchanged: "None of these" on an empty profile is an answer, which the
    # printed card then says ("Nothing is ticked"), not "no profile is filled in" (walk 16).
    chosen = dialog.profile() if dialog.answered() else None
    return FirstRunAnswers(chosen, dialog.acknowledged(), bool(wanted), dialog.put_off())


class NotesFirst(DailyCheck):
    """Today's quick check, with the safety notes before it while they wait.

    Args:
        notes: True when a session may start as far as the notes go (asks for them if due).
        today: Gives the local date, as ``DailyCheck``'s.
        store: Where the quick check's day is kept, as ``DailyCheck``'s.
    """

    def __init__(
        self,
        notes: Callable[[], bool],
        today: Callable[[], date] = date.today,
        store: SettingsStore | None = None,
    ) -> None:
        super().__init__(today, store)
        self._notes = notes

    def ask(self, questions: Questions) -> bool:
        """True when the session may go: the notes acknowledged, then today's check passed."""
        return self._notes() and super().ask(questions)


class FirstStart(QObject):
    """Opens the first-run screens when due, and shows the home screen's line while put off.

    Args:
        window: The main window: the screens' parent; the profile is applied through it.
        services: The settings keep what was answered; the health store, the conditions.
        today: Gives the local date, for today's quick check.
        interactive: False when a script answers the player's questions: nothing is asked
            before its sessions, and today's check is not kept (as ``DailyCheck`` says).
    """

    def __init__(
        self,
        window: MainWindow,
        services: Services,
        *,
        today: Callable[[], date] = date.today,
        interactive: bool = True,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._catalog = services.catalog
        self._health = services.health
        self._store = services.settings
        self._due = False  # the screens were due at this start and are not acknowledged yet
        self.banner = HealthCheckBanner(window.map_pane)
        window.map_pane.add_below(self.banner)
        store = services.settings if interactive else None
        notes = self.notes_before_session if interactive else lambda: True
        window.flow.daily = NotesFirst(notes, today, store)
        self.banner.checkRequested.connect(self._on_banner_check_requested)
        window.flow.activeChanged.connect(self._on_flow_active_changed)
        self.refresh()

    @property
    def acknowledged(self) -> bool:
        """Whether the safety notes were acknowledged (kept in the settings)."""
        return self._store is not None and self._store.settings.first_run_acknowledged

    @property
    def waiting(self) -> bool:
        """Whether the check was put off with "Not now" and is not done yet."""
        return (
            self._store is not None
            and self._store.settings.first_run_postponed
            and not self.acknowledged
        )

    def run(self, *, force: bool = False) -> None:
        """At start: the screens, unless acknowledged or put off; ``force``: the Help menu's."""
        if not force and self._store is not None and not self.acknowledged:
            self._due = True
        if not force and (self._store is None or self.acknowledged or self.waiting):
            return
        self.ask()

    def notes_before_session(self) -> bool:
        """True when a session may start; while the notes wait, asks for them first."""
        if self.acknowledged or not (self._due or self.waiting):
            return True
        return self.ask(QUESTIONS, before_session=True)

    def ask(self, page: int = 0, *, before_session: bool = False) -> bool:
        """Show the screens from ``page`` on; keep and apply the answers; True if acknowledged.

        ``before_session``: a session's Start opened them and waits for them.
        """
        window = self._window
        profile = self._health.profile
        scale = window.flow.actions.text_scale
        answers = ask_first_run(
            self._catalog,
            profile,
            window,
            scale,
            page,
            before_session=before_session,
            answered_before=self.acknowledged,
        )
        if answers.profile is not None:  # the chips are the health profile
            self._health.save(answers.profile)
            window.apply_health_profile()
        if self._store is not None and not self.acknowledged:
            settings = self._store.settings
            if answers.acknowledged:
                self._store.save(settings.model_copy(update={"first_run_acknowledged": True}))
            elif answers.put_off and not settings.first_run_postponed:
                self._store.save(settings.model_copy(update={"first_run_postponed": True}))
        self.refresh()
        if answers.acknowledged and answers.wants_details:
            window.edit_health_profile()  # after the notes have closed: one modal at a time
        return answers.acknowledged

    def refresh(self) -> None:
        """Show the home screen's line or hide it, as the settings now say."""
        self.banner.setVisible(self.waiting and not self._window.flow.active)

    def _on_banner_check_requested(self) -> None:
        self.ask(QUESTIONS)

    def _on_flow_active_changed(self, _active: bool) -> None:
        self.refresh()  # the home screen's: not over a session's map key

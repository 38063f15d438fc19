"""One guided session from setup to summary, tying the engine to the player's widgets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Performer
from massage_desktop.domain.history import Outcome, SessionRecord, SessionRecorder
from massage_desktop.domain.routines import Routine
from massage_desktop.engine.clock import Clock, monotonic
from massage_desktop.engine.cues import Cue, CueKind
from massage_desktop.engine.health import Verdict, routine_verdict
from massage_desktop.engine.pain_rest import (
    PainRest,
    Person,
    hurt_step,
    hurting_regions,
)
from massage_desktop.engine.phases import Timing
from massage_desktop.engine.plan import Plan, build_plan
from massage_desktop.engine.rated import picked_if_worked, reached_places
from massage_desktop.engine.screening import Screening
from massage_desktop.engine.session import Session
from massage_desktop.storage.history import HistoryStore
from massage_desktop.ui.player.audio import CueSounds, Voice, audio_note, audio_summary
from massage_desktop.ui.player.commands import PlayerActions, PlayerCommand
from massage_desktop.ui.player.controller import PlayerController
from massage_desktop.ui.player.display import (
    side_reader,
)
from massage_desktop.ui.player.ending import end_confirmed
from massage_desktop.ui.player.panel import PlayerPanel
from massage_desktop.ui.player.questions import (
    AutomaticAnswers,
    DailyCheck,
    Questions,
)
from massage_desktop.ui.player.ratings import rated_regions
from massage_desktop.ui.player.session_screen import SessionScreen, StepShown
from massage_desktop.ui.player.side_note import (
    remember_pain_stops,
    resting_only,
    whose_names,
)
from massage_desktop.ui.player.start_gate import StartGate
from massage_desktop.ui.player.windows import RoomWindow


class SessionFlow(QObject):
    """Asks the before-questions, runs the session, then asks the after-questions.

    Signals:
        activeChanged(bool): a session began (True) or the flow returned to the guide (False).
        restNoted(): a stop for pain rested an area for the day, before the summary shows.
    """

    activeChanged = Signal(bool)
    restNoted = Signal()

    def __init__(
        self,
        window: QWidget,
        catalog: Catalog,
        panel: PlayerPanel,
        recorder: SessionRecorder,
        show_step: StepShown,
        *,
        sounds: CueSounds | None = None,
        voice: Voice | None = None,
        clock: Clock = monotonic,
        timing: Timing | None = None,
        questions: Questions | None = None,
        speed: float = 1.0,
        layout: Path | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._catalog = catalog
        self._panel = panel
        self._recorder = recorder
        self._sounds = sounds
        self._voice = voice
        self._clock = clock
        self.timing = timing or Timing()
        self.questions: Questions = questions or AutomaticAnswers()
        """Who answers the session's questions: dialogs in the app, automatic in tests."""
        self.daily = DailyCheck()
        """Today's quick check, asked before the day's first session."""
        self._speed = speed
        self.controller: PlayerController | None = None
        self.default_performer: Performer = Performer.SELF
        self.screening: Screening | None = None
        self.pain_rest = PainRest()
        """Areas stopped for pain today, by whose: a session does not work them again today."""
        self._massaged: Person = "self"  # who the running session massages
        self.chosen_region: Callable[[], str | None] = lambda: None
        """Gives the region the person picked (the guide's); it is rated first."""
        self._working: str | None = None  # a one-side routine's side, when not the chosen one
        self._plan_run: Plan | None = None  # the plan of the session running or last run
        self.actions = PlayerActions(window, self.command)
        self.actions.readingChanged.connect(self._on_actions_reading_changed)
        self._screen = SessionScreen(
            window,
            catalog,
            panel,
            self.actions,
            show_step,
            lambda: self.controller,
            self._region,
            self._ask_over,
            layout,
        )
        self._views = self._screen.views
        panel.set_actions(self.actions)

    @property
    def active(self) -> bool:
        """Whether a session is shown in the player."""
        return self.controller is not None

    def start_technique(self, technique_id: str, region_id: str | None = None) -> bool:
        """Set up and start a session of one technique; False if refused or cancelled.

        Every way of starting (button, shortcut, search, routine) comes through here or
        ``start_routine``, so the health screening cannot be bypassed.
        """
        screening = self.screening
        verdict = screening.technique_verdict(technique_id, region_id) if screening else Verdict()
        technique = self._catalog.techniques[technique_id]
        if self._gate().rests_here(technique, region_id, verdict):
            return False
        return self._start(build_plan(self._catalog, technique, focus=region_id), verdict)

    def start_routine(self, routine_id: str) -> bool:
        """Set up and start a session of a routine; False if refused or cancelled.

        Items the screening rules out stay in the plan, marked blocked: the player passes
        over them visibly instead of running them.
        """
        verdicts = self.screening.routine_verdicts(routine_id) if self.screening else []
        routine = self._catalog.routines[routine_id]
        plan = build_plan(self._catalog, routine)
        return self._start(plan, routine_verdict(verdicts), routine)

    def resume(self, record: SessionRecord) -> bool:
        """Carry on an interrupted session after its last recorded step (``StartGate.resumed``)."""
        plan = self._gate().resumed(record)
        if plan is None or self.active or not self.daily.ask(self.questions):
            return False
        session = Session(
            plan, self._recorder, clock=self._clock, timing=self.timing, resume=record
        )
        self._run(session, {})
        return True

    def _gate(self) -> StartGate:
        """The start's checks against what the flow holds now."""
        return StartGate(
            self._catalog,
            self.questions,
            self.screening,
            self.pain_rest,
            self.daily,
            self.timing,
            self.default_performer,
        )

    def _start(self, plan: Plan, verdict: Verdict, routine: Routine | None = None) -> bool:
        if self.active:
            return False
        started = self._gate().checked(plan, verdict, routine, self.chosen_region())
        if started is None:
            return False
        chosen, answers = started
        self._working = chosen.option.region if chosen.option is not None else None
        session = Session(
            chosen.plan,
            self._recorder,
            clock=self._clock,
            timing=self.timing,
            performer=answers.performer,
        )
        self._run(session, answers.ratings)
        return True

    def _run(self, session: Session, ratings: dict[str, int]) -> None:
        self._plan_run = session.plan
        self._screen.begin()
        self._massaged = session.performer
        # Resumed, the session has its performer from the history, but no sheet said it.
        self.questions.set_massaged(session.performer)
        self.actions.set_reading_pause(False)
        controller = PlayerController(session, self._sounds, self._voice, self, speed=self._speed)
        controller.changed.connect(self._on_controller_changed)
        controller.cueRaised.connect(self._on_controller_cue_raised)
        controller.ended.connect(self._on_controller_ended)
        # The voice names the side of a one-side routine's steps as the display does.
        controller.set_sides(side_reader(self._catalog, session, self._region()))
        self.controller = controller
        # Written when the panel is first needed: asking the voice starts its speech engine.
        self._panel.set_audio_note(
            audio_summary(self._sounds, self._voice), audio_note(self._sounds, self._voice)
        )
        self._panel.title.setText(session.plan.title)
        self.actions.set_enabled(True)
        self.activeChanged.emit(True)
        self._screen.focus_player()  # shown now: the panes have switched to the player
        controller.start(ratings)

    def command(self, command: PlayerCommand) -> None:
        """Run a player command (its action's buttons and keys come here)."""
        controller = self.controller
        if controller is None:
            return
        handlers: dict[PlayerCommand, Callable[[], None]] = {
            PlayerCommand.PAUSE: controller.toggle_pause,
            PlayerCommand.SKIP: controller.skip,
            PlayerCommand.BACK: controller.back,
            PlayerCommand.MORE: lambda: controller.adjust(15),
            PlayerCommand.LESS: lambda: controller.adjust(-15),
            PlayerCommand.DONE: controller.done,
            PlayerCommand.STOP: self._stop,
            PlayerCommand.HURT: self._hurt,
            PlayerCommand.MINI: self._views.toggle_mini,
            PlayerCommand.ROOM: self._views.toggle_room,
            PlayerCommand.KEYS: self._panel.show_shortcuts,
        }
        if command is PlayerCommand.PAUSE:
            self.actions.set_reading_pause(False)  # the person took the pause over
        handlers[command]()

    def _on_actions_reading_changed(self, reading: bool) -> None:
        """Stand the session still while a popup of the player is read, as for End session.

        With oily hands the person has stopped to read; the step ran out behind "More…"
        (walk 5). Closing carries on only from a pause the popup made.
        """
        controller = self.controller
        live = controller is not None and controller.running and not self._screen.ending
        if reading:
            if live and controller is not None and not controller.session.paused:
                controller.toggle_pause()
                self.actions.set_reading_pause(True)
        elif self.actions.reading_pause:
            self.actions.set_reading_pause(False)
            if live and controller is not None and controller.session.paused:
                controller.toggle_pause()

    def remember_pain_stops(self, history: HistoryStore) -> None:
        """Today's "Stop – it hurts" areas rest after a restart of the app as well."""
        remember_pain_stops(self.pain_rest, history, self.pain_rest.today)

    def map_states(self, who: Person | None = None) -> dict[str, tuple[str, str]]:
        """The map's hatched regions (``StartGate.map_states``)."""
        return self._gate().map_states(who)

    def resting_only(self, who: Person | None = None) -> set[str]:
        """The hatched regions that only rest today (``side_note.resting_only``)."""
        return resting_only(self._catalog, self.screening, self.pain_rest, who)

    @property
    def massaged(self) -> Person:
        """Who the running (or last) session massages."""
        return self._massaged

    def picked_region(self) -> str | None:
        """The region the running (or last) session is about, for the map's "Now"."""
        return self._region()

    def _region(self) -> str | None:
        """The chosen region, or its mirror when a one-side routine moved off a ruled-out side.

        Only a region the session works counts: one merely shown on the map gave its side.
        """
        if self._working is not None:
            return self._working
        plan = self._plan_run
        chosen = self.chosen_region()
        return picked_if_worked(self._catalog, plan, chosen) if plan is not None else chosen

    def may_quit(self) -> bool:
        """Whether the window may close: yes with no session running, else if the person ends it.

        The clock stands still while the question is open, as for End session.
        """
        controller = self.controller
        if controller is None or controller.session.closed:
            return True
        return end_confirmed(controller, self.questions)

    def _stop(self) -> None:
        controller = self.controller
        if controller is None:
            return
        if controller.session.closed:
            self._leave()
        elif end_confirmed(controller, self.questions):
            self._screen.show_ending(QCoreApplication.translate("PlayerDisplay", "Ended early"))
            controller.finish(self._after_ratings(controller))

    def _after_ratings(self, controller: PlayerController) -> dict[str, int]:
        ratings = controller.session.summary().ratings
        before = {region: b for region, (b, _a) in ratings.items() if b is not None}
        session = controller.session
        rated = rated_regions(self._catalog, session.plan, self._region())
        reached = reached_places(self._catalog, [key for key, _name in rated], session)
        return self.questions.ratings([r for r in rated if r[0] in reached], before)

    def _hurt(self) -> None:
        controller = self.controller
        if controller is None or controller.session.closed:
            return
        # Stop the clock at once; the reason is asked for while nothing is running.
        if not controller.session.paused:
            controller.toggle_pause()
        # Behind the stop advice the player, mini timer and room mode say it has stopped,
        # not "Paused, press Space to resume": the session ends whatever is answered.
        stopped = replace(
            self._screen.display(controller.session),
            phase=QCoreApplication.translate("PlayerDisplay", "Stopped because it hurt"),
            ring_caption="",
            paused=False,
        )
        self._views.show_everywhere(stopped)
        # Nothing to resume or skip to any more: the mini timer offered "Resume" over the
        # stop advice.
        self.actions.set_enabled(False)
        self._screen.show_ending(stopped.phase)
        # Commas only: a name may have "and" in it ("Right outer thigh and IT band"). Whose:
        # in a partner session "Rest this area …: Right calf" read as your own (walk 9, X-b).
        hurting = hurting_regions(controller.session)
        area = ", ".join(whose_names(self._catalog, hurting, self._massaged))
        controller.stop_for_pain(self.questions.pain_reason(area))

    def _on_controller_changed(self) -> None:
        self._screen.refresh()

    def _on_controller_cue_raised(self, cue: Cue) -> None:
        if cue.kind in (CueKind.STEP_CHANGED, CueKind.SWITCH_SIDES, CueKind.FINISHED):
            self._panel.ring.set_flash(True)
            QTimer.singleShot(350, self._panel.ring, lambda: self._panel.ring.set_flash(False))

    def _on_controller_ended(self) -> None:
        controller = self.controller
        if controller is None:
            return
        session = controller.session
        if not self._screen.ending:  # the time is up (Stop and "it hurts" said so already)
            self._screen.show_ending(self._screen.display(session).phase)
        if not session.closed:
            controller.finish(self._after_ratings(controller))
        if session.outcome is Outcome.STOPPED_FOR_PAIN:
            # The step it hurt in rests for the day, as read back from the history after a
            # restart: the step of the side worked, not the one the hands were moving to.
            hurt = hurt_step(session.records)
            if hurt is not None:
                self.pain_rest.note(hurt.region_ids, who=self._massaged)
                self.restNoted.emit()
        self.actions.set_enabled(False)
        self._views.close_mini()
        self.questions.show_summary(session.summary())
        self._leave()

    def _leave(self) -> None:
        if self.controller is not None:
            self.controller.shutdown()
            self.controller.deleteLater()
        self.controller = None
        self._views.close_all()
        self.actions.set_enabled(False)
        self._screen.leave()
        self.activeChanged.emit(False)

    def _ask_over(self, parent: QWidget | None) -> None:
        """Ask the session's questions over room mode while it is open (None: the window)."""
        self.questions.set_parent(parent)

    @property
    def room(self) -> RoomWindow | None:
        """Room mode's window, once it has been opened."""
        return self._views.room

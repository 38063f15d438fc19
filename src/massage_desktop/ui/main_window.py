"""The main window: the body map as the hero, the guide beside it, search in the top bar.

The list of every region by name is a drawer, hidden until asked for (the search field finds
regions by name too and previews them on the map).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QWidget,
)

from massage_desktop import APP_NAME

if TYPE_CHECKING:
    from massage_desktop.services import Services
    from massage_desktop.ui.guide.safety_page import SafetyDialog
from massage_desktop.domain.enums import View
from massage_desktop.engine.clock import Clock, monotonic
from massage_desktop.ui import window_state
from massage_desktop.ui.about import show_about
from massage_desktop.ui.bodymap.region_list import RegionListPanel
from massage_desktop.ui.card.actions import RoutineCardActions
from massage_desktop.ui.guide.panel import GuidePanel
from massage_desktop.ui.guide.welcome import recent_sessions
from massage_desktop.ui.history_actions import HistoryActions
from massage_desktop.ui.interrupted import offer_interrupted
from massage_desktop.ui.main_controller import MainController
from massage_desktop.ui.main_map import MapSide
from massage_desktop.ui.main_panes import MainPanes
from massage_desktop.ui.map_pane import MapPane
from massage_desktop.ui.menus import build_menus
from massage_desktop.ui.message_view import MessagePresenter
from massage_desktop.ui.player.audio import CueSounds, Voice
from massage_desktop.ui.player.flow import SessionFlow
from massage_desktop.ui.player.map_legend import MapLegend
from massage_desktop.ui.player.panel import PlayerPanel
from massage_desktop.ui.player.questions import AutomaticAnswers
from massage_desktop.ui.player.session_questions import SessionQuestions
from massage_desktop.ui.preferences import Preferences
from massage_desktop.ui.reminder import SUGGESTED_ROUTINE, DailyReminder
from massage_desktop.ui.routine_editor.actions import RoutineActions
from massage_desktop.ui.safety.first_start import FirstStart
from massage_desktop.ui.safety.rest_day_notice import RestDayNotice
from massage_desktop.ui.search_box import SearchBox
from massage_desktop.ui.status_bar import StatusBarHider
from massage_desktop.ui.top_bar import TopBar


class MainWindow(QMainWindow):
    """Top-level window; receives its services through the constructor."""

    def __init__(
        self,
        services: Services,
        *,
        sounds: CueSounds | None = None,
        voice: Voice | None = None,
        clock: Clock = monotonic,
        today: Callable[[], date] = date.today,
        speed: float = 1.0,
        interactive: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        catalog = services.catalog
        self._catalog = catalog
        # Today's rest day, kept in the settings; the guide shows a notice while it lasts.
        self._rest_notice = RestDayNotice(services.settings, today, self)
        regions = list(catalog.regions.values())
        self._panes = panes = MainPanes(self)
        self.setCentralWidget(panes)
        self.region_list = RegionListPanel(regions, panes)
        self.region_list.setObjectName("guideSide")
        self.region_list.hide()
        self.map_pane = MapPane(
            services.body_map_svg,
            regions,
            panes,
            cache_dir=services.paths.cache,
            memo=services.memo,
        )
        self.map_pane.setObjectName("mapSide")
        self.map_legend = MapLegend(self.map_pane)
        self.map_legend.hide()
        self.map_pane.add_below(self.map_legend)
        self.guide = GuidePanel(catalog, panes.side, plans=services.plans, welcome=False)
        self.player = PlayerPanel(panes.side)
        panes.place(self.region_list, self.map_pane, self.guide, self.player)
        self.search = SearchBox(services.searches.index(catalog), self)
        self.controller = MainController(
            catalog, self.map_pane.map, self.region_list, self.guide, self.search, self
        )
        self.flow = SessionFlow(
            self,
            catalog,
            self.player,
            services.recorder,
            self.controller.show_step,
            sounds=sounds,
            voice=voice,
            clock=clock,
            speed=speed,
            layout=services.paths.config,
            questions=(
                SessionQuestions(
                    self,
                    catalog,
                    again=self._start_again,
                    text_scale=self._text_scale,
                    profile=lambda: services.health.profile,
                    rest_day=self._rest_notice.rest_day,
                )
                if interactive
                else AutomaticAnswers()
            ),
        )
        self._safety: SafetyDialog | None = None
        self._health = services.health
        self._history = services.history
        self.flow.pain_rest.today = today  # today's rests end with the window's day
        if services.history is not None:
            self.flow.remember_pain_stops(services.history)
        self.history_actions = HistoryActions(self, services)
        self.card_actions = RoutineCardActions(
            self, services, self.guide.routine, self.guide.region, self._text_scale, self.flow
        )
        self.routine_actions = RoutineActions(
            self,
            catalog,
            services.own_routines,
            services.messages,
            self.guide,
            self.search,
            lambda: self.flow.screening,
            self.controller.regionSelected,
            figure=lambda: (services.body_map_svg, regions, services.paths.cache),
            map_states=self.flow.map_states,
            resting=self.flow.resting_only,
            text_scale=self._text_scale,
        )
        self.routine_actions.routineShownAlone.connect(self.controller.show_routine_alone)
        self.routine_actions.routinesChanged.connect(self.controller.recheck_marks)
        StatusBarHider(self.statusBar())
        routine = catalog.routines.get(SUGGESTED_ROUTINE)
        self.reminder = DailyReminder(
            QApplication.windowIcon(), routine.name if routine else SUGGESTED_ROUTINE, self
        )
        self.reminder.startRequested.connect(self._on_reminder_start_requested)
        self.reminder.showRequested.connect(self.bring_to_front)
        self.reminder.quitRequested.connect(QApplication.quit)
        self.preferences = (
            Preferences(
                self,
                services.settings,
                self.flow,
                sounds,
                voice,
                self.reminder,
                performer_chosen=self.guide.set_performer,
                language_for_this_run=services.language_for_this_run,
            )
            if services.settings is not None
            else None
        )
        if self.preferences is not None:
            self.preferences.apply(self.preferences.settings)
            prefs = self.preferences
            self.controller.pace.set_reduce_motion(lambda: prefs.settings.reduce_motion)
        flow = self.flow
        self.controller.pace.set_source(
            lambda: flow.controller.session if flow.controller is not None else None
        )
        self.flow.activeChanged.connect(self._on_flow_session_ended)
        # The guide and the routine editor follow the text-size setting as the player does.
        self.flow.actions.textScaleChanged.connect(self.guide.set_text_scale)
        self.flow.actions.textScaleChanged.connect(self.routine_actions.set_text_scale)
        self.guide.set_text_scale(self.flow.actions.text_scale)
        self.guide.techniqueRequested.connect(self.controller.show_technique)
        self.map_side = MapSide(
            catalog,
            services.health,
            self.flow,
            self.map_pane,
            self.map_legend,
            self.controller,
            self.guide,
            self.region_list,
            self.search,
            services.plans,
        )
        self._build_toolbar()
        self.menu_actions = build_menus(self)
        self.guide.set_player_available(True)
        with self.guide.updates_held():  # one welcome built, not one per setting
            self.apply_health_profile()
            self._show_recent()
            self._rest_notice.attach(self.guide, self.flow, self._on_rest_notice_new_day)
        self.guide.safetyRequested.connect(self.show_safety)
        self.guide.healthProfileRequested.connect(self.edit_health_profile)
        self.player.banner.safetyRequested.connect(self.show_safety)
        self.guide.startTechniqueRequested.connect(self._on_guide_start_technique_requested)
        self.guide.startRoutineRequested.connect(self.flow.start_routine)
        self.flow.chosen_region = self.guide.region
        self.controller.step_pick = self.flow.picked_region
        self.flow.activeChanged.connect(self._on_flow_active_changed)
        # The safety notes before the first session, and today's quick check (kept only
        # when a person answered); the home screen's line while the health check waits.
        self.first_start = FirstStart(self, services, today=today, interactive=interactive)
        # Tab: search, the map (one stop; arrows move inside it) and its own buttons, the
        # guide, the rest; the map's buttons came last, long after the figure (walk 6, #16).
        window_state.tab_order(
            [
                self.search,
                self.map_pane.map,
                *self.map_pane.focus_order(),
                *self.guide.focus_order(),
                *self.top_bar.focus_order(),
                self.region_list,
            ]
        )
        self.resize(1280, 800)
        self._config = services.paths.config
        self._presenter = MessagePresenter(self)
        services.messages.subscribe(self._presenter.show_message)

    @property
    def presenter(self) -> MessagePresenter:
        """Shows messages from the message bridge."""
        return self._presenter

    def select_region(self, region_id: str) -> None:
        """Select a region as if the user had clicked it.

        Raises:
            KeyError: for an unknown region id.
        """
        self.controller.select_region(region_id)

    def set_view(self, view: str) -> None:
        """Show ``"front"`` or ``"back"`` (View ▸ Front/Back): with both side by side, alone."""
        self.controller.show_view(View(view))

    def show_safety(self) -> SafetyDialog:
        """Open (or raise) the safety page."""
        if self._safety is None:
            from massage_desktop.ui.guide.safety_page import SafetyDialog

            self._safety = SafetyDialog(self._catalog, self)
            window_state.fit_on_screen(self._safety)  # it asks for 720 px: more than some screens
        self._safety.set_text_scale(self.guide.text_scale())
        window_state.present(self._safety)
        return self._safety

    def _build_toolbar(self) -> None:
        self.top_bar = TopBar(self.search, self)
        self.top_bar.homeRequested.connect(self.go_home)
        self.top_bar.regionListToggled.connect(self._panes.show_region_list)
        self.top_bar.historyRequested.connect(self.history_actions.show_history)
        self.addToolBar(self.top_bar)

    def restore_layout(self) -> None:
        """Reopen at the size, place and splitter positions of last time."""
        window_state.restore(self, self._panes, self._config)

    def go_home(self) -> None:
        """The start page: nothing selected, the guide offering routines (not during a session)."""
        if not self.flow.active:
            self.controller.go_home()
            self.map_side.go_home()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape, when nothing else took it, leaves full screen, else goes back to the welcome.

        During a session Esc only leaves full screen: it once also ended the session, one key
        with two meanings (walk 8, finding 8); ending has its own key and a confirmation.
        """
        if event.key() != Qt.Key.Key_Escape:
            super().keyPressEvent(event)
        elif self.isFullScreen():
            self.toggle_full_screen()
        elif not self.flow.active:
            self.go_home()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the layout; with the daily reminder on, the app stays in the tray.

        A running session is ended only when the person says so, as End session asks: closing the
        window once quit in the middle of a step without a word.
        """
        if not self.flow.may_quit():
            event.ignore()
            return
        with self._panes.usual_sizes(), contextlib.suppress(OSError):
            window_state.save(self, self._panes, self._config)
        super().closeEvent(event)

    def bring_to_front(self) -> None:
        """Show the window above others (a second launch asked for it)."""
        window_state.present(self)

    def first_run(self, *, force: bool = False) -> None:
        """Show the safety notes once (or again when asked from the Help menu)."""
        self.first_start.run(force=force)

    def offer_interrupted_sessions(self) -> None:
        """Offer to carry on a session that a crash left unfinished."""
        if self._history is not None:
            offer_interrupted(self, self._catalog, self._history, self.flow)

    def apply_health_profile(self) -> None:
        """Screen the map, the guide and the player against the saved health profile."""
        self.map_side.apply_health_profile()

    def edit_health_profile(self) -> None:
        """Open the health profile; save and apply it when accepted."""
        from massage_desktop.ui.safety.health_dialog import HealthProfileDialog

        dialog = HealthProfileDialog(
            self._catalog, self._health.profile, self, large=self._text_scale()
        )
        window_state.fit_on_screen(dialog)  # 720 px tall, like the safety page
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._health.save(dialog.result_profile())
            self.apply_health_profile()

    def _text_scale(self) -> float:
        # The text-size setting, which the designed dialogs follow as the guide does.
        return self.flow.actions.text_scale

    def _start_again(self, kind: str, subject_id: str) -> None:
        # The summary's "Repeat": the same routine, or the technique on the region in view.
        if kind == "routine":
            self.flow.start_routine(subject_id)
        else:
            self.flow.start_technique(subject_id, self.guide.region())

    def _on_guide_start_technique_requested(self, technique_id: str) -> None:
        # The region decides which of the profile's rules apply (an injured left knee).
        self.flow.start_technique(technique_id, self.guide.region())

    def _on_reminder_start_requested(self, routine_id: str) -> None:
        self.bring_to_front()
        if not self.flow.active:
            self.flow.start_routine(routine_id)

    def _on_flow_session_ended(self, active: bool) -> None:
        if not active:
            self.history_actions.refresh()
            self._show_recent()
            self.map_side.show_states()  # areas to rest

    def _on_rest_notice_new_day(self) -> None:
        if not self.flow.active:  # yesterday's rests end: the map and guide hold them no more
            self.map_side.show_states()
            self._show_recent()

    def _show_recent(self) -> None:
        """Offer the last sessions again on the guide's welcome."""
        if self._history is not None:
            self.guide.set_recent(recent_sessions(self._history), date.today())

    def _on_flow_active_changed(self, active: bool) -> None:
        self.map_side.set_session(active)
        self.search.setEnabled(not active)
        if active:  # the player takes the drawer's width: German warnings were cut (walk 13)
            self.top_bar.regions.setChecked(False)
        self.top_bar.regions.setEnabled(not active)
        self._panes.set_session(active, self.flow.actions.text_scale)

    def toggle_full_screen(self) -> None:
        """Switch full screen on or off (F11)."""
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    def quit_app(self) -> None:
        """Quit, even when the daily reminder would keep the app in the tray.

        A running session is ended only when the person says so (as closing the window asks).
        """
        if not self.flow.may_quit():
            return
        self.reminder.set_time(None)
        QApplication.quit()

    def show_about(self) -> None:
        """The About dialog: version, licence, privacy."""
        show_about(self)

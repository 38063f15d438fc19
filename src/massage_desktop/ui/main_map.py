"""The map side of the main window: what it hatches, its hint and legend, and its view.

Kept out of the main window (house rule 9). The map hatches what the health profile rules out
and what rests today (``region_states``) for the person the guide's page is for, says "Click
a body part" until a part is chosen, shows its legend during a session, and turns to the side
a partner routine is given from.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.giver import giver_view
from massage_desktop.engine.pain_rest import Person
from massage_desktop.engine.plan_book import PlanBook
from massage_desktop.storage.health import HealthStore
from massage_desktop.ui.bodymap.region_list import RegionListPanel
from massage_desktop.ui.guide.panel import GuidePanel
from massage_desktop.ui.main_controller import MainController
from massage_desktop.ui.map_pane import MapPane
from massage_desktop.ui.player.flow import SessionFlow
from massage_desktop.ui.player.map_legend import MapLegend
from massage_desktop.ui.region_states import show_map_states, show_region_states


class MapSide(QObject):
    """Keeps the map, the region list and the guide in step with the profile and the session.

    Args:
        catalog: The loaded content.
        health: The saved health profile.
        flow: The session flow, which keeps the screening and today's rests.
        map_pane: The map with its buttons.
        legend: The map's legend, shown during a session.
        controller: The map's controller.
        guide: The guide beside the map.
        region_list: The drawer listing every region.
        plans: The run's plans and screenings (a profile answered before is screened once).
    """

    def __init__(
        self,
        catalog: Catalog,
        health: HealthStore,
        flow: SessionFlow,
        map_pane: MapPane,
        legend: MapLegend,
        controller: MainController,
        guide: GuidePanel,
        region_list: RegionListPanel,
        plans: PlanBook,
    ) -> None:
        super().__init__(map_pane)
        self._plans = plans
        self._catalog = catalog
        self._health = health
        self._flow = flow
        self._map_pane = map_pane
        self._legend = legend
        self._controller = controller
        self._guide = guide
        self._region_list = region_list
        # "Click a body part" until the first region is chosen.
        map_pane.set_hint_shown(True)
        controller.regionSelected.connect(self._on_controller_region_selected)
        guide.routineShown.connect(self._on_guide_routine_shown)
        guide.techniqueSelected.connect(self._on_guide_subject_shown)
        guide.regionShown.connect(self._on_guide_subject_shown)
        self._hatched_for: Person | None = None  # whose rests the map hatches out of a session

    def apply_health_profile(self) -> None:
        """Screen the map, the guide and the player against the saved health profile."""
        screening = self._plans.screening(self._catalog, self._health.profile)
        self._flow.screening = screening
        self.show_states()
        self._guide.set_screening(screening)

    def show_states(self, who: Person | None = None) -> None:
        """Hatch what is ruled out or rests today, and whose rests.

        Args:
            who: The running session's person: only their rests. None: out of a session, the
                rests of the person the routine on the guide's page is for (``shown_for``),
                everyone's when it shows nothing for one person.
        """
        parts = (self._map_pane, self._controller, self._guide, self._region_list)
        session = who is not None
        if not session:
            who = self._hatched_for = self._guide.shown_for()
        show_region_states(self._flow, self._catalog.regions, parts, who, session=session)

    def go_home(self) -> None:
        """The start page: the map asks for a body part again."""
        self._map_pane.set_hint_shown(True)

    def set_session(self, active: bool) -> None:
        """A session began (only its person's rests, the legend, no hint) or ended."""
        if active:
            self.show_states(self._flow.massaged)
            self._map_pane.set_hint_shown(False)  # the session chose where to massage
        elif self._map_pane.map.selected_region() is None:
            # Back on a page with no part chosen (a routine's): the map asks for one again, as
            # it did before the session (walk 10, B b39).
            self._map_pane.set_hint_shown(True)
        self._legend.setVisible(active)

    def _on_controller_region_selected(self, _region_id: str) -> None:
        self._map_pane.set_hint_shown(False)

    def _on_guide_subject_shown(self, *_shown: str) -> None:
        # Another page: the map hatches the rests of whom it is for (walk 9, X-a: the
        # partner's resting calf was hatched on the page of a routine on yourself). In a
        # session the map keeps the session's person's.
        who = self._guide.shown_for()
        if self._flow.active or who == self._hatched_for:
            return
        self._hatched_for = who
        show_map_states(self._flow, self._map_pane, self._controller, who)

    def _on_guide_routine_shown(self, routine_id: str) -> None:
        self._on_guide_subject_shown(routine_id)
        self._controller.mark_routine(routine_id, held=self._guide.is_rest_day())
        # A partner routine is shown as the giver sees the receiver (lying face down: the back).
        view = giver_view(self._catalog, self._catalog.routines[routine_id])
        if view is not None:
            self._controller.set_view(view)

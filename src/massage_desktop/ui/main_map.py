"""The map side of the main window: what it hatches, its hint and legend, and its view.

Kept out of the main window (house rule 9). The map hatches what the health profile rules out
and what rests today (``region_states``) for the person the guide's page, or a search's
preview, is for (every region on a rest day), says "Click a body part" while nothing owns it
(no part chosen, no routine shown, no session), shows its legend during a session, and turns
to the side a partner routine is given from.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from massage_desktop.content.search import Hit, HitKind
from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Technique
from massage_desktop.domain.enums import Performer
from massage_desktop.domain.routines import Routine
from massage_desktop.engine.giver import giver_view
from massage_desktop.engine.pain_rest import Person, massaged
from massage_desktop.engine.plan_book import PlanBook
from massage_desktop.storage.health import HealthStore
from massage_desktop.ui.bodymap.region_list import RegionListPanel
from massage_desktop.ui.guide.panel import GuidePanel
from massage_desktop.ui.main_controller import MainController
from massage_desktop.ui.map_pane import MapPane
from massage_desktop.ui.player.flow import SessionFlow
from massage_desktop.ui.player.map_legend import MapLegend
from massage_desktop.ui.region_states import show_map_states, show_region_states
from massage_desktop.ui.search_box import SearchBox


def preview_for(catalog: Catalog, hits: list[Hit]) -> Person | None:
    """Whose body a search's preview on the map is: the one all its marked hits are for.

    The hits marked are those ``preview_regions`` marks (the body parts named, else every
    hit). None when a body part is marked (no one's in particular), or when the hits are
    for both or for different people: the map then hatches everyone's rests, each saying
    whose.
    """
    named = [hit for hit in hits if hit.kind is HitKind.REGION]
    people: set[Person] = set()
    for hit in named or hits:
        subject: Routine | Technique | None
        if hit.kind is HitKind.ROUTINE:
            subject = catalog.routines.get(hit.id)
        elif hit.kind is HitKind.TECHNIQUE:
            subject = catalog.techniques.get(hit.id)
        else:
            return None
        if subject is None or subject.performer is Performer.BOTH:
            return None
        people.add(massaged(subject.performer))
    return people.pop() if len(people) == 1 else None


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
        search: The search box, whose results the map previews.
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
        search: SearchBox,
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
        guide.restDayChanged.connect(self._on_guide_rest_day_changed)
        search.hitsChanged.connect(self._on_search_hits_changed)
        search.hitActivated.connect(self._on_search_hit_activated)
        flow.restNoted.connect(self._on_flow_rest_noted)
        # Whose rests the map hatches out of a session, and on which day kind, as last shown.
        self._hatched_for: tuple[Person | None, bool] = (None, False)
        # While a search's results are previewed on the map: whose body they are for (a
        # tuple, as None is everyone's); None when no preview is shown.
        self._preview: tuple[Person | None] | None = None

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
        rest_day = self._guide.is_rest_day()
        if not session:
            who = self._hatched_who()
            self._hatched_for = (who, rest_day)
        show_region_states(
            self._flow, self._catalog.regions, parts, who, session=session, rest_day=rest_day
        )

    def go_home(self) -> None:
        """The start page: the map asks for a body part again."""
        self._show_hint()

    def set_session(self, active: bool) -> None:
        """A session began (only its person's rests, the legend, no hint) or ended."""
        if active:
            self.show_states(self._flow.massaged)
        self._show_hint(session=active)
        self._legend.setVisible(active)

    def _show_hint(self, *, session: bool = False) -> None:
        """Say "Click a body part" only while nothing owns the map.

        A routine's page outlines its areas and a session shows its steps: the hint above
        them read as an instruction to pick an area for the routine.
        """
        free = self._map_pane.map.selected_region() is None and self._guide.routine() is None
        self._map_pane.set_hint_shown(free and not session and not self._flow.active)

    def _hatched_who(self) -> Person | None:
        """Whose rests the map hatches out of a session: the preview's, else the page's."""
        return self._preview[0] if self._preview is not None else self._guide.shown_for()

    def _hatch_again(self) -> None:
        """Hatch the rests of whom the map shows now, when that changed (not in a session)."""
        shown = (self._hatched_who(), self._guide.is_rest_day())
        if self._flow.active or shown == self._hatched_for:
            return
        self._hatched_for = shown
        who, rest_day = shown
        show_map_states(self._flow, self._map_pane, self._controller, who, rest_day=rest_day)

    def _on_controller_region_selected(self, _region_id: str) -> None:
        self._show_hint()

    def _on_guide_subject_shown(self, *_shown: str) -> None:
        # Another page: the map hatches the rests of whom it is for (walk 9, X-a: the
        # partner's resting calf was hatched on the page of a routine on yourself). In a
        # session the map keeps the session's person's.
        self._hatch_again()
        self._show_hint()

    def _on_guide_rest_day_changed(self, _rest_day: bool) -> None:
        # Every region rests on a rest day, and the page's routine marks are held; the
        # guide and the region list say why the check again lifts it.
        if not self._flow.active:
            self.show_states()

    def _on_search_hits_changed(self, hits: list[Hit]) -> None:
        # The preview marks the hits' areas: their rests are those of whom the hits are for.
        # Knee care's own resting thigh was hatched under the Partner leg routine's outlines.
        self._preview = (preview_for(self._catalog, hits),) if hits else None
        self._hatch_again()

    def _on_search_hit_activated(self, _hit: Hit) -> None:
        # The hit's page is shown now (or its region chosen): the map is that page's.
        self._preview = None
        self._hatch_again()

    def _on_flow_rest_noted(self) -> None:
        # "Stop – it hurts" rested an area: hatched before the summary opens over the map,
        # not only after it is closed.
        self.show_states(self._flow.massaged)

    def _on_guide_routine_shown(self, routine_id: str) -> None:
        self._on_guide_subject_shown(routine_id)
        self._controller.mark_routine(routine_id, held=self._guide.is_rest_day())
        # A partner routine is shown as the giver sees the receiver (lying face down: the back).
        view = giver_view(self._catalog, self._catalog.routines[routine_id])
        if view is not None:
            self._controller.set_view(view)

"""Keeps the map, the region list, the search box and the guide in step."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from massage_desktop.content.search import Hit, HitKind, preview_regions, worked_regions
from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import View
from massage_desktop.engine.sides import side_of
from massage_desktop.ui.bodymap.region_list import RegionListPanel
from massage_desktop.ui.bodymap.widget import BodyMapWidget
from massage_desktop.ui.guide.panel import GuidePanel
from massage_desktop.ui.guide.stroke_motion import StrokeAnimator
from massage_desktop.ui.guide.stroke_overlay import StrokeOverlay
from massage_desktop.ui.guide.stroke_pace import StrokePaceOverlay
from massage_desktop.ui.search_box import SearchBox


class MainController(QObject):
    """Wires the main window's widgets; holds no widgets of its own.

    Signals:
        regionSelected(str): the selected region changed; its id.
    """

    regionSelected = Signal(str)

    def __init__(
        self,
        catalog: Catalog,
        body_map: BodyMapWidget,
        region_list: RegionListPanel,
        guide: GuidePanel,
        search: SearchBox,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._map = body_map
        self._list = region_list
        self._guide = guide
        self._search = search
        self._overlay = StrokeOverlay(catalog)
        self._overlay.set_palette(body_map.palette())
        body_map.add_overlay(self._overlay)
        self._pace_overlay = StrokePaceOverlay(self._overlay)
        self._pace_overlay.set_palette(body_map.palette(), body_map.font())
        body_map.add_overlay(self._pace_overlay)
        self._pace = StrokeAnimator(body_map, self._pace_overlay, self)
        self._shown_step: tuple[str | None, int | None, tuple[str, ...]] | None = None
        self.step_pick: Callable[[], str | None] = guide.region
        """The picked region a running step is drawn on: the player's, which counts a region
        only when the session works it (the left armpit shown made a palm routine's "Now"
        the left palm, walk 8)."""
        body_map.regionActivated.connect(self._on_map_region_activated)
        region_list.regionActivated.connect(self._on_list_region_activated)
        guide.techniqueSelected.connect(self._on_guide_technique_selected)
        guide.stepActivated.connect(self._on_guide_step_activated)
        search.hitsChanged.connect(self._on_search_hits_changed)
        search.hitActivated.connect(self._on_search_hit_activated)
        search.leaveRequested.connect(self._on_search_leave_requested)

    @property
    def overlay(self) -> StrokeOverlay:
        """The stroke arrows drawn over the map."""
        return self._overlay

    @property
    def pace(self) -> StrokeAnimator:
        """Moves the current step's stroke along its arrow; give it the session's source."""
        return self._pace

    def select_region(self, region_id: str) -> None:
        """Select a region everywhere: map (switching view if needed), list and guide.

        Raises:
            KeyError: for an unknown region id.
        """
        if region_id not in self._catalog.regions:
            raise KeyError(region_id)
        self._map.select_region(region_id)
        self._map.recheck_hover()
        self._show(region_id)

    def set_avoided(self, region_ids: Iterable[str]) -> None:
        """The hatched regions: ruled out by the health profile or resting today.

        No stroke is drawn over them, and none at all while the region chosen is one of
        them: arrows over a hatched area said "do this" and "avoid this" at once.
        """
        self._overlay.set_avoided(frozenset(region_ids))
        self._map.update_overlays()
        self._pace.refresh()

    def mark_routine(self, routine_id: str, *, held: bool = False) -> None:
        """Mark the areas a routine works on, when it is shown with no region chosen.

        Chosen on the start page, a routine left the map blank: nothing said which parts of
        the body it works on (walk 6, finding 6). Chosen from a search it marked them.
        ``held``: it may not start now (a rest day): the areas are drawn as held.
        """
        if self._map.selected_region() is None:
            routine = self._catalog.routines[routine_id]
            self._map.set_marked_regions(worked_regions(self._catalog, routine), held=held)

    def recheck_marks(self) -> None:
        """Clear a routine's marks when the guide no longer shows it (the routine was deleted).

        The start page kept a deleted routine's areas in the purple of its marks (walk 17).
        """
        routine = self._guide.routine()
        shown = routine is not None and routine in self._catalog.routines
        if not shown and self._map.selected_region() is None and not self._search.text():
            self._map.set_marked_regions([])

    def go_home(self) -> None:
        """Back to the welcome: nothing selected, the guide offering routines and recents."""
        self._end_search()
        self._map.select_region(None)
        # The drawer too: it kept the region chosen before highlighted (walk 16).
        self._list.set_current_region(None)
        self._guide.show_region(None)
        self._overlay.set_technique(None)
        self._map.update_overlays()

    def show_step(
        self, technique_id: str | None, step: int | None, region_ids: tuple[str, ...]
    ) -> None:
        """Show a running step on the map: its regions selected and marked, its strokes drawn.

        Called by the player; ``None`` returns the map to what the guide shows.
        """
        shown = (technique_id, step, region_ids)
        if technique_id is not None and shown == self._shown_step:
            # A tick within the step: marking the regions again would repaint the whole map
            # at every tick; only the stroke's pace moves.
            self._pace.refresh()
            return
        self._shown_step = shown
        if technique_id is None:
            # The steps moved the map's selection; the list, heading and guide kept the
            # region the person chose, so the map returns to it: one selection everywhere.
            # With none chosen (a routine started from the home page) the last step's area
            # stayed lit in the fill of "Now" after the session (walk 8): none is selected.
            chosen = self._guide.region()
            if self._map.selected_region() != chosen:
                self._map.select_region(chosen)
            self._map.set_marked_regions([])
            # A routine's page outlined its areas before the session and came back blank
            # after it (walk 10, A a101): the page's own marks return with it.
            routine = self._guide.routine()
            if routine is not None and routine in self._catalog.routines:
                self.mark_routine(routine, held=self._guide.is_rest_day())
            self._overlay.set_technique(self._guide.technique(), None, self._map.selected_region())
            self._map.update_overlays()
            self._pace.refresh()
            return
        focus = self._focus(region_ids)
        if focus is not None and self._map.selected_region() != focus:
            self._map.select_region(focus)
        elif not region_ids:
            # A step on none of the partner's regions (warming the oil in one's own hands):
            # the calf last chosen stayed lit as if it were being massaged (walk 9, P1-l).
            self._map.select_region(None)
        self._map.set_marked_regions(list(region_ids))
        self._overlay.set_technique(technique_id, step, focus, within=region_ids or None)
        self._map.update_overlays()
        self._pace.refresh()

    def show_routine_alone(self, routine_id: str) -> None:
        """Show a routine on the start page, no region selected.

        A routine belongs to no one region: shown on its first region, the page said "Right
        knee" over the Techniques tab and a technique's card beside the routine's (walk 5,
        finding 25). It opens as on the start page.
        """
        self._map.select_region(None)
        self._list.set_current_region(None)
        self._guide.show_region(None)
        self._overlay.set_technique(None)
        self._map.update_overlays()
        self._guide.show_routine(routine_id)

    def _focus(self, region_ids: tuple[str, ...]) -> str | None:
        """The step's region to select and draw on: the chosen one, or one on its side.

        A step covering both legs lists the right side first; the person chose a left knee,
        so the map and the arrows stay on the left.
        """
        chosen = self.step_pick()
        if not region_ids or chosen in region_ids:
            return chosen if region_ids else None
        side = side_of(chosen) if chosen is not None else None
        return next((r for r in region_ids if side_of(r) is side), region_ids[0])

    def show_technique(self, technique_id: str) -> None:
        """Select a region of the technique (on the view shown, if it has one) and show it."""
        regions = self._catalog.expand(self._catalog.techniques[technique_id].regions)
        here = [r for r in regions if self._catalog.regions[r].view is self._map.view()]
        self.select_region((here or regions)[0])
        self._guide.show_technique(technique_id)

    def set_view(self, view: View) -> None:
        """Make the front or the back the current view (side by side, both stay shown)."""
        self._map.set_view(view)

    def show_view(self, view: View) -> None:
        """Show the front or the back; side by side, that figure alone (View ▸ Front/Back)."""
        self._map.show_view(view)

    def _show(self, region_id: str) -> None:
        self._list.set_current_region(region_id)
        self._guide.show_region(region_id)
        if self._guide.technique() is None:
            self._overlay.set_technique(None)
            self._map.update_overlays()
        self.regionSelected.emit(region_id)

    def _search_label(self) -> str:
        """What a search's marks say in their tooltip; a routine's and a step's say nothing."""
        return QCoreApplication.translate("BodyMapWidget", "Matches the search")

    def _on_map_region_activated(self, region_id: str) -> None:
        # A click on the map ends the search: its outlines stayed beside the chosen part in
        # the purple of "also in this step", and its words in the field (walk 6).
        self._end_search()
        self._show(region_id)

    def _end_search(self) -> None:
        if self._search.text():
            self._search.set_text("")
        self._map.set_marked_regions([])

    def _on_list_region_activated(self, region_id: str) -> None:
        # As a click on the map: a routine's or a search's marks beside it told of another.
        self._end_search()
        self.select_region(region_id)
        self._map.setFocus()

    def _on_guide_technique_selected(self, technique_id: str) -> None:
        self._overlay.set_palette(self._map.palette())
        self._pace_overlay.set_palette(self._map.palette(), self._map.font())
        self._overlay.set_technique(technique_id, None, self._map.selected_region())
        self._map.update_overlays()

    def _on_guide_step_activated(self, technique_id: str, step: int) -> None:
        self._overlay.set_technique(technique_id, step, self._map.selected_region())
        self._map.update_overlays()

    def _on_search_hits_changed(self, hits: list[Hit]) -> None:
        self._map.set_marked_regions(preview_regions(hits), self._search_label())

    def _on_search_leave_requested(self) -> None:
        self._map.setFocus()

    def _on_search_hit_activated(self, hit: Hit) -> None:
        self._map.set_marked_regions(list(hit.region_ids), self._search_label())
        if hit.kind is HitKind.REGION:
            self.select_region(hit.id)
            return
        if hit.kind is HitKind.ROUTINE:
            self.show_routine_alone(hit.id)
            return
        # Prefer a region on the view already shown, so the map does not jump.
        here = [r for r in hit.region_ids if self._catalog.regions[r].view is self._map.view()]
        candidates = here or list(hit.region_ids)
        if candidates:
            self.select_region(candidates[0])
        self._guide.show_technique(hit.id)

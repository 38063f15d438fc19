"""The body map's view, selection and keyboard focus, with the matching accessibility events."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QWidget

from massage_desktop.domain.enums import View
from massage_desktop.ui.bodymap import accessibility
from massage_desktop.ui.bodymap.document import MapDocument
from massage_desktop.ui.bodymap.state import MapState, RegionState, view_label
from massage_desktop.ui.i18n import fill


class MapNavigation(QWidget):
    """Base of ``BodyMapWidget``: view, selection, focus, marks and restrictions.

    Kept apart from geometry and painting so each stays readable; it implements the
    ``accessibility.MapHost`` queries that do not need geometry.

    Signals:
        regionActivated(str): A region was clicked, or chosen with Enter or Space.
        regionHovered(str): The pointer moved onto a region; an empty string when it left.
        regionFocused(str): The keyboard's focus ring moved onto a region while the map has
            focus; an empty string when the ring is hidden or the map lost focus.
        viewChanged(str): The shown view changed, including through ``select_region``;
            carries the ``View`` value ("front" or "back").
    """

    regionActivated = Signal(str)
    regionHovered = Signal(str)
    regionFocused = Signal(str)
    viewChanged = Signal(str)

    def __init__(self, document: MapDocument, parent: QWidget | None = None) -> None:
        """Start on the front view with nothing selected.

        Args:
            document: The map's outlines and regions.
            parent: The parent widget.
        """
        super().__init__(parent)
        self._document = document
        self._state = MapState()
        # Like CSS :focus-visible: the ring shows after keyboard use, not after every click.
        self._focus_visible = False
        accessibility.install_factory(type(self))
        accessibility.create_proxies(self, [r.id for v in View for r in document.regions(v)])
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "BodyMapWidget",
                "Arrow keys move between body regions, Enter or Space selects one, Tab goes on.",
            )
        )

    def view(self) -> View:
        """The view shown."""
        return self._state.view

    def set_view(self, view: View) -> None:
        """Show the front or the back of the figure; emits ``viewChanged`` if it changes."""
        if view is not self._state.view:
            self._show_view(view)
            self.viewChanged.emit(view.value)

    def views_shown(self) -> list[View]:
        """The views drawn now, left to right: the current one, or front and back side by side."""
        return [self.view()]

    def region_ids(self) -> list[str]:
        """Ids of the shown views' regions in keyboard order (regions.yaml order).

        With both views side by side, the front's regions come first, head to toe, then the
        back's: the arrow keys walk across both figures. Tab does not: the map is one stop.
        """
        return [r.id for view in self.views_shown() for r in self._document.regions(view)]

    def view_region_ids(self, view: View) -> list[str]:
        """Ids of one view's regions in keyboard order, whether it is shown or not."""
        return [region.id for region in self._document.regions(view)]

    def region_outline(self, region_id: str) -> QPainterPath:
        """A region's outline in document coordinates; empty for an id not on the map."""
        return self._document.outline(region_id)

    def selected_region(self) -> str | None:
        """The id of the selected region, if any."""
        return self._state.selected

    def select_region(self, region_id: str | None) -> None:
        """Select a region without emitting ``regionActivated``, switching view if needed.

        The focus ring moves to the region too, so the keyboard continues from there.

        Args:
            region_id: The region to select; None, or an id not on the map, clears the selection.
        """
        region = self._document.region(region_id or "")
        if region is None:
            self._set_selected(None)
            return
        self.set_view(region.view)
        self._set_selected(region.id)
        self._move_focus(region.id)

    def activate_region(self, region_id: str) -> None:
        """Select a region as the user would, emitting ``regionActivated``."""
        if self._document.region(region_id) is None:
            return
        self.select_region(region_id)
        self.regionActivated.emit(region_id)

    def focused_region(self) -> str | None:
        """The region with the keyboard focus ring (drawn while the map has focus)."""
        return self._state.focused

    def set_focused_region(self, region_id: str) -> None:
        """Move the focus ring to a region of a shown view, as the keyboard does."""
        self._focus_visible = True
        self._move_focus(region_id)

    def set_focus_ring_visible(self, visible: bool) -> None:
        """Show or hide the focus ring; pointer use hides it until the keyboard is used."""
        if visible != self._focus_visible:
            self._focus_visible = visible
            self._announce_focus()
            self.update_regions(self._state.focused)

    def shown_focus(self) -> str | None:
        """The region whose focus ring is drawn now: the map has focus and the ring shows."""
        if self.hasFocus() and self._focus_visible:
            return self._state.focused
        return None

    def _announce_focus(self) -> None:
        """Tell the bar above the map which region the ring is on, as hover does."""
        self.regionFocused.emit(self.shown_focus() or "")

    def update_regions(self, *region_ids: str | None) -> None:
        """Repaint where these regions are drawn (None is skipped); this base repaints all."""
        self.update()

    def marked_regions(self) -> frozenset[str]:
        """The regions drawn with the second highlight (a running step's, search hits)."""
        return self._state.marked

    def set_marked_regions(
        self, region_ids: Sequence[str], label: str = "", *, held: bool = False
    ) -> None:
        """Mark regions with a second highlight style, e.g. search hits; empty clears.

        Args:
            region_ids: The regions to mark.
            label: What the marks mean, e.g. "Matches the search", said in their tooltip;
                empty says nothing (a routine's or a running step's marks).
            held: Drawn greyed and hatched instead, as what may not be massaged now (a
                routine's areas on a rest day).
        """
        self._state.marked = frozenset(region_ids)
        self._state.mark_label = label
        self._state.marked_held = held
        self.update()

    def marks_held(self) -> bool:
        """Whether the marked regions are drawn as held (``set_marked_regions``)."""
        return self._state.marked_held

    def hatched_regions(self) -> frozenset[str]:
        """The regions drawn greyed and hatched: ruled out, resting, or held marks."""
        blocked = {
            region_id
            for region_id, (state, _reason) in self._state.restrictions.items()
            if state is RegionState.BLOCKED
        }
        held = self._state.marked if self._state.marked_held else frozenset()
        return frozenset(blocked) | held

    def set_region_states(
        self, states: Mapping[str, tuple[RegionState | str, str]], resting: Iterable[str] = ()
    ) -> None:
        """Show restrictions, replacing earlier ones.

        Blocked regions are greyed and hatched; caution regions get a dashed outline and a "!"
        badge. The reason appears in the tooltip and the accessible description.

        Args:
            states: Region id to ``(state, reason)``, state "blocked" or "caution".
            resting: Those blocked only because they rest today, whose tooltip says so
                without "Ruled out".

        Raises:
            ValueError: A state is neither "blocked" nor "caution".
        """
        self._state.set_restrictions(states, resting)
        self.update()

    def set_region_heat(
        self, heat: Mapping[str, float], labels: Mapping[str, str] | None = None
    ) -> None:
        """Tint regions by how much they were used, e.g. massaged; an empty mapping clears.

        Args:
            heat: Region id to a level from 0 (no tint) to 1 (strongest); values outside are
                clamped and zero levels are left out.
            labels: Optional words per region ("Massaged in 3 sessions") for the tooltip and
                the accessible description, since a tint alone says nothing to a screen reader.
        """
        self._state.heat = {rid: min(1.0, level) for rid, level in heat.items() if level > 0}
        self._state.heat_labels = dict(labels or {})
        self.update()

    def region_heat(self) -> dict[str, float]:
        """The heat levels shown, by region id (only regions with a tint)."""
        return dict(self._state.heat)

    def region_accessible_name(self, region_id: str) -> str:
        """The name announced for a region, e.g. "Left knee, front view"."""
        region = self._document.region(region_id)
        return self._state.accessible_name(region) if region else ""

    def region_description(self, region_id: str) -> str:
        """The restriction or search mark announced after a region's name."""
        region = self._document.region(region_id)
        return self._state.description(region) if region else ""

    # --- for subclasses ---------------------------------------------------------------------

    def _view_shown(self) -> None:
        """Called after another view became current, before repainting."""

    def _focus_moved(self, region_id: str) -> None:
        """Called after the focus ring moved to ``region_id``."""

    def _move_focus(self, region_id: str) -> None:
        ids = self.region_ids()
        if region_id not in ids:
            return
        previous, self._state.focused = self._state.focused, region_id
        self._focus_moved(region_id)
        if self.hasFocus():
            accessibility.notify_focus(self, ids.index(region_id))
        self._announce_focus()
        self.update_regions(previous, region_id)

    def _show_view(self, view: View) -> None:
        self._state.view = view
        self._view_shown()
        ids = self.region_ids()
        if self._state.focused not in ids:
            selected = self._state.selected
            self._state.focused = selected if selected in ids else None
        self._views_changed()

    def _views_changed(self) -> None:
        """Name the map after the views shown and tell assistive technology its children."""
        shown = self.views_shown()
        name = (
            QCoreApplication.translate("BodyMapWidget", "Body map, front and back views")
            if len(shown) > 1
            else fill(
                QCoreApplication.translate("BodyMapWidget", "Body map, %1"), view_label(shown[0])
            )
        )
        self.setAccessibleName(name)
        accessibility.notify_children_changed(self)
        self.update()

    def _set_selected(self, region_id: str | None) -> None:
        previous, self._state.selected = self._state.selected, region_id
        if previous != region_id:
            accessibility.notify_selected(self, previous)
            accessibility.notify_selected(self, region_id)
            self.update_regions(previous, region_id)

    def _focus_entered(self, reason: Qt.FocusReason) -> None:
        """Put the ring on the selected region (else the first) when Tab brings focus here.

        The whole map is one Tab stop; walking its 80-odd regions with Tab kept keyboard
        users from everything after it.
        """
        ids = self.region_ids()
        tabbed = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        if ids and reason in tabbed:
            selected = self._state.selected
            self.set_focused_region(selected if selected in ids else ids[0])
        elif self._state.focused is not None:
            self._move_focus(self._state.focused)

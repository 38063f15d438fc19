"""What the map shows besides the drawing: selection, hover, marks, region states, overlays."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from html import escape
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QPainter, QPainterPath, QTransform

from massage_desktop.domain.content import Region
from massage_desktop.domain.enums import View


class RegionState(StrEnum):
    """A restriction shown on a region, e.g. from the safety screening."""

    BLOCKED = "blocked"  # must not be massaged: greyed and hatched
    CAUTION = "caution"  # massage with care: dashed outline and a "!" badge


class MapOverlay(Protocol):
    """Something drawn over the regions, e.g. stroke arrows; see ``BodyMapWidget.add_overlay``."""

    def paint(
        self, painter: QPainter, doc_to_widget: QTransform, outlines: Mapping[str, QPainterPath]
    ) -> None:
        """Draw over the map.

        Args:
            painter: The widget's painter, saved before and restored after the call.
            doc_to_widget: Maps document coordinates (those of ``outlines``) to the widget.
            outlines: The current view's region outlines in document coordinates, by id.
        """

    def bounds(self, doc_to_widget: QTransform, outlines: Mapping[str, QPainterPath]) -> QRectF:
        """Where ``paint`` would draw now, in widget coordinates, for partial repaints.

        Args:
            doc_to_widget: As for ``paint``.
            outlines: As for ``paint``.
        """


def sentences(parts: Sequence[str]) -> str:
    """``parts`` as one text, each but the last ended with a full stop unless it has one.

    A reason ending "…may be massaged." was joined to the next with another ". " (walk 9, X-c).
    """
    ended = [p if p.rstrip().endswith((".", "!", "?")) else f"{p}." for p in parts[:-1]]
    return " ".join([*ended, *parts[-1:]])


def view_label(view: View) -> str:
    """The translated name of a view for labels, e.g. "front view"."""
    return (
        QCoreApplication.translate("BodyMapWidget", "front view")
        if view is View.FRONT
        else QCoreApplication.translate("BodyMapWidget", "back view")
    )


def side_rule(view: View) -> str:
    """The legend sentence explaining which side is which in a view."""
    if view is View.FRONT:
        return QCoreApplication.translate(
            "BodyMapWidget", "Front view \u2014 person's left is on your right"
        )
    return QCoreApplication.translate(
        "BodyMapWidget", "Back view \u2014 person's left is on your left"
    )


@dataclass
class MapState:
    """The mutable, non-geometric state of a body map; plain data the widget paints from."""

    view: View = View.FRONT
    selected: str | None = None
    hovered: str | None = None
    focused: str | None = None
    marked: frozenset[str] = frozenset()
    marked_held: bool = False  # the marked regions may not be massaged now (a rest day)
    # What the marks mean, said in the tooltip: "Matches the search" only for a search's hits;
    # a routine's or a running step's marks said so with no search typed (walk 9, X-c).
    mark_label: str = ""
    # Hatched regions that rest today after "Stop – it hurts" and are not ruled out by the
    # health profile: their tooltip says whose rest it is, not "Ruled out" (walk 9, P1-j).
    resting: frozenset[str] = frozenset()
    restrictions: dict[str, tuple[RegionState, str]] = field(default_factory=dict)
    heat: dict[str, float] = field(default_factory=dict)  # region id -> 0..1, drawn as a tint
    heat_labels: dict[str, str] = field(default_factory=dict)  # e.g. "Massaged in 3 sessions"

    def set_restrictions(
        self, states: Mapping[str, tuple[RegionState | str, str]], resting: Iterable[str] = ()
    ) -> None:
        """Replace the region states.

        Args:
            states: Region id to ``(state, reason)``; the state is a ``RegionState`` or its
                value (``"blocked"``, ``"caution"``).
            resting: Those blocked only because they rest today: their reason is said
                without "Ruled out", which is the health profile's word.

        Raises:
            ValueError: A state is neither blocked nor caution.
        """
        self.restrictions = {
            region_id: (RegionState(state), reason) for region_id, (state, reason) in states.items()
        }
        self.resting = frozenset(resting)

    def accessible_name(self, region: Region) -> str:
        """The name a screen reader announces, e.g. "Left knee, front view"."""
        return f"{region.name}, {view_label(region.view)}"

    def description(self, region: Region) -> str:
        """What a screen reader adds after the name: restriction and selection."""
        parts: list[str] = []
        restriction = self.restrictions.get(region.id)
        if restriction is not None:
            state, reason = restriction
            if region.id in self.resting and reason:
                label = ""
            else:
                label = (
                    QCoreApplication.translate("BodyMapWidget", "Ruled out")
                    if state is RegionState.BLOCKED
                    else QCoreApplication.translate("BodyMapWidget", "Caution")
                )
            parts.append(f"{label}: {reason}" if label and reason else label or reason)
        if region.id in self.marked and self.marked_held:
            # On a rest day every region's restriction says so already, at more length.
            if restriction is None:
                parts.append(
                    QCoreApplication.translate("BodyMapWidget", "Rest day: not massaged today")
                )
        elif region.id in self.marked and self.mark_label:
            parts.append(self.mark_label)
        if region.id in self.heat_labels:
            parts.append(self.heat_labels[region.id])
        return sentences(parts)

    def tooltip(self, region: Region) -> str:
        """The hover tooltip: the region's name, bold, with its restriction under it.

        Rich text, because Qt word-wraps only a rich-text tooltip: as plain text a reason
        of a few sentences became one line about 1150 px wide.
        """
        description = self.description(region)
        name = f"<b>{escape(region.name)}</b>"
        return f"<p>{name}</p><p>{escape(description)}</p>" if description else name

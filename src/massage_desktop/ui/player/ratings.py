"""Before and after ratings: how tense or sore each region feels, 0 to 10, all optional."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.phases import Timing
from massage_desktop.engine.plan import Plan, side_of
from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.i18n import fill
from massage_desktop.ui.player.pills import WIDTH, RatingScale, pill_sheet

SHORT_S = 180.0
"""A single technique shorter than this (3 minutes) is rated on one area only."""


def rated_regions(catalog: Catalog, plan: Plan, chosen: str | None) -> list[tuple[str, str]]:
    """The one or two regions to rate, as (id, name): the one picked first, or the main area.

    The picked region leads even when the plan does not list it, since it is the reason for
    the session; the plan's main area (the region it works longest, on the picked side)
    follows only when the picked region is not among those worked, so what was massaged is
    rated too. Without a pick the main area alone is rated. Eight sliders for a routine that
    touches eight regions was a form to fill in, not a question; and a single technique of
    under three minutes is rated on one area only.
    """
    seconds: dict[str, float] = {}
    # In a routine, warming the oil or the hands massages nothing: a partner routine asked to
    # rate "Left palm", the massager's own hand (walk 8). Started on its own, a warming
    # technique is rated where it works.
    runnable = plan.runnable
    worked = runnable if plan.kind == "technique" else [e for e in runnable if not e.prepares]
    for entry in worked:
        for region_id in entry.region_ids:
            seconds[region_id] = seconds.get(region_id, 0.0) + entry.estimated_s
    picked = chosen if chosen is not None and chosen in catalog.regions else None
    side = side_of(picked) if picked is not None else None
    order = list(seconds)

    def rank(region_id: str) -> tuple[bool, float, int]:
        other_side = side is not None and side_of(region_id) not in (side, None)
        return (other_side, -seconds[region_id], order.index(region_id))

    main = sorted((r for r in seconds if r in catalog.regions), key=rank)[:1]
    ids = [picked] if picked is not None else []
    if picked is None or picked not in seconds:
        ids += [r for r in main if r not in ids]
    short = plan.kind == "technique" and plan.total_s(Timing()) < SHORT_S
    return [(region_id, catalog.regions[region_id].name) for region_id in ids[: 1 if short else 2]]


class RatingsDialog(DesignedDialog):
    """Asks for an optional 0-10 rating per region; a region left without one is not recorded.

    The same row of pills as the sheet before the session (``pills.RatingScale``): a slider
    with a check box beside it was fiddly, and after the session its preset "before" value
    looked saved while its box was unticked (walk3 finding 15). The value before is in the
    region's name; nothing is chosen until the person chooses.

    Args:
        title: The heading (and window title).
        question: What is asked, under the heading.
        regions: (id, name) of the regions to rate (one or two: ``rated_regions``).
        previous: The ratings before the session, named beside each region.
        parent: The window the dialog is shown over (room mode's, when it is open).
        large: Room mode's larger sizes.
    """

    def __init__(
        self,
        title: str,
        question: str,
        regions: Sequence[tuple[str, str]],
        previous: Mapping[str, int] | None = None,
        parent: QWidget | None = None,
        *,
        large: bool | float = False,
    ) -> None:
        super().__init__(title, title, "spa", large=large, parent=parent)
        self.setMinimumWidth(self.scaled_width(WIDTH))
        self.add_text(escape(question))
        card = self.add_card()
        legend = QCoreApplication.translate(
            "RatingsDialog", "0 = no tension or pain, 10 = worst imaginable"
        )
        self.scales: dict[str, RatingScale] = {}
        for row, (region_id, name) in enumerate(regions):
            before = (previous or {}).get(region_id)
            if before is not None:
                name = fill(
                    QCoreApplication.translate("RatingsDialog", "%1 (before: %2)"), name, before
                )
            scale = RatingScale(region_id, name, self.scale, card, "" if row else legend)
            card.body.addWidget(scale)
            self.scales[region_id] = scale
        skip = self.add_secondary(QCoreApplication.translate("RatingsDialog", "Skip"))
        skip.clicked.connect(self.reject)
        self.set_primary(QCoreApplication.translate("RatingsDialog", "Continue"))
        self.ensurePolished()  # see TodayCheckDialog: children polished with the first sheet
        self.setStyleSheet(self.styleSheet() + pill_sheet(self.colours, self.scale))

    def set_rating(self, region_id: str, value: int) -> None:
        """Rate one region."""
        self.scales[region_id].set_value(value)

    def ratings(self) -> dict[str, int]:
        """The regions rated and their values; empty when the dialog was skipped."""
        if self.result() != QDialog.DialogCode.Accepted:
            return {}
        return {rid: v for rid, scale in self.scales.items() if (v := scale.value()) is not None}

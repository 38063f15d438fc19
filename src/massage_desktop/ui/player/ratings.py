"""Before and after ratings: how tense or sore each region feels, 0 to 10, all optional."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import rating_order
from massage_desktop.engine.plan import Plan
from massage_desktop.engine.rated import rated_places
from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.i18n import fill
from massage_desktop.ui.player.pills import WIDTH, RatingLegend, RatingScale, pill_sheet


def rated_regions(catalog: Catalog, plan: Plan, chosen: str | None) -> list[tuple[str, str]]:
    """The places to rate, as (key, name): the zones the session works (``engine.rated``).

    The key is a region id (the area picked, when the session works it) or a zone key
    ("leg-right"); the name is what the question and History show ("Right leg"), in the
    order the summary and History list them (``rating_order``: each right side first).
    """
    keys = rating_order(rated_places(catalog, plan, chosen))
    return [(key, catalog.place_name(key)) for key in keys]


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
        self.legend = RatingLegend(self.scale, card)
        card.body.addWidget(self.legend)
        self.scales: dict[str, RatingScale] = {}
        for region_id, name in regions:
            before = (previous or {}).get(region_id)
            if before is not None:
                name = fill(
                    QCoreApplication.translate("RatingsDialog", "%1 (before: %2)"), name, before
                )
            scale = RatingScale(region_id, name, self.scale, card)
            card.body.addWidget(scale)
            self.scales[region_id] = scale
        skip = self.add_secondary(QCoreApplication.translate("RatingsDialog", "Skip"))
        skip.clicked.connect(self.reject)
        self.set_primary(QCoreApplication.translate("RatingsDialog", "Continue"))
        self.ensurePolished()  # see TodayCheckDialog: children polished with the first sheet
        self.setStyleSheet(self.styleSheet() + pill_sheet(self.colours, self.scale))

    def showEvent(self, event: QShowEvent) -> None:
        """Open with the dialog itself focused, not the first pill.

        Qt focuses the first widget of the tab chain when a window opens: "0" came with a
        focus ring and read as already chosen (walk 16). The dialog holds the focus (a screen
        reader reads its title); Tab goes on to the first pill, ring and all.
        """
        super().showEvent(event)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_rating(self, region_id: str, value: int) -> None:
        """Rate one region."""
        self.scales[region_id].set_value(value)

    def ratings(self) -> dict[str, int]:
        """The regions rated and their values; empty when the dialog was skipped."""
        if self.result() != QDialog.DialogCode.Accepted:
            return {}
        return {rid: v for rid, scale in self.scales.items() if (v := scale.value()) is not None}

"""The "Before you start" sheet's rating section: a row of 0 to 10 per area, all optional."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from massage_desktop.ui.design.parts import Card
from massage_desktop.ui.player.pills import RatingLegend, RatingScale


class StartRatings:
    """The rows of the sheet's rating section, made again for the areas of the side chosen.

    Args:
        box: The section: its heading and the card.
        card: The card the legend and the rows go in.
        scale: The sheet's scale.
    """

    def __init__(self, box: QWidget, card: Card, scale: float) -> None:
        self.box = box
        self.card = card
        self._scale = scale
        self.scales: list[RatingScale] = []
        """The rows shown, one per area, in order."""

    def fill(self, regions: Sequence[tuple[str, str]]) -> None:
        """The rows for ``regions``, keeping what was chosen for an area shown before."""
        card = self.card
        kept = {s.region_id: s.value() for s in self.scales}
        if [s.region_id for s in self.scales] == [r for r, _ in regions]:
            return
        self.scales = []
        while card.body.count():
            item = card.body.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Hidden at once: until it is deleted it would still take the keyboard.
                widget.hide()
                widget.deleteLater()
        legend = RatingLegend(self._scale, card)
        card.body.addWidget(legend)
        legend.setVisible(not card.isHidden())
        for region_id, name in regions:
            scale = RatingScale(region_id, name, self._scale, card)
            value = kept.get(region_id)
            if value is not None:
                scale.set_value(value)
            card.body.addWidget(scale)
            # A layout shows a widget added to a shown window only on a queued call: until
            # then Tab passed over the new row.
            scale.setVisible(not card.isHidden())
            self.scales.append(scale)

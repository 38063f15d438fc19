"""The first run's "Where is it?": the health profile's picker, right under a ticked chip.

Ticking "A fresh injury or inflammation" on the first screens once asked nothing more, so the
whole body stayed ruled out until the person found the health profile (walk 3, finding 16).
Each condition that asks where it is now opens the profile's picker (``RegionPicker``) on its
own line under its chip, saying that nothing chosen means the whole body. A picker is made
when its chip is first ticked: five of them, made up front, took the dialog 1.5 s to open.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QScrollArea, QWidget

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.ui.design.parts import Card
from massage_desktop.ui.design.tokens import M
from massage_desktop.ui.safety.chips import ConditionChips
from massage_desktop.ui.safety.region_picker import RegionPicker


class InlineWhere(QObject):
    """A picker under each chip whose condition asks where; shown while the chip is ticked.

    Args:
        catalog: The loaded content: the conditions, areas and regions.
        chips: The condition chips; the pickers go into their flow.
        page: The scroll area the chips are in, scrolled to show a picker when it opens.
        profile: The profile so far; its places start chosen.
        ink: The colour of a chosen chip's tick.
    """

    def __init__(
        self,
        catalog: Catalog,
        chips: ConditionChips,
        page: QScrollArea,
        profile: HealthProfile,
        ink: str,
    ) -> None:
        super().__init__(chips)
        self._catalog = catalog
        self._chips = chips
        self._page = page
        self._profile = profile
        self._ink = ink
        self.asked = [
            c.id for c in catalog.conditions.values() if c.asks_regions and c.id in chips.chips
        ]
        """The conditions that ask where, in the catalog's order."""
        self.cards: dict[str, Card] = {}
        self.pickers: dict[str, RegionPicker] = {}
        for cid in self.asked:
            if chips.chips[cid].isChecked():
                self._make(cid)
        self._opened: str | None = None
        chips.changed.connect(self._on_chips_changed)

    def _make(self, cid: str) -> Card:
        condition = self._catalog.conditions[cid]
        card = Card(None, self._chips)
        card.setAccessibleName(condition.name)
        picker = RegionPicker(self._catalog, condition.name, self._ink, card)
        picker.set_selected(self._profile.regions_for(cid))
        card.body.addWidget(picker)
        self._chips.add_below(cid, card)
        # Tab goes from the chip into its picker, as the eye does: made later, the picker
        # came after the last chip in the chain.
        previous: QWidget = self._chips.chips[cid]
        for widget in (picker.filter_edit, *(place.chip for place in picker.places)):
            QWidget.setTabOrder(previous, widget)
            previous = widget
        self.cards[cid] = card
        self.pickers[cid] = picker
        return card

    def regions(self) -> dict[str, tuple[str, ...]]:
        """The places chosen, per ticked condition that has some."""
        ticked = set(self._chips.ticked())
        return {
            cid: tuple(chosen)
            for cid, picker in self.pickers.items()
            if cid in ticked and (chosen := picker.selected())
        }

    def _on_chips_changed(self) -> None:
        for cid in self.asked:
            ticked = self._chips.chips[cid].isChecked()
            card = self.cards.get(cid)
            if ticked and card is None:
                card = self._make(cid)
                card.hide()  # opened below, as any other
            if card is None:
                continue
            if ticked and card.isHidden():
                self._opened = cid
                QTimer.singleShot(0, self, self._on_reveal_timeout)
            card.setVisible(ticked)

    def _on_reveal_timeout(self) -> None:
        # Once the page has grown (the scroll area resizes it on a later event): the chip at
        # the top and as much of its picker as fits, when the picker runs past the bottom.
        cid, self._opened = self._opened, None
        if cid is None or self.cards[cid].isHidden():
            return
        card, chip = self.cards[cid], self._chips.chips[cid]
        inner = self._page.widget()
        if inner is None:
            return
        top = chip.mapTo(inner, chip.rect().topLeft()).y()
        bottom = card.mapTo(inner, card.rect().bottomLeft()).y()
        bar = self._page.verticalScrollBar()
        if bottom - bar.value() > self._page.viewport().height():
            bar.setValue(top - M)

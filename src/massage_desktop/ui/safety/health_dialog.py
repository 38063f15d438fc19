"""The health profile: the same condition chips as the first run, then where and who cleared it.

A ticked condition that asks more opens a card under the chips: where it is (chips by body
area, ``region_picker.py``) and whether a professional has said massage is fine.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QCheckBox, QPushButton, QWidget

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.domain.rules import Condition
from massage_desktop.ui.design.dialog_sheet import dialog_sheet
from massage_desktop.ui.design.page import scroll_page
from massage_desktop.ui.design.parts import Card, text_label
from massage_desktop.ui.design.screen import DesignedDialog, dialog_colours, page_height
from massage_desktop.ui.design.tokens import M, S
from massage_desktop.ui.safety.chips import ConditionChips, screening_conditions
from massage_desktop.ui.safety.first_run_pages import quiet_focus
from massage_desktop.ui.safety.region_picker import RegionPicker, picker_sheet

WIDTH = 680
PAGE_HEIGHT = 470
"""The page's height before it scrolls: the dialog stays under 700 px."""


class ConditionRow:
    """One condition: its chip, and the card of questions it asks once ticked (or None)."""

    def __init__(
        self, catalog: Catalog, condition: Condition, check: QPushButton, parent: QWidget
    ) -> None:
        self.condition = condition
        self.check = check
        self.picker: RegionPicker | None = None
        self.cleared: QCheckBox | None = None
        self.details: Card | None = None
        if not (condition.asks_regions or condition.asks_clearance):
            return
        self.details = Card(None, parent)
        self.details.setAccessibleName(condition.name)
        self.details.add_text(escape(condition.name), "title")
        if condition.asks_regions:
            ink = dialog_colours(parent).accent
            self.picker = RegionPicker(catalog, condition.name, ink, self.details)
            self.details.body.addWidget(self.picker)
        if condition.asks_clearance:
            # A short box text and a wrapped line under it: a check box does not wrap, and
            # the whole sentence on the box made the page wider than the dialog in German.
            self.cleared = QCheckBox(
                QCoreApplication.translate("HealthProfileDialog", "A professional has cleared it"),
                self.details,
            )
            note = QCoreApplication.translate(
                "HealthProfileDialog",
                "My doctor, surgeon or physical therapist has said massage is fine",
            )
            self.cleared.setAccessibleDescription(f"{condition.name}: {note}")
            self.details.body.addWidget(self.cleared)
            said = self.details.add_text(escape(note), "muted")
            said.setContentsMargins(self.cleared.sizeHint().height() + S, 0, 0, 0)
        self.details.setVisible(False)

    def load(self, profile: HealthProfile) -> None:
        """Show the places and clearance ``profile`` has for this condition."""
        if self.picker is not None:
            self.picker.set_selected(profile.regions_for(self.condition.id))
        if self.cleared is not None:
            self.cleared.setChecked(profile.is_cleared(self.condition.id))
        self.show_details()

    def show_details(self) -> None:
        """The questions only matter once the condition is ticked; hidden, the page stays short."""
        if self.details is not None:
            self.details.setVisible(self.check.isChecked())


class HealthProfileDialog(DesignedDialog):
    """Edits a copy of a ``HealthProfile``; read ``result_profile()`` after Save.

    Args:
        catalog: The loaded content; one chip per condition, in its order.
        profile: The profile to start from; never modified.
        parent: The owning window.
        large: The scale of every size (the text-size setting), as ``DesignedDialog``'s.

    Signals:
        None of its own: ``accepted`` after Save, ``rejected`` after Cancel.
    """

    scrolls_itself = True  # the profile is a scroll page of its own

    def style_sheet(self) -> str:
        """The dialog's sheet and the pickers' (area names, partly chosen chips)."""
        return dialog_sheet(self.colours, self.scale) + picker_sheet(self.colours)

    def __init__(
        self,
        catalog: Catalog,
        profile: HealthProfile,
        parent: QWidget | None = None,
        *,
        large: bool | float = False,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("HealthProfileDialog", "Health profile"),
            QCoreApplication.translate("HealthProfileDialog", "Your health profile"),
            "care",
            large=large,
            parent=parent,
        )
        self.setMinimumWidth(self.scaled_width(WIDTH))
        area, inner, column = scroll_page(self, "healthPage")
        quiet_focus(area, self.colours)
        intro = QCoreApplication.translate(
            "HealthProfileDialog",
            "Tick anything that applies to you, or to the partner you massage: it counts for "
            "every session, yours and theirs. The app then leaves out, or asks you to go "
            "gently with, the massage that could do harm. "
            "This is not a diagnosis: if you are unsure, ask your doctor.",
        )
        column.addWidget(text_label(escape(intro), "body", inner))
        conditions = screening_conditions(catalog)
        self.chips = ConditionChips(
            conditions, set(profile.conditions), self.colours.accent, inner, offer_none=False
        )
        column.addWidget(self.chips)
        self.rows = {
            c.id: ConditionRow(catalog, c, self.chips.chips[c.id], inner) for c in conditions
        }
        for row in self.rows.values():
            if row.details is not None:
                column.addWidget(row.details)
            row.load(profile)
        column.addStretch(1)
        area.setMinimumHeight(page_height(PAGE_HEIGHT, self.scale))
        self.page = area
        self._opened: QWidget | None = None
        self.body.addWidget(area)
        self.cancel_button = self.add_secondary(
            QCoreApplication.translate("HealthProfileDialog", "Cancel")
        )
        self.save_button = self.set_primary(
            QCoreApplication.translate("HealthProfileDialog", "&Save")
        )
        self.cancel_button.clicked.connect(self.reject)
        self.chips.changed.connect(self._on_chips_changed)

    def result_profile(self) -> HealthProfile:
        """The profile as the widgets show it (details of unticked conditions are dropped)."""
        ticked = self.chips.ticked()
        regions = {
            cid: tuple(picker.selected())
            for cid in ticked
            if (picker := self.rows[cid].picker) is not None and picker.selected()
        }
        cleared = [
            cid for cid in ticked if (box := self.rows[cid].cleared) is not None and box.isChecked()
        ]
        return HealthProfile(conditions=tuple(ticked), regions=regions, cleared=tuple(cleared))

    def _on_chips_changed(self) -> None:
        opened = []
        for row in self.rows.values():
            was_open = row.details is not None and row.details.isVisibleTo(self)
            row.show_details()
            if row.details is not None and row.details.isVisibleTo(self) and not was_open:
                opened.append(row.details)
        if opened:
            # The questions open under the chips, often below the page's fold: bring them
            # into view once the page has grown (the scroll area resizes it on a later event).
            self._opened = opened[-1]
            QTimer.singleShot(0, self, self._on_reveal_timeout)

    def _on_reveal_timeout(self) -> None:
        card, self._opened = self._opened, None
        if card is None or not card.isVisible():
            return
        # Its top, not ensureWidgetVisible's bottom: a card taller than the page showed its
        # last chips and hid its title.
        bar = self.page.verticalScrollBar()
        top = card.y() - bar.value()
        if top < 0 or top + card.height() > self.page.viewport().height():
            bar.setValue(card.y() - M)

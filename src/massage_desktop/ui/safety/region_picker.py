"""Where a condition is: chips by body area, with a search, for the health profile.

Each area of the body ("Knee"; two columns, head to feet) has a chip per side ("Knee, right",
"Knee, left") covering every drawn part of that side (the knee, the kneecap and the back of the
knee), or a chip per part where it has no sides ("Upper back", "Lower back"). The search keeps
the chips whose names or other words ("kneecap", "lumbar") hold every word typed, so "left
knee" offers the left knee alone, and shows what it keeps in one column.

A profile saved with only some parts of a side (the picker once offered single parts) shows
that chip as partly chosen and keeps those parts until the chip is pressed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Side
from massage_desktop.ui.design.icons import icon
from massage_desktop.ui.design.tokens import BODY, BODY_SMALL, XS, Colours, L, M, S
from massage_desktop.ui.i18n import fill
from massage_desktop.ui.safety.chips import FlowLayout, chip


def picker_sheet(c: Colours) -> str:
    """The area names and a partly chosen chip, on top of the designed dialog's style sheet."""
    return f"""
#designedDialog QLabel[role="areaTitle"] {{ color: {c.text}; font-size: {BODY_SMALL + 1}px;
    font-weight: 600; padding-top: 6px; }}
#designedDialog QLabel[role="rowTitle"] {{ font-size: {BODY}px; font-weight: 600; }}
#designedDialog QPushButton#chip[partial="true"] {{ background: {c.raised};
    border: 2px dotted {c.accent}; padding: 5px 13px; }}
"""


@dataclass
class Place:
    """One chip: the regions it stands for, and those of them chosen while it is unticked."""

    name: str
    regions: tuple[str, ...]
    chip: QPushButton
    words: tuple[str, ...]
    partial: set[str] = field(default_factory=set)


@dataclass
class _Area:
    title: QLabel
    block: QWidget
    places: list[Place]


class RegionPicker(QWidget):
    """Choose the parts of the body a condition affects.

    Args:
        catalog: The loaded content; its areas and regions are offered.
        name: What the regions are for, e.g. "A recent operation", for screen readers.
        ink: The colour of the tick a chosen chip shows (not colour alone says it is chosen).
        parent: The owning widget.

    Signals:
        selectionChanged(): the set of chosen regions changed.
    """

    selectionChanged = Signal()

    def __init__(
        self, catalog: Catalog, name: str, ink: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._tick = icon("done", ink, 16)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("search")
        self.filter_edit.setPlaceholderText(
            QCoreApplication.translate("RegionPicker", "Search, e.g. knee or lower back")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(
            QCoreApplication.translate("RegionPicker", "Search the parts of the body")
        )
        filter_label = QLabel(QCoreApplication.translate("RegionPicker", "&Where is it?"), self)
        filter_label.setProperty("role", "rowTitle")
        filter_label.setBuddy(self.filter_edit)
        self.areas_box = QWidget(self)
        self.areas_box.setAccessibleName(
            fill(QCoreApplication.translate("RegionPicker", "Parts of the body affected: %1"), name)
        )
        self._grid = QGridLayout(self.areas_box)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(L)
        self._grid.setVerticalSpacing(M)
        self._grid.setColumnStretch(0, 1)
        self._grid.setColumnStretch(1, 1)
        self._areas: list[_Area] = []
        self._fill()
        self.nothing = QLabel(
            QCoreApplication.translate("RegionPicker", "No part of the body has that name."), self
        )
        self.nothing.setProperty("role", "muted")
        self.nothing.hide()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(S)
        layout.addWidget(filter_label)
        # What is chosen, or that nothing chosen means the whole body, under the question:
        # below fifteen areas of chips it was out of sight when the picker opened.
        layout.addWidget(self.summary)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.areas_box)
        layout.addWidget(self.nothing)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self._update_summary()

    @property
    def places(self) -> list[Place]:
        """Every chip, area by area, in the order shown."""
        return [place for area in self._areas for place in area.places]

    def place(self, name: str) -> Place:
        """The chip whose accessible name is ``name`` (e.g. "Knee, left")."""
        return next(p for p in self.places if p.name == name)

    def selected(self) -> list[str]:
        """Chosen region ids, in the order of regions.yaml."""
        chosen: set[str] = set()
        for place in self.places:
            chosen |= set(place.regions) if place.chip.isChecked() else place.partial
        return [r for r in self._catalog.regions if r in chosen]

    def set_selected(self, region_refs: Iterable[str]) -> None:
        """Choose exactly these regions (sided parts mean both sides; unknown ids are ignored)."""
        wanted = set(self._catalog.expand(region_refs))
        for place in self.places:
            mine = wanted & set(place.regions)
            place.chip.blockSignals(True)
            place.chip.setChecked(mine == set(place.regions))
            place.chip.blockSignals(False)
            place.partial = mine if mine != set(place.regions) else set()
            self._show_state(place)
        self._update_summary()
        self.selectionChanged.emit()

    def group_labels(self) -> list[str]:
        """The areas' names, top to bottom."""
        return [area.title.text() for area in self._areas]

    def visible_places(self) -> list[str]:
        """The accessible names of the chips the search leaves shown."""
        return [
            p.name
            for a in self._areas
            if not a.block.isHidden()
            for p in a.places
            if not p.chip.isHidden()
        ]

    def _fill(self) -> None:
        # "Knee, right", not "Right": beside "Face" and "Base of the skull" a bare "Right" read
        # as a part of the head, and "Right side" still did not say of what (walk 6, #17).
        # The sides are the person's own, as on the map.
        names = {
            Side.RIGHT: QCoreApplication.translate("RegionPicker", "%1, right"),
            Side.LEFT: QCoreApplication.translate("RegionPicker", "%1, left"),
        }
        for area in self._catalog.areas.values():
            regions = [r for r in self._catalog.regions.values() if r.area == area.id]
            if not regions:
                continue
            block = QWidget(self.areas_box)
            stack = QVBoxLayout(block)
            stack.setContentsMargins(0, 0, 0, 0)
            stack.setSpacing(XS)
            box = QWidget(block)
            flow = FlowLayout(box)
            places: list[Place] = []
            for region in (r for r in regions if r.side is Side.CENTRE):
                places.append(self._place(box, region.name, region.name, [region.id]))
            for side in (Side.RIGHT, Side.LEFT):
                ids = [r.id for r in regions if r.side is side]
                if ids:
                    name = fill(names[side], area.name)
                    places.append(self._place(box, name, name, ids))
            for place in places:
                flow.addWidget(place.chip)
            title = QLabel(area.name, block)
            title.setProperty("role", "areaTitle")
            title.setWordWrap(True)
            stack.addWidget(title)
            stack.addWidget(box)
            self._areas.append(_Area(title, block, places))
        self._lay_out(self._areas)

    def _lay_out(self, areas: list[_Area]) -> None:
        """Put ``areas`` in the grid: two columns for all of them, one for a search's few.

        Two columns, head to hands on the left and hips to feet on the right: one long column
        of fifteen areas needed scrolling past the arms to reach the legs. A search's areas
        kept their places, so "left knee" showed "Knee" alone in the right-hand column.
        """
        for area in self._areas:
            self._grid.removeWidget(area.block)
        every = len(areas) == len(self._areas)
        half = (len(areas) + 1) // 2 if every else max(1, len(areas))
        for index, shown in enumerate(areas):
            self._grid.addWidget(
                shown.block, index % half, index // half, Qt.AlignmentFlag.AlignTop
            )

    def _place(self, parent: QWidget, text: str, name: str, ids: list[str]) -> Place:
        button = chip(text, parent)
        button.setAccessibleName(name)
        regions = [self._catalog.regions[r] for r in ids]
        words = tuple(w.casefold() for r in regions for w in (r.name, *r.aliases))
        place = Place(name, tuple(ids), button, (name.casefold(), *words))
        button.toggled.connect(partial(self._on_place_toggled, place))
        return place

    def _show_state(self, place: Place) -> None:
        """A partly chosen chip says so in its look, its tooltip and to screen readers."""
        place.chip.setIcon(self._tick if place.chip.isChecked() else QIcon())
        partly = bool(place.partial) and not place.chip.isChecked()
        place.chip.setProperty("partial", partly)
        parts = ", ".join(self._catalog.regions[r].name for r in self.selected_of(place))
        note = fill(QCoreApplication.translate("RegionPicker", "Partly chosen: %1"), parts)
        note = note if partly else ""
        place.chip.setToolTip(note)
        place.chip.setAccessibleDescription(note)
        place.chip.style().unpolish(place.chip)
        place.chip.style().polish(place.chip)

    def selected_of(self, place: Place) -> list[str]:
        """The regions of ``place`` that are chosen."""
        return [r for r in place.regions if place.chip.isChecked() or r in place.partial]

    def _update_summary(self) -> None:
        names: list[str] = []
        for place in self.places:
            if place.chip.isChecked():
                names.append(place.name)
            else:
                names += [self._catalog.regions[r].name for r in self.selected_of(place)]
        text = QCoreApplication.translate(
            "RegionPicker", "Nothing chosen yet, so the whole body is treated as affected."
        )
        if names:
            text = fill(QCoreApplication.translate("RegionPicker", "Chosen: %1"), ", ".join(names))
        self.summary.setText(text)

    def _on_place_toggled(self, place: Place, _checked: bool) -> None:
        place.partial = set()  # pressed: the whole side or area now, or nothing
        self._show_state(place)
        self._update_summary()
        self.selectionChanged.emit()

    def _on_filter_edit_text_changed(self, text: str) -> None:
        # Word by word, on each chip: the whole text matched an area, so "left knee" (a
        # region's name) kept the area with both of its sides (walk 6, finding 17).
        needles = text.casefold().split()
        shown: list[_Area] = []
        for area in self._areas:
            title = area.title.text().casefold()
            hits = 0
            for place in area.places:
                words = " ".join((title, *place.words))
                hit = all(needle in words for needle in needles)
                place.chip.setVisible(hit)
                hits += hit
            area.block.setVisible(bool(hits))
            if hits:
                shown.append(area)
        self._lay_out(shown)
        self.nothing.setVisible(not shown)

"""The region guide panel: a calm guide to the selected region, with one primary action.

From the top: the region's name and the stop rule; then, in one scrolling column, the chosen
technique's or routine's card (short numbered steps, pressure, the warnings that apply), the
techniques and routines as cards and the full guide; pinned at the bottom the one primary
action, "▶ Start · 1:30" under the name it starts. Before anything is chosen the column
offers recent sessions and the routines instead of empty boxes (``welcome``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.health import routine_verdict
from massage_desktop.engine.screening import Screening
from massage_desktop.ui.design.tokens import L, M, S
from massage_desktop.ui.guide.colours import guide_colours
from massage_desktop.ui.guide.column import GuideColumn
from massage_desktop.ui.guide.formatting import seconds_text
from massage_desktop.ui.guide.header import GuideHeader
from massage_desktop.ui.guide.html import GuideColours, technique_html
from massage_desktop.ui.guide.lists import (
    ID_ROLE,
    Row,
    routine_rows,
    routine_seconds,
    technique_amount,
    technique_rows,
)
from massage_desktop.ui.guide.routine_page import routine_html
from massage_desktop.ui.guide.start_bar import StartBar
from massage_desktop.ui.guide.text_scale import scale_texts
from massage_desktop.ui.guide.welcome import Recent, recent_rows, routine_rows_for_welcome


class GuidePanel(QWidget):
    """Shows how to massage the selected region.

    Signals:
        techniqueSelected(str): a technique was chosen; its id.
        stepActivated(str, int): a step was clicked; technique id and step index.
        startTechniqueRequested(str): start a guided session of this technique.
        startRoutineRequested(str): start a guided session of this routine.
        safetyRequested(): show the safety page.
        routineShown(str): a routine's overview is shown; its id.
        routineActionRequested(str, str): a link under a routine; the action ("edit",
            "duplicate", "delete", "export", "save-as-mine") and the routine's id.
        techniqueRequested(str): a recent technique was chosen on the welcome; the window
            selects one of its regions and shows it.
    """

    techniqueSelected = Signal(str)
    stepActivated = Signal(str, int)
    startTechniqueRequested = Signal(str)
    startRoutineRequested = Signal(str)
    safetyRequested = Signal()
    routineActionRequested = Signal(str, str)
    routineShown = Signal(str)
    techniqueRequested = Signal(str)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._region: str | None = None
        self._technique: str | None = None
        self._routine: str | None = None
        self._step: int | None = None
        self._screening: Screening | None = None
        self._recent: list[Recent] = []
        self._today: date | None = None
        self._text_scale = 1.0
        self._colours_for = self.palette().cacheKey()
        self._guide_colours = guide_colours(self.palette())
        self._header = GuideHeader(self)
        self.column = GuideColumn(self)
        self._start_bar = StartBar(self)
        self._start = self._start_bar.button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(L, L, L, M)
        layout.setSpacing(S)
        layout.addWidget(self._header)
        layout.addSpacing(S)
        layout.addWidget(self.column, 1)
        layout.addWidget(self._start_bar)
        column = self.column
        self._header.safetyRequested.connect(self.safetyRequested)
        column.detail.safetyRequested.connect(self.safetyRequested)
        column.techniques.currentItemChanged.connect(self._on_techniques_current_changed)
        column.routines.currentItemChanged.connect(self._on_routines_current_changed)
        column.recent.itemActivated.connect(self._on_recent_item_activated)
        column.recent.itemClicked.connect(self._on_recent_item_activated)
        column.techniques.itemClicked.connect(self._on_list_item_clicked)
        column.routines.itemClicked.connect(self._on_list_item_clicked)
        column.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        self._start_bar.clicked.connect(self._on_start_bar_clicked)
        self.set_player_available(False)
        self.show_region(None)

    # --- public API -------------------------------------------------------------------------

    def region(self) -> str | None:
        """The region shown, if any."""
        return self._region

    def technique(self) -> str | None:
        """The technique shown, if any."""
        return self._technique

    def routine(self) -> str | None:
        """The routine shown, if any."""
        return self._routine

    def guide_text(self) -> str:
        """The guide as plain text, as a screen reader would read it: the card, then the guide.

        The chosen technique's warnings are in the card above the guide, once.
        """
        card = self.column.detail
        text = card.plain_text() + "\n" if card.isVisibleTo(self) else ""
        return text + self.column.browser.toPlainText()

    def focus_order(self) -> list[QWidget]:
        """The panel's stops for Tab, in reading order: start, switch, cards, guide, safety."""
        return [self._start, *self.column.focus_order(), *self._header.focus_order()]

    def set_player_available(self, available: bool) -> None:
        """Enable the start button once the guided player exists."""
        self._start_bar.set_available(available)

    def set_screening(self, screening: Screening | None) -> None:
        """Show what the health profile says about each technique; refreshes the guide."""
        self._screening = screening
        region, technique = self._region, self._technique
        self.show_region(region)
        if technique is not None and region is not None:
            self.show_technique(technique)

    def set_recent(self, recent: list[Recent], today: date) -> None:
        """What was massaged lately, newest first; the welcome offers it again."""
        self._recent = list(recent)
        self._today = today
        if self._region is None and self._routine is None:
            self.show_region(None)

    def set_text_scale(self, scale: float) -> None:
        """Make the headings, cards and texts ``scale`` times their size (the text-size setting)."""
        self._text_scale = scale
        scale_texts(self, scale)
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        self.column.set_card_font(font)

    def text_scale(self) -> float:
        """The text size the panel shows (1 is normal)."""
        return self._text_scale

    def show_region(self, region_id: str | None) -> None:
        """Show the techniques and routines for a region (or the welcome for None)."""
        self._region = region_id
        self._routine = None
        column = self.column
        techniques: list[Row] = []
        routines: list[Row] = []
        recent: list[Row] = []
        if region_id is None:
            self._technique = None
            self._header.greet()
            routines = routine_rows_for_welcome(self._catalog, self._screening)
            recent = recent_rows(self._catalog, self._recent, self._today or date.today())
        else:
            region = self._catalog.regions[region_id]
            self._header.name_region(region, self._catalog.areas[region.area].name)
            techniques = technique_rows(self._catalog, region_id, self._screening)
            routines = routine_rows(self._catalog, region_id, self._screening)
        column.fill(techniques, routines, recent, welcome=region_id is None)
        self._start_bar.setVisible(False)
        if column.techniques.count():
            column.techniques.setCurrentRow(0)

    def refresh(self) -> None:
        """Show the region, and the routine shown, again: the user's routines changed."""
        routine = self._routine
        self.show_region(self._region)
        if routine is not None and routine in self._catalog.routines:
            self.show_routine(routine)

    def show_technique(self, technique_id: str, step: int | None = None) -> None:
        """Show one technique's card and guide, with ``step`` emphasised."""
        self._technique = technique_id
        self._routine = None
        self._step = step
        technique = self._catalog.techniques[technique_id]
        column = self.column
        column.select(column.techniques, technique_id)
        colours = self._colours()
        region = self._region if self._region in self._catalog.regions else None
        scroll = column.verticalScrollBar().value()
        verdict = (
            self._screening.technique_verdict(technique_id, region) if self._screening else None
        )
        column.detail.show_technique(self._catalog, technique, region, colours, verdict)
        column.show_page(
            technique_html(
                self._catalog, technique, region, colours, step, verdict, warnings_above=True
            )
        )
        seconds = technique.planned_seconds
        self._start_bar.set_subject(
            technique.name,
            seconds_text(seconds) if seconds else technique_amount(technique),
            seconds,
        )
        self._start_bar.allow(verdict)
        column.settle()
        if step is not None:
            column.verticalScrollBar().setValue(scroll)
        else:
            column.reveal_choice(column.techniques)
        self.techniqueSelected.emit(technique_id)

    def show_routine(self, routine_id: str) -> None:
        """Show a routine's card and overview; the primary button then starts this routine."""
        routine = self._catalog.routines[routine_id]
        self._routine = routine_id
        column = self.column
        column.select(column.routines, routine_id)
        verdict = (
            routine_verdict(self._screening.routine_verdicts(routine_id))
            if self._screening
            else None
        )
        own = self._catalog.is_own(routine_id)
        column.detail.show_routine(self._catalog, routine, verdict, own)
        column.show_page(routine_html(self._catalog, routine, self._colours()))
        seconds = routine_seconds(self._catalog, routine)
        self._start_bar.set_subject(routine.name, seconds_text(seconds) if seconds else "", seconds)
        column.settle()
        column.reveal_choice(column.routines)
        # A routine runs without the steps the profile rules out (the player says so); the
        # verdict is "blocked" only when every step is, and then there is nothing to start.
        self._start_bar.allow(verdict)
        self.routineShown.emit(routine_id)

    # --- helpers ----------------------------------------------------------------------------

    def _colours(self) -> GuideColours:
        """The guide colours of the current palette, worked out once per palette."""
        key = self.palette().cacheKey()
        if self._colours_for != key:
            self._colours_for, self._guide_colours = key, guide_colours(self.palette())
        return self._guide_colours

    # --- handlers ---------------------------------------------------------------------------

    def _on_techniques_current_changed(self, current: QListWidgetItem | None) -> None:
        if current is not None:
            self.column.select(self.column.routines, None)
            self.show_technique(str(current.data(ID_ROLE)))

    def _on_routines_current_changed(self, current: QListWidgetItem | None) -> None:
        if current is not None:
            self.column.select(self.column.techniques, None)
            self.show_routine(str(current.data(ID_ROLE)))

    def _on_recent_item_activated(self, item: QListWidgetItem) -> None:
        kind, _, subject = str(item.data(ID_ROLE)).partition(":")
        if kind == "routine":
            self.show_routine(subject)
        else:
            self.techniqueRequested.emit(subject)

    def _on_list_item_clicked(self, _item: QListWidgetItem) -> None:
        # A card clicked: its card with the steps is at the top of the column.
        self.column.verticalScrollBar().setValue(0)

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "safety":
            self.safetyRequested.emit()
        elif url.scheme() == "routine" and self._routine is not None:
            self.routineActionRequested.emit(url.path(), self._routine)
        elif url.scheme() == "step" and self._technique is not None:
            step = int(url.path())
            self.show_technique(self._technique, step)
            self.stepActivated.emit(self._technique, step)

    def _on_start_bar_clicked(self) -> None:
        # The button names what it starts; it only shows once something is chosen.
        if self._routine is not None:
            self.startRoutineRequested.emit(self._routine)
        elif self._technique is not None:
            self.startTechniqueRequested.emit(self._technique)

    def changeEvent(self, event: QEvent) -> None:
        """Re-render the guide with the new colours when the theme changes."""
        super().changeEvent(event)
        changed = event.type() == QEvent.Type.PaletteChange
        if changed and self._technique is not None and self._routine is None:
            self.show_technique(self._technique, self._step)

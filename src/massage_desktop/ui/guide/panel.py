"""The region guide panel: a calm guide to the selected region, with one primary action.

The widgets are laid out by ``panel_view.GuideView``; this class chooses what they show. A
region shows its technique and routine cards; the chosen one's card (short numbered steps,
pressure, every warning once) sits above the full guide, and the one primary action, "▶
Start · 1:30", is pinned under the name it starts, held with its reason when the area rests
today or the health profile rules it out. Before anything is chosen the column offers
recent sessions and the routines instead of empty boxes (``welcome``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtWidgets import (
    QListWidgetItem,
    QWidget,
)

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Performer
from massage_desktop.engine.phases import Timing
from massage_desktop.engine.plan_book import PlanBook
from massage_desktop.engine.screening import Screening
from massage_desktop.ui.core_text import caution_note, verdict_text
from massage_desktop.ui.guide.formatting import seconds_text
from massage_desktop.ui.guide.gate import Outlook
from massage_desktop.ui.guide.html import technique_html
from massage_desktop.ui.guide.lists import (
    ID_ROLE,
    Row,
    routine_rows,
    technique_amount,
    technique_rows,
)
from massage_desktop.ui.guide.panel_view import GuideView
from massage_desktop.ui.guide.routine_page import routine_html
from massage_desktop.ui.guide.start_words import (
    held_reasons,
    located_heading,
    partial_headline,
    partial_note,
    place_left_out,
    start_breakdown,
)
from massage_desktop.ui.guide.welcome import Recent, recent_rows


class GuidePanel(GuideView):
    """Shows how to massage the selected region.

    Args:
        welcome: False when the owner sets the screening, rests and recent sessions in
            ``updates_held()`` at once: the welcome (every routine planned and screened) is
            then built once, as that block ends. The other arguments are ``GuideView``'s.

    Signals:
        techniqueSelected(str): a technique was chosen; its id.
        stepActivated(str, int): a step was clicked; technique id and step index.
        startTechniqueRequested(str): start a guided session of this technique.
        startRoutineRequested(str): start a guided session of this routine.
        safetyRequested(): show the safety page.
        routineShown(str): a routine's overview is shown; its id.
        routineActionRequested(str, str): a button under a routine; the action ("edit",
            "duplicate", "delete", "export", "save-as-mine") and the routine's id.
        techniqueRequested(str): a recent technique was chosen on the welcome; the window
            selects one of its regions and shows it.
        healthProfileRequested(): review the health profile (it rules out every region).
        checkAgainRequested(): answer today's quick check again (the rest-day notice's
            button, or the menu's entry on any day).
    """

    techniqueSelected = Signal(str)
    stepActivated = Signal(str, int)
    startTechniqueRequested = Signal(str)
    startRoutineRequested = Signal(str)
    safetyRequested = Signal()
    routineActionRequested = Signal(str, str)
    routineShown = Signal(str)
    techniqueRequested = Signal(str)
    healthProfileRequested = Signal()
    checkAgainRequested = Signal()

    def __init__(
        self,
        catalog: Catalog,
        parent: QWidget | None = None,
        *,
        plans: PlanBook | None = None,
        welcome: bool = True,
    ) -> None:
        super().__init__(catalog, parent, plans=plans)
        self._performer = Performer.SELF
        column = self.column
        self._header.safetyRequested.connect(self.safetyRequested)
        self.everywhere.healthProfileRequested.connect(self.healthProfileRequested)
        self.rest_day.checkAgainRequested.connect(self.checkAgainRequested)
        column.detail.safetyRequested.connect(self.safetyRequested)
        column.techniques.currentItemChanged.connect(self._on_techniques_current_changed)
        column.routines.currentItemChanged.connect(self._on_routines_current_changed)
        column.recent.itemActivated.connect(self._on_recent_item_activated)
        column.recent.itemClicked.connect(self._on_recent_item_activated)
        column.techniques.itemActivated.connect(self._on_techniques_item_activated)
        column.routines.itemActivated.connect(self._on_routines_item_activated)
        column.techniques.itemClicked.connect(self._on_list_item_clicked)
        column.routines.itemClicked.connect(self._on_list_item_clicked)
        column.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        column.routine_buttons.chosen.connect(self._on_routine_buttons_chosen)
        self._start_bar.clicked.connect(self._on_start_bar_clicked)
        self.set_player_available(False)
        # Without the welcome now, it is built as the owner's updates_held() block ends.
        self._stale = not welcome
        if welcome:
            self.show_region(None)

    # --- public API -------------------------------------------------------------------------

    def set_screening(self, screening: Screening | None) -> None:
        """Show what the health profile says about each technique; refreshes the guide."""
        self._gate.screening = screening
        self.everywhere.show_advice(self._gate.everywhere())
        self._show_again()

    def set_rest_day(self, rest_day: bool) -> None:
        """Show the rest-day notice while today's quick check said not to massage today.

        The cards say "rest day" and Start is held with why, as the player holds it: with the
        notice showing, a live "Start · 11:07" only met "A rest day" in a dialog (walk 8, #7).
        """
        self.rest_day.setVisible(rest_day)
        if rest_day != self._gate.rest_day:
            self._gate.rest_day = rest_day
            self._show_again()
            self.restDayChanged.emit(rest_day)

    def is_rest_day(self) -> bool:
        """Whether today is a rest day, as the notice and the held Start say."""
        return self._gate.rest_day

    def set_timing(self, timing: Timing) -> None:
        """The player's timing: Start gives the length the player's sheet will give."""
        if timing != self._gate.timing:
            self._gate.timing = timing
            self._show_again()

    def set_performer(self, performer: Performer) -> None:
        """Who massages, as the settings say: a region lists their techniques first."""
        if performer is not self._performer:
            self._performer = performer
            # Content for both is worked out for them: whose rests it leaves out.
            self._gate.performer = performer
            if self._region is not None:
                self._show_again()

    def set_resting(self, region_ids: Iterable[str], partner: Iterable[str] = ()) -> None:
        """The areas stopped for pain today, yours and your partner's.

        What a session of yours (or your partner's) leaves out, the guide says; Start is
        held when nothing else is left.
        """
        if self._gate.rest(region_ids, partner):
            self._show_again()

    def _show_again(self) -> None:
        """Show the region and what was chosen on it again: what may start has changed."""
        if self._held:
            self._stale = True
            return
        region, technique, routine = self._region, self._technique, self._routine
        self.show_region(region)
        if routine is not None:
            self.show_routine(routine)
        elif technique is not None and region is not None:
            self.show_technique(technique)

    def set_recent(self, recent: list[Recent], today: date) -> None:
        """What was massaged lately, newest first; the welcome offers it again."""
        self._recent = list(recent)
        self._today = today
        if self._region is None and self._routine is None:
            self._show_again()

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
            self._header.greet(invite=not self._gate.everywhere())
            routines = self._welcome.rows(self._catalog, self._gate)
            today = self._today or date.today()
            recent = recent_rows(self._catalog, self._recent, today, self._gate)
        else:
            self._name_region()
            techniques = technique_rows(self._catalog, region_id, self._gate, self._performer)
            routines = routine_rows(self._catalog, region_id, self._gate, self._performer)
        column.fill(techniques, routines, recent, welcome=region_id is None)
        self._start_bar.setVisible(False)
        if column.techniques.count():
            column.techniques.setCurrentRow(0)
        self.regionShown.emit()

    def _name_region(self) -> None:
        """Head the page with the region's name (a routine shown before had its own)."""
        region = self._catalog.regions.get(self._region) if self._region else None
        if region is not None:
            self._header.name_region(region, self._catalog.areas[region.area].name)

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
        column.select(column.routines, None)  # a tab then chooses what it names again
        colours = self._colours()
        region = self._region if self._region in self._catalog.regions else None
        scroll = column.verticalScrollBar().value()
        outlook = self._gate.technique(technique_id, region)
        verdict = outlook.verdict
        place = located_heading(self._catalog, self._gate.screening, technique_id, region)
        column.detail.show_technique(self._catalog, technique, region, colours, verdict, place)
        self._name_region()
        column.check_tab(column.techniques)
        column.show_page(
            technique_html(
                self._catalog,
                technique,
                region,
                colours,
                step,
                verdict,
                warnings_above=True,
                place=place,
                named=column.techniques.count() > 1,
            )
        )
        # The session's length as the "Before you start" sheet gives it: the steps that run
        # with the reading and side-switch pauses (the card above gives the work alone).
        seconds = outlook.start_s if outlook.startable else None
        self._start_bar.set_subject(
            technique.name,
            seconds_text(seconds) if seconds else technique_amount(technique),
            seconds,
            start_breakdown(outlook) if seconds else "",
        )
        self._allow(outlook)
        column.show_lone_card()
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
        column.select(column.techniques, None)
        outlook = self._gate.routine(routine_id, self._region)
        own = self._catalog.is_own(routine_id)
        column.detail.show_routine(self._catalog, routine, outlook, own)
        region = self._catalog.regions.get(self._region) if self._region else None
        left_out, instead = place_left_out(self._catalog, outlook, region)
        self._header.name_routine(routine.name, region, left_out=left_out, instead=instead)
        column.check_tab(column.routines)
        named = column.routines.count() > 1
        page = routine_html(self._catalog, routine, self._colours(), outlook, named=named)
        column.show_page(page)
        column.routine_buttons.show_for(routine.name, own=own)
        column.routine_buttons.show()
        # What the sheet's Start says for the side it offers first: the same screened plan.
        seconds = outlook.start_s if outlook.startable else None
        self._start_bar.set_subject(routine.name, seconds_text(seconds) if seconds else "", seconds)
        column.show_lone_card()
        column.settle()
        column.reveal_choice(column.routines)
        # A routine runs without the steps the profile rules out (the player says so, and
        # so does the note beside Start); it is held only when nothing would run.
        self._allow(outlook)
        self.routineShown.emit(routine_id)

    def _allow(self, outlook: Outlook) -> None:
        """Start as the player would answer it, with the reasons or what it runs without.

        When the profile rules out every region, the banner at the top of the column says so
        and offers the health profile, the one thing left to do: a held Start pinned under
        it only repeated the banner's words, and at the largest text size in German it
        squeezed the column until the banner's text and button were cut off. The button
        keeps its reasons for whoever asks (``start_reason``).
        """
        verdict = outlook.verdict
        everywhere = bool(self._gate.everywhere())
        note, headline = partial_note(self._catalog, outlook), partial_headline(outlook)
        if not note and self._routine is not None and self._region is None:
            note, headline = caution_note(verdict)  # the card's "take care", said why
        self._start_bar.allow(
            held_reasons(self._catalog, outlook, everywhere=everywhere),
            note,
            verdict_text(verdict) if verdict is not None and verdict.effect else "",
            headline,
        )
        self._start_bar.setVisible(not (everywhere and self._start_bar.held()))

    # --- handlers ---------------------------------------------------------------------------

    def _on_techniques_current_changed(self, current: QListWidgetItem | None) -> None:
        if current is not None:
            self.column.select(self.column.routines, None)
            self.show_technique(str(current.data(ID_ROLE)))

    def _on_routines_current_changed(self, current: QListWidgetItem | None) -> None:
        if current is not None:
            self.column.select(self.column.techniques, None)
            self.show_routine(str(current.data(ID_ROLE)))

    def _on_techniques_item_activated(self, item: QListWidgetItem) -> None:
        # Enter or Space on the card Tab put the focus ring on (not yet shown, see CardList).
        if item.data(ID_ROLE) != self._technique or self._routine is not None:
            self.column.select(self.column.routines, None)
            self.show_technique(str(item.data(ID_ROLE)))

    def _on_routines_item_activated(self, item: QListWidgetItem) -> None:
        if item.data(ID_ROLE) != self._routine:
            self.column.select(self.column.techniques, None)
            self.show_routine(str(item.data(ID_ROLE)))

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
        elif url.scheme() == "step" and self._technique is not None:
            step = int(url.path())
            self.show_technique(self._technique, step)
            self.stepActivated.emit(self._technique, step)

    def _on_routine_buttons_chosen(self, action: str) -> None:
        if self._routine is not None:
            self.routineActionRequested.emit(action, self._routine)

    def _on_start_bar_clicked(self) -> None:
        # The button names what it starts; it only shows once something is chosen.
        if self._routine is not None:
            self.startRoutineRequested.emit(self._routine)
        elif self._technique is not None:
            self.startTechniqueRequested.emit(self._technique)

    def changeEvent(self, event: QEvent) -> None:
        """Re-render the guide with the new colours or in the new language.

        Everything the panel words is written when it is shown; a language switch (Qt sends
        LanguageChange to every widget once a translator is installed) words it all again,
        as a panel built after the switch would.
        """
        super().changeEvent(event)
        kind = event.type()
        technique_shown = self._technique is not None and self._routine is None
        if kind == QEvent.Type.LanguageChange:
            self._retranslate()
        elif kind == QEvent.Type.PaletteChange and technique_shown and self._technique:
            self.show_technique(self._technique, self._step)

    def _retranslate(self) -> None:
        self._welcome.forget()
        self.column.retranslate()
        self._start_bar.set_available(self._start_bar.available())
        self.everywhere.show_advice(self._gate.everywhere())
        step = self._step
        self._show_again()
        if step is not None and self._technique is not None and self._routine is None:
            self.show_technique(self._technique, step)

"""The guide panel's widgets and what they show, without the choosing (``panel.GuidePanel``).

From the top: the region's name, the stop rule and the Techniques | Routines switch; then one
scrolling column (a banner when the health profile rules out every region, the chosen card,
the technique and routine cards, the full guide); pinned at the bottom the one primary
action with the reason it is held.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Performer
from massage_desktop.engine.pain_rest import Person, massaged
from massage_desktop.engine.plan_book import PlanBook
from massage_desktop.ui.design.tokens import L, M, S
from massage_desktop.ui.guide.colours import guide_colours
from massage_desktop.ui.guide.column import GuideColumn
from massage_desktop.ui.guide.everywhere_banner import EverywhereBanner
from massage_desktop.ui.guide.gate import StartGate
from massage_desktop.ui.guide.header import GuideHeader
from massage_desktop.ui.guide.rest_day_banner import RestDayBanner
from massage_desktop.ui.guide.start_bar import StartBar
from massage_desktop.ui.guide.text_scale import scale_texts, scaled_font
from massage_desktop.ui.guide.warning_boxes import GuideColours
from massage_desktop.ui.guide.welcome import Recent, WelcomeRoutines


class GuideView(QWidget):
    """The banner, heading, column and Start of the guide, and the state they show.

    Signals:
        regionShown(): a region's page, or the start page, was shown (``shown_for`` may
            have changed; a technique or routine shown says so with its own signal).
        restDayChanged(bool): today became a rest day (True) or stopped being one: the map
            hatches every region on every page then (a routine's page hatched its areas
            while a technique's page showed its region plain).
    """

    regionShown = Signal()
    restDayChanged = Signal(bool)

    def __init__(
        self, catalog: Catalog, parent: QWidget | None = None, *, plans: PlanBook | None = None
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._region: str | None = None
        self._technique: str | None = None
        self._routine: str | None = None
        self._step: int | None = None
        self._gate = StartGate(catalog, plans)
        self._recent: list[Recent] = []
        self._welcome = WelcomeRoutines()
        self._today: date | None = None
        self._text_scale = 1.0
        self._held = 0  # updates_held() depth
        self._stale = False  # a refresh was asked for while held
        self._colours_for = self.palette().cacheKey()
        self._guide_colours = guide_colours(self.palette())
        self.everywhere = EverywhereBanner(self)
        self.rest_day = RestDayBanner(self)
        self._header = GuideHeader(self)
        self.column = GuideColumn(self)
        self._start_bar = StartBar(self)
        self._start = self._start_bar.button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(L, L, L, M)
        layout.setSpacing(S)
        layout.addWidget(self._header)
        layout.addSpacing(S)
        layout.addWidget(self.column.switch)
        layout.addWidget(self.column, 1)
        layout.addWidget(self._start_bar)
        # First in the scrolling column, under the region's name: the column scrolls to the
        # top on every choice, and at the largest text size a banner pinned above the heading
        # squeezed the heading and itself out of their room.
        self.column.put_on_top(self.rest_day)
        self.column.put_on_top(self.everywhere)

    @contextmanager
    def updates_held(self) -> Iterator[None]:
        """Refresh the guide once, at the end, for all the changes made inside.

        A starting window sets the screening, the recent sessions, the rests and the rest day
        one after the other; each rebuilt the welcome's routine cards (every routine planned
        and screened), three times before the window showed.
        """
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1
            if not self._held and self._stale:
                self._stale = False
                self._show_again()

    def _show_again(self) -> None:
        """Show again what is shown, in the panel's words; a subclass words it."""

    def region(self) -> str | None:
        """The region shown, if any."""
        return self._region

    def technique(self) -> str | None:
        """The technique shown, if any."""
        return self._technique

    def routine(self) -> str | None:
        """The routine shown, if any."""
        return self._routine

    def shown_for(self) -> Person | None:
        """Whose body the routine or technique shown is for; None: no one's in particular.

        None on the start page, and for a routine or technique for both (the player asks
        whom it is for). A technique's page counts as its person's, as its Start does: the
        self-only thigh and calf kneading hatched the partner's resting calf beside an
        enabled Start (walk 12).
        """
        routine = self._catalog.routines.get(self._routine) if self._routine else None
        if routine is not None:
            return None if routine.performer is Performer.BOTH else massaged(routine.performer)
        technique = self._catalog.techniques.get(self._technique) if self._technique else None
        if technique is None or technique.performer is Performer.BOTH:
            return None
        return massaged(technique.performer)

    def heading(self) -> str:
        """The guide's heading: the region's name, the routine's, or the welcome's question."""
        return self._header.heading()

    def guide_text(self) -> str:
        """The guide as plain text, as a screen reader would read it: the card, then the guide.

        The chosen technique's warnings are in the card above the guide, once.
        """
        card = self.column.detail
        text = card.plain_text() + "\n" if card.isVisibleTo(self) else ""
        return text + self.column.browser.toPlainText()

    def start_reason(self) -> str:
        """Why Start is disabled, as it says beside the button (empty when it may start)."""
        return self._start_bar.held_reason()

    def start_reason_shown(self) -> str:
        """The reason shown beside the disabled Start: the most serious one."""
        return self._start_bar.reason.text().removeprefix("⊘ ") if self._start_bar.held() else ""

    def start_note(self) -> str:
        """What Start runs without and why, in full (empty: all of it); "Details…" shows it."""
        return self._start_bar.note()

    def start_note_shown(self) -> str:
        """The note as shown beside Start: its first words (the rest under "Details…")."""
        return self._start_bar.shown_note()

    def focus_order(self) -> list[QWidget]:
        """The panel's stops for Tab: the banner, Safety beside its rule, Start, cards, guide.

        The banner, shown when the profile rules out every region, is what to do first.
        Safety sits beside the stop rule at the top, so it comes next: after the whole list
        of cards it was reached last, far from the rule it explains (walk 6, finding 16).
        Start, the one action, comes before the cards it starts, within a few presses.
        """
        return [
            *self.everywhere.focus_order(),
            *self.rest_day.focus_order(),
            *self._header.focus_order(),
            self._start,
            self._start_bar.why,  # the note's details; skipped while hidden
            *self.column.focus_order(),
        ]

    def set_player_available(self, available: bool) -> None:
        """Enable the start button once the guided player exists."""
        self._start_bar.set_available(available)

    def set_text_scale(self, scale: float) -> None:
        """Make the headings, cards and texts ``scale`` times their size (the text-size setting)."""
        self._text_scale = scale
        scale_texts(self, scale)
        self.column.detail.pressure.set_scale(scale)
        self._start_bar.set_text_scale(scale)
        self.column.set_card_font(scaled_font(scale))

    def text_scale(self) -> float:
        """The text size the panel shows (1 is normal)."""
        return self._text_scale

    def _colours(self) -> GuideColours:
        """The guide colours of the current palette, worked out once per palette."""
        key = self.palette().cacheKey()
        if self._colours_for != key:
            self._colours_for, self._guide_colours = key, guide_colours(self.palette())
        return self._guide_colours

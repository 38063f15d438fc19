"""The routine editor's logic: a ``RoutineDraft`` shown in a ``RoutineEditorView``.

The draft is the one truth: every signal of the view changes the draft, then the view is
filled again from it. What the draft means for this person (each step's verdict, the time,
whether it can be saved) is checked in ``checks.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Technique
from massage_desktop.domain.enums import Performer
from massage_desktop.domain.routines import Routine, SideOrder
from massage_desktop.engine.health import routine_verdict
from massage_desktop.engine.screening import Screening
from massage_desktop.resources import resource_path
from massage_desktop.storage.own_routines import OwnRoutines
from massage_desktop.storage.routine_draft import DraftItem, ItemSide, RoutineDraft
from massage_desktop.ui.core_text import verdict_text
from massage_desktop.ui.guide.cards import SEPARATOR
from massage_desktop.ui.guide.formatting import seconds_text
from massage_desktop.ui.guide.lists import whole_minutes
from massage_desktop.ui.i18n import fill
from massage_desktop.ui.routine_editor.checks import DraftChecks
from massage_desktop.ui.routine_editor.keys import may_discard
from massage_desktop.ui.routine_editor.offers import (
    offer_rows,
    partner_place,
    partner_tip,
    performer_choice,
    place_choices,
)
from massage_desktop.ui.routine_editor.rows import (
    FOR_OTHER,
    FOR_OTHER_TIP,
    ITEM_SIDES,
    SIDE_ORDERS,
    count_range_text,
    mark,
    part_name,
    time_range_text,
    time_text,
    tr,
)
from massage_desktop.ui.routine_editor.step_card import select
from massage_desktop.ui.routine_editor.view import Figure, RoutineEditorView


class RoutineEditorController(QObject):
    """Builds or edits one routine of the user's own.

    Args:
        catalog: The loaded content.
        store: Where the routine is saved.
        screening: The health profile's screening, or None without a profile.
        routine: The routine to edit or copy; None for a new one.
        copy: Save ``routine`` as a new routine of the user's own (a built-in one, or a
            duplicate) rather than over itself.
        region_id: The region chosen on the map, whose techniques are offered first.
        parent: The window the editor belongs to.
        figure: The body map's drawing, regions and outline cache for "Choose on the map…".
        map_states: What the window's map hatches (ruled out, resting today); None: what
            the health profile rules out.
        resting: Which of those only rest today (their tooltip says whose rest it is).

    Signals:
        saved(str): the routine was written; its id.
    """

    saved = Signal(str)

    def __init__(
        self,
        catalog: Catalog,
        store: OwnRoutines,
        screening: Screening | None,
        routine: Routine | None = None,
        *,
        copy: bool = False,
        region_id: str | None = None,
        parent: QWidget | None = None,
        figure: Callable[[], Figure] | None = None,
        map_states: Callable[[], Mapping[str, tuple[str, str]]] | None = None,
        resting: Callable[[], Iterable[str]] = frozenset,
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._store = store
        self._screening = screening
        if routine is None:
            self.draft = RoutineDraft(catalog)
            self._id: str | None = None
        else:
            self.draft = RoutineDraft.from_routine(catalog, routine)
            self._id = None if copy else routine.id
            if copy:
                self.draft.name = store.free_name(routine.name)
        self.view = RoutineEditorView(parent)
        self.view.setWindowTitle(
            QCoreApplication.translate("RoutineEditor", "Edit your routine")
            if self._id is not None
            else QCoreApplication.translate("RoutineEditor", "New routine")
        )
        self._checks = DraftChecks(catalog, self.draft, screening)
        self._checks.forget_default_summary(len(routine.items) if routine else 0)
        self._current = 0 if self.draft.items else -1
        self._removed: list[tuple[int, DraftItem]] = []
        """The steps removed, each with its row, the last one first to come back."""
        # "For" follows the first technique added until the user chooses it themselves.
        self._performer_chosen = routine is not None
        self._region = self._first_region(region_id)
        self.view.show_choices(
            place_choices(catalog),
            [(p.value, performer_choice(catalog, p)) for p in (Performer.SELF, Performer.PARTNER)],
            [(value.value, tr(text)) for value, text in SIDE_ORDERS],
            [(value.value, tr(text)) for value, text in ITEM_SIDES],
        )
        self.view.show_fields(
            self.draft.name, self.draft.summary, self.draft.performer.value, self.draft.sides
        )
        # The window's drawing and outline cache: reading the bundled file measured every
        # outline again on the first "Choose on the map…", and ignored a content pack's map.
        self.view.set_figure(figure or self._figure)
        # As the window's map: today's rests too. Only the profile's were hatched, and a
        # calf resting after "Stop – it hurts" was chosen there as freely as any other.
        self.view.set_hatched(map_states or self._hatched, resting)
        self.view.show_performer_tip(partner_tip(catalog))
        self._connect()
        self._show_region()
        self._refresh()
        self._saved_state = self._state()
        self.view.may_close = self._may_close

    def _connect(self) -> None:
        view = self.view
        view.nameEdited.connect(self._on_view_name_edited)
        view.summaryEdited.connect(self._on_view_summary_edited)
        view.performerChosen.connect(self._on_view_performer_chosen)
        view.sidesChosen.connect(self._on_view_sides_chosen)
        view.regionChosen.connect(self._on_view_region_chosen)
        view.addRequested.connect(self._on_view_add_requested)
        view.stepSelected.connect(self._on_view_step_selected)
        view.moveRequested.connect(self._on_view_move_requested)
        view.sideChosen.connect(self._on_view_side_chosen)
        view.durationChanged.connect(self._on_view_duration_changed)
        view.countChanged.connect(self._on_view_count_changed)
        view.removeRequested.connect(self._on_view_remove_requested)
        view.undoRemoveRequested.connect(self._on_view_undo_remove_requested)
        view.saveRequested.connect(self._on_view_save_requested)

    def _state(self) -> tuple[object, ...]:
        draft = self.draft
        return (draft.name, draft.summary, draft.performer, draft.sides, tuple(draft.items))

    def _may_close(self) -> bool:
        """Whether Cancel or Escape may drop the draft: yes when unchanged or when confirmed."""
        return self._state() == self._saved_state or may_discard(self.view)

    def _hatched(self) -> dict[str, tuple[str, str]]:
        """The regions the health profile rules out or cautions, as the window's map hatches."""
        return self._screening.blocked_map(verdict_text) if self._screening is not None else {}

    def _figure(self) -> Figure:
        """The body map's drawing and regions, as the window's map draws them."""
        svg = resource_path("body_map.svg").read_bytes()
        return svg, list(self._catalog.regions.values()), None

    def _first_region(self, region_id: str | None) -> str:
        if region_id in self._catalog.regions:
            return str(region_id)
        for item in self.draft.items:
            refs = self._catalog.expand(item.parts or self._technique(item.technique).regions)
            if refs:
                return refs[0]
        return next(iter(self._catalog.regions))

    def _technique(self, technique_id: str) -> Technique:
        return self._catalog.techniques[technique_id]

    def select_region(self, region_id: str) -> None:
        """Offer the techniques of a region clicked on the map while the editor is open."""
        if region_id in self._catalog.regions:
            self._region = region_id
            self._show_region()

    # --- showing ----------------------------------------------------------------------------

    def _show_region(self) -> None:
        # Faded once the user has said whom the routine is for (walk 9, P3-a).
        rows = offer_rows(
            self._catalog,
            self._checks,
            self._screening,
            self._region,
            performer=self.draft.performer,
            fade=self._performer_chosen,
        )
        self.view.show_region(self._region, rows)

    def _refresh(self) -> None:
        """Fill the steps, the current step's details and the total from the draft."""
        rows = []
        verdicts = []
        for index, item in enumerate(self.draft.items):
            technique = self._technique(item.technique)
            verdict = self._checks.verdict(index)
            verdicts.append((index, verdict))
            side = tr(dict(ITEM_SIDES)[item.side]) if self.draft.has_sides(index) else ""
            parts = ", ".join(part_name(self._catalog, p) for p in item.parts)
            odd = self._checks.for_other(technique)
            other = tr(FOR_OTHER[technique.performer]) if odd else ""
            verdict_mark = self._checks.blocked_mark(index) or mark(verdict)
            details = [parts, side, time_text(self.draft, index), other, verdict_mark]
            text = technique.title + SEPARATOR + " · ".join(d for d in details if d)
            tip = verdict_text(verdict) if verdict.effect else technique.summary
            if odd:
                tip = tr(FOR_OTHER_TIP[technique.performer]) + "\n" + tip
            rows.append((text, tip))
        self.view.show_steps(rows, self._current)
        self._show_detail()
        total, partial = self._checks.total_s()
        # Whole minutes, as the guide's cards, the routine page and the printed card show it:
        # to the second it differed between languages (reading pauses follow the words).
        safety = routine_verdict(verdicts)
        wording = QCoreApplication.translate(
            "RoutineEditor", "Total time: about %1, with the pauses between steps"
        )
        if partial:
            # For the person massaged, as the routine page says it: "for you" on a routine
            # for your partner read as the giver's time (walk 9, P1-k).
            wording = (
                QCoreApplication.translate(
                    "RoutineEditor",
                    "Total time for your partner: about %1, with the pauses between steps",
                )
                if self.draft.performer is Performer.PARTNER
                else QCoreApplication.translate(
                    "RoutineEditor", "Total time for you: about %1, with the pauses between steps"
                )
            )
        # Empty, the list says how to add a step: "about 0 s" was no total (walk 6, finding 8).
        text = fill(wording, seconds_text(whole_minutes(total))) if self.draft.items else ""
        self.view.show_total(text, verdict_text(safety) if safety.effect else "")
        self.view.show_problems(self._checks.for_other_problem())

    def _show_detail(self) -> None:
        index = self._current
        if index < 0 or index >= len(self.draft.items):
            self.view.show_step_detail(side=None, seconds=None, bounds=None, bounds_text="")
            return
        item = self.draft.items[index]
        bounds = self.draft.bounds(index)
        side = item.side.value if self.draft.has_sides(index) else None
        if bounds is None:
            self._show_count(index, side)
            return
        seconds = item.duration_s or bounds.default
        self.view.show_step_detail(
            side=side,
            seconds=seconds,
            bounds=(bounds.low, bounds.high),
            bounds_text=time_range_text(
                self._catalog,
                bounds,
                both_sides=side == ItemSide.BOTH.value,
                counted=self.draft.count_bounds(index),
            ),
        )

    def _show_count(self, index: int, side: str | None) -> None:
        """The count of an item that has counted steps only, within its bounds."""
        bounds = self.draft.count_bounds(index)
        if bounds is None:  # cannot happen with valid content: a step is timed or counted
            self.view.show_step_detail(side=side, seconds=None, bounds=None, bounds_text="")
            return
        self.view.show_step_detail(
            side=side,
            seconds=None,
            bounds=None,
            bounds_text=count_range_text(self._catalog, bounds),
            times=self.draft.items[index].repetitions or bounds.default,
            times_bounds=(bounds.low, bounds.high),
        )

    # --- saving -----------------------------------------------------------------------------

    def routine(self) -> Routine | str:
        """The draft as a routine, or why it is not one yet (in the user's language)."""
        return self._checks.routine(self._store, self._id)

    def save(self) -> bool:
        """Save the draft; says why not in the editor when it cannot be saved."""
        routine = self.routine()
        if isinstance(routine, str):
            self.view.show_problems(routine, name_missing=not self.draft.name.strip())
            return False
        if not self._store.save(routine):
            return False  # the store told the user why, through the message bus
        self._id = routine.id
        self.saved.emit(routine.id)
        self.view.accept()
        return True

    # --- handlers ---------------------------------------------------------------------------

    def _on_view_name_edited(self, text: str) -> None:
        self.draft.name = text.strip()
        if self.draft.name:
            self.view.mark_name(False)

    def _on_view_summary_edited(self, text: str) -> None:
        self.draft.summary = text

    def _on_view_performer_chosen(self, value: str) -> None:
        self.draft.performer = Performer(value)
        self._performer_chosen = True
        if self.draft.performer is Performer.PARTNER:
            self._region = partner_place(self._catalog, self._region)
        self._show_region()
        self._refresh()

    def _on_view_sides_chosen(self, value: str) -> None:
        self.draft.sides = SideOrder(value)
        self._refresh()

    def _on_view_region_chosen(self, region_id: str) -> None:
        self.select_region(region_id)

    def _on_view_add_requested(self, technique_id: str) -> None:
        performer = self._technique(technique_id).performer
        if not self.draft.items and not self._performer_chosen and performer is not Performer.BOTH:
            # The first technique says who the routine is for, until the user says otherwise.
            self.draft.performer = performer
            select(self.view.performer_box, performer.value)
            self._show_region()
        self._current = self.draft.add(technique_id, self._region)
        self._refresh()

    def _on_view_step_selected(self, row: int) -> None:
        self._current = row
        self._show_detail()

    def _on_view_move_requested(self, row: int, to: int) -> None:
        self.draft.move(row, to)
        self._current = max(0, min(to, len(self.draft.items) - 1))
        self._refresh()

    def _on_view_side_chosen(self, value: str) -> None:
        if self._current >= 0:
            self.draft.set_side(self._current, ItemSide(value))
            self._refresh()

    def _on_view_duration_changed(self, seconds: int) -> None:
        if self._current >= 0:
            self.draft.set_duration(self._current, seconds)
            self._refresh()

    def _on_view_count_changed(self, times: int) -> None:
        if self._current >= 0:
            self.draft.set_repetitions(self._current, times)
            self._refresh()

    def _on_view_remove_requested(self, row: int) -> None:
        self._removed.append((row, self.draft.items[row]))
        self.draft.remove(row)
        self._current = min(row, len(self.draft.items) - 1)
        self._refresh()
        self._show_removed()

    def _on_view_undo_remove_requested(self) -> None:
        if not self._removed:
            return
        row, item = self._removed.pop()
        row = min(row, len(self.draft.items))
        self.draft.items.insert(row, item)
        self._current = row
        self._refresh()
        self._show_removed()

    def _show_removed(self) -> None:
        """Name the step removed last beside "Undo"; nothing once all are back."""
        if not self._removed:
            self.view.show_removed("")
            return
        title = self._technique(self._removed[-1][1].technique).title
        self.view.show_removed(
            fill(QCoreApplication.translate("RoutineEditor", "“%1” removed."), title)
        )

    def _on_view_save_requested(self) -> None:
        self.save()

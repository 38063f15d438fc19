"""What the routine editor checks on its draft: safety, "For", the time, and saving.

The health screening marks each step as the guide marks techniques, so what the profile rules
out shows while the routine is built, not only when it starts. The controller
(``controller.py``) shows what these checks find; they never touch a widget.
"""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Technique
from massage_desktop.domain.enums import Performer, Side
from massage_desktop.domain.routines import Routine
from massage_desktop.engine.health import Verdict, routine_verdict
from massage_desktop.engine.phases import Timing
from massage_desktop.engine.screening import Screening
from massage_desktop.engine.sides import SIDE_ORDER
from massage_desktop.storage.own_routines import OwnRoutines
from massage_desktop.storage.routine_draft import RoutineDraft
from massage_desktop.ui.i18n import fill
from massage_desktop.ui.routine_editor.rows import for_other_text


class DraftChecks:
    """The checks on one draft, for the person the health profile describes.

    Args:
        catalog: The loaded content.
        draft: The draft being edited; the checks read it as it is at each call.
        screening: The health profile's screening, or None without a profile.
    """

    def __init__(self, catalog: Catalog, draft: RoutineDraft, screening: Screening | None) -> None:
        self._catalog = catalog
        self._draft = draft
        self._screening = screening

    def total_s(self) -> tuple[float, bool]:
        """The session's length as it would run for this person, and whether steps drop out.

        Without the steps the health profile leaves out, as the player runs it and the
        guide's card counts it ("About 5 min"): Knee care with a ruled-out side said
        the whole routine's time (walk 8, finding 6). A routine of one side runs on the side
        that keeps the most steps, as the player offers the side that may be massaged.
        """
        whole = self._draft.total_s()
        if self._screening is None or not self._draft.items:
            return whole, False
        sides: tuple[Side | None, ...] = SIDE_ORDER if self._draft.repeat is not None else (None,)
        plans = [self._screening.screen_plan(self._draft.plan(side)) for side in sides]
        runs = max(plans, key=lambda plan: len(plan.runnable))
        if not runs.runnable or len(runs.runnable) == len(runs):
            return whole, False  # all of it, or none: the verdict says the rest
        return runs.total_s(Timing()), True

    def for_other(self, technique: Technique) -> bool:
        """Whether a technique is written for the other way round than the routine's "For".

        Thigh fanning ("ask your partner whether the pressure feels right") was accepted in
        a routine for yourself (walk 6, finding 8); no built-in routine mixes the two.
        """
        mine = self._draft.performer
        return mine is not Performer.BOTH and technique.performer not in (mine, Performer.BOTH)

    def for_other_problem(self) -> str:
        """Why the draft cannot be saved for its "For", naming the steps; empty when it can."""
        rows = [
            row
            for row, item in enumerate(self._draft.items)
            if self.for_other(self._catalog.techniques[item.technique])
        ]
        return for_other_text(self._catalog, self._draft, rows) if rows else ""

    def blocked_mark(self, index: int) -> str:
        """``⊘ ruled out on Left kneecap``: a step the profile rules out on some of its places.

        The step's verdict over all its places is only "take care" then, but the player leaves
        out its steps over those places: a ruled-out kneecap technique read "⚠ take care"
        (walk 7, finding 11).
        """
        screening = self._screening
        if screening is None:
            return ""
        item = self._draft.routine_item(index)
        technique = self._catalog.techniques[item.technique]
        regions = self._catalog.expand(item.regions or technique.regions)
        blocked = [r for r in regions if screening.technique_verdict(item.technique, r).blocked]
        if not blocked or len(blocked) == len(regions):
            return ""  # none, or all: the verdict's own mark says "ruled out"
        names = [self._catalog.regions[r].name for r in blocked if r in self._catalog.regions]
        return fill(
            QCoreApplication.translate("RoutineEditor", "⊘ ruled out on %1"), ", ".join(names)
        )

    def verdict(self, index: int) -> Verdict:
        """The health profile's verdict on step ``index`` over all its places."""
        if self._screening is None:
            return Verdict()
        item = self._draft.routine_item(index)
        technique = self._catalog.techniques[item.technique]
        regions = self._catalog.expand(item.regions or technique.regions)
        screening = self._screening
        return routine_verdict(
            [(i, screening.technique_verdict(item.technique, r)) for i, r in enumerate(regions)]
        )

    def routine(self, store: OwnRoutines, routine_id: str | None) -> Routine | str:
        """The draft as a routine, or why it is not one yet (in the user's language).

        Args:
            store: Where the routine would be saved: it gives a new routine its id and says
                what it would refuse.
            routine_id: The id of the routine being edited; None for a new one.
        """
        if not self._draft.name.strip():
            return QCoreApplication.translate("RoutineEditor", "Give your routine a name.")
        if not self._draft.items:
            return QCoreApplication.translate("RoutineEditor", "Add at least one technique.")
        if problem := self.for_other_problem():
            return problem
        routine_id = routine_id or store.new_id(self._draft.name)
        try:
            routine = self._draft.to_routine(routine_id, default_summary(len(self._draft.items)))
        except ValidationError as error:
            return "\n".join(str(e["msg"]) for e in error.errors(include_url=False))
        problems = store.problems(routine)
        return "\n".join(p.message for p in problems) if problems else routine

    def forget_default_summary(self, saved_items: int) -> None:
        """Leave the description to be written again when it is the one the editor wrote.

        Kept as text, it went on saying "Your own routine of 3 techniques." over a list of 2
        after a technique was removed (walk 17).

        Args:
            saved_items: How many techniques the routine had when it was saved.
        """
        if self._draft.summary == default_summary(saved_items):
            self._draft.summary = ""


def default_summary(count: int) -> str:
    """The description a routine gets when its user wrote none: how many techniques it has."""
    if count == 1:
        return QCoreApplication.translate("RoutineEditor", "Your own routine of one technique.")
    return QCoreApplication.translate(
        "RoutineEditor", "Your own routine of %n techniques.", None, count
    )

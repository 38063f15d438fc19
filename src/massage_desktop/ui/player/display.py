"""Words for the player's display, from the engine's read-only view (no widgets here)."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Side
from massage_desktop.domain.history import Outcome
from massage_desktop.engine.entry import PlanEntry
from massage_desktop.engine.phases import SessionPhase
from massage_desktop.engine.plan import SIDE_ORDER, side_of
from massage_desktop.engine.session import Session
from massage_desktop.ui.guide.formatting import count_text, seconds_text, with_source
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill

PHASE_TEXT = {
    SessionPhase.NOT_STARTED: QT_TRANSLATE_NOOP("PlayerDisplay", "Ready when you are"),
    SessionPhase.GET_READY: QT_TRANSLATE_NOOP("PlayerDisplay", "Get ready"),
    SessionPhase.SWITCH_SIDES: QT_TRANSLATE_NOOP("PlayerDisplay", "Switch sides"),
    SessionPhase.RUNNING: QT_TRANSLATE_NOOP("PlayerDisplay", "Massage"),
    SessionPhase.REPS: QT_TRANSLATE_NOOP("PlayerDisplay", "Count"),
    SessionPhase.FINISHED: QT_TRANSLATE_NOOP("PlayerDisplay", "Finished"),
}
"""The phase headings in English, marked for translation (``phase_text`` translates)."""
# The small word under the countdown: the phase again, in lower case in English.
_CAPTION = {
    SessionPhase.NOT_STARTED: QT_TRANSLATE_NOOP("PlayerDisplay", "ready when you are"),
    SessionPhase.GET_READY: QT_TRANSLATE_NOOP("PlayerDisplay", "get ready"),
    SessionPhase.SWITCH_SIDES: QT_TRANSLATE_NOOP("PlayerDisplay", "switch sides"),
    SessionPhase.RUNNING: QT_TRANSLATE_NOOP("PlayerDisplay", "massage"),
    SessionPhase.REPS: QT_TRANSLATE_NOOP("PlayerDisplay", "count"),
    SessionPhase.FINISHED: QT_TRANSLATE_NOOP("PlayerDisplay", "finished"),
}
_STOPPED = {
    Outcome.STOPPED_EARLY: QT_TRANSLATE_NOOP("PlayerDisplay", "Ended early"),
    Outcome.STOPPED_FOR_PAIN: QT_TRANSLATE_NOOP("PlayerDisplay", "Stopped because it hurt"),
}


def phase_text(phase: SessionPhase) -> str:
    """The heading for a phase of the session, in the user's language."""
    return QCoreApplication.translate("PlayerDisplay", PHASE_TEXT[phase])


def clock_text(seconds: float) -> str:
    """``1:05`` for a countdown; rounded up so 0:00 only shows when time is really up."""
    whole = math.ceil(max(0.0, seconds) - 1e-9)
    return f"{whole // 60}:{whole % 60:02d}"


_SIDE_LABEL = {
    Side.LEFT: QT_TRANSLATE_NOOP("PlayerDisplay", "%1, left side"),
    Side.RIGHT: QT_TRANSLATE_NOOP("PlayerDisplay", "%1, right side"),
    "both": QT_TRANSLATE_NOOP("PlayerDisplay", "%1, both sides"),
}
_OTHER = {Side.LEFT: Side.RIGHT, Side.RIGHT: Side.LEFT}
WorkedSide = Side | str | None
"""Which side a step works: a ``Side``, "both", or None for a step on the middle of the body.

A one-side routine always names its side: the chosen region's, else the guides' first."""


def worked_side(
    entry: PlanEntry, *, one_side: bool = False, chosen: str | None = None
) -> WorkedSide:
    """The side ``entry`` massages, as far as the plan and the person's choice tell.

    Args:
        entry: The step.
        one_side: The plan is a routine for one side that may be repeated on the other (e.g.
            Knee care): a step listing both knees is done on one of them.
        chosen: The region the person picked; its side is the first pass's side.
    """
    if entry.side in _OTHER:
        return entry.side
    sides = {side_of(r) for r in entry.region_ids} - {None}
    if len(sides) == 1:
        return sides.pop()
    if len(sides) < 2:
        return None
    if not one_side:
        return "both"
    picked = side_of(chosen) if chosen else None
    if picked not in _OTHER:
        # No knee chosen (started from a routine card): the guides' order, right first, and
        # said so. "First side" beside a map marking the right knee left people unsure.
        picked = SIDE_ORDER[0]
    return _OTHER[picked] if entry.second_pass else picked


def entry_label(entry: PlanEntry, side: WorkedSide = None) -> str:
    """``PlanEntry.label`` in the user's language: the technique with its side.

    ``side`` (from ``worked_side``) names the side when the entry itself has none.
    """
    key = entry.side if entry.side in _OTHER else side
    if key in _SIDE_LABEL:
        text = QCoreApplication.translate("PlayerDisplay", _SIDE_LABEL[key])
        return fill(text, entry.technique_name)
    return entry.label


def worked_regions(entry: PlanEntry, side: WorkedSide = None) -> tuple[str, ...]:
    """The step's regions on the side worked: a one-side routine's step lists both knees."""
    if entry.side is None and side in _OTHER:
        return tuple(r for r in entry.region_ids if side_of(r) in (side, None))
    return entry.region_ids


def side_reader(
    catalog: Catalog, session: Session, chosen: str | None = None
) -> Callable[[PlanEntry], WorkedSide]:
    """``worked_side`` for the steps of ``session``, with the person's chosen region."""
    one_side = _one_side(catalog, session)
    return lambda entry: worked_side(entry, one_side=one_side, chosen=chosen)


def place_of(entry: PlanEntry, side: WorkedSide = None, chosen: str | None = None) -> str:
    """The step's one main region: the chosen region if worked, else the first one ("")."""
    regions = worked_regions(entry, side)
    return (chosen if chosen in regions else next(iter(regions), None)) or ""


def place_text(
    catalog: Catalog, entry: PlanEntry, side: WorkedSide = None, chosen: str | None = None
) -> str:
    """The name of ``place_of``'s region.

    Room mode shows it in large type ("Left knee") under the figure that highlights it.
    """
    region = catalog.regions.get(place_of(entry, side, chosen))
    return region.name if region is not None else ""


def _one_side(catalog: Catalog, session: Session) -> bool:
    """Whether the session runs a routine for one side that may be repeated (Knee care)."""
    routine = catalog.routines.get(session.plan.subject_id)
    return session.plan.kind == "routine" and routine is not None and routine.repeat is not None


def session_worked_regions(
    catalog: Catalog, session: Session, chosen: str | None = None
) -> tuple[str, ...]:
    """The current step's regions on the side being massaged (all of them between steps)."""
    entry = session.current
    if entry is None:
        return ()
    side = worked_side(entry, one_side=_one_side(catalog, session), chosen=chosen)
    return worked_regions(entry, side)


def where_text(catalog: Catalog, entry: PlanEntry, side: WorkedSide = None) -> str:
    """``Left side · Left calf, Left back of the knee``."""
    regions = list(worked_regions(entry, side))
    names = [catalog.regions[r].name for r in regions[:3] if r in catalog.regions]
    more = len(regions) - len(names)
    place = ", ".join(names)
    if more > 0:
        place += QCoreApplication.translate("PlayerDisplay", " and %n more", None, more)
    if entry.side is Side.LEFT:
        return fill(QCoreApplication.translate("PlayerDisplay", "Left side · %1"), place)
    if entry.side is Side.RIGHT:
        return fill(QCoreApplication.translate("PlayerDisplay", "Right side · %1"), place)
    return place


@dataclass(frozen=True)
class Display:
    """Everything the player shows at one moment."""

    phase: str
    technique: str
    instruction: str
    where: str
    ring_fraction: float
    ring_text: str
    ring_caption: str
    next_text: str
    progress_text: str
    progress_fraction: float
    counted: bool
    paused: bool
    amount: str = ""
    place: str = ""
    """The step's main region in a few words ("Left knee"), for room mode."""
    place_id: str = ""
    """That region's id, highlighted on room mode's figure."""
    region_ids: tuple[str, ...] = ()
    """The step's regions on the side being massaged (the place among them)."""
    elapsed_s: float = 0.0
    """Seconds into the phase (pauses excluded): which page of a long instruction shows."""


def display_of(catalog: Catalog, session: Session, chosen: str | None = None) -> Display:
    """Read the session once and say what to show.

    ``chosen`` is the region the person picked, which names the side of a one-side routine
    (the left knee for Knee care started from the left knee).
    """
    one_side = _one_side(catalog, session)

    def side(of: PlanEntry) -> WorkedSide:
        return worked_side(of, one_side=one_side, chosen=chosen)

    entry = session.current
    phase = session.phase
    progress = session.progress
    remaining = session.remaining_s()
    label = phase_text(phase)
    stopped = phase is SessionPhase.FINISHED and session.outcome in _STOPPED
    if stopped:
        label = QCoreApplication.translate("PlayerDisplay", _STOPPED[session.outcome])
    if session.paused:
        label += QCoreApplication.translate("PlayerDisplay", " — paused")
    shown = entry
    if entry is None:
        first = session.next_entry
        shown = first if phase is SessionPhase.NOT_STARTED else None
        instruction = shown.instruction if shown else ""
        where = ""
        technique = entry_label(shown, side(shown)) if shown is not None else ""
    else:
        instruction = entry.instruction
        where = where_text(catalog, entry, side(entry))
        technique = entry_label(entry, side(entry))
    place = place_text(catalog, shown, side(shown), chosen) if shown is not None else ""
    place_id = place_of(shown, side(shown), chosen) if shown is not None else ""
    region_ids = worked_regions(shown, side(shown)) if shown is not None else ()
    counted = phase is SessionPhase.REPS
    if remaining is not None and entry is not None:
        total = remaining + session.elapsed_s()  # this phase's length, pauses excluded
        fraction = remaining / total if total else 0.0
        ring_text = clock_text(remaining)
        caption = QCoreApplication.translate("PlayerDisplay", _CAPTION[phase])
    elif counted and entry is not None:
        fraction, ring_text = 1.0, f"{entry.repetitions or 0}×"
        caption = QCoreApplication.translate("PlayerDisplay", "press Done when finished")
    else:
        fraction, ring_text, caption = 0.0, "", ""
    if session.paused and entry is not None:
        caption = QCoreApplication.translate("PlayerDisplay", "Paused")
    upcoming = session.next_entry
    next_text = (
        fill(
            QCoreApplication.translate("PlayerDisplay", "Next: %1"),
            entry_label(upcoming, side(upcoming)),
        )
        if upcoming is not None and entry is not None
        else ""
    )
    if phase is SessionPhase.FINISHED:
        next_text = ""
    finished = phase is SessionPhase.FINISHED
    amount = amount_text(catalog, entry) if entry is not None and not finished else ""
    progress_text = fill(
        QCoreApplication.translate("PlayerDisplay", "Stopped at step %1 of %2")
        if stopped
        else QCoreApplication.translate("PlayerDisplay", "Step %1 of %2"),
        progress.step,
        progress.steps,
    )
    return Display(
        phase=label,
        technique=technique,
        instruction=instruction,
        where=where,
        ring_fraction=fraction,
        ring_text=ring_text,
        ring_caption=caption,
        next_text=next_text,
        progress_text=progress_text,
        progress_fraction=progress.fraction,
        counted=counted,
        paused=session.paused,
        amount=amount,
        place=place,
        place_id=place_id,
        region_ids=region_ids,
        elapsed_s=session.elapsed_s(),
    )


def amount_text(catalog: Catalog, entry: PlanEntry) -> str:
    """The step's time or count and where it comes from: ``about 30 s, suggested``."""
    if entry.repetitions is not None:
        text = count_text(entry.repetitions)
    else:
        text = seconds_text(round(entry.planned_s or 0.0))
    return with_source(text, entry.number_source, catalog.guides)

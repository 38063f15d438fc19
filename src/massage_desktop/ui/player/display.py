"""Words for the player's display, from the engine's read-only view (no widgets here).

The side and regions a step works are step_side.py's; they are also reachable from here,
where the player's views and the speech take them from.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Side
from massage_desktop.domain.history import Outcome
from massage_desktop.engine.entry import PlanEntry
from massage_desktop.engine.pace import stroke_count
from massage_desktop.engine.phases import SessionPhase
from massage_desktop.engine.session import Session
from massage_desktop.engine.summary import Progress
from massage_desktop.ui.guide.formatting import count_text, seconds_text, with_source
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill
from massage_desktop.ui.player.step_side import (
    WorkedSide,
    entry_label,
    one_side_routine,
    place_of,
    place_pair,
    place_text,
    session_worked_regions,
    side_reader,
    where_text,
    worked_regions,
    worked_side,
)
from massage_desktop.ui.step_words import part_meaning

__all__ = [
    "PHASE_TEXT",
    "Display",
    "WorkedSide",
    "amount_text",
    "caption_beside_heading",
    "clock_text",
    "display_of",
    "ended_display",
    "entry_label",
    "phase_text",
    "session_worked_regions",
    "side_reader",
    "worked_side",
]

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
    lit_ids: tuple[str, ...] = ()
    """Regions lit as the place too: the other side's, for a step on both sides at once."""
    elapsed_s: float = 0.0
    """Seconds into the phase (pauses excluded): which page of a long instruction shows."""
    ended: bool = False
    """The session has ended (the closing questions are open): no step to act on."""
    progress_tip: str = ""
    """What a part is, beside "Part 5 of 24" (``step_words.part_meaning``); else empty."""


# A step on both sides is one step: the header says which side is on and which comes, as
# "Step 1 of 1 · right side" then "Step 1 of 1 · left side" read as two steps numbered the
# same, or as a player that stood still (walk 6, finding 15).
_STEP_SIDE = {
    (Side.RIGHT, 1): QT_TRANSLATE_NOOP("PlayerDisplay", "right side, then left"),
    (Side.LEFT, 1): QT_TRANSLATE_NOOP("PlayerDisplay", "left side, then right"),
    (Side.RIGHT, 2): QT_TRANSLATE_NOOP("PlayerDisplay", "right side (2nd side)"),
    (Side.LEFT, 2): QT_TRANSLATE_NOOP("PlayerDisplay", "left side (2nd side)"),
}


def display_of(catalog: Catalog, session: Session, chosen: str | None = None) -> Display:
    """Read the session once and say what to show.

    ``chosen`` is the region the person picked, which names the side of a one-side routine
    (the left knee for Knee care started from the left knee).
    """
    one_side = one_side_routine(catalog, session)

    def side(of: PlanEntry) -> WorkedSide:
        return worked_side(of, one_side=one_side, chosen=chosen)

    entry = session.current
    phase = session.phase
    progress = session.progress
    remaining = session.remaining_s()
    label = phase_text(phase)
    stopped = phase is SessionPhase.FINISHED and session.outcome in _STOPPED
    # Every step reached by skipping, none done: ended, but not part-way ("Stopped at step
    # 16 of 16" and "Ended early" said it was; walk 6, finding 21).
    skipped_through = (
        stopped and session.outcome is Outcome.STOPPED_EARLY and progress.index >= progress.total
    )
    if skipped_through:
        label = QCoreApplication.translate("PlayerDisplay", "Skipped to the end")
        stopped = False
    elif phase is SessionPhase.FINISHED and session.summary().mostly_skipped:
        # As the summary in front of it heads it: "Finished" behind "Mostly skipped".
        label = QCoreApplication.translate("PlayerDisplay", "Mostly skipped")
    elif stopped:
        label = QCoreApplication.translate("PlayerDisplay", _STOPPED[session.outcome])
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
    lit_ids = place_pair(catalog, shown, side(shown), chosen)[1:] if shown is not None else ()
    region_ids = worked_regions(shown, side(shown)) if shown is not None else ()
    if shown is not None and shown.prepares and session.performer == "partner":
        # The oil is warmed in the giver's hands, not the partner's: the partner's figure lit
        # both of its hands as "Now" (walk 9, P1-l). Nothing of the partner is worked yet.
        place = QCoreApplication.translate("PlayerDisplay", "Your own hands")
        place_id, lit_ids, region_ids = "", (), ()
    counted = phase is SessionPhase.REPS
    if remaining is not None and entry is not None:
        total = remaining + session.elapsed_s()  # this phase's length, pauses excluded
        fraction = remaining / total if total else 0.0
        ring_text = clock_text(remaining)
        caption = QCoreApplication.translate("PlayerDisplay", _CAPTION[phase])
    elif counted and entry is not None:
        # The ring counts the strokes as the beats do and fills with them; a fixed "4×" never
        # moved while the count ran in a small bubble on the map (walk 5).
        count = stroke_count(session)
        caption = QCoreApplication.translate("PlayerDisplay", "press Done when finished")
        if count is None and (entry.repetitions or 0) <= 1:
            # Done once (pouring the oil) is not a count: "Count · 1× press Done when
            # finished" read as a form to fill in (walk 8, finding 9). Plain words instead.
            fraction, ring_text = 1.0, ""
            label = QCoreApplication.translate("PlayerDisplay", "In your own time")
            caption = QCoreApplication.translate("PlayerDisplay", "press Done when ready")
        elif count is None:  # no beat: the person counts, and the target is all there is
            fraction, ring_text = 1.0, f"{entry.repetitions or 0}×"
        elif count.planned == 1:
            # One stroke: "1/1" before it was made read as done already (walk 9, P3-f).
            fraction = count.fraction
            ring_text = QCoreApplication.translate("PlayerDisplay", "once")
        else:
            fraction = count.fraction
            ring_text = fill(
                QCoreApplication.translate("PlayerDisplay", "%1/%2"), count.number, count.planned
            )
    else:
        fraction, ring_text, caption = 0.0, "", ""
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
    sides = _STEP_SIDE.get((progress.side, progress.side_place)) if progress.side else None
    if progress.parts and stopped:
        # The summary says "stopped in part 5" of the parts: "Stopped at step 5 of 28" stood
        # over it, another unit for the same stop (walk 10, a98).
        progress_text = fill(
            QCoreApplication.translate("PlayerDisplay", "Stopped in part %1 of %2"),
            progress.part,
            progress.parts,
        )
    elif progress.parts:
        progress_text = parts_text(progress, entry.side if entry is not None else None)
    elif sides is not None and entry is not None and not stopped:
        side_words = QCoreApplication.translate("PlayerDisplay", sides)
        progress_text = fill(
            QCoreApplication.translate("PlayerDisplay", "%1 \u00b7 %2"), progress_text, side_words
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
        lit_ids=lit_ids,
        elapsed_s=session.elapsed_s(),
        progress_tip=part_meaning() if progress.parts else "",
    )


_SIDE_WORDS = {
    Side.RIGHT: QT_TRANSLATE_NOOP("PlayerDisplay", "right side"),
    Side.LEFT: QT_TRANSLATE_NOOP("PlayerDisplay", "left side"),
}


def parts_text(progress: Progress, side: Side | None) -> str:
    """``Part 14 of 44 · left side``: one count that only goes up, and the side.

    For a plan whose step numbers go back (the whole right side, then the left): "Step 13
    of 13" came before "Step 6 of 13" again (walk 9, P1-i). "Part 13 of 19 · step 13 of 13"
    then kept two counters side by side, the second jumping back (walk 10, a27m, b81): the
    part alone is the count, as the card, the start sheet and the summary count it.
    """
    text = fill(
        QCoreApplication.translate("PlayerDisplay", "Part %1 of %2"),
        progress.part,
        progress.parts,
    )
    if side is None:
        return text
    return fill(
        QCoreApplication.translate("PlayerDisplay", "%1 \u00b7 %2"),
        text,
        QCoreApplication.translate("PlayerDisplay", _SIDE_WORDS[side]),
    )


def caption_beside_heading(display: Display) -> str:
    """The ring's caption in a view whose heading names the phase: none when it repeats it.

    The player and the mini timer say "Get ready" in a heading; the ring said "get ready"
    again under the time (walk 5). Room mode has no heading and keeps the caption.
    """
    caption = display.ring_caption
    return "" if caption.casefold() == display.phase.casefold() else caption


def ended_display(display: Display, text: str) -> Display:
    """``display`` once the session has ended: ``text`` says how, with no time left to run.

    Shown behind the closing questions and the summary, where a frozen countdown or a
    "Paused" read as a session still running. The ring says ``text`` too, for room mode,
    which has no heading.
    """
    return replace(
        display,
        phase=text,
        ring_fraction=0.0,
        ring_text="",
        ring_caption=text,
        next_text="",
        counted=False,
        paused=False,
        ended=True,
    )


def amount_text(catalog: Catalog, entry: PlanEntry) -> str:
    """The step's time or count and where it comes from: ``about 30 s, suggested``."""
    if entry.repetitions is not None:
        text = count_text(entry.repetitions)
    else:
        text = seconds_text(round(entry.planned_s or 0.0))
    return with_source(text, entry.number_source, catalog.guides)

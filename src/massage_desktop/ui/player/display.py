"""Words for the player's display, from the engine's read-only view (no widgets here)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Side
from massage_desktop.engine.entry import PlanEntry
from massage_desktop.engine.phases import SessionPhase
from massage_desktop.engine.session import Session

PHASE_TEXT = {
    SessionPhase.NOT_STARTED: "Ready when you are",
    SessionPhase.GET_READY: "Get ready",
    SessionPhase.SWITCH_SIDES: "Switch sides",
    SessionPhase.RUNNING: "Massage",
    SessionPhase.REPS: "Count",
    SessionPhase.FINISHED: "Finished",
}


def clock_text(seconds: float) -> str:
    """``1:05`` for a countdown; rounded up so 0:00 only shows when time is really up."""
    whole = math.ceil(max(0.0, seconds) - 1e-9)
    return f"{whole // 60}:{whole % 60:02d}"


def where_text(catalog: Catalog, entry: PlanEntry) -> str:
    """``Left side · Left calf, Left back of the knee``."""
    names = [catalog.regions[r].name for r in entry.region_ids[:3] if r in catalog.regions]
    more = len(entry.region_ids) - len(names)
    place = ", ".join(names) + (f" and {more} more" if more > 0 else "")
    if entry.side in (Side.LEFT, Side.RIGHT):
        return f"{entry.side.value.capitalize()} side · {place}"
    return place


@dataclass(frozen=True)
class Display:
    """Everything the player shows at one moment."""

    phase: str
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


def display_of(catalog: Catalog, session: Session) -> Display:
    """Read the session once and say what to show."""
    entry = session.current
    phase = session.phase
    progress = session.progress
    remaining = session.remaining_s()
    label = PHASE_TEXT[phase] + (" — paused" if session.paused else "")
    if entry is None:
        first = session.next_entry
        instruction = first.instruction if first and phase is SessionPhase.NOT_STARTED else ""
        where = ""
    else:
        instruction = entry.instruction
        where = where_text(catalog, entry)
    counted = phase is SessionPhase.REPS
    if remaining is not None and entry is not None:
        total = remaining + session.elapsed_s()  # this phase's length, pauses excluded
        fraction = remaining / total if total else 0.0
        ring_text, caption = clock_text(remaining), PHASE_TEXT[phase].lower()
    elif counted and entry is not None:
        fraction, ring_text = 1.0, f"{entry.repetitions or 0}×"
        caption = "press Done when finished"
    else:
        fraction, ring_text, caption = 0.0, "", ""
    upcoming = session.next_entry
    next_text = f"Next: {upcoming.label}" if upcoming is not None and entry is not None else ""
    if phase is SessionPhase.FINISHED:
        next_text = ""
    shown = min(progress.index + 1, progress.total)
    return Display(
        phase=label,
        instruction=instruction,
        where=where,
        ring_fraction=fraction,
        ring_text=ring_text,
        ring_caption=caption,
        next_text=next_text,
        progress_text=f"Step {shown} of {progress.total}",
        progress_fraction=progress.fraction,
        counted=counted,
        paused=session.paused,
    )

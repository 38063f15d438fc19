"""Turns a session's cues into one sound and one sentence, and adds the step's countdown cues.

The engine's cues cover phase changes. Two more are read from the session's remaining time on
each wake-up (the controller wakes at every whole second of a timed step): "next: …" spoken
``NEXT_S`` seconds before a step ends, and the "last seconds" chime ``LAST_S`` before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from massage_desktop.domain.history import Outcome
from massage_desktop.engine.cues import Cue, CueKind
from massage_desktop.engine.entry import PlanEntry
from massage_desktop.engine.phases import SessionPhase
from massage_desktop.engine.session import Session
from massage_desktop.ui.i18n import fill
from massage_desktop.ui.player.audio import CueSounds, Voice
from massage_desktop.ui.player.display import WorkedSide
from massage_desktop.ui.player.next_line import next_label
from massage_desktop.ui.player.speech import spoken_text

SideOf = Callable[[PlanEntry], WorkedSide]
"""Which side a step works (``display.worked_side`` with the session's facts)."""
LAST_S = 3.0
NEXT_S = 6.0

_SOUNDS = {
    CueKind.GET_READY: "get_ready",
    CueKind.STEP_STARTED: "step_start",
    CueKind.SWITCH_SIDES: "switch_sides",
    CueKind.HALF_TIME: "half_time",
    CueKind.TEMPO_BEAT: "beat",
}


def sound_for(cue: Cue, outcome: Outcome) -> str | None:
    """The cue sound for ``cue``, distinct per phase; None for cues without one."""
    if cue.kind is CueKind.FINISHED:
        return "stopped" if outcome is Outcome.STOPPED_FOR_PAIN else "finished"
    return _SOUNDS.get(cue.kind)


class CuePlayer:
    """Plays and speaks what a session's cues call for.

    Args:
        sounds: the cue sounds, or None for a silent player.
        voice: the voice, or None for no spoken guidance.
    """

    def __init__(self, sounds: CueSounds | None, voice: Voice | None) -> None:
        self._sounds = sounds
        self._voice = voice
        # Armed while more than the threshold is left, so each countdown cue fires once per
        # run of a step, again after "restart step" or added time, and never for short steps.
        self._next_armed = False
        self._last_armed = False
        self._sides: SideOf = lambda entry: None

    def set_sides(self, sides: SideOf) -> None:
        """Read each step's side with ``sides`` (a one-side routine's side is the person's)."""
        self._sides = sides

    def handle(self, cues: list[Cue], session: Session) -> None:
        """React to ``cues`` (possibly none) just returned by ``session``."""
        outcome = session.outcome
        # After a stall several cues arrive at once: play only the newest sound and speak only
        # the newest words, so the person hears where the session is now.
        sound = next((s for c in reversed(cues) if (s := sound_for(c, outcome))), None)
        words = next(
            (
                w
                for c in reversed(cues)
                if not c.late and (w := spoken_text(c, outcome, self._side(c.entry)))
            ),
            "",
        )
        self._countdown(session, sound, words)
        if sound is not None and self._sounds is not None:
            self._sounds.play(sound)
        if words and self._voice is not None:
            self._voice.say(words)

    def _side(self, entry: PlanEntry | None) -> WorkedSide:
        return self._sides(entry) if entry is not None else None

    def _countdown(self, session: Session, sound: str | None, words: str) -> None:
        remaining = session.remaining_s()
        if session.phase is not SessionPhase.RUNNING or remaining is None or session.paused:
            return
        if remaining > NEXT_S:
            self._next_armed = True
        elif self._next_armed and remaining > LAST_S:
            self._next_armed = False
            upcoming, current, voice = session.next_entry, session.current, self._voice
            if upcoming is not None and current is not None and not words and voice is not None:
                # Not the label alone: the next step of a technique has the running one's.
                voice.say(
                    fill(
                        QCoreApplication.translate("Speech", "Next: %1"),
                        next_label(session.plan, current, upcoming, self._sides, spoken=True),
                    )
                )
        if remaining > LAST_S:
            self._last_armed = True
        elif self._last_armed and remaining > 0:
            self._last_armed = False
            if sound is None and self._sounds is not None:
                self._sounds.play("last_seconds")

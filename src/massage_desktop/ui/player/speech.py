"""What the voice says for each cue, in the user's language.

The engine's cues carry English sentences for logs and tests; the voice speaks these
translated ones instead, built from the same entry (whose instruction and technique name
already come from the translated content), so a German session is spoken in German only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from massage_desktop.domain.enums import Side
from massage_desktop.domain.history import Outcome
from massage_desktop.engine.cues import Cue, CueKind
from massage_desktop.engine.entry import PlanEntry
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill, number
from massage_desktop.ui.player.display import WorkedSide, entry_label

_SIDE_SENTENCE = {
    Side.LEFT: QT_TRANSLATE_NOOP("Speech", "Left side."),
    Side.RIGHT: QT_TRANSLATE_NOOP("Speech", "Right side."),
}


def _duration(seconds: float) -> str:
    whole = round(seconds)
    minutes, rest = divmod(whole, 60)
    if minutes and rest:
        return fill(QCoreApplication.translate("Speech", "%1 min %2 s"), minutes, rest)
    if minutes == 1:
        return QCoreApplication.translate("Speech", "1 minute")
    if minutes:
        return QCoreApplication.translate("Speech", "%n minutes", None, minutes)
    if rest == 1:
        return QCoreApplication.translate("Speech", "1 second")
    return QCoreApplication.translate("Speech", "%n seconds", None, rest)


def _begin(entry: PlanEntry) -> str:
    """What to say as the work begins: how much of it there is."""
    if entry.repetitions == 1:
        return QCoreApplication.translate("Speech", "Begin: once, then press Done.")
    if entry.repetitions is not None:
        return QCoreApplication.translate(
            "Speech", "Begin: %n times, then press Done.", None, entry.repetitions
        )
    duration = _duration(entry.planned_s or 0.0)
    return fill(QCoreApplication.translate("Speech", "Begin: %1."), duration)


def _finished(outcome: Outcome) -> str:
    if outcome is Outcome.COMPLETED:
        return QCoreApplication.translate("Speech", "Session complete. Well done.")
    if outcome is Outcome.STOPPED_FOR_PAIN:
        return QCoreApplication.translate(
            "Speech", "Session stopped. Rest, and see a professional if the pain stays."
        )
    return QCoreApplication.translate("Speech", "Session ended.")


def _announce(entry: PlanEntry, side: WorkedSide) -> str:
    """The step's name for the ear: "Left side. Calf kneading." for a one-sided step.

    The side comes first, as its own sentence: hands busy on one leg need it before the rest.
    """
    key = entry.side if entry.side in _SIDE_SENTENCE else side
    if key in _SIDE_SENTENCE:
        said = QCoreApplication.translate("Speech", _SIDE_SENTENCE[key])  # type: ignore[index]
        return fill(QCoreApplication.translate("Speech", "%1 %2"), said, entry.technique_name)
    return entry_label(entry, side)


def spoken_text(cue: Cue, outcome: Outcome, side: WorkedSide = None) -> str:
    """The words to speak for ``cue``; empty for cues that are not spoken.

    ``side`` is the side the cue's step works when the step does not say (a one-side
    routine on the knee the person chose), from ``display.worked_side``.
    """
    entry = cue.entry
    if cue.kind is CueKind.FINISHED:
        return _finished(outcome)
    if cue.kind is CueKind.HALF_TIME:
        return QCoreApplication.translate("Speech", "Half time.")
    if entry is None:
        return ""
    if cue.kind is CueKind.GET_READY:
        # The technique and side first: someone not looking at the screen hears what comes.
        return fill(
            QCoreApplication.translate("Speech", "%1. %2"),
            _announce(entry, side),
            entry.instruction,
        )
    if cue.kind is CueKind.STEP_STARTED:
        return _begin(entry)
    if cue.kind is CueKind.TEMPO_BEAT:
        # Counted steps are counted aloud, one number per beat of the technique's tempo; the
        # beats of a timed percussion step (two a second) only click.
        if entry.repetitions is not None and cue.beat is not None:
            return number(cue.beat)
        return ""
    if cue.kind is CueKind.SWITCH_SIDES:
        switch = _switch(entry, side)
        if not cue.new_step:
            return switch
        return fill(
            QCoreApplication.translate("Speech", "%1 Next: %2. %3"),
            switch,
            entry_label(entry, side),
            entry.instruction,
        )
    if cue.kind is CueKind.STEP_BLOCKED:
        return fill(
            QCoreApplication.translate("Speech", "Skipped %1: %2"),
            entry_label(entry, side),
            entry.blocked_reason or "",
        )
    return ""


def _switch(entry: PlanEntry, side: WorkedSide = None) -> str:
    key = entry.side or side
    if key is Side.LEFT:
        return QCoreApplication.translate("Speech", "Switch to the left side.")
    if key is Side.RIGHT:
        return QCoreApplication.translate("Speech", "Switch to the right side.")
    return QCoreApplication.translate("Speech", "Switch to the other side.")

"""The short cue of a step: its first sentence or two, for reading at a glance.

The content has no separate cue field; a step's instruction opens with what to do ("Use
the flats of your hands. Sweep lightly…") and goes on with detail, so its first sentences
are the cue and the whole instruction stays one press away ("More…").
"""

from __future__ import annotations

import re

CUE_CHARS = 200
"""Longest cue of two sentences; a longer pair is cut to the first sentence."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^\s.!?])")


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, split after ".", "!" or "?" followed by a space."""
    return [part.strip() for part in _SENTENCE_END.split(text.strip()) if part.strip()]


def cue_choices(text: str, limit: int = CUE_CHARS) -> list[str]:
    """What a cue may show of ``text``, longest first: two sentences (if short), then one.

    The last choice is always the first sentence, which may be all of ``text``.
    """
    parts = sentences(text)
    if not parts:
        return [""]
    choices = []
    pair = " ".join(parts[:2])
    if len(parts) > 1 and len(pair) <= limit:
        choices.append(pair)
    choices.append(parts[0])
    return choices


def is_whole(cue: str, text: str) -> bool:
    """Whether ``cue`` already says all of ``text`` (no "More…" needed for the text)."""
    return " ".join(cue.split()) == " ".join(text.split())

"""A step's how-to in pages: whole sentences, each page as full as the room allows. No Qt.

A running session is read from a distance with busy hands, so the step's instruction is never
cut and never behind a button: it is shown whole when it fits the room at a readable size,
otherwise in pages of whole sentences that turn by themselves (``page_at``), slowly enough to
read while massaging. The pages follow the step's time, pauses excluded, so pausing the
session holds the page and going back to a step starts it at its first page.

The views measure; this module decides where pages break, the same way for every view, so
the player and room mode shown together show the same pages ("2/3" in both).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

PAGE_MIN_S = 8.0
"""The shortest time a page stays: a short sentence is still read from across the room."""
WORD_S = 0.6
"""Seconds a page stays per word: about 100 words a minute, glancing up while massaging."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^\s.!?])")


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, split after ".", "!" or "?" followed by a space."""
    return [part.strip() for part in _SENTENCE_END.split(text.strip()) if part.strip()]


def pages_of(text: str, fits: Callable[[str], bool]) -> list[str]:
    """``text`` in pages of whole sentences, each holding as many as ``fits`` allows.

    A page takes the next sentence while the page with it still fits, so no page is left
    half empty while the next one holds a sentence that would have fitted. A sentence is
    never broken: one too long for a page alone gets a page of its own, and the view then
    needs a smaller type (the walk found pages that ended mid-sentence after a colon).
    """
    pages: list[str] = []
    for sentence in sentences(text):
        joined = f"{pages[-1]} {sentence}" if pages else sentence
        if pages and fits(joined):
            pages[-1] = joined
        else:
            pages.append(sentence)
    return pages or [""]


def page_seconds(page: str) -> float:
    """How long ``page`` stays before the next one: ``WORD_S`` a word, ``PAGE_MIN_S`` at least."""
    return max(PAGE_MIN_S, len(page.split()) * WORD_S)


def page_at(pages: Sequence[str], elapsed_s: float) -> int:
    """The page shown ``elapsed_s`` seconds into the step; after the last comes the first."""
    if len(pages) <= 1:
        return 0
    lengths = [page_seconds(page) for page in pages]
    left = max(0.0, elapsed_s) % sum(lengths)
    for index, length in enumerate(lengths):
        if left < length:
            return index
        left -= length
    return len(pages) - 1

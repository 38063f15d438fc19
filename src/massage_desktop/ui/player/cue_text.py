"""The how-to of a step on screen: whole when it fits, else a page of sentences at a time.

A running session is read from a distance with busy hands, so the step's instruction is never
cut and never behind a button: it is shown whole when it fits the room at a readable size,
otherwise in pages of whole sentences that turn by themselves (``page_at``), slowly enough to
read while massaging. The pages follow the step's time, pauses excluded, so pausing the
session holds the page and going back to a step starts it at its first page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

PAGE_MIN_S = 8.0
"""The shortest time a page stays: a short sentence is still read from across the room."""
WORD_S = 0.6
"""Seconds a page stays per word: about 100 words a minute, glancing up while massaging."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^\s.!?])")
# Where a sentence too long for a page may break: after a colon, a semicolon or a comma.
_CLAUSE_END = re.compile(r"(?<=[:;,])\s+")


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, split after ".", "!" or "?" followed by a space."""
    return [part.strip() for part in _SENTENCE_END.split(text.strip()) if part.strip()]


def halves(sentence: str) -> list[str]:
    """``sentence`` broken in two at the clause end nearest its middle; itself if it has none."""
    cuts = [match.end() for match in _CLAUSE_END.finditer(sentence)]
    if not cuts:
        return [sentence]
    middle = len(sentence) / 2
    cut = min(cuts, key=lambda at: abs(at - middle))
    return [sentence[:cut].strip(), sentence[cut:].strip()]


def pages_of(text: str, fits: Callable[[str], bool]) -> list[str]:
    """``text`` in pages of whole sentences, each as long as ``fits`` allows.

    Consecutive sentences share a page while they fit; a sentence that does not fit alone is
    broken at a clause end (as often as needed and possible). A piece that still does not fit
    gets a page of its own: the caller then needs a smaller type.
    """
    pieces: list[str] = []
    waiting = sentences(text)
    while waiting:
        piece = waiting.pop(0)
        parts = halves(piece) if not fits(piece) else [piece]
        if len(parts) > 1:
            waiting[:0] = parts
        else:
            pieces.append(piece)
    pages: list[str] = []
    for piece in pieces:
        joined = f"{pages[-1]} {piece}" if pages else piece
        if pages and fits(joined):
            pages[-1] = joined
        else:
            pages.append(piece)
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

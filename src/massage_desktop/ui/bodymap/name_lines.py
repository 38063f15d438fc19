"""How a region's name breaks over the drawer's lines: between words, else with a hyphen.

A word wider than the drawer's row broke wherever the row ended, without a hyphen:
"Rechte Oberschenkeli" over "nnenseite" (German, extra-large text, 1024x700). Such a word
now breaks between the parts of the compound, as a German reader splits it
("Oberschenkel-" over "innenseite"), through the soft hyphens Qt's text layout breaks at;
only a part still wider than the row breaks inside itself, also with a hyphen. A word that
fits its row is never broken, and every letter stays in sight.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont, QFontMetrics

from massage_desktop.ui.design.text_lines import SOFT_HYPHEN, layout_lines

COMPOUND_PARTS = frozenset(
    {
        *("ober", "unter", "schenkel", "arm", "vorder", "innen", "außen", "rück", "seite"),
        *("ansicht", "hand", "gelenk", "rücken", "fläche", "flächen", "schien", "bein"),
        *("gesäß", "hälfte", "knie", "scheibe", "kehle", "schädel", "basis", "trapez"),
        *("muskel", "sprung", "achilles", "sehne", "fuß", "sohle"),
    }
)
"""The parts the long compound words of the content's region names are made of, lower case.

``tests/ui/test_region_rows_fit.py`` checks that they split every long word of every
region's name, so a new region with a long name gets its parts here too.
"""

_EDGE = "()[]\"'„“”,.;:"  # around a word, never part of its compound


def compound_cuts(word: str) -> list[int]:
    """Where ``word`` may break between the parts of a compound: offsets into ``word``.

    The longest start of the word made of ``COMPOUND_PARTS`` counts, so a word whose end is
    not known still breaks after its known parts; none for a word of one part.
    """
    folded = word.lower()  # not casefold(): "ß" would become "ss", and the offsets move
    if len(folded) != len(word):
        return []
    reached: dict[int, list[int]] = {0: []}
    for start in range(len(folded)):
        if start not in reached:
            continue
        for part in COMPOUND_PARTS:
            end = start + len(part)
            if folded.startswith(part, start) and end not in reached:
                reached[end] = [*reached[start], end]
    cuts = reached[max(reached)]
    return [cut for cut in cuts if 0 < cut < len(word)]


def soft_hyphenated(text: str, fits: Callable[[str], bool]) -> str:
    """``text`` with soft hyphens between the parts of each word that does not ``fits``."""
    words = []
    for word in text.split(" "):
        core = word.strip(_EDGE)
        if not core or fits(word):
            words.append(word)
            continue
        start = word.index(core)
        cuts = [start + cut for cut in compound_cuts(core)]
        pieces = [word[a:b] for a, b in zip([0, *cuts], [*cuts, len(word)], strict=True)]
        words.append(SOFT_HYPHEN.join(pieces))
    return " ".join(words)


def _cut(piece: str, metrics: QFontMetrics, width: int) -> list[str]:
    """``piece`` over as many lines as it needs, each but the last ending in a hyphen."""
    lines = []
    while metrics.horizontalAdvance(piece) > width and len(piece) > 1:
        end = len(piece) - 1
        while end > 1 and metrics.horizontalAdvance(piece[:end] + "-") > width:
            end -= 1
        lines.append(piece[:end] + "-")
        piece = piece[end:]
    return [*lines, piece]


def name_lines(text: str, font: QFont, width: int) -> list[str]:
    """The lines ``text`` is drawn as in ``font`` within ``width`` px.

    Broken between words; a word wider than ``width`` between its compound's parts with a
    hyphen, and only a part still too wide inside itself, with a hyphen too.
    """
    width = max(1, width)
    metrics = QFontMetrics(font)
    hyphenated = soft_hyphenated(text, lambda word: metrics.horizontalAdvance(word) <= width)
    lines: list[str] = []
    for part in layout_lines(hyphenated, font, width):
        lines.extend(_cut(part, metrics, width))
    return lines or [""]

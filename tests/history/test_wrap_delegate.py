"""Cell text breaks between words only: a word wider than its cell ends in "…", never cut."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from massage_desktop.ui.history.wrap_delegate import ELLIPSIS, wrapped_lines, wrapped_text


def _whole_words(line: str, text: str) -> bool:
    return line.endswith(ELLIPSIS) or all(word in text.split() for word in line.split())


def test_words_wrap_at_their_boundaries_and_a_too_long_word_is_elided(
    qapp: QApplication,
) -> None:
    font = QFont()
    font.setPixelSize(24)
    metrics = QFontMetrics(font)
    word = "Aufwärmstreichungen"
    wide = metrics.horizontalAdvance(word)
    assert wrapped_text(word, font, wide + 4) == [word]
    # Narrower than the word: one line ending in "…" (the tooltip has it), not
    # "Aufwärmstreichun" over "gen", which reads as two words that do not exist.
    narrow = wrapped_text(word, font, wide * 2 // 3)
    assert len(narrow) == 1
    assert narrow[0].endswith(ELLIPSIS)
    assert word.startswith(narrow[0].rstrip(ELLIPSIS))
    name = f"{word} für das Knie, linke Seite"
    for width in (wide // 2, wide * 2 // 3, wide + 4, wide * 2):
        lines = wrapped_text(name, font, width)
        assert all(_whole_words(line, name) for line in lines), lines
        assert all(metrics.horizontalAdvance(line) <= width for line in lines), lines
    assert wrapped_lines(name, font, wide + 4) >= 2
    assert wrapped_lines(name, font, metrics.horizontalAdvance(name) + 4) == 1


def test_a_soft_hyphen_breaks_with_a_hyphen_and_too_many_lines_end_in_an_ellipsis(
    qapp: QApplication,
) -> None:
    font = QFont()
    font.setPixelSize(24)
    metrics = QFontMetrics(font)
    word = "Oberschenkel\u00advorderseite"
    first = metrics.horizontalAdvance("Oberschenkel-")
    assert wrapped_text(word, font, first + 8) == ["Oberschenkel-", "vorderseite"]
    text = "eins zwei drei vier fünf sechs"
    lines = wrapped_text(text, font, metrics.horizontalAdvance("eins zwei") + 4, max_lines=2)
    assert len(lines) == 2
    assert lines[0] == "eins zwei"
    assert lines[1].endswith(ELLIPSIS)

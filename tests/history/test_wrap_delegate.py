"""Step names wrap inside a word only where the word alone is wider than its cell."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from massage_desktop.ui.history.wrap_delegate import wrapped_lines


def test_words_wrap_at_their_boundaries_and_a_too_long_word_breaks(qapp: QApplication) -> None:
    font = QFont()
    font.setPixelSize(24)
    metrics = QFontMetrics(font)
    word = "Aufwärmstreichungen"
    wide = metrics.horizontalAdvance(word)
    assert wrapped_lines(word, font, wide + 4) == 1
    # Narrower than the word: it breaks instead of ending in "…" (two lines, not one cut).
    assert wrapped_lines(word, font, wide * 2 // 3) == 2
    name = f"{word} für das Knie, linke Seite"
    assert wrapped_lines(name, font, wide + 4) >= 2
    assert wrapped_lines(name, font, metrics.horizontalAdvance(name) + 4) == 1

"""Qt's word wrap of a text, line by line, as it is drawn.

The region drawer's names (``bodymap/name_lines.py``) and History's table cells
(``history/wrap_delegate.py``) both break text where Qt's text layout breaks it and then deal
with a word too wide for the room, each in its own way (broken with a hyphen, or elided).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextLayout, QTextOption

SOFT_HYPHEN = "\u00ad"


def layout_lines(text: str, font: QFont, width: int) -> list[str]:
    """The lines Qt's word wrap makes of ``text`` in ``font`` within ``width`` px.

    Breaks only where the text allows it (spaces, hyphens, soft hyphens). Soft hyphens are
    dropped, and a line broken at one ends in "-", as in print. A word wider than ``width``
    is left whole on its line: the caller cuts or elides it.
    """
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        raw = text[line.textStart() : line.textStart() + line.textLength()].rstrip()
        part = raw.replace(SOFT_HYPHEN, "")
        if raw.endswith(SOFT_HYPHEN):
            part += "-"
        lines.append(part)
    layout.endLayout()
    return lines

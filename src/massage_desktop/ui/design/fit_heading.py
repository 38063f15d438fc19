"""A word-wrapped heading whose type shrinks until its longest word fits the width.

A word-wrapped QLabel breaks only between words: a German compound such as
"Oberschenkelvorderseite" wider than the guide's column ran off its edge at 1024x700.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

SMALLEST_PX = 16
"""The heading never shrinks below this; a word wider still wraps as Qt can."""


class FitHeading(QLabel):
    """A heading that keeps its design size unless its longest word would not fit.

    The size comes from the style sheets (the app's, and the text-size setting's, which sets
    the label's own); the fitting adds a smaller ``font-size`` to the label's own sheet and
    takes it away again when the word fits at the design size.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._own = ""  # the label's sheet without the fitting's font-size
        self._fitting = False

    def setText(self, text: str) -> None:
        """Show ``text`` at the largest size up to the design's at which every word fits."""
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit again at the new width."""
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        """A new sheet from outside (the text-size setting) is the new design size."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange and not self._fitting:
            self._own = self.styleSheet()
            self._fit()

    def _fit(self) -> None:
        width = self.contentsRect().width()
        words = self.text().split()
        if width <= 0 or not words:
            return
        self._apply(self._own)
        font = QFont(self.font())
        px = QFontInfo(font).pixelSize()
        while px > SMALLEST_PX:
            font.setPixelSize(px)
            if max(QFontMetrics(font).horizontalAdvance(w) for w in words) <= width:
                break
            px -= 1
        if px != QFontInfo(self.font()).pixelSize():
            self._apply(f"{self._own} font-size: {px}px;".strip())

    def _apply(self, sheet: str) -> None:
        if self.styleSheet() != sheet:
            self._fitting = True
            try:
                self.setStyleSheet(sheet)
            finally:
                self._fitting = False

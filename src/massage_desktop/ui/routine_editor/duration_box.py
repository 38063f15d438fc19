"""A step's time in the editor, written as the rest of the app writes it ("1 min 30 s").

The list of steps said "1 min 30 s" and the box beside it "90 s" for the same step.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

from massage_desktop.ui.guide.formatting import seconds_text

_NUMBER = re.compile(r"\d+")


class DurationBox(QSpinBox):
    """Seconds shown as ``45 s``, ``2 min``, ``1 min 30 s``; typed as any of those or ``1:30``.

    A single number without a minute word is seconds ("90" is 1 min 30 s).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSingleStep(5)
        self.setAccelerated(True)

    def textFromValue(self, value: int) -> str:
        """The seconds in the app's words."""
        return seconds_text(value)

    def valueFromText(self, text: str) -> int:
        """Seconds from what was typed; the current value when nothing can be read."""
        seconds = self._parse(text)
        return self.value() if seconds is None else seconds

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Acceptable when it reads as a time in range; anything else may still become one."""
        seconds = self._parse(text)
        if seconds is not None and self.minimum() <= seconds <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos

    @staticmethod
    def _parse(text: str) -> int | None:
        numbers = [int(n) for n in _NUMBER.findall(text)]
        if not numbers or len(numbers) > 2:
            return None
        if len(numbers) == 2:
            return numbers[0] * 60 + numbers[1]
        # The minute word as this language writes it ("min", "Min."), read from the app's own.
        minute = _NUMBER.sub("", seconds_text(60)).strip().lower()
        return numbers[0] * 60 if minute and minute in text.lower() else numbers[0]

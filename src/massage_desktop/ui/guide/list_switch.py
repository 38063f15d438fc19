"""The Techniques | Routines switch above the guide's cards: two segment buttons.

Side by side when they fit; stacked when they do not (the largest text size, German), since
side by side they widened the guide's column past its pane.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QBoxLayout, QButtonGroup, QToolButton, QWidget

from massage_desktop.ui.design.tokens import S


class ListSwitch(QWidget):
    """Two checkable segment buttons, one checked.

    Signals:
        chosen(int): a button was clicked; its index (0: techniques, 1: routines).
    """

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self.buttons = [self._segment(index) for index in range(2)]
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(S)
        for button in self.buttons:
            self._layout.addWidget(button)
        self._layout.addStretch(1)

    def _segment(self, index: int) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName("segment")
        button.setCheckable(True)
        self._group.addButton(button)
        button.clicked.connect(lambda _=False: self.chosen.emit(index))
        return button

    def fit(self, room: int) -> None:
        """Side by side within ``room`` pixels, else stacked."""
        need = sum(b.sizeHint().width() for b in self.buttons) + self._layout.spacing()
        self._layout.setDirection(
            QBoxLayout.Direction.TopToBottom if need > room else QBoxLayout.Direction.LeftToRight
        )

"""A combo box the mouse wheel does not change by passing over it, and that elides its text.

Scrolling the History page with the wheel changed its region filter as the pointer crossed
the closed box, and the list went empty ("No sessions match these filters"; walk 9, P2-c).
Qt gives a combo box's wheel events to it whatever its focus; this one takes them only once
it has the focus (clicked or tabbed to) and otherwise ignores them, and Qt then hands an
ignored wheel event on to the parent, the scrolling page.

QComboBox cuts a choice too long for its width mid-letter ("Linke Handfläche (1 Sitzur",
walk 18, at the largest text size): this one ends it with "…" and shows it whole as a tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolTip,
    QWidget,
)


class QuietComboBox(QComboBox):
    """A ``QComboBox`` that the wheel changes only while it has the keyboard focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Wheel focus (the default) would give it the focus on the first wheel turn.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Change the choice only when focused; else let the page under it scroll."""
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()

    def shown_text(self) -> str:
        """The current choice as drawn: whole, or ended with "…" where it does not fit."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the box as QComboBox does, with ``shown_text`` for its label."""
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def event(self, event: QEvent) -> bool:
        """A cut choice is shown whole as the tooltip (a tooltip of the box's own otherwise)."""
        if (
            event.type() == QEvent.Type.ToolTip
            and isinstance(event, QHelpEvent)
            and self.shown_text() != self.currentText()
        ):
            QToolTip.showText(event.globalPos(), self.currentText(), self)
            return True
        return super().event(event)

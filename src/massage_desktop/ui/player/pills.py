"""Answers drawn as pills on the designed sheets, and the 0-10 rating as a row of them.

Radio buttons underneath, so a screen reader hears "radio button, 3 of 11" and the arrow
keys move between the answers of one question; the indicator gives way to the pill, filled
with the accent when chosen.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.ui.design.dialog_sheet import px
from massage_desktop.ui.design.parts import text_label
from massage_desktop.ui.design.tokens import BODY, RADIUS_CONTROL, TARGET, Colours
from massage_desktop.ui.i18n import fill

PILL = 38
"""A rating pill's width in px at 100 %: eleven in a row beside the area's name."""
WIDTH = 760
"""A dialog's width at 100 % for eleven rating pills and what they mean in one row."""


def pill_sheet(c: Colours, scale: float) -> str:
    """Style sheet for ``QRadioButton#pill`` and ``#ratingPill`` answers on a designed dialog."""
    return f"""
#designedDialog QRadioButton#pill, #designedDialog QRadioButton#ratingPill {{
    color: {c.text}; background: {c.surface}; border: 2px solid {c.outline};
    border-radius: {RADIUS_CONTROL + 2}px; padding: 6px 16px; font-size: {px(BODY, scale)}px;
    font-weight: 600; min-height: {px(TARGET - 16, scale)}px; }}
#designedDialog QRadioButton#ratingPill {{ padding: 4px 0px; spacing: 0px; }}
#designedDialog QRadioButton#pill:hover, #designedDialog QRadioButton#ratingPill:hover {{
    background: {c.raised}; }}
#designedDialog QRadioButton#pill:checked, #designedDialog QRadioButton#ratingPill:checked {{
    color: {c.on_accent}; background: {c.accent}; border-color: {c.accent}; }}
#designedDialog QRadioButton#pill:focus, #designedDialog QRadioButton#ratingPill:focus {{
    border: 3px solid {c.focus}; outline: none; }}
#designedDialog QRadioButton#pill:checked:focus,
#designedDialog QRadioButton#ratingPill:checked:focus {{ border: 3px solid {c.text};
    outline: none; }}
#designedDialog QRadioButton#pill:disabled {{ color: {c.muted}; background: transparent;
    border: 2px dashed {c.border}; }}
#designedDialog QRadioButton#pill::indicator, #designedDialog QRadioButton#ratingPill::indicator {{
    width: 0px; height: 0px; border: none; image: none; }}
"""


class RatingLegend(QWidget):
    """What the numbers mean, once above the rows: "0 = …" at the left, "10 = …" at the right.

    As wide as a row of pills, so each end sits over its pill; where the two do not fit on
    one line, "10 = …" goes under "0 = …", both at the left. Beside the first row's pills
    the whole sentence wrapped into five lines at the largest text size in German and pushed
    that row's pills down, away from its area's name (walk 9, P2-g).

    Args:
        scale: The dialog's scale.
        parent: The card it sits in.
    """

    def __init__(self, scale: float, parent: QWidget) -> None:
        super().__init__(parent)
        self.low = text_label(
            escape(QCoreApplication.translate("RatingLegend", "0 = no tension or pain")),
            "muted",
            self,
        )
        self.high = text_label(
            escape(QCoreApplication.translate("RatingLegend", "10 = worst imaginable")),
            "muted",
            self,
        )
        # Each end on one line: wrapped, their height for width was not counted when the
        # dialog sized itself and the rows under them were squeezed over each other.
        width = 11 * px(PILL, scale) + 10 * px(4, scale)
        spacing = px(8, scale)
        for end in (self.low, self.high):
            end.setWordWrap(False)
            end.ensurePolished()  # the role's font size, from the dialog's style sheet
        self.side_by_side = (
            self.low.sizeHint().width() + spacing + self.high.sizeHint().width() <= width
        )
        """Both ends on one line, over the pills 0 and 10; else two lines, both at the left."""
        # Stacked, "10 = …" stays at the left under "0 = …", the two read as a list: pushed
        # to the right it sat alone near the middle of the card and looked misplaced
        # (German, extra-large text).
        ends = QHBoxLayout(self) if self.side_by_side else QVBoxLayout(self)
        ends.setContentsMargins(0, 0, 0, 0)
        ends.setSpacing(spacing if self.side_by_side else 0)
        ends.addWidget(self.low, 1, Qt.AlignmentFlag.AlignLeft)
        high = Qt.AlignmentFlag.AlignRight if self.side_by_side else Qt.AlignmentFlag.AlignLeft
        ends.addWidget(self.high, 1, high)
        self.setMaximumWidth(width)

    def text(self) -> str:
        """Both ends, as read: "0 = no tension or pain · 10 = worst imaginable"."""
        return f"{self.low.text()} \u00b7 {self.high.text()}"


class RatingScale(QWidget):
    """An area's name and eleven pills, 0 to 10; none chosen means not rated.

    Pressing the chosen pill again clears it: the rating stays optional after a slip.

    Args:
        region_id: The area rated.
        name: Its name, shown above the pills.
        scale: The dialog's scale.
        parent: The card it sits in.
    """

    def __init__(self, region_id: str, name: str, scale: float, parent: QWidget) -> None:
        super().__init__(parent)
        self.region_id = region_id
        # The name above the pills: a German name ("Oberschenkelaußenseite") beside them
        # made the row wider than the sheet at the larger text sizes.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(px(4, scale))
        self.label = text_label(f"<b>{escape(name)}</b>", "body", self)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.setSpacing(px(4, scale))
        font = QFont(self.font())
        font.setPixelSize(px(BODY, scale))
        font.setBold(True)
        width = px(PILL, scale)
        self.group = QButtonGroup(self)
        self.pills: list[QRadioButton] = []
        """The answers 0 to 10, in order."""
        self._was_checked = False
        for value in range(11):
            pill = QRadioButton(str(value), self)
            pill.setObjectName("ratingPill")
            pill.setFixedWidth(width)
            # A radio button's text cannot be centred by a style sheet: pad it to the middle.
            text = QFontMetrics(font).horizontalAdvance(str(value))
            pill.setStyleSheet(f"padding-left: {max(0, (width - text) // 2 - 2)}px;")
            pill.setAccessibleName(
                fill(
                    QCoreApplication.translate("RatingsDialog", "%1, tension or pain from 0 to 10"),
                    name,
                )
                + f": {value}"
            )
            self.group.addButton(pill, value)
            self.pills.append(pill)
            row.addWidget(pill)
        self.group.buttonPressed.connect(self._on_group_button_pressed)
        self.group.idClicked.connect(self._on_group_id_clicked)
        row.addStretch(1)
        layout.addLayout(row)
        self.label.setBuddy(self.group.button(0))

    def value(self) -> int | None:
        """The chosen rating, or None."""
        chosen = self.group.checkedId()
        return None if chosen < 0 else chosen

    def set_value(self, value: int | None) -> None:
        """Choose ``value``, or clear the rating (None)."""
        if value is None:
            # An exclusive group keeps one button checked: let go of it for a moment.
            self.group.setExclusive(False)
            for button in self.group.buttons():
                button.setChecked(False)
            self.group.setExclusive(True)
            return
        button = self.group.button(value)
        if button is not None:
            button.setChecked(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A digit key chooses that rating while a pill of this row has focus (0 to 9).

        The pills take Space and the arrow keys and leave other keys to their row; 10 is one
        arrow key on from 9.
        """
        digit = event.key() - Qt.Key.Key_0
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if 0 <= digit <= 9 and plain:
            self.set_value(digit)
            self.pills[digit].setFocus(Qt.FocusReason.OtherFocusReason)
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_group_button_pressed(self, button: QAbstractButton) -> None:
        self._was_checked = button.isChecked()

    def _on_group_id_clicked(self, value: int) -> None:
        if self._was_checked:
            self.set_value(None)
        self._was_checked = False

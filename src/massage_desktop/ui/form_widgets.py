"""Labelled, accessible form fields for the dialogs, each able to show and return one value.

A field wraps one editing widget (and an optional value label beside it) behind ``value()``,
``set_value()`` and ``changed``, so a dialog can be a table of fields instead of writing each
setting into its widget, and back, by hand. ``add_row`` lays a field out as one row of a
designed card: a title and a plain explanation on the left, the control on the right.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import Qt, QTime, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.ui.design.tokens import M, S

TIME_FORMAT = "HH:mm"
CONTROL_WIDTH = 220
"""The narrowest a control in a settings card is, so the controls line up."""


class Field(Protocol):
    """One editable value in a form."""

    @property
    def widget(self) -> QWidget:
        """The editing widget, the buddy of the row's label."""
        ...

    @property
    def extras(self) -> list[QWidget]:
        """Widgets shown right of it (a value label, a button)."""
        ...

    @property
    def changed(self) -> SignalInstance:
        """Emitted when the user changes the value."""
        ...

    def value(self) -> Any:
        """The value as edited."""
        ...

    def set_value(self, value: Any) -> None:
        """Show ``value``."""
        ...


class ChoiceField:
    """A combo box of (value, label) items; an unknown value is added so it stays selectable."""

    def __init__(self, parent: QWidget, items: Sequence[tuple[str, str]], name: str) -> None:
        self.widget = QComboBox(parent)
        for value, label in items:
            self.widget.addItem(label, value)
        self.widget.setAccessibleName(name)
        self.extras: list[QWidget] = []

    @property
    def changed(self) -> SignalInstance:
        """The combo's currentIndexChanged."""
        return self.widget.currentIndexChanged

    def value(self) -> Any:
        """The chosen item's value."""
        return self.widget.currentData()

    def set_value(self, value: Any) -> None:
        """Select ``value``, adding it first when the list does not have it."""
        if self.widget.findData(value) < 0:
            self.widget.addItem(str(value), value)
        self.widget.setCurrentIndex(self.widget.findData(value))


class CheckField:
    """A check box."""

    def __init__(self, parent: QWidget, text: str, name: str) -> None:
        self.widget = QCheckBox(text, parent)
        self.widget.setAccessibleName(name)
        self.extras: list[QWidget] = []

    @property
    def changed(self) -> SignalInstance:
        """The box's toggled."""
        return self.widget.toggled

    def value(self) -> bool:
        """Whether the box is ticked."""
        return self.widget.isChecked()

    def set_value(self, value: Any) -> None:
        """Tick or clear the box."""
        self.widget.setChecked(bool(value))


class SliderField:
    """A horizontal slider over ``bounds`` and the label showing its value as a percentage."""

    def __init__(self, parent: QWidget, bounds: tuple[int, int], name: str) -> None:
        self.widget = QSlider(Qt.Orientation.Horizontal, parent)
        self.widget.setRange(*bounds)
        self.widget.setSingleStep(5)
        self.widget.setPageStep(10)
        self.widget.setAccessibleName(name)
        self.label = QLabel(parent)
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Wide enough for "100 %" so the slider does not jump while it moves.
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("100 %") + 4)
        self.extras: list[QWidget] = [self.label]
        self.widget.valueChanged.connect(self._on_widget_value_changed)
        self._on_widget_value_changed(self.widget.value())

    @property
    def changed(self) -> SignalInstance:
        """The slider's valueChanged."""
        return self.widget.valueChanged

    def value(self) -> int:
        """The slider's position."""
        return self.widget.value()

    def set_value(self, value: Any) -> None:
        """Move the slider; the label follows even when the position does not change."""
        self.widget.setValue(int(value))
        self._on_widget_value_changed(self.widget.value())

    def _on_widget_value_changed(self, value: int) -> None:
        self.label.setText(f"{value} %")


class SpinField:
    """A spin box over ``bounds`` with a unit suffix."""

    def __init__(self, parent: QWidget, bounds: tuple[int, int], suffix: str, name: str) -> None:
        self.widget = QSpinBox(parent)
        self.widget.setRange(*bounds)
        self.widget.setSuffix(suffix)
        self.widget.setAccessibleName(name)
        self.extras: list[QWidget] = []

    @property
    def changed(self) -> SignalInstance:
        """The spin box's valueChanged."""
        return self.widget.valueChanged

    def value(self) -> int:
        """The number shown."""
        return self.widget.value()

    def set_value(self, value: Any) -> None:
        """Show ``value`` (clamped by the box to its range)."""
        self.widget.setValue(int(value))


class TimeField:
    """A 24-hour time of day, as "HH:mm" text."""

    def __init__(self, parent: QWidget, name: str) -> None:
        self.widget = QTimeEdit(parent)
        self.widget.setDisplayFormat(TIME_FORMAT)
        self.widget.setAccessibleName(name)
        self.extras: list[QWidget] = []

    @property
    def changed(self) -> SignalInstance:
        """The editor's timeChanged."""
        return self.widget.timeChanged

    def value(self) -> str:
        """The time as "HH:mm"."""
        return self.widget.time().toString(TIME_FORMAT)

    def set_value(self, value: Any) -> None:
        """Show an "HH:mm" time."""
        self.widget.setTime(QTime.fromString(str(value), TIME_FORMAT))


def rule(parent: QWidget) -> QFrame:
    """A hairline between two rows of a card (``#rowRule`` in ``design/fields.py``)."""
    line = QFrame(parent)
    line.setObjectName("rowRule")
    line.setFrameShape(QFrame.Shape.NoFrame)
    line.setFixedHeight(1)
    return line


def muted(text: str, parent: QWidget) -> QLabel:
    """A wrapped plain-text explanation in the muted colour."""
    label = QLabel(text, parent)
    label.setProperty("role", "muted")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def add_row(
    column: QVBoxLayout, parent: QWidget, title: str, field: Field, notes: Sequence[QLabel] = ()
) -> None:
    """One setting in a card: its title and control on a line, its notes under them.

    A check box is its own title (its text, with the mnemonic); any other field gets a title
    label whose mnemonic focuses it (its buddy), with the control at the right (a slider on
    a line of its own, under the title and its value). The notes are
    muted lines under the title; a row after another is parted from it by a hairline.
    Box layouts rather than a grid: QGridLayout under-reported the height of a note spanning
    both columns, and the scrolling page cut its last line.
    """
    if column.count():
        column.addWidget(rule(parent))
    line = QHBoxLayout()
    line.setSpacing(S)
    if isinstance(field, CheckField):
        field.widget.setText(title)
        field.widget.setProperty("role", "rowTitle")
        line.addWidget(field.widget, 1)
        # Notes line up with the check box's text, not with its box.
        indent = field.widget.sizeHint().height() + S
    else:
        label = QLabel(title, parent)
        label.setProperty("role", "rowTitle")
        label.setWordWrap(True)
        label.setBuddy(field.widget)
        line.addWidget(label, 1)
        line.addSpacing(S)
        indent = 0
    if isinstance(field, SliderField):
        # A slider takes the whole width of its own line, its value at the title's right.
        line.addWidget(field.label)
        column.addLayout(line)
        line = QHBoxLayout()
        line.setSpacing(M)
        line.addWidget(field.widget, 1)
        for extra in field.extras:
            if extra is not field.label:
                line.addWidget(extra)
    elif not isinstance(field, CheckField):
        field.widget.setMinimumWidth(CONTROL_WIDTH)
        line.addWidget(field.widget)
        for extra in field.extras:
            line.addWidget(extra)
    column.addLayout(line)
    for note in notes:
        note.setContentsMargins(indent, 0, 0, 0)
        column.addWidget(note)

"""Labelled, accessible form fields for the dialogs, each able to show and return one value.

A field wraps one editing widget (and an optional value label beside it) behind ``value()``,
``set_value()`` and ``changed``, so a dialog can be a table of fields instead of writing each
setting into its widget, and back, by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import Qt, QTime, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QSlider,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

TIME_FORMAT = "HH:mm"


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

"""Small builders for the dialogs' labelled, accessible form fields (headings: ``headings``)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QWidget,
)


def combo(parent: QWidget, items: Sequence[tuple[str, str]], name: str) -> QComboBox:
    """A combo box of (value, label) items with an accessible name."""
    box = QComboBox(parent)
    for value, label in items:
        box.addItem(label, value)
    box.setAccessibleName(name)
    return box


def check(parent: QWidget, text: str, name: str) -> QCheckBox:
    """A check box with an accessible name."""
    box = QCheckBox(text, parent)
    box.setAccessibleName(name)
    return box


def volume(parent: QWidget, name: str) -> tuple[QSlider, QLabel]:
    """A 0-100 slider and the label that shows its value."""
    slider = QSlider(Qt.Orientation.Horizontal, parent)
    slider.setRange(0, 100)
    slider.setSingleStep(5)
    slider.setPageStep(10)
    slider.setAccessibleName(name)
    value = QLabel(parent)
    value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    # Wide enough for "100 %" so the slider does not jump while it moves.
    value.setMinimumWidth(value.fontMetrics().horizontalAdvance("100 %") + 4)
    return slider, value


def group(
    parent: QWidget,
    title: str,
    rows: Sequence[tuple[str, QWidget, QLabel | None]],
    notes: Sequence[QLabel] = (),
) -> QGroupBox:
    """A titled form; each label is the buddy of its field, so its mnemonic focuses it.

    The third item of a row is shown right of the field (a slider's value); ``notes`` are
    wrapped hints spanning the form's width below the rows.
    """
    box = QGroupBox(title, parent)
    form = QFormLayout(box)
    for text, field, extra in rows:
        label = QLabel(text, box)
        label.setBuddy(field)
        if extra is None:
            form.addRow(label, field)
            continue
        row = QHBoxLayout()
        row.addWidget(field, 1)
        row.addWidget(extra)
        form.addRow(label, row)
    for note in notes:
        note.setWordWrap(True)
        form.addRow(note)
    return box

"""The parts of the Settings page: a scrolling page, section titles, rows and their fields.

``add_row`` lays a field out as one row of a designed card: its title and control on a line,
a plain explanation under them. ``field_for`` makes a row's field from the model: its range
(``Field(ge=3, le=30)``) or its choices (``Literal[...]``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.storage.settings import LANGUAGES
from massage_desktop.ui.design.icons import icon
from massage_desktop.ui.design.tokens import Colours, M, S
from massage_desktop.ui.form_widgets import (
    CheckField,
    ChoiceField,
    Field,
    SliderField,
    SpinField,
    TimeField,
)
from massage_desktop.ui.settings_rows import SYSTEM_LANGUAGE, Row, bounds, choices

CONTROL_WIDTH = 220
"""The narrowest a control in a settings card is, so the controls line up."""
FADED = 0.4
"""The opacity of a row that cannot be used now (its switch is off or cannot work here)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


def section_title(
    text: str, icon_name: str, c: Colours, parent: QWidget
) -> tuple[QHBoxLayout, QLabel]:
    """A card's title with its icon in the accent colour; the icon's label, to redraw it."""
    row = QHBoxLayout()
    row.setSpacing(S)
    badge = QLabel(parent)
    badge.setPixmap(icon(icon_name, c.accent, 20).pixmap(20, 20))
    title = QLabel(text, parent)
    title.setProperty("role", "title")
    row.addWidget(badge)
    row.addWidget(title, 1)
    return row, badge


def rule(parent: QWidget) -> QFrame:
    """A hairline between two rows of a card (``#rowRule`` in ``design/fields.py``)."""
    line = QFrame(parent)
    line.setObjectName("rowRule")
    line.setFrameShape(QFrame.Shape.NoFrame)
    line.setFixedHeight(1)
    return line


def fade(widget: QWidget, faded: bool) -> None:
    """Draw ``widget`` at ``FADED`` opacity, or as it is.

    Disabled, a row's title and value took the muted colour of the notes and its slider a
    grey of the same weight: "Sound volume 70 %", its slider and "Test sound" looked ready to
    use with no sound device (walk 6). Faded, they read as off at a glance.
    """
    effect = widget.graphicsEffect()
    if not isinstance(effect, QGraphicsOpacityEffect):
        if not faded:
            return
        effect = QGraphicsOpacityEffect(widget)
        effect.setOpacity(FADED)
        widget.setGraphicsEffect(effect)
    effect.setEnabled(faded)


def muted(text: str, parent: QWidget) -> QLabel:
    """A wrapped plain-text explanation in the muted colour."""
    label = QLabel(text, parent)
    label.setProperty("role", "muted")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def add_row(
    column: QVBoxLayout, parent: QWidget, title: str, field: Field, notes: Sequence[QLabel] = ()
) -> QWidget:
    """One setting in a card: its title and control on a line, its notes under them.

    A check box is its own title (its text, with the mnemonic); any other field gets a title
    label whose mnemonic focuses it (its buddy), with the control at the right (a slider on
    a line of its own, under the title and its value). The notes are
    muted lines under the title; a row after another is parted from it by a hairline.
    Returns the title (the check box itself), to grey it out with the field.
    Box layouts rather than a grid: QGridLayout under-reported the height of a note spanning
    both columns, and the scrolling page cut its last line.
    """
    if column.count():
        column.addWidget(rule(parent))
    heading: QWidget = field.widget
    line = QHBoxLayout()
    line.setSpacing(S)
    if isinstance(field, CheckField):
        field.widget.setText(title)
        field.widget.setProperty("role", "rowTitle")
        line.addWidget(field.widget, 1)
        # Notes line up with the check box's text, not with its box.
        indent = field.widget.sizeHint().height() + S
    else:
        label = heading = QLabel(title, parent)
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
    return heading


def field_for(row: Row, parent: QWidget) -> Field:
    """The editing field of ``row``, its range or choices read from the model."""
    name = _tr(row.name)
    if row.kind == "check":
        return CheckField(parent, _tr(row.label), name)
    if row.kind == "slider":
        return SliderField(parent, bounds(row.key), name)
    if row.kind == "seconds":
        return SpinField(
            parent, bounds(row.key), QCoreApplication.translate("SettingsDialog", " s"), name
        )
    if row.kind == "time":
        return TimeField(parent, name)
    if row.kind == "language":
        items = [("system", _tr(SYSTEM_LANGUAGE)), *LANGUAGES.items()]
        return ChoiceField(parent, items, name)
    labels = dict(row.choices)
    allowed = choices(row.key)
    if set(labels) != set(allowed):
        raise ValueError(
            f"Settings.{row.key}: the dialog labels {sorted(labels)}, "
            f"the model allows {sorted(allowed)}"
        )
    return ChoiceField(parent, [(v, _tr(labels[v])) for v in allowed], name)

"""Finding a widget as a person does: by the words on it, not by the attribute holding it."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget


def button(parent: QWidget, text: str) -> QAbstractButton:
    """The one button under ``parent``, shown with it, that reads ``text`` (without the ``&``).

    Raises:
        AssertionError: when no such button or more than one is shown.
    """
    found = [
        b
        for b in parent.findChildren(QAbstractButton)
        if b.text().replace("&", "") == text and b.isVisibleTo(parent)
    ]
    assert len(found) == 1, f"{len(found)} buttons read {text!r}"
    return found[0]


def line_edit(parent: QWidget, placeholder: str) -> QLineEdit:
    """The one line edit under ``parent``, shown with it, with this placeholder text.

    Raises:
        AssertionError: when no such line edit or more than one is shown.
    """
    found = [
        e
        for e in parent.findChildren(QLineEdit)
        if e.placeholderText() == placeholder and e.isVisibleTo(parent)
    ]
    assert len(found) == 1, f"{len(found)} line edits say {placeholder!r}"
    return found[0]

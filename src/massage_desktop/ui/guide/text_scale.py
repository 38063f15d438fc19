"""The guide's headings, texts and controls at the user's text size (Settings ▸ Text size).

The design style sheet sets the labels' sizes in pixels by role, so a font set on a label
would not change them. Each label (and each styled button) gets a one-line style sheet of
its own with the scaled size. Not one sheet on the whole panel: that repolishes every child
and turned the guide text's point-size font (set by the preferences) into a pixel size.
Widgets the design sheet gives no size (the banners' buttons, the stop rule) get a scaled
font; drawn parts (the pressure meter, the Start icon) are told the scale.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from massage_desktop.ui.design.tokens import BODY, BODY_SMALL, CAPTION, HEADING, TITLE

_ROLES = {"heading": HEADING, "title": TITLE, "body": BODY, "muted": BODY_SMALL, "section": CAPTION}
_HEADINGS = frozenset({"heading", "title"})
"""Roles that grow half as much: already large, at 1.5 times they filled the pane."""
_BUTTONS = {"primaryButton": BODY, "segment": BODY_SMALL}
"""Buttons the design sheet sizes by object name, and their size."""


def scaled_font(scale: float, *, bold: bool = False) -> QFont:
    """The application's font ``scale`` times its size."""
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    return font


def scale_texts(panel: QWidget, scale: float) -> None:
    """Size the panel's texts and controls ``scale`` times the design's sizes."""
    for label in panel.findChildren(QLabel):
        role = str(label.property("role"))
        size = _ROLES.get(role)
        if size is not None:
            label.setStyleSheet(_size(size, 1 + (scale - 1) / 2 if role in _HEADINGS else scale))
        elif label.property("scaledFont"):
            label.setFont(scaled_font(scale, bold=label.font().bold()))
    for button in panel.findChildren(QAbstractButton):
        size = _BUTTONS.get(button.objectName())
        if size is not None:
            button.setStyleSheet(_size(size, scale))
        else:
            button.setFont(scaled_font(scale))


def _size(pixels: int, scale: float) -> str:
    return "" if scale == 1.0 else f"font-size: {round(pixels * scale)}px;"

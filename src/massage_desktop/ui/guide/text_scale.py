"""The guide's headings and texts at the user's text size (Settings ▸ Text size).

The design style sheet sets the labels' sizes in pixels by role, so a font set on a label
would not change them. Each label (and the Start button) gets a one-line style sheet of its
own with the scaled size. Not one sheet on the whole panel: that repolishes every child and
turned the guide text's point-size font (set by the preferences) into a pixel size.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from massage_desktop.ui.design.tokens import BODY, BODY_SMALL, CAPTION, HEADING, TITLE

_ROLES = {"heading": HEADING, "title": TITLE, "body": BODY, "muted": BODY_SMALL, "section": CAPTION}


def scale_texts(panel: QWidget, scale: float) -> None:
    """Size the panel's role labels and primary button ``scale`` times the design's sizes."""
    for label in panel.findChildren(QLabel):
        size = _ROLES.get(str(label.property("role")))
        if size is not None:
            label.setStyleSheet(_size(size, scale))
    for button in panel.findChildren(QPushButton):
        if button.objectName() == "primaryButton":
            button.setStyleSheet(_size(BODY, scale))


def _size(pixels: int, scale: float) -> str:
    return "" if scale == 1.0 else f"font-size: {round(pixels * scale)}px;"

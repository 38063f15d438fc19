"""The routine editor's style sheet, from the design tokens of the theme shown.

The editor carries it itself (as the designed dialogs do), so its fields have visible
borders in the dark theme too: Fusion draws a line edit's frame from ``Window.darker()``,
nearly black on a dark window.
"""

from __future__ import annotations

from massage_desktop.domain.enums import Severity
from massage_desktop.resources import resource_path
from massage_desktop.ui.design.dialog_sheet import px
from massage_desktop.ui.design.tokens import (
    BODY,
    BODY_SMALL,
    RADIUS_CARD,
    RADIUS_CONTROL,
    Colours,
    ThemeName,
)


def editor_sheet(c: Colours, theme: ThemeName, scale: float = 1.0) -> str:
    """The editor's fields, buttons and the selected step's card, for one theme.

    ``scale``: the text-size setting's factor; every font size is that many times the design's.
    """
    body, small, label = px(BODY, scale), px(BODY_SMALL, scale), px(BODY_SMALL + 1, scale)
    down = resource_path(f"icons/ui/chevron-down-{theme}.svg").as_posix()
    up = resource_path(f"icons/ui/chevron-up-{theme}.svg").as_posix()
    return f"""
QDialog#routineEditor {{ background: {c.background}; }}
#routineEditor QLabel {{ color: {c.text}; font-size: {label}px; }}
#routineEditor QLabel[role="muted"] {{ color: {c.muted}; font-size: {small}px; }}
#routineEditor QLabel[role="stepTitle"] {{ color: {c.text}; font-weight: 600; }}
#routineEditor QLabel[role="title"] {{ color: {c.text}; font-size: {body}px; font-weight: 600; }}
#routineEditor QLabel[role="total"] {{ color: {c.text}; font-weight: 600; }}
#routineEditor QLabel[role="error"] {{ color: {c.severity[Severity.DO_NOT_MASSAGE].ink}; }}
#routineEditor QLineEdit, #routineEditor QPlainTextEdit, #routineEditor QComboBox,
#routineEditor QSpinBox {{ color: {c.text}; background: {c.surface};
    border: 1px solid {c.outline}; border-radius: {RADIUS_CONTROL}px; padding: 5px 8px;
    font-size: {body}px; selection-background-color: {c.accent_tint};
    selection-color: {c.text}; }}
#routineEditor QLineEdit:focus, #routineEditor QPlainTextEdit:focus,
#routineEditor QComboBox:focus, #routineEditor QSpinBox:focus {{
    border: 2px solid {c.focus}; }}
#routineEditor QLineEdit[missing="true"] {{
    border: 2px solid {c.severity[Severity.DO_NOT_MASSAGE].ink}; }}
#routineEditor QComboBox:disabled, #routineEditor QSpinBox:disabled {{ color: {c.muted};
    border-color: {c.border}; }}
#routineEditor QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: right;
    width: 22px; border: none; }}
#routineEditor QComboBox::down-arrow, #routineEditor QSpinBox::down-arrow {{ width: 12px;
    height: 12px; image: url({down}); }}
#routineEditor QSpinBox::up-arrow {{ width: 12px; height: 12px; image: url({up}); }}
#routineEditor QSpinBox {{ padding-right: 26px; }}
#routineEditor QSpinBox::up-button, #routineEditor QSpinBox::down-button {{
    subcontrol-origin: border; width: 24px; border: none; border-left: 1px solid {c.border};
    background: {c.raised}; }}
#routineEditor QSpinBox::up-button {{ subcontrol-position: top right;
    border-top-right-radius: {RADIUS_CONTROL}px; }}
#routineEditor QSpinBox::down-button {{ subcontrol-position: bottom right;
    border-bottom-right-radius: {RADIUS_CONTROL}px; }}
#routineEditor QSpinBox::up-button:hover, #routineEditor QSpinBox::down-button:hover {{
    background: {c.accent_tint}; }}
#routineEditor QComboBox QAbstractItemView {{ color: {c.text}; background: {c.surface};
    selection-background-color: {c.accent_tint}; selection-color: {c.text}; }}
#routineEditor QFrame#mapPopup {{ background: {c.background}; border: 1px solid {c.outline};
    border-radius: {RADIUS_CARD}px; }}
#routineEditor QFrame#stepCard {{ background: {c.surface}; border: 1px solid {c.border};
    border-radius: {RADIUS_CARD}px; }}
#routineEditor QPushButton#primaryButton {{ color: {c.on_accent}; background: {c.accent};
    border: 2px solid {c.accent}; border-radius: {RADIUS_CONTROL + 2}px; padding: 8px 22px;
    font-size: {body}px; font-weight: 600; }}
#routineEditor QPushButton#primaryButton:hover {{ background: {c.accent_hover};
    border-color: {c.accent_hover}; }}
#routineEditor QPushButton#primaryButton:focus {{ border-color: {c.text}; outline: none; }}
#routineEditor QPushButton#quietButton, #routineEditor QToolButton#quietButton {{
    color: {c.text}; background: transparent; border: 1px solid {c.outline};
    border-radius: {RADIUS_CONTROL}px; padding: 6px 14px; font-size: {label}px; }}
#routineEditor QPushButton#quietButton:hover, #routineEditor QToolButton#quietButton:hover {{
    background: {c.raised}; }}
#routineEditor QPushButton#quietButton:focus, #routineEditor QToolButton#quietButton:focus {{
    border: 2px solid {c.focus}; outline: none; }}
#routineEditor QToolButton#quietButton {{ padding: 6px 0; }}
#routineEditor QFrame#stepCard QPushButton#quietButton {{ padding: 3px 12px; }}
#routineEditor QFrame#stepCard QToolButton#quietButton {{ padding: 3px 0; }}
#routineEditor QPushButton:disabled, #routineEditor QToolButton:disabled {{ color: {c.muted};
    border-color: {c.border}; }}
"""

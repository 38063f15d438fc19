"""Designed form controls (combo, spin and time boxes, sliders) for a dialog's own style sheet.

Fusion draws a field's frame and a slider's groove from ``Window.darker()``, nearly black on
a dark window, and its grey bevels read as a developer tool; these rules draw calm, rounded
fields with outlines of at least 3:1 in both themes. ``scope`` is the dialog's selector
(e.g. ``#designedDialog``), so the rules reach only the dialog that carries them.
"""

from __future__ import annotations

from massage_desktop.resources import resource_path
from massage_desktop.ui.design.tokens import BODY, RADIUS_CONTROL, Colours, ThemeName


def field_sheet(c: Colours, theme: ThemeName, scope: str, scale: float = 1.0) -> str:
    """The rules for the fields inside ``scope``, for one theme, their text ``scale`` times."""
    body = round(BODY * scale)
    down = resource_path(f"icons/ui/chevron-down-{theme}.svg").as_posix()
    up = resource_path(f"icons/ui/chevron-up-{theme}.svg").as_posix()
    s = scope
    return f"""
{s} QComboBox, {s} QAbstractSpinBox {{ color: {c.text}; background: {c.surface};
    border: 1px solid {c.outline}; border-radius: {RADIUS_CONTROL}px; padding: 6px 10px;
    font-size: {body}px; min-height: {round(22 * scale)}px;
    selection-background-color: {c.accent_tint}; selection-color: {c.text}; }}
{s} QComboBox:focus, {s} QAbstractSpinBox:focus {{ border: 2px solid {c.focus}; }}
{s} QComboBox:disabled, {s} QAbstractSpinBox:disabled {{ color: {c.muted};
    border-color: {c.border}; }}
{s} QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: right;
    width: 26px; border: none; }}
{s} QComboBox::down-arrow, {s} QAbstractSpinBox::down-arrow {{ width: 12px; height: 12px;
    image: url({down}); }}
{s} QAbstractSpinBox::up-arrow {{ width: 12px; height: 12px; image: url({up}); }}
{s} QAbstractSpinBox {{ padding-right: 30px; }}
{s} QAbstractSpinBox::up-button, {s} QAbstractSpinBox::down-button {{
    subcontrol-origin: border; width: 26px; border: none; border-left: 1px solid {c.border};
    background: {c.raised}; }}
{s} QAbstractSpinBox::up-button {{ subcontrol-position: top right;
    border-top-right-radius: {RADIUS_CONTROL}px; }}
{s} QAbstractSpinBox::down-button {{ subcontrol-position: bottom right;
    border-bottom-right-radius: {RADIUS_CONTROL}px; }}
{s} QAbstractSpinBox::up-button:hover, {s} QAbstractSpinBox::down-button:hover {{
    background: {c.accent_tint}; }}
{s} QComboBox QAbstractItemView {{ color: {c.text}; background: {c.surface};
    border: 1px solid {c.outline}; selection-background-color: {c.accent_tint};
    selection-color: {c.text}; outline: none; }}
{s} QFrame#rowRule {{ background: {c.border}; border: none; max-height: 1px; }}
{s} QLabel[role="rowTitle"] {{ color: {c.text}; font-size: {body}px; font-weight: 600; }}
{s} QCheckBox[role="rowTitle"] {{ font-weight: 600; }}
{s} QCheckBox:disabled, {s} QLabel:disabled {{ color: {c.muted}; }}
"""

"""The text-size setting (Settings ▸ Text size) for windows built outside the player and guide.

Preferences hands the setting to the player's actions (``PlayerActions.text_scale``), which every
view of the player reads. Windows made elsewhere (the history, the player's popups, the crash
message) find those actions on their main window instead of reading the settings file again, so
they always show the size in force, and can follow a change through ``textScaleChanged``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from massage_desktop.ui.player.commands import PlayerActions


def text_scale_source(widget: QWidget | None = None) -> PlayerActions | None:
    """The actions carrying the setting: on ``widget``'s window first, else any top window."""
    windows = [widget.window()] if widget is not None else []
    windows += QApplication.topLevelWidgets()
    for window in windows:
        actions = window.findChild(PlayerActions)
        if isinstance(actions, PlayerActions):
            return actions
    return None


def current_text_scale(widget: QWidget | None = None) -> float:
    """The setting's factor now (1 is normal; 1 when no main window is open)."""
    source = text_scale_source(widget)
    return source.text_scale if source is not None else 1.0

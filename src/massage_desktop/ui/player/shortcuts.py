"""Window-wide keyboard shortcuts for the player, active only while a session runs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

# Key -> command name. Both "+" and "=" add time because "+" needs Shift on most layouts.
KEYS: dict[str, tuple[str, ...]] = {
    "pause": ("Space",),
    "skip": ("Right",),
    "back": ("Left",),
    "more": ("+", "="),
    "less": ("-",),
    "done": ("Return", "Enter"),
    "stop": ("Esc",),
    "hurt": ("H",),
}


class PlayerShortcuts:
    """Creates the shortcuts on a window and switches them on and off with the session.

    Shortcuts are window-wide (``Qt.WindowShortcut``) so they work wherever focus is, except
    in a text field, which claims plain keys such as Space through ShortcutOverride.
    """

    def __init__(
        self, window: QWidget, handler: Callable[[str], None], exclude: frozenset[str] = frozenset()
    ) -> None:
        self._shortcuts: list[QShortcut] = []
        for command, keys in KEYS.items():
            if command in exclude:
                continue
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), window)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(lambda c=command: handler(c))
                shortcut.setEnabled(False)
                self._shortcuts.append(shortcut)

    def set_enabled(self, enabled: bool) -> None:
        """Turn every player shortcut on or off."""
        for shortcut in self._shortcuts:
            shortcut.setEnabled(enabled)

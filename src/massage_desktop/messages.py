"""The message bridge: logic posts notices and errors here, the UI decides how to show them.

Nothing outside ``ui/`` touches a widget; code that has something to tell the user posts a
``Message`` and whichever front end is running (the window, or the command line) subscribes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class Level(StrEnum):
    """How much a message matters to the user."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Message:
    """Something to tell the user, in plain words."""

    level: Level
    title: str
    text: str


Listener = Callable[[Message], None]


class MessageBus:
    """Delivers messages to subscribers; keeps them until the first subscriber arrives.

    Start-up problems (a broken settings file, a moved-aside database) are found before any
    window exists, so early messages wait in a queue instead of being lost.
    """

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._pending: list[Message] = []

    def subscribe(self, listener: Listener) -> None:
        """Receive every future message, and any that arrived before anyone listened."""
        self._listeners.append(listener)
        pending, self._pending = self._pending, []
        for message in pending:
            listener(message)

    def post(self, level: Level, title: str, text: str) -> None:
        """Send a message to every subscriber (or queue it if there are none yet)."""
        message = Message(level, title, text)
        if not self._listeners:
            self._pending.append(message)
        for listener in list(self._listeners):
            listener(message)

"""A recorder that keeps going when the disk does not: the session never stops for storage.

Every call goes to the history store and to an in-memory shadow. When the store fails (disk
full, read-only, damaged), recording carries on in memory, the user is told once in plain
words, and the sessions recorded since can still be exported.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from massage_desktop.domain.history import (
    InMemoryRecorder,
    Outcome,
    SessionRecord,
    SessionRecorder,
    StepRecord,
)
from massage_desktop.messages import Code, Level, MessageBus, Part
from massage_desktop.storage.errors import StoreUnavailableError


class ResilientRecorder:
    """A ``SessionRecorder`` over an optional store, falling back to memory on failure."""

    def __init__(self, store: SessionRecorder | None, messages: MessageBus) -> None:
        self._store = store
        self._messages = messages
        self.memory = InMemoryRecorder()
        self._failed = store is None

    @property
    def in_memory_only(self) -> bool:
        """Whether sessions are currently kept in memory only (offer an export)."""
        return self._failed

    def begin(self, session: SessionRecord) -> None:
        """Start recording a session."""
        self.memory.begin(session)
        self._try(lambda store: store.begin(session))

    def adopt(self, session: SessionRecord) -> None:
        """Carry on recording an interrupted session."""
        self.memory.adopt(session)
        self._try(lambda store: store.adopt(session))

    def add_step(self, session_id: str, step: StepRecord) -> None:
        """Record one step."""
        self.memory.add_step(session_id, step)
        self._try(lambda store: store.add_step(session_id, step))

    def remove_step(self, session_id: str, position: int) -> None:
        """Forget a step that will run again."""
        self.memory.remove_step(session_id, position)
        self._try(lambda store: store.remove_step(session_id, position))

    def finish(
        self,
        session_id: str,
        outcome: Outcome,
        ended_at: datetime,
        ratings_after: dict[str, int],
        stop_reason: str | None = None,
    ) -> None:
        """Record the end of a session."""
        self.memory.finish(session_id, outcome, ended_at, ratings_after, stop_reason)
        self._try(
            lambda store: store.finish(session_id, outcome, ended_at, ratings_after, stop_reason)
        )

    def unsaved_sessions(self) -> list[SessionRecord]:
        """Sessions recorded while the store was failing, for export."""
        return list(self.memory.sessions.values()) if self._failed else []

    def _try(self, call: Callable[[SessionRecorder], None]) -> None:
        if self._failed or self._store is None:
            return
        try:
            call(self._store)
        except StoreUnavailableError as error:
            self.keep_in_memory(error)

    def keep_in_memory(self, error: StoreUnavailableError) -> None:
        """Record in memory from now on, and say why (a full disk, found now or at start)."""
        self._failed = True
        self._messages.post(
            Level.ERROR,
            "Your sessions cannot be saved",
            f"{error} The session goes on and is kept in memory until you close the app. "
            "Use File ▸ Export history to save it somewhere else.",
            Part(Code.SESSIONS_NOT_SAVED, (error.reason,)),
        )

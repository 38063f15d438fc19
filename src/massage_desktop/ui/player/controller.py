"""Drives an engine ``Session`` from Qt: wakes it on time and turns cues into sound and voice.

The session derives every time from its clock; the single-shot timer here only wakes it just
after the next thing is due (``Session.wake_up_ms``), so a busy event loop delays the display
a little but never makes the session drift.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from massage_desktop.engine.cues import Cue, CueKind
from massage_desktop.engine.session import Session
from massage_desktop.ui.player.audio import CueSounds, Voice
from massage_desktop.ui.player.cue_player import CuePlayer, SideOf


class PlayerController(QObject):
    """Owns the session's wake-up timer and its cues.

    Signals:
        changed(): the session's state changed; redraw from ``session``.
        cueRaised(object): a ``Cue`` happened (after its sound and voice were started).
        ended(): the session finished, completed or stopped.
    """

    changed = Signal()
    cueRaised = Signal(object)
    ended = Signal()

    def __init__(
        self,
        session: Session,
        sounds: CueSounds | None = None,
        voice: Voice | None = None,
        parent: QObject | None = None,
        *,
        speed: float = 1.0,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._speed = speed  # session seconds per real second: >1 only for smoke tests
        self._audio = CuePlayer(sounds, voice)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # PreciseTimer: a coarse timer may fire up to 5% late, which shows as a stutter in
        # the countdown; the session's time is right either way.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def running(self) -> bool:
        """Whether the session has started and not yet ended."""
        return self.session.current is not None and not self.session.closed

    def set_sides(self, sides: SideOf) -> None:
        """Tell the voice which side each step works (to say "Left side.")."""
        self._audio.set_sides(sides)

    def start(self, ratings_before: Mapping[str, int] | None = None) -> None:
        """Start the session."""
        self._run(lambda: self.session.start(ratings_before))

    def toggle_pause(self) -> None:
        """Pause, or resume."""
        self._run(self.session.toggle_pause)

    def skip(self) -> None:
        """Skip the current step."""
        self._run(self.session.skip)

    def back(self) -> None:
        """Go back to the previous step."""
        self._run(self.session.back)

    def adjust(self, delta_s: float) -> None:
        """Add or take away time from the current step."""
        self._run(lambda: self.session.adjust(delta_s))

    def restart_step(self) -> None:
        """Run the current step again from its start."""
        self._run(self.session.restart_step)

    def done(self) -> None:
        """Finish a counted step."""
        self._run(self.session.done)

    def finish(self, ratings_after: Mapping[str, int] | None = None) -> None:
        """End the session now (or record after-ratings once it has ended by itself)."""
        self._run(lambda: self.session.finish(ratings_after))

    def stop_for_pain(self, reason: str) -> None:
        """Stop because it hurts; records the reason."""
        self._run(lambda: self.session.stop_for_pain(reason))

    def shutdown(self) -> None:
        """Stop waking the session (the window is closing)."""
        self._timer.stop()

    def _run(self, command: Callable[[], list[Cue]]) -> None:
        cues = command()
        self._handle(cues)
        self._arm()

    def _on_timer_timeout(self) -> None:
        self._run(self.session.update)

    def _arm(self) -> None:
        wait = self.session.wake_up_ms()
        if wait is None:
            self._timer.stop()
        else:
            self._timer.start(max(1, round(wait / self._speed)))

    def _handle(self, cues: list[Cue]) -> None:
        self._audio.handle(cues, self.session)
        for cue in cues:
            self.cueRaised.emit(cue)
        self.changed.emit()
        if any(c.kind is CueKind.FINISHED for c in cues):
            self.ended.emit()

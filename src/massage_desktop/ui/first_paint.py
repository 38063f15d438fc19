"""Start-up work that waits until the main window is on screen, so it never delays it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1000
"""A window that is never painted (started minimised, on a hidden workspace) waits this long."""


class AfterFirstPaint(QObject):
    """Calls ``callback`` once, right after ``window``'s first paint (or after ``FALLBACK_MS``).

    The call is queued from the paint event, so it runs once that paint has been handed to
    the screen and the event loop is back; the fallback timer makes sure it runs at all.
    """

    def __init__(
        self, window: QWidget, callback: Callable[[], object], fallback_ms: int = FALLBACK_MS
    ) -> None:
        super().__init__(window)
        self._window = window
        self._callback: Callable[[], object] | None = callback
        window.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._run)

    @property
    def done(self) -> bool:
        """Whether the callback has run."""
        return self._callback is None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Queue the callback at the window's first paint."""
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            self._window.removeEventFilter(self)
            callback()

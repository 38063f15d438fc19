"""SIGTERM and SIGINT (logout, ``kill``, Ctrl+C) close the app like its own Quit.

Qt's event loop runs in C++, so a Python signal handler would run only when Python code next
runs, which may be never in an idle window. The handler itself therefore does nothing; the
signal number is written to a socket (``signal.set_wakeup_fd``) that a ``QSocketNotifier``
watches, and the close runs there, in the event loop, like any other event.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class StopSignals(QObject):
    """Calls ``on_stop`` once when the process is asked to stop; ``restore`` undoes it.

    Args:
        on_stop: what a normal close does (record the session, close the window, quit).
        parent: the owner, so the notifier lives as long as the app.
    """

    def __init__(self, on_stop: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_stop = on_stop
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {sig: signal.signal(sig, _ignore) for sig in _SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)
        self._stopped = False

    def restore(self) -> None:
        """Put back the handlers that were there before."""
        self._notifier.setEnabled(False)
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()

    def _on_notifier_activated(self) -> None:
        try:
            self._reader.recv(64)
        except OSError:
            return
        if not self._stopped:  # a second Ctrl+C while closing does not close twice
            self._stopped = True
            self._on_stop()


def _ignore(signum: int, frame: object) -> None:
    """Replaces the default action (end at once); the wake-up socket does the work."""

"""One running copy per data folder: a second launch brings the first window to the front.

Two copies writing the same history would race; instead the second one finds the first
through a lock file and a local socket, asks it to show itself, and exits.

The lock comes first and the socket second: a server name left behind by a killed process is
removed only while holding the lock, so two launches at once can never both decide they are
first (measured: three simultaneous launches gave exactly one primary).

The primary starts listening only once its window is on screen (``listen``): QtNetwork and its
server took ~13 ms and ~2 MB of every start. A launch in that gap retries for a while before
giving up.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from massage_desktop.storage.paths import qt_can_name

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

_WAKE = b"show\n"
_IMPORT = b"import "  # then the file's path (its bytes, as the system names it) and a newline
# How long a later launch keeps trying. The primary listens after its first paint, or after
# first_paint.FALLBACK_MS (1 s) for a window never painted, and a cold start can take a second
# or two before that: giving up sooner would tell the user a starting app "does not answer".
_CONNECT_MS = 4000
_RETRY_S = 0.05


def server_name(data_dir: Path) -> str:
    """A local socket name unique to one data folder (and short enough for every OS)."""
    # os.fsencode: a folder name that is not valid UTF-8 (bytes kept as surrogates) hashes to
    # its real bytes instead of raising UnicodeEncodeError.
    digest = hashlib.sha256(os.fsencode(data_dir.resolve())).hexdigest()[:16]
    return f"massage-desktop-{digest}"


def _is_this_app(pid: int) -> bool:
    """Whether process ``pid`` runs this app; True when that cannot be told (not Linux)."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except FileNotFoundError:
        return not Path("/proc/self").exists()  # no /proc: assume the lock is real
    except OSError:
        return True
    return b"massage" in command.replace(b"-", b"_").lower()


class SingleInstance(QObject):
    """Holds the instance lock for a data folder and listens for later launches.

    Signals:
        activationRequested(): another launch asked this instance to show its window.
        importRequested(str): another launch was opened with a shared routine file (its
            path); the window imports it as File ▸ Import routine… does.
    """

    activationRequested = Signal()
    importRequested = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(data_dir)
        # A folder Qt cannot name (not UTF-8) gets its lock beside the socket, keyed by the
        # folder's real bytes, instead of in a look-alike folder Qt would create.
        lock = (
            data_dir / "instance.lock"
            if qt_can_name(data_dir)
            else Path(tempfile.gettempdir()) / f"{self._name}.lock"
        )
        self._lock = QLockFile(str(lock))
        # A lock whose owner died is taken over at once (QLockFile checks the PID); a live
        # one is never stale, however old.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Become the primary instance; False when another one is running.

        A lock file with no owner in it (empty or garbage, as a power cut can leave) is taken
        over: Qt treats it as held for ever. Call ``listen`` afterwards so that later launches
        can reach this one.
        """
        if self._lock.tryLock(100):
            return True
        if self._lock.error() is QLockFile.LockError.LockFailedError and self.owner_pid() == 0:
            return self._take_over()
        return False

    def can_write_lock(self) -> bool:
        """False when the last ``acquire`` failed because the lock file cannot be written.

        Qt reports a read-only folder as PermissionError and a full disk as UnknownError;
        only LockFailedError means that another process holds the lock.
        """
        return self._lock.error() not in (
            QLockFile.LockError.PermissionError,
            QLockFile.LockError.UnknownError,
        )

    def owner_pid(self) -> int:
        """The process id written in the lock file, 0 when the file names none."""
        pid, _host, _app = self._lock.getLockInfo()
        return int(pid or 0)

    def take_over_foreign(self) -> bool:
        """Take the lock when it names a live process that is not this app; True on success.

        Qt only checks that the process exists and has the same executable name, so a reused
        PID of any other Python program keeps the lock for ever. Call this only after
        ``wake_primary`` failed: a real primary answers. Only Linux can tell (``/proc``).
        """
        pid = self.owner_pid()
        if pid in (0, os.getpid()) or _is_this_app(pid):
            return False
        return self._take_over()

    def _take_over(self) -> bool:
        self._lock.removeStaleLockFile()
        return bool(self._lock.tryLock(100))

    def listen(self) -> bool:
        """Accept wake-up requests from later launches; False when the socket failed."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return True
        QLocalServer.removeServer(self._name)  # safe: acquire() took the lock
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._name):
            server.deleteLater()
            return False
        server.newConnection.connect(self._on_server_new_connection)
        self._server = server
        return True

    def wake_primary(self, routine_file: Path | None = None) -> bool:
        """Ask the running instance to show its window; False if it could not be reached.

        With ``routine_file`` (the app opened with a shared routine), the running window
        imports that file. Only this user can connect (``UserAccessOption``), and the import
        checks the file as File ▸ Import routine… does.

        The primary may hold the lock but not listen yet (it is still starting), so a refused
        connection is retried until ``_CONNECT_MS`` have passed.
        """
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + _CONNECT_MS / 1000
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self._name)
            left_ms = max(1, round((deadline - time.monotonic()) * 1000))
            if socket.waitForConnected(left_ms):
                break
            if time.monotonic() + _RETRY_S >= deadline:
                return False
            time.sleep(_RETRY_S)
        message = _WAKE
        if routine_file is not None:
            message += _IMPORT + os.fsencode(routine_file.absolute()) + b"\n"
        socket.write(message)
        socket.waitForBytesWritten(_CONNECT_MS)
        socket.disconnectFromServer()
        return True

    def release(self) -> None:
        """Stop listening and let go of the lock."""
        if self._server is not None:
            self._server.close()
            # Deferred: the server owns its sockets, which may still be in a signal handler.
            self._server.deleteLater()
            self._server = None
        self._lock.unlock()

    def _on_server_new_connection(self) -> None:
        server = self._server
        if server is None:
            return
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
            # The message may already be there; otherwise it arrives with readyRead. A lambda
            # holding a Python reference to the server-owned socket would outlive it, so the
            # socket is found again through sender().
            socket.readyRead.connect(self._on_socket_ready_read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._handle(socket)

    def _on_socket_ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._handle(socket)

    def _handle(self, socket: QLocalSocket) -> None:
        lines = bytes(socket.readAll().data()).split(b"\n")
        if not lines[0].startswith(_WAKE.strip()):
            return
        self.activationRequested.emit()
        for line in lines[1:]:
            if line.startswith(_IMPORT) and len(line) > len(_IMPORT):
                self.importRequested.emit(os.fsdecode(line[len(_IMPORT) :]))

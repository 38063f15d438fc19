"""Small private files written so that a crash leaves the old or the new one, never half.

Used for the settings and the health profile, which hold personal data: files are created
readable by the user only, and a file that cannot be read is copied aside, never overwritten.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path


def write_atomically(path: Path, text: str | bytes) -> None:
    """Write ``text`` (UTF-8 when a str) through a temporary file, then rename it into place.

    Raises:
        OSError: When the folder or the file cannot be written.
    """
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    # mkstemp creates the file readable by the user only, which personal data needs.
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8") if isinstance(text, str) else text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    if os.name == "posix":  # persist the rename itself; only POSIX can fsync a folder
        with contextlib.suppress(OSError):
            folder = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)


def keep_broken_copy(path: Path) -> Path | None:
    """Copy an unreadable file aside (``name.broken-<time>``) so the next save keeps it.

    Returns:
        The copy, or None when it could not be made.
    """
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.broken-{stamp}-{counter}")
    try:
        target.write_bytes(path.read_bytes())
        target.chmod(0o600)
    except OSError:
        return None
    return target


PRIVATE_FILE = 0o600


def make_private(*paths: Path) -> None:
    """Make the app's own files readable by the user only; missing ones are skipped.

    The history, its log and its copies hold health data; a umask of 022 would leave them
    readable by every user of the machine.
    """
    for path in paths:
        with contextlib.suppress(OSError):  # missing, or on a file system without modes
            if path.is_file() and path.stat().st_mode & 0o777 != PRIVATE_FILE:
                path.chmod(PRIVATE_FILE)


def create_private(path: Path) -> None:
    """Create ``path`` empty and private if it does not exist, so what opens it keeps the mode.

    Raises:
        OSError: when the folder cannot be written.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    os.close(fd)

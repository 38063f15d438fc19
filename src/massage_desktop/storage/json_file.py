"""One small private JSON file (settings, health profile): bounded reads, bad files kept once.

Both stores share this shape: read the file, fall back to defaults when it cannot be used,
keep the bad file aside for the user, and write atomically. What counts as "usable" and what
the user is told stays with each store.

A file that is not a regular file (a FIFO, ``/dev/zero`` or a link to one) is never read: a
FIFO would block the start and a device would be read until memory runs out. A regular file is
read only up to ``MAX_BYTES``. A bad file is copied aside once: a later start that finds the
same bytes already kept reuses that copy instead of piling up another one each start.
"""

from __future__ import annotations

import filecmp
import json
import os
import stat
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from massage_desktop.messages import Reason
from massage_desktop.storage.safe_files import keep_broken_copy

MAX_BYTES = 1_000_000
"""Far above any real settings or health file (a few hundred bytes)."""


class Problem(Enum):
    """Why a file could not be used."""

    UNREADABLE = "unreadable"  # an OSError while opening or reading
    NOT_A_FILE = "not_a_file"  # a folder, FIFO, device or socket
    TOO_LARGE = "too_large"
    DAMAGED = "damaged"  # not UTF-8, not JSON, nested too deeply, or not a JSON object


@dataclass(frozen=True)
class ReadResult:
    """What ``read_json_object`` found: the object, or why there is none."""

    data: dict[str, Any] | None
    problem: Problem | None = None
    reason: Reason | None = None  # with UNREADABLE: the operating system's reason


def read_bounded(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes.

    Raises:
        FileNotFoundError: when there is no file.
        IsADirectoryError: when ``path`` is not a regular file (also FIFOs and devices).
        OverflowError: when the file is larger than ``limit``.
        OSError: when it cannot be opened or read.
    """
    # O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise IsADirectoryError(f"{path} is not a regular file")
        if info.st_size > limit:
            raise OverflowError(f"{path} is larger than {limit} bytes")
        data = handle.read(limit + 1)
    if len(data) > limit:  # grew while being read
        raise OverflowError(f"{path} is larger than {limit} bytes")
    return data


def read_json_object(path: Path, limit: int = MAX_BYTES) -> ReadResult:
    """Read ``path`` as a JSON object; a missing file gives an empty result with no problem."""
    try:
        data = read_bounded(path, limit)
    except FileNotFoundError:
        return ReadResult(None)
    except IsADirectoryError:
        return ReadResult(None, Problem.NOT_A_FILE)
    except OverflowError:
        return ReadResult(None, Problem.TOO_LARGE)
    except OSError as exc:
        return ReadResult(None, Problem.UNREADABLE, Reason.of_os_error(exc))
    try:
        raw = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError):
        # ValueError covers bad UTF-8, bad JSON and integers too long to convert.
        return ReadResult(None, Problem.DAMAGED)
    if not isinstance(raw, dict):
        return ReadResult(None, Problem.DAMAGED)
    return ReadResult(raw)


def keep_bad_file_once(path: Path) -> Path | None:
    """Copy a regular file aside unless an identical copy was already kept.

    Returns:
        The copy (new or earlier), or None when none could be made (not a regular file, or
        the folder is not writable).
    """
    try:
        info = path.stat()
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None  # a device or FIFO has no bytes worth keeping, and reading it never ends
    for earlier in sorted(path.parent.glob(f"{path.name}.broken-*")):
        try:
            if filecmp.cmp(path, earlier, shallow=False):
                return earlier
        except OSError:
            continue
    return keep_broken_copy(path)

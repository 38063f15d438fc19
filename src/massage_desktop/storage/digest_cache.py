"""One value kept in a cache file under a digest of everything it was made from.

The content cache and the body map's geometry cache both keep a start-up result that only
changes with its inputs. The file is ``magic + key + sha256(body) + body``: a file made from
other inputs, or truncated or damaged, does not match and the value is made again and written
anew, so a cache can make a start faster, never different. The body is data that the caller
decodes (JSON, a ``QDataStream``), never code: anyone able to write the cache folder can at
worst make the next start slower.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from massage_desktop.storage.safe_files import write_atomically

MAX_BYTES = 64 * 2**20  # far above any cache the app writes; a bigger file is not ours
_DIGEST_SIZE = 32  # SHA-256
_Value = TypeVar("_Value")


def cached(
    path: Path,
    header: bytes,
    make: Callable[[], _Value],
    encode: Callable[[_Value], bytes],
    decode: Callable[[bytes], _Value | None],
) -> _Value:
    """The value kept in ``path`` under ``header``, or ``make()``'s, which is then kept there.

    Args:
        path: The cache file.
        header: What the value was made from: a magic text and a digest of every input.
        make: Makes the value (the slow way).
        encode: The value as bytes.
        decode: The value from bytes that passed the digest check; None when they do not hold
            one (the value is then made and written again).

    Returns:
        The value. A cache that cannot be read or written (read-only or full disk) only costs
        the speed.
    """
    body = read_body(path, header)
    found = decode(body) if body is not None else None
    if found is not None:
        return found
    value = make()
    with contextlib.suppress(OSError):
        write_body(path, header, encode(value))
    return value


def read_body(path: Path, header: bytes) -> bytes | None:
    """The body of ``path`` if it was written under ``header`` and is intact; else None.

    Only a regular file of at most ``MAX_BYTES`` is read: a cache file replaced by a link to an
    endless device or by a FIFO is neither read to the end nor waited on.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
            return None
        try:
            raw = handle.read(MAX_BYTES + 1)
        except OSError:
            return None
    body = raw[len(header) + _DIGEST_SIZE :]
    if raw[: len(header)] != header or raw[len(header) : len(header) + _DIGEST_SIZE] != _digest(
        body
    ):
        return None
    return body


def write_body(path: Path, header: bytes, body: bytes) -> None:
    """Write ``body`` under ``header`` (atomically, private to the user).

    Raises:
        OSError: when the file cannot be written.
    """
    write_atomically(path, header + _digest(body) + body)


def _digest(body: bytes) -> bytes:
    return hashlib.sha256(body).digest()

"""The log file, and what happens when an exception reaches no handler.

From the desktop, stderr goes nowhere: an exception in a Qt slot used to vanish, and a session
could be left half-updated. ``start_logging`` keeps a small rotating log in the platform's
state/log folder (private to the user; it holds exceptions and the app's own messages, nothing
personal beyond what the user typed). ``install_excepthook`` writes every unhandled exception
there, records the sessions in progress as interrupted (the next start offers them like after a
crash) and tells the user where the log is. Nothing here imports Qt; the dialog is passed in.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

LOG_NAME = "massage-desktop.log"
MAX_LOG_BYTES = 1 << 20
LOG_BACKUPS = 3  # at most 4 MB in all
_LOGGER = "massage_desktop"


def start_logging(folder: Path) -> Path | None:
    """Log the app's messages to ``folder/LOG_NAME``, rotated at 1 MB; the file, or None.

    A folder that cannot be written only costs the log (None).
    """
    path = folder / LOG_NAME
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
        os.chmod(path, 0o600)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger(_LOGGER)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path


def install_excepthook(
    database: Path, log_file: Path | None, tell_user: Callable[[Path | None], None]
) -> None:
    """Handle every exception no code caught (``sys.excepthook``; Qt slots end up there too).

    Args:
        database: The history file, whose sessions in progress are recorded as interrupted.
        log_file: Where the exception is written (None: no log could be opened).
        tell_user: Shows the user that something went wrong and where the log is; its own
            failure is ignored.
    """

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        logging.getLogger(_LOGGER).critical("Unhandled exception", exc_info=(kind, error, trace))
        sys.__excepthook__(kind, error, trace)  # still on stderr for whoever started it there
        if issubclass(kind, KeyboardInterrupt):
            return
        interrupt_sessions(database)
        with contextlib.suppress(Exception):
            tell_user(log_file)

    sys.excepthook = hook


def interrupt_sessions(database: Path) -> list[str]:
    """Record every session in progress in ``database`` as interrupted; their ids.

    Through a connection of its own, so that a store left in a bad state by the exception is
    not used. Never raises: this runs while something has already gone wrong.
    """
    from massage_desktop.storage.history import HistoryStore

    done: list[str] = []
    if not database.is_file():
        return done
    try:
        with HistoryStore.reader(database) as store:
            for record in store.interrupted_sessions():
                store.mark_interrupted(record.id)
                done.append(record.id)
    except Exception:
        logging.getLogger(_LOGGER).exception("Could not record the session as interrupted")
    if done:
        logging.getLogger(_LOGGER).info("Recorded %d session(s) as interrupted", len(done))
    return done

"""The one module that decides where user data lives.

Order of precedence: ``--data-dir``, then ``MASSAGE_DESKTOP_DATA_DIR``, then the platform's
user directories (platformdirs). With an override, config and cache live inside it too, so one
folder holds everything and tests or portable installs never touch the real home.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

ENV_DATA_DIR = "MASSAGE_DESKTOP_DATA_DIR"
_APP_DIR_NAME = "massage-desktop"
_PRIVATE = 0o700  # health data: readable by the user only


@dataclass(frozen=True)
class AppPaths:
    """Where the app keeps user data, settings and caches."""

    data: Path
    config: Path
    cache: Path

    @property
    def database(self) -> Path:
        """The session history database."""
        return self.data / "history.sqlite3"

    @property
    def backups(self) -> Path:
        """Copies of the database taken before migrations."""
        return self.data / "backups"

    @property
    def routines(self) -> Path:
        """The user's own routines, one YAML file each (created on the first save)."""
        return self.data / "routines"

    @property
    def settings_file(self) -> Path:
        """The JSON settings file."""
        return self.config / "settings.json"

    def ensure(self) -> None:
        """Create the folders, private to the user.

        Raises:
            OSError: when a folder cannot be created (read-only disk, no permission).
        """
        for folder in (self.data, self.config, self.cache):
            if folder.is_dir():
                # A folder the user chose (``--data-dir /tmp``) keeps its mode: making it 0700
                # would lock others out of it. The app's own files inside are private anyway.
                continue
            folder.mkdir(mode=_PRIVATE, parents=True, exist_ok=True)
            if folder.stat().st_mode & 0o777 != _PRIVATE:  # mkdir's mode is filtered by umask
                folder.chmod(_PRIVATE)


def resolve_log_dir(
    data_dir: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None
) -> Path:
    """Where the log files go (the platform's state/log folder), without creating it."""
    env = os.environ if environ is None else environ
    override = data_dir if data_dir is not None else env.get(ENV_DATA_DIR) or None
    if override is not None:
        return Path(override).expanduser().resolve() / "log"
    return Path(platformdirs.user_log_dir(_APP_DIR_NAME, appauthor=False))


def resolve_paths(
    data_dir: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None
) -> AppPaths:
    """Work out the folders without creating them."""
    env = os.environ if environ is None else environ
    override = data_dir if data_dir is not None else env.get(ENV_DATA_DIR) or None
    if override is not None:
        root = Path(override).expanduser().resolve()
        return AppPaths(data=root, config=root / "config", cache=root / "cache")
    return AppPaths(
        data=Path(platformdirs.user_data_dir(_APP_DIR_NAME, appauthor=False)),
        config=Path(platformdirs.user_config_dir(_APP_DIR_NAME, appauthor=False)),
        cache=Path(platformdirs.user_cache_dir(_APP_DIR_NAME, appauthor=False)),
    )


def use_private_files() -> None:
    """From now on, files this process creates are readable by the user only (umask 077).

    Called once by the entry points (window and command line), never at import: it covers
    the files the app does not create itself (SQLite's log, Qt's lock and window state,
    exports).
    """
    os.umask(0o077)


def qt_can_name(path: Path) -> bool:
    """Whether Qt can open ``path``: Qt holds file names as Unicode decoded from UTF-8.

    A folder name that is not valid UTF-8 reaches Python as lone surrogates; Qt would turn
    them into U+FFFD and write into a different folder. Python itself handles such names.
    """
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True

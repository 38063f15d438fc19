"""The health profile on disk: a small JSON file, private to the user, that never crashes the app.

A missing file means "nothing ticked". A damaged file is copied aside, the user is told through
the ``MessageBus`` to fill in the profile again, and an empty profile is used meanwhile; a failed
save keeps the profile in memory and says so. No Qt here.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from pathlib import Path

from massage_desktop.domain.health import HealthProfile
from massage_desktop.messages import Level, MessageBus
from massage_desktop.storage.paths import AppPaths

FORMAT_VERSION = 1
"""Written into the file so a later version can tell how to read it."""

_REDO = "Please open Health profile and tick your conditions again, so the app can warn you."


def health_file(paths: AppPaths) -> Path:
    """Where the profile lives: next to the settings, in the private config folder."""
    return paths.config / "health.json"


class HealthStore:
    """Loads and saves a ``HealthProfile`` as JSON at ``path``.

    Args:
        path: The profile file (``health_file(paths)``); its folder is created on save.
        messages: Where problems are reported, in plain words.
    """

    def __init__(self, path: Path, messages: MessageBus) -> None:
        self._path = path
        self._messages = messages
        self._profile = HealthProfile()

    @property
    def path(self) -> Path:
        """The profile file."""
        return self._path

    @property
    def profile(self) -> HealthProfile:
        """The current profile: last loaded or saved, even when saving failed."""
        return self._profile

    def load(self) -> HealthProfile:
        """Read the file; an empty profile when it is missing or cannot be used."""
        self._profile = self._read()
        return self._profile

    def save(self, profile: HealthProfile) -> bool:
        """Write ``profile`` atomically; on failure report it and keep it in memory.

        Returns:
            True when the file was written.
        """
        self._profile = profile
        data = {"version": FORMAT_VERSION, **profile.model_dump(mode="json")}
        try:
            _write_atomically(self._path, json.dumps(data, indent=2, sort_keys=True) + "\n")
        except OSError as exc:
            self._messages.post(
                Level.ERROR,
                "Health profile not saved",
                f"Your health profile could not be written to {self._path} "
                f"({exc.strerror or exc}). It applies until you close the app.",
            )
            return False
        return True

    def _read(self) -> HealthProfile:
        try:
            raw_bytes = self._path.read_bytes()
        except FileNotFoundError:
            return HealthProfile()
        except OSError as exc:
            self._messages.post(
                Level.WARNING,
                "Health profile could not be read",
                f"{self._path} could not be opened ({exc.strerror or exc}). {_REDO}",
            )
            return HealthProfile()
        try:
            raw = json.loads(raw_bytes.decode("utf-8"))
            if not isinstance(raw, dict) or raw.pop("version", None) != FORMAT_VERSION:
                raise ValueError("not a health profile this version can read")
            return HealthProfile.model_validate(raw)
        except ValueError:  # bad UTF-8, bad JSON and pydantic's errors are all ValueErrors
            backup = self._back_up()
            kept = f" A copy of the old file was kept as {backup}." if backup else ""
            self._messages.post(Level.WARNING, "Health profile was damaged", f"{_REDO}{kept}")
            return HealthProfile()

    def _back_up(self) -> Path | None:
        """Copy the damaged file aside so the next save does not destroy it."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self._path.with_name(f"{self._path.name}.broken-{stamp}")
        counter = 1
        while target.exists():
            counter += 1
            target = self._path.with_name(f"{self._path.name}.broken-{stamp}-{counter}")
        try:
            target.write_bytes(self._path.read_bytes())
            target.chmod(0o600)  # health data: readable by the user only
        except OSError:
            return None
        return target


def _write_atomically(path: Path, text: str) -> None:
    """Write via a temporary file in the same folder, so a crash leaves old or new, never half.

    Raises:
        OSError: When the folder or the file cannot be written.
    """
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    # mkstemp creates the file readable by the user only, which health data needs.
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
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

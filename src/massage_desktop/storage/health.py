"""The health profile on disk: a small JSON file, private to the user, that never crashes the app.

A missing file means "nothing ticked". A damaged file is copied aside, the user is told through
the ``MessageBus`` to fill in the profile again, and an empty profile is used meanwhile; a failed
save keeps the profile in memory and says so. No Qt here.
"""

from __future__ import annotations

import json
from pathlib import Path

from massage_desktop.domain.health import HealthProfile
from massage_desktop.messages import Code, Level, MessageBus, Part, Reason
from massage_desktop.storage.json_file import Problem, keep_bad_file_once, read_json_object
from massage_desktop.storage.paths import AppPaths
from massage_desktop.storage.safe_files import write_atomically

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
        self._answered = False

    @property
    def answered(self) -> bool:
        """Whether the person has answered the profile, even with nothing ticked.

        True once a readable file was loaded or a profile saved: "None of these" is an
        answer, which a missing or damaged file is not (the printed card tells them apart).
        """
        return self._answered

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
        self._answered = False
        self._profile = self._read()
        return self._profile

    def save(self, profile: HealthProfile) -> bool:
        """Write ``profile`` atomically; on failure report it and keep it in memory.

        Returns:
            True when the file was written.
        """
        self._profile = profile
        self._answered = True  # answered, even when the file cannot be written
        data = {"version": FORMAT_VERSION, **profile.model_dump(mode="json")}
        try:
            write_atomically(self._path, json.dumps(data, indent=2, sort_keys=True) + "\n")
        except OSError as exc:
            self._messages.post(
                Level.ERROR,
                "Health profile not saved",
                f"Your health profile could not be written to {self._path} "
                f"({exc.strerror or exc}). It applies until you close the app.",
                Part(Code.HEALTH_NOT_SAVED, (self._path, Reason.of_os_error(exc))),
            )
            return False
        return True

    def _read(self) -> HealthProfile:
        result = read_json_object(self._path)
        if result.problem is Problem.UNREADABLE:
            self._messages.post(
                Level.WARNING,
                "Health profile could not be read",
                f"{self._path} could not be opened ({result.reason}). {_REDO}",
                Part(Code.HEALTH_UNREADABLE, (self._path, result.reason)),
            )
            return HealthProfile()
        raw = result.data
        if raw is None and result.problem is None:
            return HealthProfile()  # nothing ticked yet
        try:
            if raw is None or raw.pop("version", None) != FORMAT_VERSION:
                raise ValueError("not a health profile this version can read")
            profile = HealthProfile.model_validate(raw)
        except (ValueError, RecursionError):  # pydantic's errors are ValueErrors
            backup = keep_bad_file_once(self._path)
            kept = f" A copy of the old file was kept as {backup}." if backup else ""
            self._messages.post(
                Level.WARNING,
                "Health profile was damaged",
                f"{_REDO}{kept}",
                Part(Code.HEALTH_DAMAGED),
                *((Part(Code.KEPT_COPY, (backup,)),) if backup else ()),
            )
            return HealthProfile()
        self._answered = True
        return profile

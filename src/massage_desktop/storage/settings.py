"""User preferences: a validated model and a JSON file that survives damage and full disks.

The store never raises to its caller for a bad or unwritable file. A file that cannot be parsed
is moved aside and defaults are used; a single bad value falls back to its default while the
good ones are kept; a failed save keeps the settings in memory. Each case is explained to the
user through the ``MessageBus``. No Qt here: the front end decides how messages look.
"""

from __future__ import annotations

import errno
import json
import re
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidatorFunctionWrapHandler,
    field_validator,
)

from massage_desktop.messages import Code, Level, MessageBus, Part, Reason, SettingNames
from massage_desktop.storage.json_file import Problem, keep_bad_file_once, read_json_object
from massage_desktop.storage.safe_files import write_atomically

_LANGUAGE = re.compile(r"^[a-z]{2,3}([_-][A-Za-z]{2,4})?$")  # "de", "pt_BR", "zh-Hant"
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")

LANGUAGES = {"en": "English", "de": "Deutsch"}
"""The languages the app ships, each named in its own language (never translated).

The one list: Settings offers these, and ``tools/translations.py`` keeps a translation for
each one but English, the source language.
"""


TEXT_SCALES = {"normal": 1.0, "large": 1.25, "extra_large": 1.5}
"""How much larger than normal the text-size setting makes the session's and the guide's text."""

TextSize = Literal["normal", "large", "extra_large"]


class Settings(BaseModel):
    """Everything the user can change in Settings; defaults are a sensible first run."""

    # Frozen so an edited copy never leaks into the running app before the user presses OK.
    # Unknown keys are errors, so the store can report and drop them one by one.
    model_config = ConfigDict(frozen=True, extra="forbid")

    theme: Literal["system", "light", "dark"] = Field("system", title="Theme")
    language: str = Field("system", title="Language")
    text_size: TextSize = Field("normal", title="Text size")
    sound_enabled: bool = Field(True, title="Sounds")
    sound_volume: int = Field(70, ge=0, le=100, title="Sound volume")
    voice_enabled: bool = Field(True, title="Spoken guidance")
    voice_volume: int = Field(80, ge=0, le=100, title="Voice volume")
    get_ready_s: int = Field(5, ge=3, le=30, title="Get-ready time")
    default_performer: Literal["self", "partner"] = Field("self", title="Who massages")
    reduce_motion: bool = Field(False, title="Reduce motion")
    reminder_enabled: bool = Field(False, title="Daily reminder")
    reminder_time: str = Field("19:00", title="Reminder time")
    first_run_acknowledged: bool = Field(False, title="Safety notes read")
    first_run_postponed: bool = Field(False, title="Health check put off")
    """"Not now" was pressed on the first-run screens: they no longer open at every start; the
    home screen offers the check instead. Not shown in the settings dialog."""
    quick_check_passed_on: date | None = Field(None, title="Today's quick check")
    """The local day today's quick check was last answered "no" three times: not asked again
    that day, also after a restart. Not shown in the settings dialog."""
    rest_day_on: date | None = Field(None, title="Today's rest day")
    """The local day today's quick check said "do not massage today": a start later that day,
    also after a restart, says so before asking again. Not shown in the settings dialog."""

    @field_validator("language")
    @classmethod
    def _check_language(cls, value: str) -> str:
        if value != "system" and not _LANGUAGE.match(value):
            raise ValueError("expected 'system' or a language code such as 'en' or 'pt_BR'")
        return value

    @field_validator("quick_check_passed_on", "rest_day_on", mode="wrap")
    @classmethod
    def _forget_odd_day(cls, value: object, handler: ValidatorFunctionWrapHandler) -> date | None:
        # A day that cannot be read means the check is asked again, which is the safe way
        # and what the person sees anyway: no warning about a setting they never set. A
        # rest day that cannot be read is forgotten the same way: the check still asks.
        try:
            day: date | None = handler(value)
        except ValidationError:
            return None
        return day

    @field_validator("reminder_time")
    @classmethod
    def _check_time(cls, value: str) -> str:
        if not _TIME.match(value):
            raise ValueError("expected a 24-hour time such as '19:00'")
        return value


def _label(key: str) -> str:
    """The plain-words name of a setting, or the raw key for one this version does not know."""
    field = Settings.model_fields.get(key)
    return field.title if field is not None and field.title else f"“{key}”"


def salvage(raw: dict[str, Any]) -> tuple[Settings, list[str]]:
    """Validate ``raw`` keeping every good value; return the settings and the dropped keys.

    Fields are independent of each other, so dropping the keys pydantic names in its errors
    and validating again always converges; the loop bound only guards against a future
    cross-field rule that would not.
    """
    values = dict(raw)
    dropped: list[str] = []
    for _ in range(len(raw) + 1):
        try:
            return Settings.model_validate(values), dropped
        except ValidationError as exc:
            bad = {str(error["loc"][0]) for error in exc.errors() if error["loc"]}
            bad &= values.keys()
            if not bad:
                break
            dropped.extend(sorted(bad))
            for key in bad:
                del values[key]
    return Settings(), sorted(raw)


class SettingsStore:
    """Loads and saves ``Settings`` as JSON at ``path``.

    Args:
        path: the settings file (``AppPaths.settings_file``); its folder is created on save.
        messages: where problems are reported, in plain words.
    """

    def __init__(self, path: Path, messages: MessageBus) -> None:
        self._path = path
        self._messages = messages
        self._settings = Settings()
        self._save_failing = False

    @property
    def path(self) -> Path:
        """The settings file."""
        return self._path

    @property
    def settings(self) -> Settings:
        """The current settings: last loaded or saved, even when saving failed."""
        return self._settings

    def load(self) -> Settings:
        """Read the file; defaults when it is missing, damaged or partly invalid."""
        self._settings = self._read()
        return self._settings

    def save(self, settings: Settings) -> bool:
        """Write ``settings`` atomically; on failure report it once and keep them in memory.

        Returns:
            True when the file was written.
        """
        self._settings = settings
        text = json.dumps(settings.model_dump(mode="json"), indent=2, sort_keys=True) + "\n"
        try:
            write_atomically(self._path, text)
        except OSError as exc:
            # One message per failure streak: a read-only disk would otherwise nag on every
            # slider move that triggers a save.
            if not self._save_failing:
                self._messages.post(
                    Level.ERROR,
                    "Settings not saved",
                    f"{_why(exc)} {_KEPT_IN_MEMORY}",
                    _why_part(exc, self._path.parent),
                )
            self._save_failing = True
            return False
        self._save_failing = False
        return True

    def _read(self) -> Settings:
        result = read_json_object(self._path)
        if result.problem is Problem.UNREADABLE:
            self._messages.post(
                Level.WARNING,
                "Settings could not be read",
                f"{self._path} could not be opened ({result.reason}). "
                "The default settings are used for now.",
                Part(Code.SETTINGS_UNREADABLE, (self._path, result.reason)),
            )
            return Settings()
        if result.data is None:
            if result.problem is None:  # no file yet: a first start
                return Settings()
            backup = keep_bad_file_once(self._path)
            self._messages.post(
                Level.WARNING,
                "Settings were damaged",
                "Your settings file could not be read, so the default settings are used."
                f"{_kept_copy(backup)}",
                Part(Code.SETTINGS_DAMAGED),
                *_kept_copy_part(backup),
            )
            return Settings()
        settings, dropped = salvage(result.data)
        if dropped:
            backup = keep_bad_file_once(self._path)
            names = ", ".join(_label(key) for key in dropped)
            self._messages.post(
                Level.WARNING,
                "Some settings were reset",
                f"These settings had values this version cannot use and are back to their "
                f"defaults: {names}. Everything else is as you left it.{_kept_copy(backup)}",
                Part(Code.SETTINGS_RESET, (SettingNames(tuple(dropped), names),), len(dropped)),
                *_kept_copy_part(backup),
            )
        return settings


_KEPT_IN_MEMORY = "Your changes apply until you close the app."


def _kept_copy(backup: Path | None) -> str:
    return f" A copy of the old file was kept as {backup}." if backup else ""


def _kept_copy_part(backup: Path | None) -> tuple[Part, ...]:
    return (Part(Code.KEPT_COPY, (backup,)),) if backup else ()


def _why_part(exc: OSError, folder: Path) -> Part:
    """``_why`` as a message code."""
    if exc.errno == errno.ENOSPC:
        return Part(Code.SETTINGS_DISK_FULL)
    if exc.errno == errno.EROFS:
        return Part(Code.SETTINGS_DISK_READ_ONLY)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Part(Code.SETTINGS_NO_PERMISSION, (exc.filename or folder,))
    return Part(Code.SETTINGS_NOT_SAVED, (Reason.of_os_error(exc),))


def _why(exc: OSError) -> str:
    """An OSError in plain words."""
    if exc.errno == errno.ENOSPC:
        return "The disk is full."
    if exc.errno == errno.EROFS:
        return "The disk is read-only."
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"You do not have permission to write {exc.filename or 'the settings folder'}."
    return f"The settings file could not be written ({exc.strerror or exc})."

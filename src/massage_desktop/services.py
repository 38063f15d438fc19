"""The services the UI is built from: paths, content, stores and the message bus.

This sits below ``ui`` and above ``storage`` in the layers, so the UI can name ``Services``
without importing the composition root (``app``), which is the only place that builds them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from massage_desktop.content.languages import languages
from massage_desktop.content.search import SearchBook
from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import SessionRecorder
from massage_desktop.engine.plan_book import PlanBook
from massage_desktop.messages import Code, Level, MessageBus, Part, Reason
from massage_desktop.resources import data_dir, resource_path
from massage_desktop.storage.backups import apply_scheduled_restore
from massage_desktop.storage.content_cache import load_catalog_cached
from massage_desktop.storage.errors import StoreUnavailableError, StoreWriteError
from massage_desktop.storage.health import HealthStore, health_file
from massage_desktop.storage.history import HistoryStore
from massage_desktop.storage.opening import open_history
from massage_desktop.storage.own_routines import OwnRoutines
from massage_desktop.storage.paths import AppPaths, resolve_paths
from massage_desktop.storage.resilient import ResilientRecorder
from massage_desktop.storage.settings import SettingsStore

_T = TypeVar("_T")


class RunMemo:
    """What a run works out once from inputs that never change while it runs, kept by kind.

    A value is kept while its inputs are the same objects (as ``PlanBook`` keeps plans): the
    body map's measured outlines (``ui.bodymap.document.MapDocument``) of the one drawing
    and the catalog's regions were read from the cache file and decoded again for every
    window, a tenth of its start; the test suite shares one memo between its windows.
    """

    KEPT = 64
    """Values a memo keeps; cleared when more (a test run makes many catalogs)."""

    def __init__(self) -> None:
        self._values: dict[tuple[int, ...], tuple[tuple[object, ...], object]] = {}

    def get(self, kind: type[_T], inputs: tuple[object, ...], build: Callable[[], _T]) -> _T:
        """The ``kind`` built from ``inputs`` before, or ``build()`` now (and kept)."""
        key = (id(kind), *map(id, inputs))
        kept_inputs, value = self._values.get(key, ((), None))
        if (
            isinstance(value, kind)
            and len(kept_inputs) == len(inputs)
            and all(a is b for a, b in zip(kept_inputs, inputs, strict=True))
        ):
            return value
        if len(self._values) >= self.KEPT:
            self._values.clear()
        built = build()
        self._values[key] = (inputs, built)
        return built


@dataclass(frozen=True)
class Services:
    """Everything the UI needs, built once at start-up."""

    paths: AppPaths
    catalog: Catalog
    messages: MessageBus
    body_map_svg: bytes
    recorder: SessionRecorder
    health: HealthStore
    history: HistoryStore | None  # None only when the file cannot be opened (the user is told)
    settings: SettingsStore
    own_routines: OwnRoutines
    language: str | None = None  # the content's language; None for English
    language_for_this_run: str | None = None
    """``--language`` as given ("en", "de", "system"), None without: the setting is overridden."""
    plans: PlanBook = field(default_factory=PlanBook)  # built once per run, shared by the guide
    searches: SearchBook = field(default_factory=SearchBook)  # once per run, as ``plans``
    memo: RunMemo = field(default_factory=RunMemo)  # the measured body map, once per run

    def close(self) -> None:
        """Close the history file; the other stores keep no file open between calls."""
        if self.history is not None:
            self.history.close()


def build_services(data_dir_arg: str | None, language: str | None = None) -> Services:
    """Resolve paths, load content and read the art.

    Args:
        data_dir_arg: The ``--data-dir`` argument, or None for the platform's user folders.
        language: The ``--language`` argument ("en", "de" or "system") for this run only, or
            None for the language setting. The setting itself is left as it is.

    Raises:
        ContentError: when the built-in content is broken (a packaging bug, not user error).
        OSError: when the user folders cannot be created.
    """
    messages = MessageBus()
    paths = resolve_paths(data_dir_arg)
    try:
        paths.ensure()
    except OSError as exc:
        is_file = paths.data.exists() and not paths.data.is_dir()
        reason = Reason.of_os_error(exc)
        why = "is a file, not a folder" if is_file else f"could not be created ({reason})"
        messages.post(
            Level.WARNING,
            "Cannot write your data folder",
            f"{paths.data} {why}. Sessions will not be saved until this is fixed.",
            Part(Code.DATA_FOLDER_IS_FILE, (paths.data,))
            if is_file
            else Part(Code.DATA_FOLDER_NOT_CREATED, (paths.data, reason)),
        )
    settings = SettingsStore(paths.settings_file, messages)
    # Loaded whatever ``language`` says: ``language or settings.load()`` skipped the load
    # with --language, and that run showed the Welcome again with every setting at its
    # default (walk 7), and its first save would have overwritten them.
    saved = settings.load()
    language_arg = language
    language = content_language(language or saved.language, languages(data_dir()))
    catalog = load_catalog_cached(data_dir(), language, paths.cache)
    own_routines = OwnRoutines(paths.routines, catalog, messages)
    own_routines.load()  # a file that cannot be used is reported and skipped
    svg = resource_path("body_map.svg").read_bytes()
    restore_scheduled_backup(paths, messages)
    history, writable, write_error = open_history_or_none(paths, messages)
    recorder = ResilientRecorder(history if writable else None, messages)
    if write_error is not None and write_error.errorname == "SQLITE_FULL":
        recorder.keep_in_memory(write_error)
    health = HealthStore(health_file(paths), messages)
    health.load()
    return Services(
        paths=paths,
        catalog=catalog,
        messages=messages,
        body_map_svg=svg,
        recorder=recorder,
        health=health,
        history=history,
        settings=settings,
        language=language,
        language_for_this_run=language_arg,
        own_routines=own_routines,
    )


def content_language(
    setting: str, available: list[str], environ: Mapping[str, str] | None = None
) -> str | None:
    """The language to show, or None for English.

    "system" follows the locale variables Qt reads too (LC_ALL, LC_MESSAGES, LANG; LANGUAGE
    lists preferences). A language without a translation falls back to English.
    """
    env = os.environ if environ is None else environ
    wanted: list[str] = [setting] if setting != "system" else []
    if not wanted:
        for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
            wanted.extend(part for part in env.get(var, "").split(":") if part)
            if wanted:
                break
    for code in wanted:
        short = code.split(".")[0].split("_")[0].lower()
        if short in available:
            return short
    return None


def restore_scheduled_backup(paths: AppPaths, messages: MessageBus) -> None:
    """Put in place a backup chosen with File ▸ Restore a backup, before the history opens."""
    try:
        used = apply_scheduled_restore(paths.database, paths.data)
    except OSError as error:
        messages.post(
            Level.ERROR,
            "The backup could not be restored",
            f"The backup could not be put in place ({error.strerror or error}). Your history "
            "is as it was; try again later.",
            Part(Code.BACKUP_NOT_RESTORED, (Reason.of_os_error(error),)),
        )
        return
    if used is not None:
        messages.post(
            Level.INFO,
            "Backup restored",
            f"Your session history was restored from {used.name}.",
            Part(Code.BACKUP_RESTORED, (used.name,)),
        )


def open_history_or_none(
    paths: AppPaths, messages: MessageBus
) -> tuple[HistoryStore | None, bool, StoreWriteError | None]:
    """Open the session history; on failure say why and carry on without it.

    Returns:
        The store (None when it cannot be opened), whether new sessions can be written, and
        the error that makes it read-only (a full disk is told by the recorder).
    """
    try:
        store, report = open_history(paths, messages)
    except StoreUnavailableError as error:
        messages.post(
            Level.ERROR,
            "Your session history cannot be opened",
            f"{error} You can still use everything; sessions are kept in memory until you "
            "close the app, and File ▸ Export history saves them.",
            Part(Code.HISTORY_UNAVAILABLE, (error.reason,)),
        )
        return None, False, None
    full = report.write_error is not None and report.write_error.errorname == "SQLITE_FULL"
    if not report.writable and not full:
        # Past sessions stay viewable; new ones go to memory and can be exported.
        messages.post(
            Level.WARNING,
            "Your session history is read-only",
            "New sessions are kept in memory until you close the app; File ▸ Export history "
            "saves them.",
            Part(Code.HISTORY_READ_ONLY),
        )
    return store, report.writable, report.write_error

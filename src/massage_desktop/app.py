"""Composition root: builds the services and hands them to the window through constructors.

Nothing here runs at import time; ``run`` is called by the command line once arguments are
parsed and Qt is known to load.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sqlite3
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from massage_desktop import APP_ID, APP_NAME, __version__
from massage_desktop.content import ContentError
from massage_desktop.content.languages import languages
from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import SessionRecorder
from massage_desktop.messages import Level, MessageBus
from massage_desktop.resources import data_dir, resource_path
from massage_desktop.storage.backups import apply_scheduled_restore, backup_if_due
from massage_desktop.storage.content_cache import load_catalog_cached
from massage_desktop.storage.errors import StoreError, StoreUnavailableError
from massage_desktop.storage.health import HealthStore, health_file
from massage_desktop.storage.history import HistoryStore
from massage_desktop.storage.opening import open_history
from massage_desktop.storage.paths import AppPaths, resolve_paths
from massage_desktop.storage.resilient import ResilientRecorder
from massage_desktop.storage.settings import SettingsStore

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Services:
    """Everything the UI needs, built once at start-up."""

    paths: AppPaths
    catalog: Catalog
    messages: MessageBus
    body_map_svg: bytes
    recorder: SessionRecorder
    health: HealthStore
    history: HistoryStore | None = None
    settings: SettingsStore | None = None
    language: str | None = None  # the content's language; None for English


def build_services(data_dir_arg: str | None) -> Services:
    """Resolve paths, load content and read the art.

    Raises:
        ContentError: when the built-in content is broken (a packaging bug, not user error).
        OSError: when the user folders cannot be created.
    """
    messages = MessageBus()
    paths = resolve_paths(data_dir_arg)
    try:
        paths.ensure()
    except OSError as exc:
        messages.post(
            Level.WARNING,
            "Cannot write your data folder",
            f"{paths.data} could not be created ({exc.strerror or exc}). "
            "Sessions will not be saved until this is fixed.",
        )
    settings = SettingsStore(paths.settings_file, messages)
    language = content_language(settings.load().language, languages(data_dir()))
    catalog = load_catalog_cached(data_dir(), language, paths.cache)
    svg = resource_path("body_map.svg").read_bytes()
    restore_scheduled_backup(paths, messages)
    history, writable = open_history_or_none(paths, messages)
    recorder = ResilientRecorder(history if writable else None, messages)
    health = HealthStore(health_file(paths), messages)
    health.load()
    return Services(paths, catalog, messages, svg, recorder, health, history, settings, language)


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
            f"{error.strerror or error}. Your history is as it was; try again later.",
        )
        return
    if used is not None:
        messages.post(
            Level.INFO,
            "Backup restored",
            f"Your session history was restored from {used.name}.",
        )


def open_history_or_none(paths: AppPaths, messages: MessageBus) -> tuple[HistoryStore | None, bool]:
    """Open the session history; on failure say why and carry on without it.

    Returns:
        The store (None when it cannot be opened) and whether new sessions can be written.
    """
    try:
        store, report = open_history(paths, messages)
    except StoreUnavailableError as error:
        messages.post(
            Level.ERROR,
            "Your session history cannot be opened",
            f"{error} You can still use everything; sessions are kept in memory until you "
            "close the app, and File ▸ Export history saves them.",
        )
        return None, False
    if not report.writable:
        # Past sessions stay viewable; new ones go to memory and can be exported.
        messages.post(
            Level.WARNING,
            "Your session history is read-only",
            "New sessions are kept in memory until you close the app; File ▸ Export history "
            "saves them.",
        )
    return store, report.writable


def resume_collection() -> None:
    """Switch the cyclic garbage collector back on after start-up (``cli.main`` stops it).

    What start-up built (content, Qt wrappers, modules) stays for the whole run, so it is
    frozen out of later collections: a full collection then walks only what came after.
    """
    gc.freeze()
    gc.enable()


def run(args: argparse.Namespace) -> int:
    """Start the Qt application: the main window, or an offscreen screenshot or smoke test."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from massage_desktop.ui.qt_messages import install_message_filter

    install_message_filter()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource_path("icons", f"{APP_ID}.svg"))))
    if args.smoke_test or args.screenshot:
        return _run_offscreen(args, app)
    return _run_window(args, app)


def _load(args: argparse.Namespace) -> Services | None:
    try:
        return build_services(args.data_dir)
    except ContentError as exc:
        print(f"The built-in content is damaged; please reinstall.\n{exc}", file=sys.stderr)
        return None


def _run_offscreen(args: argparse.Namespace, app: QApplication) -> int:
    from massage_desktop.ui.i18n import install_translators
    from massage_desktop.ui.main_window import MainWindow

    services = _load(args)
    if services is None:
        return 3
    install_translators(app, services.language)  # a screenshot shows the user's language
    resume_collection()
    if args.smoke_test:
        from massage_desktop.ui.smoke import run_smoke_test

        return run_smoke_test(services)
    from massage_desktop.ui.screenshot import save_screenshot

    shot = MainWindow(services)  # no sounds or voice: nothing will play
    return save_screenshot(shot, args.screenshot, view=args.view, region=args.region)


def _run_window(args: argparse.Namespace, app: QApplication) -> int:
    from massage_desktop.ui.first_paint import AfterFirstPaint
    from massage_desktop.ui.i18n import install_translators
    from massage_desktop.ui.main_window import MainWindow
    from massage_desktop.ui.player.audio import CueSounds, Voice
    from massage_desktop.ui.single_instance import SingleInstance

    paths = resolve_paths(args.data_dir)
    with contextlib.suppress(OSError):  # build_services reports an unusable folder itself
        paths.ensure()
    instance = SingleInstance(paths.data)
    if not instance.acquire():
        if instance.wake_primary():
            print(f"{APP_NAME} is already running; its window was brought to the front.")
            return 0
        print(
            f"{APP_NAME} seems to be running already but does not answer. Close it, or wait a "
            "moment and try again.",
            file=sys.stderr,
        )
        return 1
    services = _load(args)
    if services is None:
        instance.release()
        return 3
    sounds, voice = CueSounds(), Voice()
    install_translators(app, services.language)
    window = MainWindow(services, sounds=sounds, voice=voice)
    window.restore_layout()
    instance.activationRequested.connect(window.bring_to_front)
    # Later launches are let in once the window is on screen; see SingleInstance.listen. Set
    # up before show(), which may paint at once on some platforms.
    AfterFirstPaint(window, instance.listen)
    window.show()
    resume_collection()
    window.first_run()
    window.offer_interrupted_sessions()
    try:
        return app.exec()
    finally:
        voice.shutdown()
        if services.history is not None:
            services.history.close()
            # A routine copy, at most daily, taken at exit so start-up stays quick.
            with contextlib.suppress(OSError, StoreError, sqlite3.Error):
                backup_if_due(services.paths.database, services.paths.backups)
        instance.release()

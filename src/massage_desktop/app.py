"""Composition root: builds the services and hands them to the window through constructors.

Nothing here runs at import time; ``run`` is called by the command line once arguments are
parsed and Qt is known to load.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from massage_desktop import APP_ID, APP_NAME, __version__
from massage_desktop.content import ContentError
from massage_desktop.resources import resource_path
from massage_desktop.services import Services, build_services
from massage_desktop.storage.backups import backup_if_due
from massage_desktop.storage.errors import StoreError
from massage_desktop.storage.paths import resolve_paths, use_private_files

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from massage_desktop.ui.single_instance import SingleInstance


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

    from massage_desktop.ui.design.focus_ring import install_focus_ring
    from massage_desktop.ui.qt_messages import install_message_filter

    install_message_filter()
    use_private_files()  # the lock, window.ini, SQLite's log and exports included
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource_path("icons", f"{APP_ID}.svg"))))
    install_focus_ring(app)
    if args.smoke_test or args.screenshot:
        return _run_offscreen(args, app)
    return _run_window(args, app)


def _load(args: argparse.Namespace) -> Services | None:
    try:
        return build_services(args.data_dir, args.language)
    except ContentError as exc:
        print(f"The built-in content is damaged; please reinstall.\n{exc}", file=sys.stderr)
        return None


def _run_offscreen(args: argparse.Namespace, app: QApplication) -> int:
    from massage_desktop.ui.i18n import install_translators
    from massage_desktop.ui.main_window import MainWindow

    services = _load(args)
    if services is None:
        return 3
    try:
        install_translators(app, services.language)  # a screenshot shows the user's language
        resume_collection()
        if args.smoke_test:
            from massage_desktop.ui.smoke import run_smoke_test

            return run_smoke_test(services)
        from massage_desktop.ui.screenshot import save_screenshot

        shot = MainWindow(services)  # no sounds or voice: nothing will play
        return save_screenshot(shot, args.screenshot, view=args.view, region=args.region)
    finally:
        # The history was left open here: its log was never folded back into the file, and
        # Python 3.13 warns about the connection when it is collected.
        services.close()


def _become_primary(
    instance: SingleInstance, folder: Path, routine_file: str | None = None
) -> int | None:
    """Take the instance lock; None when this copy runs, else the exit code after saying why."""
    if instance.acquire():
        return None
    if not instance.can_write_lock() or not folder.is_dir():
        # Nothing can be written there, so a second copy could not harm the history: open
        # it read-only (build_services says what is wrong) instead of claiming one runs.
        print(f"{folder} cannot be written; the app opens without saving.", file=sys.stderr)
        return None
    if instance.wake_primary(Path(routine_file) if routine_file else None):
        print(f"{APP_NAME} is already running; its window was brought to the front.")
        if routine_file:
            print(f"{routine_file} is offered for import there.")
        return 0
    if instance.take_over_foreign():
        return None  # the lock named another program that reuses an old process id
    print(
        f"{APP_NAME} seems to be running already but does not answer. Close it, or wait a "
        "moment and try again.",
        file=sys.stderr,
    )
    return 1


def _run_window(args: argparse.Namespace, app: QApplication) -> int:
    from massage_desktop.ui.first_paint import AfterFirstPaint
    from massage_desktop.ui.i18n import install_translators
    from massage_desktop.ui.main_window import MainWindow
    from massage_desktop.ui.player.audio import CueSounds, Voice
    from massage_desktop.ui.single_instance import SingleInstance
    from massage_desktop.ui.stop_signals import StopSignals

    paths = resolve_paths(args.data_dir)
    with contextlib.suppress(OSError):  # build_services reports an unusable folder itself
        paths.ensure()
    instance = SingleInstance(paths.data)
    refused = _become_primary(instance, paths.data, args.routine_file)
    if refused is not None:
        return refused
    services = _load(args)
    if services is None:
        instance.release()
        return 3
    sounds, voice = CueSounds(), Voice()
    install_translators(app, services.language)
    window = MainWindow(services, sounds=sounds, voice=voice)
    window.restore_layout()
    instance.activationRequested.connect(window.bring_to_front)
    instance.importRequested.connect(lambda path: window.routine_actions.import_(Path(path)))
    # Later launches are let in once the window is on screen; see SingleInstance.listen. Set
    # up before show(), which may paint at once on some platforms.
    AfterFirstPaint(window, instance.listen)
    window.show()
    resume_collection()
    if args.routine_file:
        # Opened with a shared routine: checked and added like File ▸ Import routine….
        window.routine_actions.import_(Path(args.routine_file))

    stopping: list[bool] = []

    def stop() -> None:
        # Asked to stop from outside (logout, kill, Ctrl+C): what a normal close does, and
        # the session being recorded is kept as interrupted rather than left running.
        stopping.append(True)
        if services.history is not None:
            services.history.interrupt_live()
        app.closeAllWindows()  # also a start-up dialog, whose own event loop then returns
        app.quit()

    stop_signals = StopSignals(stop, app)
    window.first_run()
    if not stopping:
        window.offer_interrupted_sessions()
    try:
        # exec() after a quit() that came during a start-up dialog would run for ever.
        return 0 if stopping else app.exec()
    finally:
        stop_signals.restore()
        voice.shutdown()
        if services.history is not None:
            services.history.close()
            # A routine copy, at most daily, taken at exit so start-up stays quick.
            with contextlib.suppress(OSError, StoreError, sqlite3.Error):
                backup_if_due(services.paths.database, services.paths.backups)
        instance.release()

"""Command-line interface. Commands that need no window never import Qt."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from massage_desktop import __version__
from massage_desktop.storage.paths import ENV_DATA_DIR

LANGUAGE_CHOICES = ["system", "en", "de"]
"""``--language`` choices: storage.settings.LANGUAGES (not imported: --help stays light)."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; also documents every option in ``--help``."""
    parser = argparse.ArgumentParser(
        prog="massage-desktop",
        description="Guided home massage: body map, technique guides and a session player.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"keep all user data in DIR (default: the platform user folders; env {ENV_DATA_DIR})",
    )
    parser.add_argument(
        "--check-content",
        metavar="DIR",
        nargs="?",
        const="",
        help="validate the built-in content, a content pack folder laid out like data/, or a "
        "folder of your own routines (*.yaml); print every problem and exit 1 if there is any",
    )
    parser.add_argument(
        "--list-regions", action="store_true", help="print id, name, view and side of every region"
    )
    parser.add_argument(
        "--screenshot",
        metavar="FILE",
        help="render the main window at 1280x800 into a PNG and exit (no display needed)",
    )
    parser.add_argument(
        "--export-history",
        metavar="FILE",
        help="export every session to FILE (.json, complete and re-importable; .csv, one row "
        "per step) and exit",
    )
    parser.add_argument(
        "--import-history",
        metavar="FILE",
        help="import sessions from a .json export (duplicates skipped; all or nothing) and exit",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start offscreen, run a routine end to end on a fast clock, exit 0 when it works",
    )
    parser.add_argument(
        "--routine-card",
        nargs=2,
        metavar=("ROUTINE_ID", "FILE"),
        help="write the routine's card (figure, steps, warnings; screened with your health "
        "profile) to a PDF file and exit",
    )
    parser.add_argument(
        "--paper",
        choices=["a4", "letter"],
        help="with --routine-card: the paper size (default: Letter in the US, else A4)",
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGE_CHOICES,
        help="the language of the window, a screenshot or a routine card, for this run only "
        "(default: the language setting)",
    )
    parser.add_argument(
        "routine_file",
        metavar="FILE.yaml",
        nargs="?",
        help="a shared routine to check and import into your routines (asks on a name clash)",
    )
    parser.add_argument("--view", choices=["front", "back"], help="with --screenshot: the view")
    parser.add_argument("--region", metavar="ID", help="with --screenshot: select this region")
    return parser


def _content_root(arg: str) -> Path:
    from massage_desktop.resources import data_dir

    return Path(arg) if arg else data_dir()


def check_content(arg: str) -> int:
    """Print every problem in a content folder; 0 when clean, 1 otherwise."""
    from massage_desktop.content import check_folder

    root = _content_root(arg)
    if root.is_dir() and not (root / "guides.yaml").exists():
        return check_own_routines(root)
    problems = check_folder(root)
    for problem in problems:
        print(problem)
    if problems:
        count = len(problems)
        print(f"{count} problem{'s' if count != 1 else ''} in {root}", file=sys.stderr)
        return 1
    print(f"content OK: {root}")
    return 0


def check_own_routines(folder: Path) -> int:
    """Check a folder of the user's own routines against the built-in content; 0 when clean."""
    from massage_desktop.content import load_catalog
    from massage_desktop.messages import MessageBus
    from massage_desktop.resources import data_dir
    from massage_desktop.storage.own_routines import OwnRoutines

    store = OwnRoutines(folder, load_catalog(data_dir()), MessageBus())
    problems = store.load()
    for problem in problems:
        print(problem)
    count = len(store.routines())
    if problems or not count:
        total = len(problems)
        what = f"{total} problem{'s' if total != 1 else ''}" if total else "no routine files"
        print(f"{what} in {folder}", file=sys.stderr)
        return 1
    print(f"routines OK: {count} in {folder}")
    return 0


def list_regions() -> int:
    """Print one line per region: id, name, view and side, tab-separated."""
    from massage_desktop.content import ContentError, load_catalog
    from massage_desktop.resources import data_dir

    try:
        catalog = load_catalog(data_dir())
    except ContentError as exc:
        print(exc, file=sys.stderr)
        return 1
    for region in catalog.regions.values():
        print(f"{region.id}\t{region.name}\t{region.view.value}\t{region.side.value}")
    return 0


def routine_card(args: argparse.Namespace) -> int:
    """``--routine-card``: check that Qt loads, then draw the card offscreen."""
    # Drawing needs no display; the offscreen platform must be chosen before Qt starts.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from massage_desktop.qtcheck import check_platform, check_qt_import

    problem = check_qt_import() or check_platform()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from massage_desktop.ui.card.command import routine_card_command

    routine_id, target = args.routine_card
    return routine_card_command(args.data_dir, routine_id, target, args.paper, args.language)


def watch_for_crashes(data_dir: str | None) -> Path | None:
    """Start the log and the handler of exceptions that no code caught, as every start does.

    From here on the app's messages go to the rotating log in the log folder of ``data_dir``
    (None: the platform's), and an exception that reaches no handler, one raised in a Qt slot
    too, is logged there, the sessions in progress are recorded as interrupted and the crash
    dialog names the log. ``main`` calls it before the window is built; it is public so that
    tests can start exactly this in a process of their own (it replaces ``sys.excepthook``).

    Args:
        data_dir: The ``--data-dir`` argument, or None for the platform's user folders.

    Returns:
        The log file, or None when the log folder cannot be written (then only the log is lost).
    """
    from massage_desktop.crash import install_excepthook, start_logging
    from massage_desktop.storage.paths import resolve_log_dir, resolve_paths

    def tell_user(log_file: Path | None) -> None:
        from massage_desktop.ui.crash_dialog import show_crash_dialog

        show_crash_dialog(log_file)

    log_file = start_logging(resolve_log_dir(data_dir))
    install_excepthook(resolve_paths(data_dir).database, log_file, tell_user)
    return log_file


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``massage-desktop`` and ``python -m massage_desktop``."""
    # The app uses no pydantic plug-ins. Without this, pydantic scans every installed package's
    # metadata for them (~2 ms of the start) and would let any it finds hook into validation.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    args = build_parser().parse_args(argv)
    if args.check_content is not None:
        return check_content(args.check_content)
    if args.list_regions:
        return list_regions()
    if args.export_history or args.import_history:
        from massage_desktop.history_cli import export_command, import_command

        if args.export_history:
            return export_command(args.data_dir, args.export_history)
        return import_command(args.data_dir, args.import_history)

    if args.routine_card:
        return routine_card(args)

    watch_for_crashes(args.data_dir)
    if args.screenshot or args.smoke_test:
        # Rendering needs no display; the offscreen platform must be chosen before Qt starts.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Start-up creates some 300,000 objects that live as long as the app, and the cyclic
    # collector walked them over and over: ~40 ms of a ~380 ms start, a full collection alone
    # ~20 ms. app.run switches it back on once the window is built (app.resume_collection);
    # the finally covers every way out before that (a failed Qt check, an exception).
    gc.disable()
    try:
        # The app's Qt-free modules (pydantic, content, storage) are imported before Qt on
        # purpose: once PySide6 is loaded it reads the source of every module imported after it
        # (its __feature__ hook), which made start-up ~10 ms slower and ~7 MB bigger.
        from massage_desktop.app import run
        from massage_desktop.qtcheck import check_platform, check_qt_import

        problem = check_qt_import() or check_platform()
        if problem:
            print(problem, file=sys.stderr)
            return 2
        from massage_desktop.ui.import_hook import lighten_pyside_import_hook

        lighten_pyside_import_hook()  # PySide6 is loaded now; the window's modules come next
        return run(args)
    finally:
        gc.enable()

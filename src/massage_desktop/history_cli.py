"""``--export-history`` and ``--import-history``: the history without opening a window."""

from __future__ import annotations

import sys
from pathlib import Path

from massage_desktop.messages import MessageBus
from massage_desktop.storage.errors import StoreError
from massage_desktop.storage.opening import open_history
from massage_desktop.storage.paths import resolve_paths, use_private_files
from massage_desktop.storage.transfer import (
    ImportRejectedError,
    TransferError,
    export_history,
    import_history,
)

_MAX_PROBLEMS_SHOWN = 50


def _bus() -> MessageBus:
    bus = MessageBus()
    bus.subscribe(lambda m: print(f"{m.title}: {m.text}", file=sys.stderr))
    return bus


def export_command(data_dir: str | None, target: str) -> int:
    """Export every session to ``target`` (.json or .csv); 0 on success."""
    use_private_files()  # the export holds health data too
    try:
        store, _report = open_history(resolve_paths(data_dir), _bus())
        skipped: list[str] = []
        with store:
            count = export_history(store.iter_records(skipped=skipped), Path(target))
    except (StoreError, TransferError) as error:
        print(f"Export failed: {error}", file=sys.stderr)
        return 1
    print(f"Exported {count} session{'s' if count != 1 else ''} to {target}")
    if skipped:
        print(
            f"Left out {len(skipped)} damaged session{'s' if len(skipped) != 1 else ''} this "
            f"version cannot read: {', '.join(skipped)}",
            file=sys.stderr,
        )
    return 0


def import_command(data_dir: str | None, source: str) -> int:
    """Import a JSON export; nothing is imported unless every record is valid."""
    use_private_files()
    try:
        store, _report = open_history(resolve_paths(data_dir), _bus())
        with store:
            result = import_history(store, Path(source))
    except ImportRejectedError as error:
        print(f"Nothing was imported: {error}", file=sys.stderr)
        for problem in error.problems[:_MAX_PROBLEMS_SHOWN]:
            where = f"session {problem.index + 1}" + (f": {problem.field}" if problem.field else "")
            print(f"  {where}: {problem.message}", file=sys.stderr)

        hidden = len(error.problems) - _MAX_PROBLEMS_SHOWN
        if hidden > 0:
            print(f"  ... and {hidden} more", file=sys.stderr)
        return 1
    except (StoreError, TransferError) as error:
        print(f"Nothing was imported: {error}", file=sys.stderr)
        return 1
    print(result.message)
    return 0

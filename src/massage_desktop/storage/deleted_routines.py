"""Deleted own routines are kept aside, so History can still name their sessions.

A session stores the id of its routine. Once the routine's file was removed, History listed
its sessions under that id ("my-evening-knee (routine)", walk 17). Deleting now moves the
file into ``deleted/`` beside the others: History reads the names there, a new routine never
takes a deleted one's id, and saving the routine again (undo) takes it back out.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

DELETED_FOLDER = "deleted"


class DeletedRoutines:
    """The ``deleted/`` folder of the own routines' folder: files kept aside, by id."""

    def __init__(self, routines_folder: Path) -> None:
        """Remember where the deleted routines go; nothing is read until ``names``."""
        self._folder = routines_folder / DELETED_FOLDER

    def keep(self, path: Path, routine_id: str) -> None:
        """Move a routine's file aside (into ``deleted/``, replacing an older copy).

        Raises:
            OSError: when the file cannot be moved; it is then where it was.
        """
        self._folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.replace(path, self._folder / f"{routine_id}.yaml")

    def forget(self, routine_id: str) -> None:
        """Drop the copy kept aside for ``routine_id`` (it was saved again); best effort."""
        # A stale copy only names old sessions, and the live routine's name comes first.
        with contextlib.suppress(OSError):
            (self._folder / f"{routine_id}.yaml").unlink(missing_ok=True)

    def names(self) -> dict[str, str]:
        """The kept routines' names by id; a file that cannot be read is passed over."""
        found: dict[str, str] = {}
        if not self._folder.is_dir():
            return found
        import yaml  # here, not at the top: a start without deleted routines does not need it

        for path in sorted(self._folder.glob("*.yaml")):
            try:
                data = yaml.safe_load(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, yaml.YAMLError):
                continue
            name = data.get("name") if isinstance(data, dict) else None
            if isinstance(name, str) and name.strip():
                found[path.stem] = name.strip()
        return found

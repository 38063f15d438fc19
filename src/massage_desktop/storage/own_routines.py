"""The user's own routines: one YAML file each in the data folder, beside the built-in ones.

Files are read at start and after every change is written through, atomically and readable by
the user only. A file that cannot be used (hand-edited, from an older version of the content,
damaged) is reported once with ``file:line: field: message`` and skipped; the app goes on with
the others. The catalog (``Catalog.set_own_routines``) always holds exactly the routines that
passed, so the guide, search, player, history and statistics see them as they see built-in ones.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from massage_desktop.content.problems import ContentProblem
from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.routines import Routine
from massage_desktop.messages import Code, Level, MessageBus, Part
from massage_desktop.storage.deleted_routines import DeletedRoutines
from massage_desktop.storage.routine_check import (
    MAX_ROUTINE_BYTES,
    check_routine,
    free_id,
    free_name,
    name_key,
    parse_routine_file,
    routine_yaml,
)
from massage_desktop.storage.safe_files import write_atomically


@dataclass(frozen=True)
class ImportCandidate:
    """A routine read from a file, checked and ready to add.

    Attributes:
        routine: The routine, with a fresh id of the user's own.
        clash: The user's routine with the same name, which "replace" would overwrite.
        builtin_clash: A built-in routine has the same name: it can only be kept beside it.
    """

    routine: Routine
    clash: Routine | None
    builtin_clash: bool


class OwnRoutines:
    """Reads, checks and writes the user's own routines; keeps the catalog up to date."""

    def __init__(self, folder: Path, catalog: Catalog, messages: MessageBus) -> None:
        """Remember where the routines live; nothing is read until ``load``."""
        self._folder = folder
        self._catalog = catalog
        self._messages = messages
        self._routines: dict[str, Routine] = {}
        self._deleted = DeletedRoutines(folder)
        self._former: dict[str, str] = {}

    @property
    def folder(self) -> Path:
        """Where the routine files are kept."""
        return self._folder

    def load(self) -> list[ContentProblem]:
        """Read every routine file; report and skip those that cannot be used.

        Returns:
            The problems found (also posted on the message bus), empty when all were read.
        """
        self._routines.clear()
        problems: list[ContentProblem] = []
        skipped = 0
        paths = sorted(self._folder.glob("*.yaml")) if self._folder.is_dir() else []
        for path in paths:
            names = {name_key(r.name) for r in self._routines.values()}
            found = parse_routine_file(self._catalog, path, str(path), other_names=names)
            if isinstance(found, Routine):
                found = self._place_problems(found, path) or found
            if isinstance(found, list):
                problems.extend(found)
                skipped += 1
                continue
            self._routines[found.id] = found
        self._former = self._deleted.names()
        self._publish()
        if problems:
            listing = "\n".join(str(p) for p in problems)
            self._messages.post(
                Level.WARNING,
                "Some of your routines were skipped",
                f"These files in {self._folder} could not be used and were left as they "
                f"are:\n{listing}",
                Part(Code.OWN_ROUTINES_SKIPPED, (self._folder, listing), skipped),
            )
        return problems

    def _place_problems(self, routine: Routine, path: Path) -> list[ContentProblem]:
        """A file must be named after its id, and one id used once."""
        if path.name != f"{routine.id}.yaml":
            return [
                ContentProblem(
                    str(path), None, "id", f"the file must be named {routine.id}.yaml after its id"
                )
            ]
        return []

    def routines(self) -> list[Routine]:
        """The user's routines, by name."""
        return sorted(self._routines.values(), key=lambda r: name_key(r.name))

    def get(self, routine_id: str) -> Routine | None:
        """One of the user's routines, or None."""
        return self._routines.get(routine_id)

    def new_id(self, name: str) -> str:
        """A free id for a new routine called ``name``."""
        # Not a deleted routine's id either: its sessions would take the new routine's name.
        return free_id(name, set(self._catalog.routines) | set(self._routines) | set(self._former))

    def free_name(self, name: str) -> str:
        """``name``, numbered when a built-in or own routine is already called that."""
        return free_name(name, [r.name for r in self._catalog.routines.values()])

    def problems(self, routine: Routine) -> list[ContentProblem]:
        """What would stop ``routine`` from being saved (it may replace its older version)."""
        others = {name_key(r.name) for r in self._routines.values() if r.id != routine.id}
        return check_routine(self._catalog, routine, f"{routine.id}.yaml", other_names=others)

    def save(self, routine: Routine) -> bool:
        """Write ``routine`` (new, or replacing the one with its id) and show it everywhere.

        Returns:
            Whether it was written; when not, the reason was posted on the message bus.

        Raises:
            ValueError: when the routine has problems (check ``problems`` first).
        """
        problems = self.problems(routine)
        if problems:
            raise ValueError("\n".join(str(p) for p in problems))
        path = self._folder / f"{routine.id}.yaml"
        try:
            self._folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            write_atomically(path, routine_yaml(routine))
        except OSError as error:
            reason = str(error.strerror or error)
            self._messages.post(
                Level.ERROR,
                "Your routine was not changed",
                f"“{routine.name}” could not be changed on disk ({reason}).",
                Part(Code.OWN_ROUTINE_NOT_SAVED, (routine.name, reason)),
            )
            return False
        self._routines[routine.id] = routine
        if self._former.pop(routine.id, None) is not None:
            self._deleted.forget(routine.id)  # undo, or a routine imported under its old id
        self._publish()
        return True

    def delete(self, routine_id: str) -> Routine | None:
        """Remove a routine, its file kept aside (``DeletedRoutines``); returns it for undo.

        Returns:
            The routine, so that undo can save it again; None when nothing was removed.
        """
        routine = self._routines.get(routine_id)
        if routine is None:
            return None
        path = self._folder / f"{routine_id}.yaml"
        try:
            if path.exists():
                self._deleted.keep(path, routine_id)
        except OSError as error:
            reason = str(error.strerror or error)
            self._messages.post(
                Level.ERROR,
                "Your routine was not changed",
                f"“{routine.name}” could not be changed on disk ({reason}).",
                Part(Code.OWN_ROUTINE_NOT_SAVED, (routine.name, reason)),
            )
            return None
        del self._routines[routine_id]
        self._former[routine_id] = routine.name
        self._publish()
        return routine

    def export(self, routine: Routine, target: Path) -> None:
        """Write any routine, built-in or own, as one file another copy of the app imports.

        Raises:
            OSError: when the file cannot be written.
        """
        write_atomically(target, routine_yaml(routine))

    def read_import(self, path: Path) -> ImportCandidate | list[ContentProblem]:
        """Read and check a routine file to import; nothing is written yet.

        The file must be a regular file of at most ``MAX_ROUTINE_BYTES``; its content must be
        one routine of the content pack format naming techniques and regions that exist. The
        routine gets an id of the user's own whatever the file says, so an imported file can
        never overwrite a built-in routine or a file it names.
        """
        rel = str(path)
        try:
            info = os.stat(path)
        except OSError as error:
            return [ContentProblem(rel, None, "", f"cannot read the file: {error.strerror}")]
        if not stat.S_ISREG(info.st_mode):
            return [ContentProblem(rel, None, "", "not a regular file")]
        if info.st_size > MAX_ROUTINE_BYTES:
            limit = MAX_ROUTINE_BYTES // 1000
            return [ContentProblem(rel, None, "", f"a routine file may be at most {limit} kB")]
        found = parse_routine_file(self._catalog, path, rel, renumber=self.new_id)
        if isinstance(found, list):
            return found
        key = name_key(found.name)
        clash = next((r for r in self._routines.values() if name_key(r.name) == key), None)
        builtin = any(
            name_key(r.name) == key
            for r in self._catalog.routines.values()
            if not self._catalog.is_own(r.id)
        )
        return ImportCandidate(found, clash, builtin)

    def _publish(self) -> None:
        self._catalog.set_own_routines(self._routines.values())
        self._catalog.set_former_routine_names(self._former)

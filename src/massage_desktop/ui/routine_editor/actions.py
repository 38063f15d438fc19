"""What the window does with the user's routines: new, edit, copy, delete with undo, share.

File ▸ New routine and File ▸ Import routine… and the links under a routine in the guide
(``GuidePanel.routineActionRequested``) end up here. Results and problems go through the
message bus; only the questions a person must answer (a file name, a name clash) are asked
here, each behind an attribute a test can replace.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from massage_desktop.content.search import SearchIndex
from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.routines import Routine
from massage_desktop.engine.screening import Screening
from massage_desktop.messages import Code, Level, MessageBus, Part
from massage_desktop.storage.own_routines import ImportCandidate, OwnRoutines
from massage_desktop.storage.routine_check import OWN_PREFIX, slug_for
from massage_desktop.ui.design.choice import ChoiceDialog
from massage_desktop.ui.file_places import documents_folder
from massage_desktop.ui.guide.panel import GuidePanel
from massage_desktop.ui.history.undo_bar import UndoBar
from massage_desktop.ui.i18n import fill
from massage_desktop.ui.routine_editor.controller import RoutineEditorController
from massage_desktop.ui.routine_editor.view import Figure
from massage_desktop.ui.search_box import SearchBox

KEEP_BOTH, REPLACE = "keep-both", "replace"


class RoutineActions(QObject):
    """Creates, edits, deletes, imports and exports the user's routines for one window.

    Args:
        window: The main window; dialogs and the undo bar belong to it.
        catalog: The loaded content, which holds the user's routines too.
        store: The user's routines on disk.
        messages: Where results and problems are told.
        guide: The guide panel, refreshed after each change.
        search: The search box, given a new index after each change.
        screening: Gives the current health screening (it changes with the profile).
        region_selected: The map's "region selected" signal: a click on the map while the
            editor is open offers that region's techniques in it.
        figure: The window's map drawing, regions and outline cache, for the editor's
            "Choose on the map…"; None reads the bundled drawing without a cache.
        map_states: What the window's map hatches (ruled out, resting today), for the
            editor's map; None hatches what the health profile rules out only.
        resting: Which of those only rest today, so their tooltip says whose rest it is
            and not "Ruled out", as on the window's map.
        text_scale: The text-size setting's factor now; the editor opens at it.

    Signals:
        routinesChanged(): a routine of the user's was saved, deleted or imported.
    """

    routinesChanged = Signal()
    routineShownAlone = Signal(str)
    """A routine saved that does not work the region shown: shown on no region's page.

    "Partner hands" was shown on the Left armpit's page, the region shown when the editor
    opened (walk 8, finding 3).
    """

    def __init__(
        self,
        window: QMainWindow,
        catalog: Catalog,
        store: OwnRoutines,
        messages: MessageBus,
        guide: GuidePanel,
        search: SearchBox,
        screening: Callable[[], Screening | None],
        region_selected: SignalInstance | None = None,
        figure: Callable[[], Figure] | None = None,
        map_states: Callable[[], Mapping[str, tuple[str, str]]] | None = None,
        resting: Callable[[], Iterable[str]] = frozenset,
        text_scale: Callable[[], float] = lambda: 1.0,
    ) -> None:
        super().__init__(window)
        self._text_scale = text_scale
        self._figure = figure
        self._map_states = map_states
        self._resting = resting
        self._window = window
        self._catalog = catalog
        self._store = store
        self._messages = messages
        self._guide = guide
        self._search = search
        self._screening = screening
        self.editor: RoutineEditorController | None = None
        self.undo_bar = UndoBar(window)
        self.undo_bar.setAccessibleName(
            QCoreApplication.translate("RoutineActions", "Undo deleting a routine")
        )
        window.statusBar().addWidget(self.undo_bar, 1)
        self._undo = QAction(QCoreApplication.translate("RoutineActions", "Undo delete"), window)
        self._undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        window.addAction(self._undo)
        self._undo.triggered.connect(self.undo_bar.undo)
        self.undo_bar.undoRequested.connect(self._on_undo_bar_undo_requested)
        self._deleted: dict[str, Routine] = {}
        self.ask_clash: Callable[[ImportCandidate], str | None] = self._ask_clash
        self.ask_open_file: Callable[[], Path | None] = self._ask_open_file
        self.ask_save_file: Callable[[str], Path | None] = self._ask_save_file
        guide.routineActionRequested.connect(self._on_guide_routine_action_requested)
        if region_selected is not None:
            region_selected.connect(self._on_map_region_selected)

    # --- editing ----------------------------------------------------------------------------

    def new_routine(self) -> RoutineEditorController:
        """Open the editor on an empty routine, offering the region chosen on the map."""
        return self._open(None, copy=False)

    def edit(self, routine_id: str) -> RoutineEditorController:
        """Open the editor on one of the user's routines."""
        return self._open(routine_id, copy=False)

    def copy(self, routine_id: str) -> RoutineEditorController:
        """Open the editor on a copy of any routine, to save as the user's own."""
        return self._open(routine_id, copy=True)

    def _open(self, routine_id: str | None, *, copy: bool) -> RoutineEditorController:
        if self.editor is not None:
            self.editor.view.close()
            self.editor.deleteLater()
        routine = self._catalog.routines[routine_id] if routine_id is not None else None
        editor = RoutineEditorController(
            self._catalog,
            self._store,
            self._screening(),
            routine,
            copy=copy,
            region_id=self._guide.region(),
            parent=self._window,
            figure=self._figure,
            map_states=self._map_states,
            resting=self._resting,
        )
        editor.saved.connect(self._on_editor_saved)
        self.editor = editor
        editor.view.set_text_scale(self._text_scale())
        # Not modal: the user picks regions on the map beside it (see _on_map_region_selected).
        editor.view.fit_screen()
        editor.view.show()
        return editor

    def set_text_scale(self, scale: float) -> None:
        """Show the open editor's texts ``scale`` times their size (the text-size setting)."""
        if self.editor is not None:
            self.editor.view.set_text_scale(scale)

    def delete(self, routine_id: str) -> bool:
        """Delete one of the user's routines; the undo bar (and Ctrl+Z) brings it back."""
        routine = self._store.delete(routine_id)
        if routine is None:
            return False
        self._deleted = {routine.id: routine}
        self.undo_bar.offer(
            routine.id,
            fill(QCoreApplication.translate("RoutineActions", "“%1” deleted."), routine.name),
        )
        self._changed(None)
        return True

    # --- sharing ----------------------------------------------------------------------------

    def export(self, routine_id: str, target: Path | None = None) -> bool:
        """Write a routine (built-in or own) to one ``.yaml`` file another copy can import."""
        routine = self._catalog.routines[routine_id]
        # Named after the routine only: the id's "my-" read as English in every language.
        stem = slug_for(routine.name).removeprefix(OWN_PREFIX)
        target = target or self.ask_save_file(f"{stem}.yaml")
        if target is None:
            return False
        try:
            self._store.export(routine, target)
        except OSError as error:
            reason = str(error.strerror or error)
            self._messages.post(
                Level.ERROR,
                "The routine was not exported",
                f"{target} could not be written ({reason}).",
                Part(Code.ROUTINE_NOT_EXPORTED, (target, reason)),
            )
            return False
        # Nothing on screen said the file was written (walk 17); an import says so too.
        self._messages.post(
            Level.INFO,
            "Routine exported",
            f"“{routine.name}” was saved to {target}.",
            Part(Code.ROUTINE_EXPORTED, (routine.name, target)),
        )
        return True

    def import_(self, source: Path | None = None) -> str | None:
        """Check a routine file and add it, all or nothing; the new routine's id, or None."""
        source = source or self.ask_open_file()
        if source is None:
            return None
        found = self._store.read_import(source)
        if isinstance(found, list):
            listing = "\n".join(str(p) for p in found)
            self._messages.post(
                Level.WARNING,
                "The routine was not imported",
                f"Nothing was added: {source} cannot be used.\n{listing}",
                Part(Code.ROUTINE_NOT_IMPORTED, (source, listing)),
            )
            return None
        routine = found.routine
        if found.clash is not None or found.builtin_clash:
            choice = self.ask_clash(found)
            if choice is None:
                return None
            if choice == REPLACE and found.clash is not None:
                routine = routine.model_copy(update={"id": found.clash.id})
            else:
                routine = routine.model_copy(update={"name": self._store.free_name(routine.name)})
        problems = self._store.problems(routine)
        if problems or not self._store.save(routine):
            return None  # save() told the user; problems cannot remain after the checks above
        self._messages.post(
            Level.INFO,
            "Routine imported",
            f"“{routine.name}” is now among your routines.",
            Part(Code.ROUTINE_IMPORTED, (routine.name,)),
        )
        self._changed(routine.id)
        return routine.id

    # --- questions (replaced in tests) ------------------------------------------------------

    def _ask_clash(self, found: ImportCandidate) -> str | None:
        dialog = clash_question(found, self._window)
        dialog.exec()
        chosen = dialog.chosen()
        return None if chosen is None else (KEEP_BOTH, REPLACE)[chosen]

    def _ask_open_file(self) -> Path | None:
        # In the Documents folder: given "", the dialog opened in the working directory,
        # which for an installed app is the program's own folder (ui/file_places.py).
        routines = QCoreApplication.translate("RoutineActions", "Routines (*.yaml *.yml)")
        all_files = QCoreApplication.translate("RoutineActions", "All files (*)")
        name, _chosen = QFileDialog.getOpenFileName(
            self._window,
            QCoreApplication.translate("RoutineActions", "Import routine"),
            str(documents_folder()),
            f"{routines};;{all_files}",
        )
        return Path(name) if name else None

    def _ask_save_file(self, suggested: str) -> Path | None:
        name, _chosen = QFileDialog.getSaveFileName(
            self._window,
            QCoreApplication.translate("RoutineActions", "Export routine"),
            str(documents_folder() / suggested),
            QCoreApplication.translate("RoutineActions", "Routines (*.yaml)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix in (".yaml", ".yml") else path.with_suffix(".yaml")

    # --- after a change ---------------------------------------------------------------------

    def _changed(self, show_id: str | None) -> None:
        self._search.set_index(SearchIndex(self._catalog))
        self._guide.refresh()
        if show_id is not None:
            region = self._guide.region()
            worked = self._catalog.routine_regions(self._catalog.routines[show_id])
            if region is not None and region not in worked:
                self.routineShownAlone.emit(show_id)
            else:
                self._guide.show_routine(show_id)
        self.routinesChanged.emit()

    def _on_map_region_selected(self, region_id: str) -> None:
        if self.editor is not None and self.editor.view.isVisible():
            self.editor.select_region(region_id)

    def _on_editor_saved(self, routine_id: str) -> None:
        self._changed(routine_id)

    def _on_undo_bar_undo_requested(self, routine_id: str) -> None:
        routine = self._deleted.pop(routine_id, None)
        saved = routine is not None and not self._store.problems(routine)
        if routine is not None and saved and self._store.save(routine):
            self._changed(routine.id)

    def _on_guide_routine_action_requested(self, action: str, routine_id: str) -> None:
        if routine_id not in self._catalog.routines:
            return
        if action == "edit" and self._catalog.is_own(routine_id):
            self.edit(routine_id)
        elif action in ("duplicate", "save-as-mine"):
            self.copy(routine_id)
        elif action == "delete" and self._catalog.is_own(routine_id):
            self.delete(routine_id)
        elif action == "export":
            self.export(routine_id)


def clash_question(found: ImportCandidate, parent: QWidget) -> ChoiceDialog:
    """Ask what to do with an imported routine whose name is taken: a designed question.

    "Keep both" is the primary answer; "Replace mine" is offered only when the name is one
    of the user's own routines (a built-in one is never replaced). ``chosen()`` is the index
    in (KEEP_BOTH, REPLACE), or None for Cancel.
    """
    answers = [QCoreApplication.translate("RoutineActions", "&Keep both")]
    text = QCoreApplication.translate(
        "RoutineActions", "Keep both: the imported routine is added under a new name."
    )
    if found.clash is not None:
        answers.append(QCoreApplication.translate("RoutineActions", "&Replace mine"))
        text += " " + QCoreApplication.translate(
            "RoutineActions", "Replace mine: yours is overwritten by the imported one."
        )
    heading = fill(
        QCoreApplication.translate("RoutineActions", "You already have a routine called “%1”."),
        found.routine.name,
    )
    dialog = ChoiceDialog(heading, text, answers, icon_name="steps", parent=parent)
    dialog.setWindowTitle(QCoreApplication.translate("RoutineActions", "Import routine"))
    return dialog

"""The routine editor window: what the user sees and presses, and nothing it decides.

Across the top: the routine's name, who it is for, its description (one line until focused)
and how the two sides alternate (``fields.py``). Below, left: the techniques of a region (the
one chosen on the map, or another from the list) with an Add button. Right, taking most of
the height: the total, then the steps as compact rows (``step_list.py``), then the chosen
step's card (``step_card.py``). Every change is a signal; ``controller.RoutineEditorController``
decides and calls the ``show_*`` methods.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.ui.design.tokens import L, M, S
from massage_desktop.ui.guide.cards import SEPARATOR
from massage_desktop.ui.routine_editor.fields import RoutineFields
from massage_desktop.ui.routine_editor.keys import EditorKeys
from massage_desktop.ui.routine_editor.look import EditorLook
from massage_desktop.ui.routine_editor.map_popup import Figure as Figure
from massage_desktop.ui.routine_editor.map_popup import MapPopup
from massage_desktop.ui.routine_editor.picker import Offer, TechniquePicker
from massage_desktop.ui.routine_editor.removed_notice import RemovedNotice
from massage_desktop.ui.routine_editor.step_card import StepCard, select
from massage_desktop.ui.routine_editor.step_list import StepList

SIZE = (980, 680)
"""The editor's size where the screen has room: the steps list then shows 8 or more rows."""
_SUMMARY_MAX = 2000
Choice = tuple[str, str]
"""A value and the words shown for it."""


class RoutineEditorView(QDialog):
    """The editor's widgets.

    Signals:
        nameEdited(str): the name field changed.
        summaryEdited(str): the description field changed.
        performerChosen(str): who the routine is for ("self" or "partner").
        sidesChosen(str): how the sides alternate (a ``SideOrder`` value).
        regionChosen(str): a region was chosen in the list; its id.
        addRequested(str): add the technique with this id.
        stepSelected(int): a step of the routine became current (-1 for none).
        moveRequested(int, int): move a step from one row to another.
        sideChosen(str): the current step's side (an ``ItemSide`` value).
        durationChanged(int): the current step's time, in seconds.
        countChanged(int): how many times the current (counted) step runs, on each side.
        removeRequested(int): take the step at this row out.
        undoRemoveRequested(): put the step removed last back ("Undo" or Ctrl+Z).
        saveRequested(): Save was pressed, or Ctrl+S.
    """

    nameEdited = Signal(str)
    summaryEdited = Signal(str)
    performerChosen = Signal(str)
    sidesChosen = Signal(str)
    regionChosen = Signal(str)
    addRequested = Signal(str)
    stepSelected = Signal(int)
    moveRequested = Signal(int, int)
    sideChosen = Signal(str)
    durationChanged = Signal(int)
    countChanged = Signal(int)
    removeRequested = Signal(int)
    undoRemoveRequested = Signal()
    saveRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.may_close: Callable[[], bool] = lambda: True
        """Asked before Cancel or Escape closes the editor; the controller asks about changes."""
        self.setObjectName("routineEditor")
        self.setMinimumSize(760, 520)
        self.picker = TechniquePicker(self)
        self.region_box = self.picker.region_box
        self.techniques = self.picker.techniques
        self.add_button = self.picker.add_button
        self.steps = StepList(self)
        self.steps.setObjectName("cardList")  # the application's style: no frame, no fill
        self.steps.setAccessibleName(
            QCoreApplication.translate("RoutineEditor", "Steps of your routine")
        )
        self.steps.setAccessibleDescription(
            QCoreApplication.translate(
                "RoutineEditor", "Drag a step, or press Alt+Up or Alt+Down, to move it."
            )
        )
        self.steps.set_empty_text(
            QCoreApplication.translate(
                "RoutineEditor",
                "No steps yet. Choose a place under Where or on the map, then a technique, "
                "and press “Add to the routine” (or double-click the technique).",
            )
        )
        self.fields = RoutineFields(self)
        self.name_edit = self.fields.name_edit
        self.summary_edit = self.fields.summary_edit
        self.performer_box = self.fields.performer_box
        self.sides_box = self.fields.sides_box
        self.step_card = StepCard(self)
        card = self.step_card
        self.step_title, self.side_box = card.step_title, card.side_box
        self.time_label, self.time_box = card.time_label, card.time_box
        self.count_box = card.count_box
        self.bounds_label, self.remove_button = card.bounds_label, card.remove_button
        self.up_button, self.down_button = card.up_button, card.down_button
        self.total_label = QLabel(self)
        self.total_label.setWordWrap(True)
        self.total_label.setProperty("role", "total")
        self.safety_label = QLabel(self)
        self.safety_label.setWordWrap(True)
        self.problems_label = QLabel(self)
        self.problems_label.setWordWrap(True)
        self.problems_label.setProperty("role", "error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("primaryButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("quietButton")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.removed_notice = RemovedNotice(self)
        self.removed_label = self.removed_notice.label
        self.undo_button = self.removed_notice.undo_button
        for button in self.buttons.buttons():
            # Under X11 the platform theme gives standard buttons icons: a floppy disk on the
            # green Save and a red ✗ on the quiet Cancel, two styles for one pair of words
            # (walk 8, finding 9). The app's other buttons carry words alone.
            button.setIcon(QIcon())
        self.look = EditorLook(self, self.techniques, self.steps, self.summary_edit)
        """The style sheet for the app's theme, the texts at the text size."""
        self._build_layout()
        self._connect()
        self.keys = EditorKeys(self)
        """Ctrl+S, Ctrl+Z and the order of Tab."""

    def fit_screen(self) -> None:
        """Open large enough for a long routine, within the screen (980x680 at 1024x700)."""
        owner = self.parentWidget()
        screen = owner.screen() if owner is not None else self.screen()
        room = screen.availableGeometry().size() if screen is not None else QSize(*SIZE)
        self.resize(min(SIZE[0], room.width() - 44), min(SIZE[1], room.height() - 20))

    def set_text_scale(self, scale: float) -> None:
        """Draw the editor's texts ``scale`` times their size (the text-size setting)."""
        self.look.set_text_scale(scale)

    def _build_layout(self) -> None:
        steps_label = QLabel(QCoreApplication.translate("RoutineEditor", "&Steps"), self)
        steps_label.setProperty("role", "title")
        steps_label.setBuddy(self.steps)
        header = QHBoxLayout()
        header.setSpacing(M)
        header.addWidget(steps_label, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.total_label, 1)
        build = QVBoxLayout()
        build.setSpacing(S)
        build.addLayout(header)
        build.addWidget(self.safety_label)
        build.addWidget(self.steps, 1)
        build.addWidget(self.step_card)
        build.addWidget(self.removed_notice)
        build.addWidget(self.problems_label)
        columns = QHBoxLayout()
        columns.setSpacing(L)
        # The techniques' column as wide as the longest place's name (the box's size hint),
        # the steps all the rest: they are the routine.
        columns.addWidget(self.picker, 0)
        columns.addLayout(build, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(L, M, L, M)
        outer.setSpacing(M)
        outer.addWidget(self.fields)
        outer.addLayout(columns, 1)
        outer.addWidget(self.buttons)

    def _connect(self) -> None:
        self.name_edit.textEdited.connect(self.nameEdited)
        self.summary_edit.textChanged.connect(self._on_summary_edit_text_changed)
        self.up_button.clicked.connect(self._on_up_button_clicked)
        self.down_button.clicked.connect(self._on_down_button_clicked)
        self.performer_box.activated.connect(self._on_performer_box_activated)
        self.sides_box.activated.connect(self._on_sides_box_activated)
        self.picker.regionChosen.connect(self.regionChosen)
        self.picker.addRequested.connect(self.addRequested)
        self.steps.currentRowChanged.connect(self.stepSelected)
        self.steps.moveRequested.connect(self.moveRequested)
        self.side_box.activated.connect(self._on_side_box_activated)
        self.time_box.valueChanged.connect(self._on_time_box_value_changed)
        self.count_box.valueChanged.connect(self._on_count_box_value_changed)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.undo_button.clicked.connect(self.undoRemoveRequested)
        self.buttons.accepted.connect(self.saveRequested)
        self.buttons.rejected.connect(self.reject)

    def reject(self) -> None:
        """Close without saving, unless ``may_close`` says the changes should be kept."""
        if self.may_close():
            super().reject()

    # --- filled by the controller -----------------------------------------------------------

    @property
    def map_popup(self) -> MapPopup | None:
        """The body map "Choose on the map…" opens, once opened."""
        return self.picker.map_popup

    def set_figure(self, figure: Callable[[], Figure]) -> None:
        """What "Choose on the map…" draws: the map's drawing, its regions, its cache."""
        self.picker.figure = figure

    def set_hatched(
        self,
        hatched: Callable[[], Mapping[str, tuple[str, str]]],
        resting: Callable[[], Iterable[str]] = frozenset,
    ) -> None:
        """What the map popup hatches (ruled out, cautions, rests) and which only rest today."""
        self.picker.hatched = hatched
        self.picker.resting = resting

    def show_choices(
        self,
        regions: Sequence[Choice],
        performers: Sequence[Choice],
        sides: Sequence[Choice],
        item_sides: Sequence[Choice],
    ) -> None:
        """The fixed lists: regions by name, who it is for, side orders, a step's sides."""
        for box, choices in (
            (self.region_box, regions),
            (self.performer_box, performers),
            (self.sides_box, sides),
            (self.side_box, item_sides),
        ):
            box.clear()
            for value, text in choices:
                box.addItem(text, value)

    def show_performer_tip(self, text: str) -> None:
        """The "For" box's tooltip: whom the techniques are written for, where."""
        self.performer_box.setToolTip(text)

    def show_fields(self, name: str, summary: str, performer: str, sides: str) -> None:
        """The routine's own fields, without sending the change signals back."""
        self.name_edit.setText(name)
        self.summary_edit.blockSignals(True)
        self.summary_edit.setPlainText(summary)  # shown from its beginning
        self.summary_edit.blockSignals(False)
        select(self.performer_box, performer)
        select(self.sides_box, sides)

    def show_region(self, region_id: str, techniques: Sequence[Offer]) -> None:
        """The chosen region and its techniques (id, card text, tooltip, usable)."""
        self.picker.show_region(region_id, techniques)

    def show_steps(self, rows: Sequence[tuple[str, str]], current: int) -> None:
        """The routine's steps (card text, tooltip), with one current."""
        self.steps.blockSignals(True)
        self.steps.clear()
        for text, tip in rows:
            item = QListWidgetItem(text)
            # The whole line first: a long row is cut short at its end (walk 9, P3-g).
            whole = text.replace(SEPARATOR, " · ")
            item.setToolTip(f"{whole}\n{tip}" if tip else whole)
            self.steps.addItem(item)
        self.steps.setCurrentRow(current)
        self.steps.blockSignals(False)

    def show_step_detail(
        self,
        *,
        side: str | None,
        seconds: int | None,
        bounds: tuple[int, int] | None,
        bounds_text: str,
        times: int | None = None,
        times_bounds: tuple[int, int] | None = None,
    ) -> None:
        """The current step's side (None: no sides) and time (None: counted, not timed).

        With ``times_bounds`` the step is counted: the count box, set to ``times``, takes
        the time box's place.
        """
        self.step_card.show_detail(
            side=side,
            seconds=seconds,
            bounds=bounds,
            bounds_text=bounds_text,
            times=times,
            times_bounds=times_bounds,
        )
        # No step chosen (the routine is empty): no side or "0 s" to set for nothing.
        chosen = self.steps.currentRow() >= 0
        self.step_card.setVisible(chosen)
        self.step_card.setEnabled(chosen)
        item = self.steps.currentItem()
        self.step_card.show_position(
            item.text().split(SEPARATOR)[0] if item is not None else "",
            self.steps.currentRow(),
            self.steps.count(),
        )

    def show_total(self, text: str, safety: str) -> None:
        """The total time as built so far (empty: no steps yet), and the health profile's word."""
        self.total_label.setText(text)
        self.safety_label.setText(safety)
        self.safety_label.setVisible(bool(safety))

    def show_removed(self, text: str) -> None:
        """The step removed last, with "Undo" beside it (empty: nothing to put back)."""
        self.removed_notice.show_text(text)

    def show_problems(self, text: str, *, name_missing: bool = False) -> None:
        """Why the routine cannot be saved yet (empty: nothing).

        With ``name_missing`` the name field is marked and takes the focus: the red sentence
        under the steps alone left the user looking for the field (walk 6, finding 8).
        """
        self.problems_label.setText(text)
        self.problems_label.setVisible(bool(text))
        self.mark_name(name_missing, text if name_missing else "")
        if name_missing:
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def mark_name(self, missing: bool, why: str = "") -> None:
        """Draw the name field in the error colour while the routine has no name."""
        if bool(self.name_edit.property("missing")) == missing:
            return
        self.name_edit.setProperty("missing", missing)
        self.name_edit.setAccessibleDescription(why)
        # A dynamic property takes effect in the style sheet only when polished again.
        self.name_edit.style().unpolish(self.name_edit)
        self.name_edit.style().polish(self.name_edit)

    # --- handlers ---------------------------------------------------------------------------

    def _on_performer_box_activated(self, _index: int) -> None:
        self.performerChosen.emit(str(self.performer_box.currentData()))

    def _on_sides_box_activated(self, _index: int) -> None:
        self.sidesChosen.emit(str(self.sides_box.currentData()))

    def _on_summary_edit_text_changed(self) -> None:
        text = self.summary_edit.toPlainText()
        if len(text) > _SUMMARY_MAX:
            # QPlainTextEdit has no maximum length of its own (QLineEdit had 2000).
            self.summary_edit.setPlainText(text[:_SUMMARY_MAX])
            return
        self.summaryEdited.emit(text)

    def _on_up_button_clicked(self) -> None:
        row = self.steps.currentRow()
        if row > 0:
            self.moveRequested.emit(row, row - 1)

    def _on_down_button_clicked(self) -> None:
        row = self.steps.currentRow()
        if 0 <= row < self.steps.count() - 1:
            self.moveRequested.emit(row, row + 1)

    def _on_side_box_activated(self, _index: int) -> None:
        self.sideChosen.emit(str(self.side_box.currentData()))

    def _on_time_box_value_changed(self, value: int) -> None:
        self.durationChanged.emit(value)

    def _on_count_box_value_changed(self, value: int) -> None:
        self.countChanged.emit(value)

    def _on_remove_button_clicked(self) -> None:
        if self.steps.currentRow() >= 0:
            self.removeRequested.emit(self.steps.currentRow())

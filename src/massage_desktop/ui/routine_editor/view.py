"""The routine editor window: what the user sees and presses, and nothing it decides.

Left: the techniques of a region (the one chosen on the map, or another from the list) with
an Add button. Right: the routine's steps in order, the chosen step's side and time, the name,
who it is for and how the two sides alternate, with the total as it is built. Every change is
a signal; ``controller.RoutineEditorController`` decides and calls the ``show_*`` methods.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.ui.design.tokens import BODY, L, M, S, ThemeName, colours
from massage_desktop.ui.guide.cards import SEPARATOR, make_card_list
from massage_desktop.ui.guide.colours import is_dark
from massage_desktop.ui.routine_editor.style import editor_sheet

ID_ROLE = Qt.ItemDataRole.UserRole
_SUMMARY_MAX = 2000
Choice = tuple[str, str]
"""A value and the words shown for it."""


class StepList(QListWidget):
    """The routine's steps; drag one to a new place, or move it with Alt+Up and Alt+Down.

    Signals:
        moveRequested(int, int): move the step at the first row to the second.
    """

    moveRequested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.model().rowsMoved.connect(self._on_model_rows_moved)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Alt+Up and Alt+Down move the current step; other keys as usual."""
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
        row = self.currentRow()
        if step and event.modifiers() == Qt.KeyboardModifier.AltModifier and row >= 0:
            if 0 <= row + step < self.count():
                self.moveRequested.emit(row, row + step)
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_model_rows_moved(
        self,
        _parent: QModelIndex | QPersistentModelIndex,
        start: int,
        _end: int,
        _destination: QModelIndex | QPersistentModelIndex,
        row: int,
    ) -> None:
        # The model reports the row *before which* the item was dropped, counted before the
        # move; the controller re-fills the list from its draft, which stays the one truth.
        self.moveRequested.emit(start, row if row < start else row - 1)


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
        saveRequested(): Save was pressed.
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
    saveRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routineEditor")
        self.setMinimumSize(760, 520)
        self.region_box = QComboBox(self)
        self.region_box.setAccessibleName(
            QCoreApplication.translate("RoutineEditor", "Part of the body")
        )
        self.techniques = QListWidget(self)
        self.techniques.setAccessibleName(
            QCoreApplication.translate("RoutineEditor", "Techniques for this part")
        )
        make_card_list(self.techniques)
        self.add_button = QPushButton(
            QCoreApplication.translate("RoutineEditor", "&Add to the routine"), self
        )
        self.steps = StepList(self)
        self.steps.setAccessibleName(
            QCoreApplication.translate("RoutineEditor", "Steps of your routine")
        )
        self.steps.setAccessibleDescription(
            QCoreApplication.translate(
                "RoutineEditor", "Drag a step, or press Alt+Up or Alt+Down, to move it."
            )
        )
        make_card_list(self.steps)
        self.side_box = QComboBox(self)
        self.time_box = QSpinBox(self)
        self.time_box.setSuffix(QCoreApplication.translate("RoutineEditor", " s"))
        self.time_box.setAccelerated(True)
        # A counted step shows this in the time box's place (show_step_detail swaps them).
        self.count_box = QSpinBox(self)
        self.count_box.setSuffix(QCoreApplication.translate("RoutineEditor", " times"))
        self.count_box.hide()
        self.bounds_label = QLabel(self)
        self.bounds_label.setProperty("role", "muted")
        self.bounds_label.setWordWrap(True)
        self.remove_button = QPushButton(
            QCoreApplication.translate("RoutineEditor", "&Remove step"), self
        )
        self.remove_button.setObjectName("quietButton")
        self.up_button = self._move_button(
            "↑", QCoreApplication.translate("RoutineEditor", "Move the step up (Alt+Up)")
        )
        self.down_button = self._move_button(
            "↓", QCoreApplication.translate("RoutineEditor", "Move the step down (Alt+Down)")
        )
        self.step_title = QLabel(self)
        self.step_title.setProperty("role", "section")
        self.step_title.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(200)
        # Several lines: a description wraps instead of running off the field's end.
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setTabChangesFocus(True)
        # Three lines of the style sheet's body size, with its padding.
        body = QFont(self.font())
        body.setPixelSize(BODY)
        self.summary_edit.setFixedHeight(3 * QFontMetrics(body).lineSpacing() + 2 * S + 4)
        self.summary_edit.setPlaceholderText(
            QCoreApplication.translate("RoutineEditor", "Optional: what it is for")
        )
        self.performer_box = QComboBox(self)
        self.sides_box = QComboBox(self)
        self.total_label = QLabel(self)
        self.total_label.setWordWrap(True)
        bold = self.total_label.font()
        bold.setBold(True)
        self.total_label.setFont(bold)
        self.safety_label = QLabel(self)
        self.safety_label.setWordWrap(True)
        self.problems_label = QLabel(self)
        self.problems_label.setWordWrap(True)
        self.problems_label.setProperty("role", "error")
        # Screen readers get each field's name from its label's words, without the "&".
        for widget, name in (
            (self.name_edit, QCoreApplication.translate("RoutineEditor", "Name")),
            (self.summary_edit, QCoreApplication.translate("RoutineEditor", "Description")),
            (self.performer_box, QCoreApplication.translate("RoutineEditor", "For")),
            (self.sides_box, QCoreApplication.translate("RoutineEditor", "Side order")),
            (self.side_box, QCoreApplication.translate("RoutineEditor", "Side")),
            (self.time_box, QCoreApplication.translate("RoutineEditor", "Time")),
            (self.count_box, QCoreApplication.translate("RoutineEditor", "Count")),
        ):
            widget.setAccessibleName(name)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.add_button.setObjectName("quietButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("primaryButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("quietButton")
        self._theme = ""
        self._restyle()
        self._build_layout()
        self._connect()

    def _move_button(self, arrow: str, tip: str) -> QToolButton:
        """An arrow that moves the current step; Alt+Up/Down and dragging do the same."""
        button = QToolButton(self)
        button.setObjectName("quietButton")
        button.setText(arrow)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        return button

    def _restyle(self) -> None:
        """Carry the editor's style sheet for the theme shown (once per theme)."""
        theme: ThemeName = "dark" if is_dark(self.palette()) else "light"
        if theme != self._theme:
            self._theme = theme
            self.setStyleSheet(editor_sheet(colours(theme), theme))

    def changeEvent(self, event: QEvent) -> None:
        """Follow a theme change with the editor's own style sheet."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()

    def _build_layout(self) -> None:
        pick = QVBoxLayout()
        pick.setSpacing(S)
        region_label = QLabel(QCoreApplication.translate("RoutineEditor", "&Where"), self)
        region_label.setBuddy(self.region_box)
        pick.addWidget(region_label)
        pick.addWidget(self.region_box)
        pick.addWidget(self.techniques, 1)
        pick.addWidget(self.add_button)
        # The selected step's side, time and moves sit on a card of their own right under
        # the steps, titled with the step's name: they act on that step only.
        card = QFrame(self)
        card.setObjectName("stepCard")
        detail = QGridLayout(card)
        detail.setContentsMargins(M, M, M, M)
        detail.setHorizontalSpacing(S)
        side_label = QLabel(QCoreApplication.translate("RoutineEditor", "S&ide"), card)
        side_label.setBuddy(self.side_box)
        self.time_label = QLabel(QCoreApplication.translate("RoutineEditor", "&Time"), card)
        self.time_label.setBuddy(self.time_box)
        # Wide enough for "Time" and "Count" alike: the boxes do not shift when it switches.
        self.time_label.setMinimumWidth(
            max(
                self.time_label.fontMetrics().horizontalAdvance(text.replace("&", ""))
                for text in (
                    QCoreApplication.translate("RoutineEditor", "&Time"),
                    QCoreApplication.translate("RoutineEditor", "&Count"),
                )
            )
        )
        moves = QHBoxLayout()
        moves.setSpacing(S)
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        moves.addStretch(1)
        moves.addWidget(self.remove_button)
        detail.addWidget(self.step_title, 0, 0, 1, 4)
        detail.addWidget(side_label, 1, 0)
        detail.addWidget(self.side_box, 1, 1)
        detail.addWidget(self.time_label, 1, 2)
        detail.addWidget(self.time_box, 1, 3)
        detail.addWidget(self.count_box, 1, 3)
        detail.addWidget(self.bounds_label, 2, 0, 1, 4)
        detail.addLayout(moves, 3, 0, 1, 4)
        detail.setColumnStretch(1, 3)
        detail.setColumnStretch(3, 2)
        self._step_card = card
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("RoutineEditor", "&Name"), self.name_edit)
        form.addRow(QCoreApplication.translate("RoutineEditor", "&Description"), self.summary_edit)
        form.addRow(QCoreApplication.translate("RoutineEditor", "&For"), self.performer_box)
        form.addRow(QCoreApplication.translate("RoutineEditor", "Side &order"), self.sides_box)
        build = QVBoxLayout()
        build.setSpacing(S)
        steps_label = QLabel(QCoreApplication.translate("RoutineEditor", "&Steps"), self)
        steps_label.setBuddy(self.steps)
        build.addLayout(form)
        build.addWidget(steps_label)
        build.addWidget(self.steps, 1)
        build.addWidget(self._step_card)
        build.addWidget(self.total_label)
        build.addWidget(self.safety_label)
        build.addWidget(self.problems_label)
        columns = QHBoxLayout()
        columns.setSpacing(L)
        columns.addLayout(pick, 2)
        columns.addLayout(build, 3)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(L, L, L, M)
        outer.addLayout(columns, 1)
        outer.addWidget(self.buttons)

    def _connect(self) -> None:
        self.name_edit.textEdited.connect(self.nameEdited)
        self.summary_edit.textChanged.connect(self._on_summary_edit_text_changed)
        self.up_button.clicked.connect(self._on_up_button_clicked)
        self.down_button.clicked.connect(self._on_down_button_clicked)
        self.performer_box.activated.connect(self._on_performer_box_activated)
        self.sides_box.activated.connect(self._on_sides_box_activated)
        self.region_box.activated.connect(self._on_region_box_activated)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.techniques.itemActivated.connect(self._on_techniques_item_activated)
        self.steps.currentRowChanged.connect(self.stepSelected)
        self.steps.moveRequested.connect(self.moveRequested)
        self.side_box.activated.connect(self._on_side_box_activated)
        self.time_box.valueChanged.connect(self._on_time_box_value_changed)
        self.count_box.valueChanged.connect(self._on_count_box_value_changed)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.buttons.accepted.connect(self.saveRequested)
        self.buttons.rejected.connect(self.reject)

    # --- filled by the controller -----------------------------------------------------------

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

    def show_fields(self, name: str, summary: str, performer: str, sides: str) -> None:
        """The routine's own fields, without sending the change signals back."""
        self.name_edit.setText(name)
        self.summary_edit.blockSignals(True)
        self.summary_edit.setPlainText(summary)  # shown from its beginning
        self.summary_edit.blockSignals(False)
        _select(self.performer_box, performer)
        _select(self.sides_box, sides)

    def show_region(self, region_id: str, techniques: Sequence[tuple[str, str, str]]) -> None:
        """The chosen region and its techniques (id, card text, tooltip)."""
        _select(self.region_box, region_id)
        self.techniques.clear()
        for technique_id, text, tip in techniques:
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, technique_id)
            item.setToolTip(tip)
            self.techniques.addItem(item)
        if self.techniques.count():
            self.techniques.setCurrentRow(0)
        self.add_button.setEnabled(self.techniques.count() > 0)

    def show_steps(self, rows: Sequence[tuple[str, str]], current: int) -> None:
        """The routine's steps (card text, tooltip), with one current."""
        self.steps.blockSignals(True)
        self.steps.clear()
        for text, tip in rows:
            item = QListWidgetItem(text)
            item.setToolTip(tip)
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
        self.side_box.setEnabled(side is not None)
        if side is not None:
            _select(self.side_box, side)
        counted = times_bounds is not None
        self.time_box.setVisible(not counted)
        self.count_box.setVisible(counted)
        self.time_label.setText(
            QCoreApplication.translate("RoutineEditor", "&Count")
            if counted
            else QCoreApplication.translate("RoutineEditor", "&Time")
        )
        self.time_label.setBuddy(self.count_box if counted else self.time_box)
        self.count_box.blockSignals(True)
        if times_bounds is not None and times is not None:
            self.count_box.setRange(*times_bounds)
            self.count_box.setValue(times)
        self.count_box.blockSignals(False)
        self.time_box.blockSignals(True)
        self.time_box.setEnabled(bounds is not None)
        if bounds is not None and seconds is not None:
            self.time_box.setRange(*bounds)
            self.time_box.setValue(seconds)
        self.time_box.blockSignals(False)
        self.bounds_label.setText(bounds_text)
        row = self.steps.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.steps.count() - 1)
        item = self.steps.currentItem()
        self.step_title.setText(item.text().split(SEPARATOR)[0] if item is not None else "")

    def show_total(self, text: str, safety: str) -> None:
        """The total time as built so far, and what the health profile says."""
        self.total_label.setText(text)
        self.safety_label.setText(safety)
        self.safety_label.setVisible(bool(safety))

    def show_problems(self, text: str) -> None:
        """Why the routine cannot be saved yet (empty: nothing)."""
        self.problems_label.setText(text)
        self.problems_label.setVisible(bool(text))

    # --- handlers ---------------------------------------------------------------------------

    def _on_performer_box_activated(self, _index: int) -> None:
        self.performerChosen.emit(str(self.performer_box.currentData()))

    def _on_sides_box_activated(self, _index: int) -> None:
        self.sidesChosen.emit(str(self.sides_box.currentData()))

    def _on_region_box_activated(self, _index: int) -> None:
        self.regionChosen.emit(str(self.region_box.currentData()))

    def _on_add_button_clicked(self) -> None:
        item = self.techniques.currentItem()
        if item is not None:
            self.addRequested.emit(str(item.data(ID_ROLE)))

    def _on_techniques_item_activated(self, item: QListWidgetItem) -> None:
        self.addRequested.emit(str(item.data(ID_ROLE)))

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


def _select(box: QComboBox, value: str) -> None:
    index = box.findData(value)
    if index >= 0:
        box.setCurrentIndex(index)

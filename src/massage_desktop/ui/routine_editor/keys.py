"""The routine editor by keyboard: Save's keys, Undo's, Tab in reading order, and Escape.

Walk 9 (P3-c): Alt+S went to "Steps", Enter and Ctrl+S did nothing, Tab went from the
step's Time back to "Remove step", and Space there removed the only step for good.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from massage_desktop.ui.design.choice import ChoiceDialog

if TYPE_CHECKING:
    from massage_desktop.ui.routine_editor.view import RoutineEditorView


class EditorKeys(QObject):
    """Save with Ctrl+S or its own Alt letter, a removed step back with Ctrl+Z, Tab in order.

    Args:
        view: The editor, its widgets all made.
    """

    def __init__(self, view: RoutineEditorView) -> None:
        super().__init__(view)
        self._view = view
        view.save_button.setText(QCoreApplication.translate("RoutineEditor", "Sa&ve"))
        view.save_button.setToolTip(
            QCoreApplication.translate("RoutineEditor", "Save the routine (Ctrl+S)")
        )
        self.save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), view)
        # Text fields keep their own Ctrl+Z: Qt gives it to the focused field first.
        self.undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), view)
        self.save.activated.connect(self._on_save_activated)
        self.undo.activated.connect(self._on_undo_activated)
        order_tabs(view)

    def _on_save_activated(self) -> None:
        self._view.save_button.click()

    def _on_undo_activated(self) -> None:
        if self._view.removed_notice.isVisible():
            self._view.undoRemoveRequested.emit()


def order_tabs(view: RoutineEditorView) -> None:
    """Tab goes as the eye reads: the fields, the techniques, the steps, the card, Save."""
    chain: list[QWidget] = [
        view.name_edit,
        view.performer_box,
        view.summary_edit,
        view.sides_box,
        view.picker.map_button,
        view.region_box,
        view.techniques,
        view.add_button,
        view.steps,
        view.up_button,
        view.down_button,
        view.remove_button,
        view.side_box,
        view.time_box,
        view.count_box,
        view.undo_button,
        view.save_button,
        view.buttons.button(QDialogButtonBox.StandardButton.Cancel),
    ]
    for first, second in pairwise(chain):
        QWidget.setTabOrder(first, second)


def may_discard(parent: QWidget) -> bool:
    """Ask before Cancel or Escape drops a changed routine; True: discard it.

    Escape once threw away a routine being built without a word.
    """
    dialog = ChoiceDialog(
        QCoreApplication.translate("RoutineEditor", "Discard your changes?"),
        QCoreApplication.translate("RoutineEditor", "The routine has changes that are not saved."),
        [
            QCoreApplication.translate("RoutineEditor", "Keep editing"),
            QCoreApplication.translate("RoutineEditor", "Discard"),
        ],
        default=0,
        # "Keep editing" is what Cancel did: two buttons for one thing (walk 5, 28).
        with_cancel=False,
        parent=parent,
    )
    dialog.exec()
    return dialog.chosen() == 1

"""The line under the step card after a step was removed: its name and "Undo".

A step removed by mistake comes back: Space on a focused "Remove step" took the only step
away without a word (walk 9, P3-c).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from massage_desktop.ui.design.tokens import S


class RemovedNotice(QWidget):
    """``“Kneading” removed.  [Undo]``; hidden while there is nothing to put back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setProperty("role", "muted")
        self.undo_button = QPushButton(QCoreApplication.translate("RoutineEditor", "&Undo"), self)
        self.undo_button.setObjectName("quietButton")
        self.undo_button.setToolTip(
            QCoreApplication.translate("RoutineEditor", "Put the step back (Ctrl+Z)")
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(S)
        row.addWidget(self.label, 1)
        row.addWidget(self.undo_button)
        self.hide()

    def show_text(self, text: str) -> None:
        """Name the step removed last; empty hides the line."""
        self.label.setText(text)
        self.setVisible(bool(text))

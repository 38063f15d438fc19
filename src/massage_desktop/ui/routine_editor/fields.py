"""The routine's own fields above the steps: name, who it is for, description, side order.

They span the editor's width, so a long translation of a side order (German
"Seitenabfolge") is not cut, and the description folds to one line until it has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFocusEvent, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from massage_desktop.ui.design.dialog_sheet import px
from massage_desktop.ui.design.tokens import BODY, S

FOLDED_LINES, OPEN_LINES = 1, 4
_CHROME = 2 * (5 + 1 + 2)
"""Above and below the lines: the style sheet's padding and border, the document margin."""


class FoldingTextEdit(QPlainTextEdit):
    """A text field one line high that opens to four lines while it has the focus.

    The whole text is its tooltip, so what the folded line hides can be read by pointing.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._line = 0
        self.document().setDocumentMargin(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The document's signal: the view sets the text with the widget's signals blocked.
        self.document().contentsChanged.connect(self._on_document_contents_changed)
        self.set_text_scale(1.0)

    def set_text_scale(self, scale: float) -> None:
        """Fold to one line, and open to four, of the style sheet's text size at ``scale``."""
        body = QFont(self.font())
        body.setPixelSize(px(BODY, scale))  # the style sheet's size, known before it is applied
        self._line = QFontMetrics(body).lineSpacing()
        self._fold(not self.hasFocus())

    def _fold(self, folded: bool) -> None:
        lines = FOLDED_LINES if folded else OPEN_LINES
        self.setFixedHeight(lines * self._line + _CHROME)
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if folded
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        if folded:
            self.moveCursor(self.textCursor().MoveOperation.Start)

    def is_folded(self) -> bool:
        """Whether the field shows one line only."""
        return self.height() < 2 * self._line + _CHROME

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Open to four lines."""
        self._fold(False)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Fold back to one line, shown from its beginning."""
        super().focusOutEvent(event)
        self._fold(True)

    def _on_document_contents_changed(self) -> None:
        self.setToolTip(self.toPlainText())


class RoutineFields(QWidget):
    """Name and "for" on one row, then the description, then the side order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(200)
        self.summary_edit = FoldingTextEdit(self)
        self.summary_edit.setPlaceholderText(
            QCoreApplication.translate("RoutineEditor", "Optional: what it is for")
        )
        self.performer_box = QComboBox(self)
        self.sides_box = QComboBox(self)
        # The whole choice shows: it is the one long text here.
        self.sides_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sides_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(S)
        grid.setVerticalSpacing(S)
        rows = (
            (QCoreApplication.translate("RoutineEditor", "&Name"), self.name_edit, 0, 0, 1),
            (QCoreApplication.translate("RoutineEditor", "&For"), self.performer_box, 0, 2, 1),
            (
                QCoreApplication.translate("RoutineEditor", "&Description"),
                self.summary_edit,
                1,
                0,
                3,
            ),
            (QCoreApplication.translate("RoutineEditor", "Side &order"), self.sides_box, 2, 0, 3),
        )
        for text, field, row, column, span in rows:
            label = QLabel(text, self)
            label.setBuddy(field)
            grid.addWidget(label, row, column)
            grid.addWidget(field, row, column + 1, 1, span)
            # Screen readers get each field's name from its label's words, without the "&".
            field.setAccessibleName(text.replace("&", ""))
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 1)

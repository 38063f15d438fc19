"""The search box (Ctrl+F): techniques, routines and regions by name or alias."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from massage_desktop.content.search import Hit, HitKind, SearchIndex
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP

_KIND_TEXT = {
    HitKind.TECHNIQUE: QT_TRANSLATE_NOOP("SearchBox", "Technique"),
    HitKind.ROUTINE: QT_TRANSLATE_NOOP("SearchBox", "Routine"),
    HitKind.REGION: QT_TRANSLATE_NOOP("SearchBox", "Region"),
}
_HIT_ROLE = Qt.ItemDataRole.UserRole


class SearchBox(QWidget):
    """A line edit with a drop-down of results, filtered as you type.

    Signals:
        hitsChanged(list): the current results (``Hit`` objects), for highlighting on the map.
        hitActivated(object): the user chose a result (a ``Hit``).
    """

    hitsChanged = Signal(list)
    hitActivated = Signal(object)

    def __init__(self, index: SearchIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index = index
        self._edit = QLineEdit(self)
        self._edit.setObjectName("search")
        self._edit.setPlaceholderText(
            QCoreApplication.translate("SearchBox", "Find a body part or technique (Ctrl+F)")
        )
        self._edit.setClearButtonEnabled(True)
        self._edit.setAccessibleName(QCoreApplication.translate("SearchBox", "Search"))
        self._popup = QListWidget(self)
        self._popup.setWindowFlags(Qt.WindowType.ToolTip)
        self._popup.setFrameShape(QFrame.Shape.StyledPanel)
        self._popup.setAccessibleName(QCoreApplication.translate("SearchBox", "Search results"))
        self._popup.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._edit)
        self.setFocusProxy(self._edit)
        self._edit.textChanged.connect(self._on_edit_text_changed)
        self._edit.returnPressed.connect(self._on_edit_return_pressed)
        self._popup.itemClicked.connect(self._on_popup_item_clicked)
        self._edit.installEventFilter(self)

    def set_index(self, index: SearchIndex) -> None:
        """Search a new index from the next keystroke on (the user's routines changed)."""
        self._index = index

    def sizeHint(self) -> QSize:
        """As wide as allowed: a layout grows the search to its cap before any spacer beside it."""
        hint = super().sizeHint()
        return QSize(max(hint.width(), min(self.maximumWidth(), 720)), hint.height())

    def text(self) -> str:
        """The query typed so far."""
        return self._edit.text()

    def set_text(self, text: str) -> None:
        """Type ``text`` into the box (updates the results)."""
        self._edit.setText(text)

    def results(self) -> list[Hit]:
        """The results shown in the drop-down, best first."""
        return [self._popup.item(i).data(_HIT_ROLE) for i in range(self._popup.count())]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down move through the results while typing; Escape closes them."""
        if watched is self._edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self._popup.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = (self._popup.currentRow() + step) % self._popup.count()
                self._popup.setCurrentRow(row)
                return True
            if key == Qt.Key.Key_Escape and self._popup.isVisible():
                self._popup.hide()
                return True
        return super().eventFilter(watched, event)

    def _on_edit_text_changed(self, text: str) -> None:
        hits = self._index.search(text)
        self._popup.clear()
        for hit in hits:
            kind = QCoreApplication.translate("SearchBox", _KIND_TEXT[hit.kind])
            label = f"{hit.label}  —  {kind}"
            if hit.matched.casefold() not in hit.label.casefold():
                label += f" ({hit.matched})"
            item = QListWidgetItem(label)
            item.setData(_HIT_ROLE, hit)
            self._popup.addItem(item)
        self.hitsChanged.emit(hits)
        if hits and self._edit.hasFocus():
            self._show_popup()
        else:
            self._popup.hide()

    def _show_popup(self) -> None:
        self._popup.setCurrentRow(0)
        width = max(self._edit.width(), 320)
        rows = min(self._popup.count(), 10)
        height = self._popup.sizeHintForRow(0) * rows + 2 * self._popup.frameWidth() + 4
        origin = self._edit.mapToGlobal(self._edit.rect().bottomLeft())
        self._popup.setGeometry(origin.x(), origin.y(), width, height)
        self._popup.show()

    def _on_edit_return_pressed(self) -> None:
        item = self._popup.currentItem() or self._popup.item(0)
        if item is not None:
            self._choose(item)

    def _on_popup_item_clicked(self, item: QListWidgetItem) -> None:
        self._choose(item)

    def _choose(self, item: QListWidgetItem) -> None:
        self._popup.hide()
        self.hitActivated.emit(item.data(_HIT_ROLE))

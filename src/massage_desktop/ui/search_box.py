"""The search box (Ctrl+F): techniques, routines and regions by name or alias."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidgetItem, QVBoxLayout, QWidget

from massage_desktop.content.search import Hit, HitKind, SearchIndex
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill
from massage_desktop.ui.search_popup import HIT_ROLE, SearchPopup

_KIND_TEXT = {
    HitKind.TECHNIQUE: QT_TRANSLATE_NOOP("SearchBox", "Technique"),
    HitKind.ROUTINE: QT_TRANSLATE_NOOP("SearchBox", "Routine"),
    HitKind.REGION: QT_TRANSLATE_NOOP("SearchBox", "Region"),
}


class SearchBox(QWidget):
    """A line edit with a drop-down of results, filtered as you type.

    Escape clears the field; a second Escape, in the empty field, hands the focus back.

    Signals:
        hitsChanged(list): the current results (``Hit`` objects), for highlighting on the map.
        hitActivated(object): the user chose a result (a ``Hit``).
        leaveRequested(): Escape in the empty field: the owner moves the focus on (the map).
    """

    hitsChanged = Signal(list)
    hitActivated = Signal(object)
    leaveRequested = Signal()

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
        self._popup = SearchPopup(self)
        self._popup.setAccessibleName(QCoreApplication.translate("SearchBox", "Search results"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._edit)
        self.setFocusProxy(self._edit)
        self._edit.textChanged.connect(self._on_edit_text_changed)
        self._edit.returnPressed.connect(self._on_edit_return_pressed)
        self._popup.list.itemClicked.connect(self._on_popup_item_clicked)
        self._edit.installEventFilter(self)

    @property
    def popup(self) -> SearchPopup:
        """The drop-down under the field (results, or the line saying nothing matched)."""
        return self._popup

    def set_index(self, index: SearchIndex) -> None:
        """Search a new index from the next keystroke on (the user's routines changed)."""
        self._index = index

    def sizeHint(self) -> QSize:
        """As wide as allowed: a layout grows the search to its cap before any spacer beside it."""
        hint = super().sizeHint()
        return QSize(max(hint.width(), min(self.maximumWidth(), 720)), hint.height())

    def activate(self) -> None:
        """Ctrl+F: focus the field with its text selected, so typing starts a new search."""
        self._edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._edit.selectAll()

    def text(self) -> str:
        """The query typed so far."""
        return self._edit.text()

    def set_text(self, text: str) -> None:
        """Type ``text`` into the box (updates the results)."""
        self._edit.setText(text)

    def results(self) -> list[Hit]:
        """The results shown in the drop-down, best first."""
        return self._popup.hits()

    def no_match_text(self) -> str:
        """What the drop-down says when nothing matches the query (empty when something does)."""
        query = self._edit.text().strip()
        if not query or self._popup.hits():
            return ""
        return fill(
            QCoreApplication.translate("SearchBox", "No body part or technique matches “%1”"),
            query,
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down move through the results while typing; Escape clears, then leaves."""
        # Clicking elsewhere (the map, the guide) closes the results, as a menu would; a
        # click on a result keeps the focus here (the drop-down never takes it).
        focus_left = watched is self._edit and event.type() == QEvent.Type.FocusOut
        if focus_left and not self._popup.underMouse():
            self._popup.hide()
        if watched is self._edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            results = self._popup.list
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and results.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                results.setCurrentRow((results.currentRow() + step) % results.count())
                return True
            if key == Qt.Key.Key_Escape:
                if self._edit.text():
                    self._edit.clear()  # hides the drop-down and unmarks the map
                else:
                    self._popup.hide()
                    self.leaveRequested.emit()
                return True
        return super().eventFilter(watched, event)

    def _on_edit_text_changed(self, text: str) -> None:
        hits = self._index.search(text)
        kinds = [QCoreApplication.translate("SearchBox", _KIND_TEXT[h.kind]) for h in hits]
        self._popup.set_hits(hits, kinds)
        self.hitsChanged.emit(hits)
        if not text.strip():
            self._popup.hide()
        elif self._edit.hasFocus():
            self._show_popup()

    def _show_popup(self) -> None:
        if not self._popup.hits():
            self._popup.set_empty(self.no_match_text())
        self._popup.place_under(self._edit)

    def _on_edit_return_pressed(self) -> None:
        item = self._popup.list.currentItem() or self._popup.list.item(0)
        if item is not None:
            self._choose(item)
        elif self._edit.text().strip():
            self._show_popup()  # Enter on a query that found nothing says so again

    def _on_popup_item_clicked(self, item: QListWidgetItem) -> None:
        self._choose(item)

    def _choose(self, item: QListWidgetItem) -> None:
        self._popup.hide()
        self.hitActivated.emit(item.data(HIT_ROLE))

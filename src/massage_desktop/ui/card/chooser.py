"""File ▸ Print routine… with no routine on screen: pick one from the routines as cards.

A designed dialog of the app, not a stock input box: each routine is a card as in the guide
(its name over its length, its steps and who it is for), the likely one chosen and in view;
a double-click or Enter prints it, as the "Print…" button does.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.design.dialog_sheet import px
from massage_desktop.ui.design.screen import DesignedDialog, page_height
from massage_desktop.ui.design.tokens import BODY_SMALL
from massage_desktop.ui.guide.cards import make_card_list
from massage_desktop.ui.guide.lists import ID_ROLE, routine_card_text

LIST_HEIGHT = 380
"""The cards' height at 100 % (the list scrolls): with heading and buttons under 700 px."""
WIDTH = 600
"""Wide enough for a card's details on one line ("7 min · 11 parts, one side then the other")."""
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class RoutineChooser(DesignedDialog):
    """Asks which routine to print.

    Args:
        catalog: The routines (their cards' texts come from it).
        routine_ids: The routines to offer, in the order shown.
        current: The routine chosen when the dialog opens (None: the first).
        large: The text-size setting's factor, as ``DesignedDialog``'s.
        parent: The window the dialog is shown over.

    Signals:
        None of its own; read ``chosen_routine()`` after ``exec()``.
    """

    def __init__(
        self,
        catalog: Catalog,
        routine_ids: Sequence[str],
        current: str | None = None,
        *,
        large: bool | float = False,
        parent: QWidget | None = None,
    ) -> None:
        title = QCoreApplication.translate("RoutineCard", "Print routine")
        super().__init__(title, title, "steps", large=large, parent=parent)
        self.add_text(
            escape(
                QCoreApplication.translate("RoutineCard", "Which routine would you like to print?")
            )
        )
        self.routines = QListWidget(self)
        make_card_list(self.routines)
        # The guide's card lists show every card; here the list scrolls within the dialog.
        self.routines.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.routines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.routines.setAccessibleName(QCoreApplication.translate("RoutineCard", "Routines"))
        # The cards' text at the dialog's scale: the list's font is what the cards scale from.
        font = self.routines.font()
        font.setPixelSize(px(BODY_SMALL + 1, self.scale))
        self.routines.setFont(font)
        for routine_id in routine_ids:
            routine = catalog.routines[routine_id]
            item = QListWidgetItem(
                routine_card_text(catalog, routine, own=catalog.is_own(routine_id))
            )
            item.setData(ID_ROLE, routine_id)
            item.setToolTip(routine.summary)
            self.routines.addItem(item)
        # A fixed height, known before the dialog measures itself: the cards' own heights
        # depend on a width the list does not have yet.
        self.routines.setFixedHeight(page_height(LIST_HEIGHT, self.scale))
        self.setMinimumWidth(self.scaled_width(WIDTH))
        self.body.addWidget(self.routines)
        self.cancel_button = self.add_secondary(QCoreApplication.translate("RoutineCard", "Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.print_button = self.set_primary(QCoreApplication.translate("RoutineCard", "&Print…"))
        self.routines.itemDoubleClicked.connect(self._on_routines_item_double_clicked)
        self.routines.installEventFilter(self)
        ids = list(routine_ids)
        self.routines.setCurrentRow(ids.index(current) if current in ids else 0)
        self.routines.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen_routine(self) -> str | None:
        """The id of the chosen routine (None when the list is empty)."""
        item = self.routines.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def showEvent(self, event: QShowEvent) -> None:
        """Bring the chosen routine's card into view."""
        super().showEvent(event)
        item = self.routines.currentItem()
        if item is not None:
            self.routines.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the list prints the chosen routine, as the primary button does."""
        if (
            watched is self.routines
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER_KEYS
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def _on_routines_item_double_clicked(self, _item: QListWidgetItem) -> None:
        self.accept()

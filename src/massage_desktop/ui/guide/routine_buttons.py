"""What can be done with the routine shown: one quiet button and a "…" menu for the rest.

They were links in the guide's text ("Edit · Duplicate · Delete · Export…"), blue and
underlined like a web page's (walk 8, finding 9). As app controls they take the theme's button
style, reach the keyboard and a screen reader by name, and Delete sits in a menu, a step away
from a stray click.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QHBoxLayout, QMenu, QToolButton, QWidget

from massage_desktop.ui.design.icons import icon
from massage_desktop.ui.design.tokens import S
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill

OWN_ACTIONS = (
    ("edit", QT_TRANSLATE_NOOP("Guide", "Edit")),
    ("duplicate", QT_TRANSLATE_NOOP("Guide", "Duplicate")),
    ("export", QT_TRANSLATE_NOOP("Guide", "Export…")),
    ("delete", QT_TRANSLATE_NOOP("Guide", "Delete")),
)
"""A routine of the user's own: the first is the button, the rest are in its menu."""
BUILT_IN_ACTIONS = (
    ("save-as-mine", QT_TRANSLATE_NOOP("Guide", "Save as my routine")),
    ("export", QT_TRANSLATE_NOOP("Guide", "Export…")),
)
"""A built-in routine: the first is the button, the rest are in its menu."""


class RoutineButtons(QWidget):
    """The routine's first action as a button, the others in a "…" menu beside it.

    Signals:
        chosen(str): an action was chosen: "edit", "duplicate", "delete", "export" or
            "save-as-mine".
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = QToolButton(self)
        self.main.setObjectName("quietButton")
        self.main.setCursor(Qt.CursorShape.PointingHandCursor)
        self.main.clicked.connect(self._on_main_clicked)
        self.more = QToolButton(self)
        self.more.setObjectName("quietButton")
        self.more.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        # The "…" says there is more; a second arrow beside it said it again.
        self.more.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self._menu = QMenu(self.more)
        self.more.setMenu(self._menu)
        self._actions: tuple[tuple[str, str], ...] = BUILT_IN_ACTIONS
        self._name = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(S)
        layout.addWidget(self.main)
        layout.addWidget(self.more)
        layout.addStretch(1)
        self._recolour()

    def show_for(self, name: str, *, own: bool) -> None:
        """Offer what can be done with the routine ``name``: edit it, or save it as one's own."""
        self._actions = OWN_ACTIONS if own else BUILT_IN_ACTIONS
        self._name = name
        self.retranslate()

    def retranslate(self) -> None:
        """Word the button and the menu in the user interface's language."""
        (key, text), *rest = self._actions
        self.main.setText(QCoreApplication.translate("Guide", text))
        self.main.setProperty("action", key)
        self._menu.clear()
        for action_key, action_text in rest:
            action = QAction(QCoreApplication.translate("Guide", action_text), self._menu)
            action.triggered.connect(lambda _=False, k=action_key: self.chosen.emit(k))
            self._menu.addAction(action)
        more = fill(QCoreApplication.translate("Guide", "More for “%1”"), self._name)
        self.more.setAccessibleName(more)
        self.more.setToolTip(more)

    def menu_actions(self) -> list[QAction]:
        """The actions in the "…" menu, in order."""
        return self._menu.actions()

    def _recolour(self) -> None:
        """Draw the "…" in the palette's text colour."""
        self.more.setIcon(icon("more", self.palette().color(QPalette.ColorRole.WindowText).name()))

    def _on_main_clicked(self) -> None:
        self.chosen.emit(str(self.main.property("action")))

    def changeEvent(self, event: QEvent) -> None:
        """Recolour the "…" with the theme, word it all again with the language."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._recolour()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

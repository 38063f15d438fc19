"""The window's top bar: the app's name, the search field in the middle, and a few buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QPushButton, QSizePolicy, QToolBar, QToolButton, QWidget

from massage_desktop import APP_NAME
from massage_desktop.ui.design.icons import icon
from massage_desktop.ui.design.tokens import XL, L
from massage_desktop.ui.search_box import SearchBox


class TopBar(QToolBar):
    """Name, search and the buttons for the region list and the history.

    Signals:
        homeRequested(): the user clicked the app's name, to go back to the start page.
        regionListToggled(bool): the user showed (True) or hid the list of regions.
        historyRequested(): the user asked for the session history.
    """

    homeRequested = Signal()
    regionListToggled = Signal(bool)
    historyRequested = Signal()

    def __init__(self, search: SearchBox, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("MainWindow", "Search"), parent)
        self.setObjectName("topBar")
        self.setMovable(False)
        self.setFloatable(False)
        self.setIconSize(QSize(20, 20))
        # The name is the way home, as in most apps: once a part was chosen, only Esc led back
        # to the start page and its routines, and nothing on screen said so.
        # A push button: a QToolButton in a tool bar drew the 28 px logo at the bar's 20 px and
        # smaller still under the style sheet, whatever its own icon size said.
        self.home = QPushButton(APP_NAME, self)
        self.home.setObjectName("appTitle")
        self.home.setToolTip(
            QCoreApplication.translate("TopBar", "Back to the start page and its routines (Esc)")
        )
        self.home.setAccessibleName(QCoreApplication.translate("TopBar", "Start page"))
        self.home.setIconSize(QSize(28, 28))
        self.home.setFlat(True)
        self.home.setCursor(Qt.CursorShape.PointingHandCursor)
        self.home.clicked.connect(self.homeRequested)
        self.addWidget(self.home)
        self.addWidget(self._spacer(XL, expanding=False))
        search.setMinimumWidth(320)
        search.setMaximumWidth(720)
        search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(search)
        # Takes what the capped search leaves on wide windows, so the buttons sit at the right
        # edge; below the cap the two share the room and the search keeps its minimum.
        self.addWidget(self._spacer(L, expanding=True))
        self.regions = self._button(
            QCoreApplication.translate("TopBar", "All regions"),
            QCoreApplication.translate("TopBar", "Show or hide a list of every region, by name"),
        )
        self.regions.setCheckable(True)
        self.regions.toggled.connect(self.regionListToggled)
        self.history = self._button(
            QCoreApplication.translate("TopBar", "History"),
            QCoreApplication.translate("TopBar", "Your past sessions (Ctrl+H)"),
        )
        self.history.clicked.connect(self.historyRequested)
        self._recolour()

    def focus_order(self) -> list[QWidget]:
        """The bar's buttons in Tab order, after the map and the guide (the search leads)."""
        return [self.regions, self.history, self.home]

    def _spacer(self, width: int, *, expanding: bool) -> QWidget:
        spacer = QWidget(self)
        spacer.setMinimumWidth(width)
        policy = QSizePolicy.Policy.Expanding if expanding else QSizePolicy.Policy.Fixed
        spacer.setSizePolicy(policy, QSizePolicy.Policy.Preferred)
        return spacer

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName("quietButton")
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addWidget(button)
        return button

    def _recolour(self) -> None:
        """Draw the icons in the palette's text and accent colours."""
        text = self.palette().color(QPalette.ColorRole.WindowText).name()
        accent = self.palette().color(QPalette.ColorRole.Highlight).name()
        self.home.setIcon(icon("spa", accent, 28))
        self.regions.setIcon(icon("list", text))
        self.history.setIcon(icon("history", text))

    def changeEvent(self, event: QEvent) -> None:
        """Recolour the icons when the theme changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._recolour()

    def event(self, event: QEvent) -> bool:
        """On the first polish, let the layout take the style sheet's padding and spacing.

        QToolBar's layout reads its margins and spacing from the style only on a style change
        (QToolBar::changeEvent), not when the style sheet first polishes the bar: a window
        built in a theme kept the base style's 4 px and 1 px, and one whose theme was switched
        took the sheet's values, a header 16 px taller (walk 8, finding 10).
        """
        handled = super().event(event)
        if event.type() == QEvent.Type.Polish:
            super().changeEvent(QEvent(QEvent.Type.StyleChange))
        return handled

"""The history window's page: as large as the window, scrolling only below its least size.

QScrollArea's own resizing (``widgetResizable``) makes a page with word-wrapped labels as
tall as their height at their preferred widths: at 1024x700 the history scrolled by 350 px
at normal text size. This page is given the viewport's size, and only when that is less
than what the page needs at least (large text on a small screen) its least size, so it
scrolls then and only then.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QTabWidget, QWidget


class HistoryPage(QScrollArea):
    """A scroll area whose one widget fills it, down to the widget's minimum size."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("historyPage")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)
        self.content = QWidget(self)
        self.content.setObjectName("historyPageContent")
        self.setWidget(self.content)
        self.content.installEventFilter(self)

    def fit(self) -> None:
        """Size the page to the viewport, but never below what it needs."""
        least = self.content.minimumSizeHint()
        width = max(self.viewport().width(), least.width())
        height = max(self.viewport().height(), least.height())
        # A vertical bar takes width from the viewport: ask again once it is shown.
        if height > self.viewport().height() and self.verticalScrollBar().isHidden():
            width = max(self.width() - self.verticalScrollBar().sizeHint().width(), least.width())
        self.content.resize(width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Follow the window's size."""
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the page's own least size when its layout changes (a new text size)."""
        if watched is self.content and event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return super().eventFilter(watched, event)


__all__ = ["HistoryPage"]


def size_by_current_tab(tabs: QTabWidget) -> None:
    """Let only the tab shown set the tabs' least size (the others are Ignored).

    A tab widget is as large as its largest page: at large text the Progress page's map,
    with the lists under it, made the Sessions page scroll by as much again.
    """
    for index in range(tabs.count()):
        page = tabs.widget(index)
        policy = (
            QSizePolicy.Policy.Preferred
            if page is tabs.currentWidget()
            else QSizePolicy.Policy.Ignored
        )
        if page is not None:
            page.setSizePolicy(policy, policy)

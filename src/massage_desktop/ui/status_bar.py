"""The main window's status bar shows only while it has something to say."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QSizeGrip, QStatusBar, QWidget


class StatusBarHider(QObject):
    """Hides a status bar while it shows no message and none of its widgets.

    An empty status bar is a grey strip with a resize grip along the window's bottom edge
    that reads as developer chrome; it appears with a notice or the undo bar and goes again.
    """

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self._bar = bar
        bar.installEventFilter(self)
        for child in self._widgets():
            child.installEventFilter(self)
        bar.messageChanged.connect(self._on_bar_message_changed)
        self._update()

    def _widgets(self) -> list[QWidget]:
        # The size grip is the bar's own; it says nothing.
        return [
            w
            for w in self._bar.findChildren(QWidget)
            if w.parent() is self._bar and not isinstance(w, QSizeGrip)
        ]

    def _update(self) -> None:
        # isHidden, not isVisible: the widgets of a hidden bar are never visible.
        busy = bool(self._bar.currentMessage()) or any(not w.isHidden() for w in self._widgets())
        self._bar.setVisible(busy)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the bar's widgets: added, shown or hidden."""
        kind = event.type()
        if watched is self._bar and kind == QEvent.Type.ChildAdded:
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QWidget) and not isinstance(child, QSizeGrip):
                child.installEventFilter(self)
        elif watched is not self._bar and kind in (
            QEvent.Type.ShowToParent,
            QEvent.Type.HideToParent,
        ):
            self._update()
        return False

    def _on_bar_message_changed(self, _message: str) -> None:
        self._update()

"""The bar that appears after a delete: "Session deleted." with Undo and a close button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

UNDO_VISIBLE_MS = 20_000  # long enough to notice a slip; the deleted session stays until restart


class UndoBar(QFrame):
    """A slim, dismissable bar offering to bring back the last deleted session.

    Undo stays possible until the app closes (the store purges deleted sessions on the next
    start); the bar only hides after a while so it does not clutter the window.

    Signals:
        undoRequested(str): Undo was pressed for the session with this id.
    """

    undoRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the bar, hidden."""
        super().__init__(parent)
        self._session_id: str | None = None
        self._return_focus: QWidget | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAccessibleName(QCoreApplication.translate("UndoBar", "Undo delete"))
        self._label = QLabel(self)
        self._undo = QPushButton(QCoreApplication.translate("UndoBar", "&Undo"), self)
        self._undo.setToolTip(
            QCoreApplication.translate("UndoBar", "Bring the session back (Ctrl+Z)")
        )
        self._close = QToolButton(self)
        self._close.setText("\u00d7")
        self._close.setAutoRaise(True)
        self._close.setToolTip(QCoreApplication.translate("UndoBar", "Hide this message"))
        self._close.setAccessibleName(QCoreApplication.translate("UndoBar", "Hide this message"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._undo)
        layout.addWidget(self._close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(UNDO_VISIBLE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._undo.clicked.connect(self._on_undo_clicked)
        self._close.clicked.connect(self._on_close_clicked)
        self.hide()

    def offer(self, session_id: str, text: str) -> None:
        """Show the bar for a deleted session, e.g. "Neck kneading on 4 May deleted."."""
        self._session_id = session_id
        self._label.setText(text)
        self.setAccessibleDescription(text)
        self.show()
        self._timer.start()

    def focus_undo(self, then: QWidget) -> None:
        """Put the keyboard focus on Undo, where the next Enter can only bring a session back.

        Args:
            then: Where the focus goes when the bar hides with it (Undo pressed, closed,
                timed out); Qt would pass it on to the next widget in the Tab chain.
        """
        self._return_focus = then
        self._undo.setFocus(Qt.FocusReason.OtherFocusReason)

    def session_id(self) -> str | None:
        """The session Undo would bring back, while the bar is offered."""
        return self._session_id

    def text(self) -> str:
        """The message shown."""
        return self._label.text()

    def undo(self) -> None:
        """Press Undo (Ctrl+Z does this too); nothing happens when nothing is offered."""
        if self._session_id is not None:
            session_id, self._session_id = self._session_id, None
            self._dismiss()
            self.undoRequested.emit(session_id)

    def _dismiss(self) -> None:
        self._timer.stop()
        self._hide()

    def _hide(self) -> None:
        focused = QApplication.focusWidget()
        had_focus = focused is not None and self.isAncestorOf(focused)
        self.hide()
        if had_focus and self._return_focus is not None:
            self._return_focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self._return_focus = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses the focused button: outside a dialog a QPushButton takes only Space.

        After a delete the focus is on Undo, and Enter did nothing there (walk 18).
        """
        focused = self.focusWidget()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and isinstance(focused, QAbstractButton) and self.isAncestorOf(focused):
            focused.click()
            return
        super().keyPressEvent(event)

    def _on_undo_clicked(self) -> None:
        self.undo()

    def _on_close_clicked(self) -> None:
        self._session_id = None
        self._dismiss()

    def _on_timer_timeout(self) -> None:
        # Only the bar goes; Ctrl+Z still works for the last delete until another one.
        self._hide()

"""Shows messages from the message bridge: a status-bar note for info, a dialog otherwise."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QMessageBox

from massage_desktop.messages import Level, Message
from massage_desktop.ui.message_text import message_text

_STATUS_MS = 8000


class MessagePresenter(QObject):
    """Turns ``Message`` objects into status-bar notes and dialogs.

    Messages may be posted from any thread; the signal hop brings them to the GUI thread.

    Signals:
        received(object): a ``Message`` arrived; queued to the GUI thread before display.
    """

    received = Signal(object)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.shown: list[Message] = []
        self.received.connect(self._on_self_received)

    def show_message(self, message: Message) -> None:
        """Message-bus listener: display ``message`` in the GUI thread."""
        self.received.emit(message)

    @Slot(object)
    def _on_self_received(self, message: Message) -> None:
        self.shown.append(message)
        title, text = message_text(message)
        if message.level is Level.INFO:
            self._window.statusBar().showMessage(f"{title}: {text}", _STATUS_MS)
            return
        icon = (
            QMessageBox.Icon.Critical if message.level is Level.ERROR else QMessageBox.Icon.Warning
        )
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._window)
        box.setTextInteractionFlags(box.textInteractionFlags())
        box.open()  # non-blocking: start-up must not stall on a dialog

"""Extra views of a running session: a compact always-on-top timer and full-screen room mode."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from massage_desktop.ui.player.display import Display
from massage_desktop.ui.player.ring import CountdownRing


class MiniTimer(QWidget):
    """A small window that stays above others: ring, phase and a pause button.

    Signals:
        pauseRequested(): the pause/resume button was pressed.
    """

    pauseRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(QCoreApplication.translate("MiniTimer", "Massage timer"))
        self.ring = CountdownRing(self)
        self.ring.setMinimumSize(90, 90)
        self.phase = QLabel(self)
        self.phase.setWordWrap(True)
        self.pause = QPushButton(QCoreApplication.translate("MiniTimer", "Pause"), self)
        self.pause.clicked.connect(self.pauseRequested)
        side = QVBoxLayout()
        side.addWidget(self.phase, 1)
        side.addWidget(self.pause)
        layout = QHBoxLayout(self)
        layout.addWidget(self.ring)
        layout.addLayout(side)
        self.resize(260, 120)

    def show_display(self, display: Display) -> None:
        """Mirror the player's state."""
        self.ring.set_state(display.ring_fraction, display.ring_text, "")
        self.phase.setText(f"{display.phase}\n{display.where}")
        self.pause.setText(
            QCoreApplication.translate("MiniTimer", "Resume")
            if display.paused
            else QCoreApplication.translate("MiniTimer", "Pause")
        )


class RoomWindow(QWidget):
    """Full-screen view with type big enough to read from two metres away.

    Signals:
        closed(): the user left room mode (Esc or F11).
    """

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(QCoreApplication.translate("RoomWindow", "Room mode"))
        self.phase = QLabel(self)
        self.instruction = QLabel(self)
        self.where = QLabel(self)
        self.next = QLabel(self)
        self.ring = CountdownRing(self)
        hint = QLabel(
            QCoreApplication.translate(
                "RoomWindow",
                "Space pause · → skip · ← back · H stop, it hurts · Esc leave room mode",
            ),
            self,
        )
        # About 1 cm tall glyphs on a laptop screen read well from two metres; scale with the
        # window so a large TV gets larger type.
        for label, share, bold in (
            (self.phase, 0.05, True),
            (self.instruction, 0.045, False),
            (self.where, 0.03, False),
            (self.next, 0.03, False),
            (hint, 0.02, False),
        ):
            label.setWordWrap(True)
            label.setProperty("share", share)
            font = label.font()
            font.setBold(bold)
            label.setFont(font)
        self._labels = [self.phase, self.instruction, self.where, self.next, hint]
        text = QVBoxLayout()
        text.addWidget(self.phase)
        text.addWidget(self.instruction, 1)
        text.addWidget(self.where)
        text.addWidget(self.next)
        row = QHBoxLayout()
        row.addWidget(self.ring, 2)
        row.addLayout(text, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 24)
        layout.addLayout(row, 1)
        layout.addWidget(hint)

    def show_display(self, display: Display) -> None:
        """Mirror the player's state in large type."""
        self.phase.setText(display.phase)
        self.instruction.setText(display.instruction)
        self.where.setText(display.where)
        self.next.setText(display.next_text)
        self.ring.set_state(display.ring_fraction, display.ring_text, display.ring_caption)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Scale the type with the window height."""
        for label in self._labels:
            font = label.font()
            font.setPixelSize(max(14, int(self.height() * float(label.property("share")))))
            label.setFont(font)
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc and F11 leave room mode; other keys reach the player's shortcuts."""
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Tell the player that room mode ended."""
        self.closed.emit()
        super().closeEvent(event)

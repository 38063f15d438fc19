"""Extra views of a running session: a compact always-on-top timer and full-screen room mode."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from massage_desktop.ui.player.commands import PlayerActions, PlayerCommand
from massage_desktop.ui.player.display import Display
from massage_desktop.ui.player.ring import CountdownRing

ROOM_TARGET_PX = 120
"""Smallest side of room mode's buttons: easy to hit from a massage table without aiming."""


def paused_label(parent: QWidget) -> QLabel:
    """A bold "Paused", hidden until the session is paused."""
    label = QLabel(QCoreApplication.translate("PlayerPanel", "Paused"), parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setVisible(False)
    return label


class MiniTimer(QWidget):
    """A small window that stays above others: ring, phase and the pause action's button."""

    def __init__(self, actions: PlayerActions, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(QCoreApplication.translate("MiniTimer", "Massage timer"))
        self.ring = CountdownRing(self)
        self.ring.setMinimumSize(90, 90)
        self.phase = QLabel(self)
        self.phase.setWordWrap(True)
        self.pause = QToolButton(self)
        self.pause.setDefaultAction(actions[PlayerCommand.PAUSE])
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
        self.ring.set_paused(display.paused)
        self.phase.setText(f"{display.phase}\n{display.technique}")


class RoomWindow(QWidget):
    """Full-screen view with type big enough to read from two metres away.

    Pause, Skip and "Stop – it hurts" are large on-screen buttons, so room mode works without
    a keyboard; the player's keys work here too, except Esc, which leaves room mode.

    Signals:
        closed(): the user left room mode (Esc or the room mode key).
    """

    closed = Signal()

    def __init__(self, actions: PlayerActions, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(QCoreApplication.translate("RoomWindow", "Room mode"))
        actions.attach(self, exclude=frozenset({PlayerCommand.STOP}))
        self.technique = QLabel(self)
        self.paused = paused_label(self)
        self.buttons: dict[PlayerCommand, QToolButton] = {}
        for command in (PlayerCommand.PAUSE, PlayerCommand.SKIP, PlayerCommand.HURT):
            button = QToolButton(self)
            button.setDefaultAction(actions[command])
            button.setMinimumSize(ROOM_TARGET_PX, ROOM_TARGET_PX)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.buttons[command] = button
        hurt = self.buttons[PlayerCommand.HURT]
        hurt.setObjectName("roomHurtButton")
        hurt.setStyleSheet(
            "#roomHurtButton:enabled { background: #b3261e; color: white; border-radius: 12px; }"
        )
        self.phase = QLabel(self)
        self.instruction = QLabel(self)
        self.where = QLabel(self)
        self.next = QLabel(self)
        self.ring = CountdownRing(self)
        hint = QLabel(
            QCoreApplication.translate("RoomWindow", "Esc leaves room mode"),
            self,
        )
        # About 1 cm tall glyphs on a laptop screen read well from two metres; scale with the
        # window so a large TV gets larger type.
        for label, share, bold in (
            (self.paused, 0.09, True),
            (self.technique, 0.05, True),
            (self.phase, 0.04, True),
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
        self._labels: list[QWidget] = [
            self.paused,
            self.technique,
            self.phase,
            self.instruction,
            self.where,
            self.next,
            hint,
            *self.buttons.values(),
        ]
        hurt.setProperty("share", 0.04)
        for command in (PlayerCommand.PAUSE, PlayerCommand.SKIP):
            self.buttons[command].setProperty("share", 0.032)
        text = QVBoxLayout()
        text.addWidget(self.paused)
        text.addWidget(self.technique)
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
        controls = QHBoxLayout()
        controls.setSpacing(24)
        controls.addWidget(self.buttons[PlayerCommand.PAUSE], 2)
        controls.addWidget(self.buttons[PlayerCommand.SKIP], 2)
        controls.addWidget(hurt, 3)
        layout.addLayout(controls)
        layout.addWidget(hint)

    def show_display(self, display: Display) -> None:
        """Mirror the player's state in large type."""
        self.paused.setVisible(display.paused)
        self.technique.setText(display.technique)
        self.ring.set_paused(display.paused)
        self.phase.setText(display.phase)
        self.instruction.setText(display.instruction)
        self.where.setText(display.where)
        self.next.setText(display.next_text)
        self.ring.set_state(display.ring_fraction, display.ring_text, display.ring_caption)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Scale the type with the window height."""
        # A narrow window wraps long instructions into more lines: scale with the smaller
        # of the height and a share of the width so the text still fits.
        base = min(self.height(), int(self.width() * 0.6))
        for label in self._labels:
            font = label.font()
            font.setPixelSize(max(14, int(base * float(label.property("share")))))
            label.setFont(font)
        for button in self.buttons.values():
            button.setFixedHeight(max(ROOM_TARGET_PX, int(self.height() * 0.14)))
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc leaves room mode; other keys reach the player's actions."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Tell the player that room mode ended."""
        self.closed.emit()
        super().closeEvent(event)

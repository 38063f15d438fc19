"""The player panel: the current step in large type, a countdown ring and the controls."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.ui.guide.stop_banner import StopBanner
from massage_desktop.ui.player.commands import PlayerActions, PlayerCommand
from massage_desktop.ui.player.display import Display
from massage_desktop.ui.player.ring import CountdownRing
from massage_desktop.ui.player.windows import paused_label

# The controls in the order shown; hurt, mini and room have their own places.
CONTROLS = (
    PlayerCommand.BACK,
    PlayerCommand.PAUSE,
    PlayerCommand.SKIP,
    PlayerCommand.LESS,
    PlayerCommand.MORE,
    PlayerCommand.DONE,
    PlayerCommand.STOP,
)


class PlayerPanel(QWidget):
    """Shows a running session; knows nothing about the engine, only ``Display`` values.

    Its buttons show the player's actions (``set_actions``); pressing one triggers the
    action, which the session flow handles.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.technique = QLabel(self)
        self.paused = paused_label(self)
        self.phase = QLabel(self)
        self.instruction = QLabel(self)
        self.where = QLabel(self)
        self.ring = CountdownRing(self)
        self.next = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress_text = QLabel(self)
        self.warnings = QLabel(self)
        self.voice_note = QLabel(self)
        self.banner = StopBanner(self)
        self.buttons: dict[PlayerCommand, QToolButton] = {
            command: _button(self)
            for command in (*CONTROLS, PlayerCommand.MINI, PlayerCommand.ROOM)
        }
        self.hurt = _button(self)
        self._style_labels()
        self._build_layout()

    def _style_labels(self) -> None:
        for label, scale, bold in (
            (self.title, 1.2, True),
            (self.technique, 1.3, True),
            (self.paused, 2.6, True),
            (self.phase, 1.2, True),
            (self.instruction, 1.45, False),
            (self.where, 1.1, False),
            (self.next, 1.1, False),
        ):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * scale)
            font.setBold(bold)
            label.setFont(font)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.instruction.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.instruction.setAccessibleName(
            QCoreApplication.translate("PlayerPanel", "Current instruction")
        )
        self.warnings.setWordWrap(True)
        # Long lists of warnings scroll inside a capped box rather than squeezing the
        # instruction, which must stay readable at a glance.
        self._warnings_scroll = QScrollArea(self)
        self._warnings_scroll.setWidget(self.warnings)
        self._warnings_scroll.setWidgetResizable(True)
        self._warnings_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._warnings_scroll.setMinimumHeight(120)
        self._warnings_scroll.setMaximumHeight(180)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.warnings.setAccessibleName(
            QCoreApplication.translate("PlayerPanel", "Warnings for this step")
        )
        self.warnings.setOpenExternalLinks(False)
        self.warnings.linkActivated.connect(lambda _link: self.banner.safetyRequested.emit())

        self.voice_note.setWordWrap(True)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(
            QCoreApplication.translate("PlayerPanel", "Progress through the session")
        )
        font = self.hurt.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.hurt.setFont(font)
        self.hurt.setMinimumHeight(56)
        self.hurt.setObjectName("hurtButton")
        # Red only while it can be pressed: after the session it must not call for attention.
        self.hurt.setStyleSheet(
            "#hurtButton:enabled { background: #b3261e; color: white; border-radius: 8px; }"
        )

    def _build_layout(self) -> None:
        controls = QGridLayout()
        for index, command in enumerate(CONTROLS):
            button = self.buttons[command]
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            controls.addWidget(button, index // 4, index % 4)
        extras = QHBoxLayout()
        for command in (PlayerCommand.MINI, PlayerCommand.ROOM):
            extras.addWidget(self.buttons[command])
        extras.addStretch(1)
        extras.addWidget(self.progress_text)
        middle = QHBoxLayout()
        middle.addWidget(self.ring, 3)
        text_column = QVBoxLayout()
        text_column.addWidget(self.paused)
        text_column.addWidget(self.technique)
        text_column.addWidget(self.phase)
        text_column.addWidget(self.instruction)
        text_column.addWidget(self.where)
        text_column.addStretch(1)

        middle.addLayout(text_column, 5)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addWidget(self.progress)
        layout.addLayout(middle, 1)
        layout.addWidget(self._warnings_scroll)
        layout.addWidget(self.next)
        layout.addLayout(controls)
        layout.addWidget(self.hurt)
        layout.addLayout(extras)
        layout.addWidget(self.voice_note)

    def show_display(self, display: Display) -> None:
        """Draw one moment of the session."""
        self.paused.setVisible(display.paused)
        self.ring.set_paused(display.paused)
        self.technique.setText(display.technique)
        self.phase.setText(display.phase)
        self.instruction.setText(display.instruction)
        self.where.setText("\n".join(line for line in (display.where, display.amount) if line))
        self.ring.set_state(display.ring_fraction, display.ring_text, display.ring_caption)
        self.next.setText(display.next_text)
        self.progress.setValue(round(display.progress_fraction * 1000))
        self.progress_text.setText(display.progress_text)

    def show_warnings(self, html: str) -> None:
        """Show the current step's warnings (rendered HTML), or hide the box when empty."""
        self.warnings.setText(html)
        self._warnings_scroll.setVisible(bool(html))

    def set_actions(self, actions: PlayerActions) -> None:
        """Show the player's actions on the buttons (text, shortcut, enabled state)."""
        for command, button in self.buttons.items():
            button.setDefaultAction(actions[command])
        self.hurt.setDefaultAction(actions[PlayerCommand.HURT])


def _button(parent: QWidget) -> QToolButton:
    # A tool button, because only tool buttons take their text and state from an action.
    button = QToolButton(parent)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button

"""The player panel: the current step in large type, a countdown ring and the controls."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.ui.guide.stop_banner import StopBanner
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP
from massage_desktop.ui.player.display import Display
from massage_desktop.ui.player.ring import CountdownRing

# Button texts carry their shortcut so nobody has to guess it; the shortcuts themselves are
# window-wide (see shortcuts.py) because the person's hands are busy, not on the mouse.
CONTROLS = (
    ("back", QT_TRANSLATE_NOOP("PlayerPanel", "◀ Back (←)")),
    ("pause", QT_TRANSLATE_NOOP("PlayerPanel", "Pause (Space)")),
    ("skip", QT_TRANSLATE_NOOP("PlayerPanel", "Skip (→) ▶")),
    ("less", QT_TRANSLATE_NOOP("PlayerPanel", "−15 s (-)")),
    ("more", QT_TRANSLATE_NOOP("PlayerPanel", "+15 s (+)")),
    ("done", QT_TRANSLATE_NOOP("PlayerPanel", "Done (Enter)")),
    ("stop", QT_TRANSLATE_NOOP("PlayerPanel", "End session (Esc)")),
)


class PlayerPanel(QWidget):
    """Shows a running session; knows nothing about the engine, only ``Display`` values.

    Signals:
        commandRequested(str): a control was pressed: back, pause, skip, less, more, done, stop.
        hurtRequested(): the "Stop – it hurts" button was pressed.
        miniRequested(): show the small always-on-top timer.
        roomRequested(): show full-screen room mode.
    """

    commandRequested = Signal(str)
    hurtRequested = Signal()
    miniRequested = Signal()
    roomRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
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
        self.hurt = QPushButton(
            QCoreApplication.translate("PlayerPanel", "Stop – it hurts (H)"), self
        )
        self.buttons: dict[str, QPushButton] = {}
        self._style_labels()
        self._build_layout()

    def _style_labels(self) -> None:
        for label, scale, bold in (
            (self.title, 1.2, True),
            (self.phase, 1.3, True),
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
        self.hurt.setStyleSheet(
            "#hurtButton { background: #b3261e; color: white; border-radius: 8px; }"
        )
        self.hurt.clicked.connect(self.hurtRequested)

    def _build_layout(self) -> None:
        controls = QGridLayout()
        for index, (key, text) in enumerate(CONTROLS):
            button = QPushButton(QCoreApplication.translate("PlayerPanel", text), self)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _=False, k=key: self.commandRequested.emit(k))
            controls.addWidget(button, index // 4, index % 4)
            self.buttons[key] = button
        extras = QHBoxLayout()
        for text, signal in (
            (QCoreApplication.translate("PlayerPanel", "Mini timer"), self.miniRequested),
            (QCoreApplication.translate("PlayerPanel", "Room mode (F11)"), self.roomRequested),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(signal)
            extras.addWidget(button)
        extras.addStretch(1)
        extras.addWidget(self.progress_text)
        middle = QHBoxLayout()
        middle.addWidget(self.ring, 3)
        text_column = QVBoxLayout()
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
        self.phase.setText(display.phase)
        self.instruction.setText(display.instruction)
        self.where.setText("\n".join(line for line in (display.where, display.amount) if line))
        self.ring.set_state(display.ring_fraction, display.ring_text, display.ring_caption)
        self.next.setText(display.next_text)
        self.progress.setValue(round(display.progress_fraction * 1000))
        self.progress_text.setText(display.progress_text)
        self.buttons["done"].setEnabled(display.counted)
        self.buttons["pause"].setText(
            QCoreApplication.translate("PlayerPanel", "Resume (Space)")
            if display.paused
            else QCoreApplication.translate("PlayerPanel", "Pause (Space)")
        )

    def show_warnings(self, html: str) -> None:
        """Show the current step's warnings (rendered HTML), or hide the box when empty."""
        self.warnings.setText(html)
        self._warnings_scroll.setVisible(bool(html))

    def set_ended(self, ended: bool) -> None:
        """Grey out the controls once the session is over."""
        for key, button in self.buttons.items():
            button.setEnabled(not ended and (key != "done" or button.isEnabled()))
        self.hurt.setEnabled(not ended)

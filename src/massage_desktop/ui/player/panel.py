"""The player panel: the current step in large type, a countdown ring and the controls.

At 1024x700 the panel shares the window with the map, so the instruction sits in a box
that scrolls when a long (German) instruction needs more lines than fit; the rest keeps the
sizes it needs, so no text is ever cut.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QActionEvent, QFont, QFontMetrics, QResizeEvent
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

from massage_desktop.ui.design.tokens import TARGET
from massage_desktop.ui.guide.stop_banner import StopBanner
from massage_desktop.ui.player.commands import PlayerActions, PlayerCommand
from massage_desktop.ui.player.display import Display
from massage_desktop.ui.player.ring import CountdownRing
from massage_desktop.ui.player.windows import PausedBadge
from massage_desktop.ui.scroll_bar import BandedScrollBar

# The controls in rows of three: moving through the session, then time, then the views
# and the end. Three columns keep each label whole in German at 1024 px (tests/window/
# test_clipping.py); "Stop – it hurts" has its own full-width place below them.
CONTROLS = (
    PlayerCommand.BACK,
    PlayerCommand.PAUSE,
    PlayerCommand.SKIP,
    PlayerCommand.LESS,
    PlayerCommand.MORE,
    PlayerCommand.DONE,
    PlayerCommand.MINI,
    PlayerCommand.ROOM,
    PlayerCommand.STOP,
)
COLUMNS = 3
_KEY_BELOW = frozenset({PlayerCommand.BACK, PlayerCommand.PAUSE, PlayerCommand.SKIP})
"""The most used controls: large, with the key under the label."""
INSTRUCTION_LINES = 3
"""Lines of the instruction always in view; a longer one scrolls in its own box."""

_INSTRUCTION_SIZE = 1.45
# The texts: (attribute, size relative to the app font, bold). The text-size preference
# multiplies the sizes of those read during a step; the heading and "Paused" (already
# twice the normal size) keep theirs, so the larger text goes to the step.
_FIXED = frozenset({"title", "paused"})
_READING = (
    ("title", 1.2, True),
    ("technique", 1.3, True),
    ("paused", 2.0, True),
    ("phase", 1.1, True),
    ("instruction", _INSTRUCTION_SIZE, False),
    ("where", 1.0, False),
    ("next", 1.1, False),
)


class PlayerPanel(QWidget):
    """Shows a running session; knows nothing about the engine, only ``Display`` values.

    Its buttons show the player's actions (``set_actions``); pressing one triggers the
    action, which the session flow handles.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base_font = QFont(self.font())
        self._text_scale = 1.0
        self.title = QLabel(self)
        self.technique = FittingLabel(self)
        self.paused = PausedBadge(self)
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
            command: _button(self, key_below=command in _KEY_BELOW) for command in CONTROLS
        }
        self.hurt = _button(self)
        # The instruction and where it applies scroll together when they need more lines
        # than the panel has; the technique and the phase above them always show.
        self.step_text = QWidget(self)
        step_layout = QVBoxLayout(self.step_text)
        step_layout.setContentsMargins(0, 0, 0, 0)
        step_layout.addWidget(self.instruction)
        step_layout.addWidget(self.where)
        step_layout.addStretch(1)
        self.instruction_box = _scroller(self, self.step_text)
        self._warnings_scroll = _scroller(self, self.warnings)
        self._style_labels()
        self._build_layout()
        self.set_text_scale(1.0)

    def _style_labels(self) -> None:
        for name, _scale, _bold in _READING:
            label: QLabel = getattr(self, name)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.paused.setWordWrap(False)
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.instruction.setAccessibleName(
            QCoreApplication.translate("PlayerPanel", "Current instruction")
        )
        self.warnings.setWordWrap(True)
        # Long lists of warnings scroll inside a capped box rather than squeezing the
        # instruction, which must stay readable at a glance.
        self._warnings_scroll.setMinimumHeight(72)
        self._warnings_scroll.setMaximumHeight(160)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.warnings.setAccessibleName(
            QCoreApplication.translate("PlayerPanel", "Warnings for this step")
        )
        self.warnings.setOpenExternalLinks(False)
        self.warnings.linkActivated.connect(lambda _link: self.banner.safetyRequested.emit())

        self.voice_note.setWordWrap(True)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
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
            controls.addWidget(button, index // COLUMNS, index % COLUMNS)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.progress_text, 0, Qt.AlignmentFlag.AlignRight)
        # "Paused" under the ring: the ring gives up the height, not the instruction.
        text_column = QVBoxLayout()
        text_column.addWidget(self.technique)
        # While paused, "Paused" takes the phase's place: the panel does not grow.
        text_column.addWidget(self.paused)
        text_column.addWidget(self.phase)
        text_column.addWidget(self.instruction_box, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.ring, 2)
        middle.addLayout(text_column, 3)

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.progress)
        # Spare height goes mostly to the step, some to the warnings (up to their cap), so a
        # tall window does not leave the warnings scrolling under an empty instruction box.
        layout.addLayout(middle, 3)
        layout.addWidget(self._warnings_scroll, 1)
        layout.addWidget(self.next)
        layout.addLayout(controls)
        layout.addWidget(self.hurt)
        layout.addWidget(self.voice_note)

    def set_text_scale(self, scale: float) -> None:
        """Make the reading texts ``scale`` times their normal size (the text-size setting)."""
        self._text_scale = scale
        for name, size, bold in _READING:
            label: QLabel = getattr(self, name)
            font = QFont(self._base_font)
            factor = 1.0 if name in _FIXED else scale
            font.setPointSizeF(self._base_font.pointSizeF() * size * factor)
            font.setBold(bold)
            label.setFont(font)
        self.ring.set_text_scale(scale)
        # The floor stays that of normal text: larger text shows fewer lines and scrolls,
        # rather than pushing the technique's name out of the panel.
        normal = QFont(self._base_font)
        normal.setPointSizeF(self._base_font.pointSizeF() * _INSTRUCTION_SIZE)
        lines = QFontMetrics(normal).lineSpacing() * INSTRUCTION_LINES
        self.instruction_box.setMinimumHeight(lines + 4)

    def text_scale(self) -> float:
        """The reading texts' size relative to normal."""
        return self._text_scale

    def show_display(self, display: Display) -> None:
        """Draw one moment of the session."""
        self.paused.setVisible(display.paused)
        self.phase.setVisible(not display.paused)
        self.ring.set_paused(display.paused)
        self.technique.setText(display.technique)
        self.phase.setText(display.phase)
        if self.instruction.text() != display.instruction:
            self.instruction.setText(display.instruction)
            self.instruction_box.verticalScrollBar().setValue(0)  # a new step starts at its top
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
        actions.textScaleChanged.connect(self.set_text_scale)
        self.set_text_scale(actions.text_scale)


class FittingLabel(QLabel):
    """A word-wrapped label that asks its layout for the height its width needs.

    A box layout nested in a horizontal one gives a word-wrapped label the height of its size
    hint, not of ``heightForWidth`` at the width it got (Qt propagates height-for-width only
    through vertical layouts), so a long German name on three lines lost its last line.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        """Show ``text`` and take the height it needs at the current width."""
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Take the height the text needs at the new width."""
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        """A new font (the text-size setting) changes the height the text needs."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def _fit(self) -> None:
        need = self.heightForWidth(self.width()) if self.width() > 0 else -1
        self.setMinimumHeight(max(need, 0))  # -1: no text yet, so no height is needed


def _scroller(parent: QWidget, content: QWidget) -> QScrollArea:
    """``content`` in a frameless box that scrolls when the text is longer than the room."""
    box = QScrollArea(parent)
    box.setWidget(content)
    box.setWidgetResizable(True)
    box.setFrameShape(QFrame.Shape.NoFrame)
    box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    box.setVerticalScrollBar(BandedScrollBar(box))
    box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
    # The text sits on the panel itself: no second background behind it.
    box.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
    return box


class ControlButton(QToolButton):
    """A tool button that a layout never makes narrower than its whole label.

    A tool button, because only tool buttons take their text and state from an action.
    Qt's tool buttons elide a label that does not fit ("Pause (…rtaste)"); a minimum size
    hint of the full size hint makes the layout give the room or the window grow instead.
    With ``key_below`` the key goes on a second line ("Pause" over "(Space)"): the button
    is narrower and as tall as a touch target.
    """

    def __init__(self, parent: QWidget, *, key_below: bool = False) -> None:
        super().__init__(parent)
        self._key_below = key_below
        if key_below:
            self.setMinimumHeight(TARGET)

    def minimumSizeHint(self) -> QSize:
        """As wide as the whole label."""
        return self.sizeHint()

    def actionEvent(self, event: QActionEvent) -> None:
        """Take the action's text, with the key on its own line when asked to."""
        super().actionEvent(event)
        if self._key_below and " (" in self.text():
            self.setText(self.text().replace(" (", "\n(", 1))


def _button(parent: QWidget, *, key_below: bool = False) -> QToolButton:
    button = ControlButton(parent, key_below=key_below)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button

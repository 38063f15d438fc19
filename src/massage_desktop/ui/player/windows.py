"""Extra views of a running session: a compact always-on-top timer and full-screen room mode."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.domain.enums import Severity
from massage_desktop.ui.design.tokens import RADIUS_CARD, colours
from massage_desktop.ui.guide.colours import is_dark
from massage_desktop.ui.player.commands import PlayerActions, PlayerCommand
from massage_desktop.ui.player.display import Display
from massage_desktop.ui.player.ring import CountdownRing

ROOM_TARGET_PX = 120
"""Smallest side of room mode's buttons: easy to hit from a massage table without aiming."""
_ROOM_MIN_PX = 16  # room mode's smallest type when a long instruction has to shrink to fit


class PausedBadge(QLabel):
    """A bold "Paused" on an amber pill, hidden until the session is paused.

    Amber, like the ring while paused: seen from across the room before a word is read.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(QCoreApplication.translate("PlayerPanel", "Paused"), parent)
        self.setObjectName("pausedBadge")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.setVisible(False)
        self._restyling = False
        self._apply_palette()

    def changeEvent(self, event: QEvent) -> None:
        """Recolour when the theme changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._restyling:
            self._apply_palette()

    def _apply_palette(self) -> None:
        # The application's palette: the badge's own style sheet changes its palette.
        tone = colours("dark" if is_dark(QApplication.palette()) else "light").severity[
            Severity.LIGHT_PRESSURE
        ]
        # A style sheet can re-polish the palette and send PaletteChange back to us.
        self._restyling = True
        self.setStyleSheet(
            f"#pausedBadge {{ color: {tone.ink}; background: {tone.paper};"
            f" border: 2px solid {tone.ink}; border-radius: {RADIUS_CARD}px;"
            " padding: 2px 12px; }"
        )
        self._restyling = False


class MiniTimer(QWidget):
    """A small window that stays above others: ring, "Paused", phase, step, Pause and "it hurts".

    Its height follows its texts (``heightForWidth`` at its width), so a long technique
    name in German adds a line instead of cutting the first or last one.
    """

    def __init__(self, actions: PlayerActions, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(QCoreApplication.translate("MiniTimer", "Massage timer"))
        self._actions = actions
        self.ring = CountdownRing(self)
        self.ring.setMinimumSize(110, 110)
        self.ring.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.ring.setFixedSize(110, 110)
        self.paused = PausedBadge(self)
        self.phase = QLabel(self)
        self.technique = QLabel(self)
        for label in (self.phase, self.technique):
            label.setWordWrap(True)
        self.pause = QToolButton(self)
        self.pause.setDefaultAction(actions[PlayerCommand.PAUSE])
        self.pause.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # The stop rule goes with every view of a session: someone who shrank the player to
        # this timer must still stop in one press when it hurts.
        self.hurt = QToolButton(self)
        self.hurt.setDefaultAction(actions[PlayerCommand.HURT])
        self.hurt.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.hurt.setObjectName("miniHurtButton")
        self.hurt.setStyleSheet(
            "#miniHurtButton:enabled { background: #b3261e; color: white; border-radius: 6px;"
            " padding: 4px 8px; font-weight: bold; }"
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.pause)
        buttons.addWidget(self.hurt)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.paused)
        side.addWidget(self.phase)
        side.addWidget(self.technique)
        side.addStretch(1)
        side.addLayout(buttons)
        self._layout = QHBoxLayout(self)
        self._layout.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addLayout(side, 1)
        actions.textScaleChanged.connect(self._on_actions_text_scale_changed)
        self._on_actions_text_scale_changed(actions.text_scale)
        self.resize(380, 130)

    def show_display(self, display: Display) -> None:
        """Mirror the player's state."""
        # "press Done when finished" needs a larger ring; the phase beside it says "Count".
        caption = "" if display.counted and not display.paused else display.ring_caption
        self.ring.set_state(display.ring_fraction, display.ring_text, caption)
        self.ring.set_paused(display.paused)
        self.paused.setVisible(display.paused)
        self.phase.setText(display.phase)
        self.technique.setText(display.technique)
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep room for every line at the new width."""
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        layout = self._layout
        need = max(layout.totalHeightForWidth(self.width()), layout.totalMinimumSize().height())
        if self.minimumHeight() != need:
            self.setMinimumHeight(need)
        if self.height() < need:
            self.resize(self.width(), need)

    def _on_actions_text_scale_changed(self, scale: float) -> None:
        base = QApplication.font()
        for label, size, bold in ((self.phase, 1.0, True), (self.technique, 1.0, False)):
            font = QFont(base)
            font.setPointSizeF(base.pointSizeF() * size * scale)
            font.setBold(bold)
            label.setFont(font)
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * 1.3 * scale)
        font.setBold(True)
        self.paused.setFont(font)
        self.ring.set_text_scale(scale)
        self._fit_height()


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
        self._text_scale = actions.text_scale
        self.technique = QLabel(self)
        self.paused = PausedBadge(self)
        self.buttons: dict[PlayerCommand, QToolButton] = {}
        for command in (PlayerCommand.PAUSE, PlayerCommand.SKIP, PlayerCommand.HURT):
            button = QToolButton(self)
            button.setDefaultAction(actions[command])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
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
        self.hint = QLabel(QCoreApplication.translate("RoomWindow", "Esc leaves room mode"), self)
        # About 1 cm tall glyphs on a laptop screen read well from two metres; scale with the
        # window so a large TV gets larger type. (label, share of the window, bold)
        self._reading: tuple[tuple[QLabel, float, bool], ...] = (
            (self.paused, 0.08, True),
            (self.technique, 0.05, True),
            (self.phase, 0.04, True),
            (self.instruction, 0.045, False),
            (self.where, 0.03, False),
            (self.next, 0.03, False),
        )
        for label, _share, _bold in self._reading:
            label.setWordWrap(label is not self.paused)
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._controls: tuple[tuple[QWidget, float], ...] = (
            (self.hint, 0.02),
            (self.buttons[PlayerCommand.PAUSE], 0.045),
            (self.buttons[PlayerCommand.SKIP], 0.045),
            (hurt, 0.05),
        )
        self._text = QVBoxLayout()
        for label, _share, _bold in self._reading:
            self._text.addWidget(label, 1 if label is self.instruction else 0)
        row = QHBoxLayout()
        row.addWidget(self.ring, 2)
        row.addLayout(self._text, 3)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 24)
        layout.addLayout(row, 1)
        controls = QHBoxLayout()
        controls.setSpacing(24)
        controls.addWidget(self.buttons[PlayerCommand.PAUSE], 2)
        controls.addWidget(self.buttons[PlayerCommand.SKIP], 2)
        controls.addWidget(hurt, 3)
        layout.addLayout(controls)
        layout.addWidget(self.hint)
        actions.textScaleChanged.connect(self._on_actions_text_scale_changed)

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
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Scale the type with the window."""
        super().resizeEvent(event)
        for button in self.buttons.values():
            button.setFixedHeight(max(ROOM_TARGET_PX, int(self.height() * 0.14)))
        self._fit()

    def _base_px(self) -> int:
        # A narrow window wraps long instructions into more lines: scale with the smaller
        # of the height and a share of the width.
        return min(self.height(), int(self.width() * 0.6))

    def _fit(self) -> None:
        """The largest type, up to the shares, with which every text fits.

        A long instruction (German ones run to eight lines) shrinks the reading texts
        together, down to half their size, rather than running under the buttons; the
        buttons' labels shrink on their own until they fit their width.
        """
        if not self.isVisible():
            return  # laid out when shown: the sizes are not known before
        base = self._base_px()
        for control, share in self._controls:
            _set_px(control, max(14, int(base * share)))
        layout = self._layout
        layout.activate()
        for button in self.buttons.values():
            px = button.font().pixelSize()
            while button.sizeHint().width() > button.width() and px > 14:
                px -= 1
                _set_px(button, px)
        for factor in (1.0, 0.9, 0.8, 0.7, 0.6, 0.5):
            for label, share, bold in self._reading:
                px = max(_ROOM_MIN_PX, int(base * share * self._text_scale * factor))
                _set_px(label, px, bold)
            layout.activate()
            if self._text_height(self.technique.width()) <= self.ring.height():
                return

    def _text_height(self, width: int) -> int:
        """The height the reading texts need at ``width``."""
        shown = [label for label, _share, _bold in self._reading if label.isVisibleTo(self)]
        heights = [label.heightForWidth(width) for label in shown]
        return sum(heights) + self._text.spacing() * (len(shown) - 1)

    def _on_actions_text_scale_changed(self, scale: float) -> None:
        self._text_scale = scale
        self._fit()

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


def _set_px(widget: QWidget, px: int, bold: bool | None = None) -> None:
    """Give ``widget`` a font ``px`` pixels high (and bold or not), if that changes it."""
    font = widget.font()
    if font.pixelSize() == px and (bold is None or font.bold() == bold):
        return
    font.setPixelSize(px)
    if bold is not None:
        font.setBold(bold)
    widget.setFont(font)

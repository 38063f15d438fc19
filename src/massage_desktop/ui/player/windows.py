"""Extra views of a running session: a compact always-on-top timer and full-screen room mode."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QResizeEvent, QShowEvent
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
from massage_desktop.ui.guide.html import stop_rule
from massage_desktop.ui.player.commands import PlayerActions, PlayerCommand
from massage_desktop.ui.player.cue_text import cue_choices
from massage_desktop.ui.player.display import Display
from massage_desktop.ui.player.panel_parts import ActionButton, CueLabel, WarningStrip
from massage_desktop.ui.player.ring import CountdownRing
from massage_desktop.ui.player.step_warnings import WarningLine

ROOM_TARGET_PX = 120
"""Smallest side of room mode's buttons: easy to hit from a massage table without aiming."""
ROOM_TIME_SHARE = 0.26
"""Room mode's digits as a share of the ring's side: 120 px and more at 1280x800."""
ROOM_CONTROLS = (PlayerCommand.BACK, PlayerCommand.PAUSE, PlayerCommand.SKIP, PlayerCommand.HURT)
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
        self.pause = ActionButton(
            self, PlayerCommand.PAUSE, icon_px=16, style=Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
        self.pause.setObjectName("quietButton")
        self.pause.bind(actions)
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
        # As in room mode: the window takes the focus, so Pause does not look chosen.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.resize(380, 130)

    def showEvent(self, event: QShowEvent) -> None:
        """Take the keyboard focus for the window, not its first button."""
        super().showEvent(event)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

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

    The technique and side as a title, the countdown ring with large digits, the body part in a
    few words ("Left knee"), a cue of one or two sentences, the step's warnings on one line,
    and flat buttons with icons (Back, Pause, Skip, "Stop – it hurts"), large enough to hit
    from a massage table without a keyboard. Everything scales with the window. The player's
    keys work here too, except Esc, which leaves room mode.

    Signals:
        closed(): the user left room mode (Esc or the room mode key).
    """

    closed = Signal()

    def __init__(self, actions: PlayerActions, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(QCoreApplication.translate("RoomWindow", "Room mode"))
        actions.attach(self, exclude=frozenset({PlayerCommand.STOP, PlayerCommand.KEYS}))
        self._text_scale = actions.text_scale
        self.technique = QLabel(self)
        self.paused = PausedBadge(self)
        self.place = QLabel(self)
        self.instruction = CueLabel(self)
        self.instruction.setAccessibleName(
            QCoreApplication.translate("PlayerPanel", "Current instruction")
        )
        self.warning = WarningStrip(self)
        self.next = QLabel(self)
        self.next.setProperty("role", "muted")
        self.ring = CountdownRing(self)
        self.ring.set_time_share(ROOM_TIME_SHARE)
        self.hint = QLabel(QCoreApplication.translate("RoomWindow", "Esc leaves room mode"), self)
        self.hint.setProperty("role", "muted")
        # Room mode covers the screen, so the stop rule the player shows must be here too.
        self.rule = QLabel(f"⚠ {stop_rule()}", self)
        self.rule.setObjectName("roomStopRule")
        self.rule.setWordWrap(True)
        tone = colours("dark" if is_dark(QApplication.palette()) else "light").severity[
            Severity.DO_NOT_MASSAGE
        ]
        self.rule.setStyleSheet(f"#roomStopRule {{ color: {tone.ink}; }}")
        self.buttons: dict[PlayerCommand, ActionButton] = {}
        for command in ROOM_CONTROLS:
            hurt = command is PlayerCommand.HURT
            button = ActionButton(
                self,
                command,
                style=Qt.ToolButtonStyle.ToolButtonTextOnly
                if hurt
                else Qt.ToolButtonStyle.ToolButtonTextUnderIcon,
            )
            button.setObjectName("roomHurtButton" if hurt else "roomButton")
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setMinimumSize(ROOM_TARGET_PX, ROOM_TARGET_PX)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.bind(actions)
            self.buttons[command] = button
        self.buttons[PlayerCommand.HURT].setStyleSheet(
            "#roomHurtButton { color: white; font-weight: bold; border: none;"
            " border-radius: 16px; background: #b3261e; }"
            " #roomHurtButton:focus { border: 4px solid white; }"
        )
        for label in (self.technique, self.place, self.next):
            label.setWordWrap(True)
        # The window itself takes the keyboard: no button shows a focus ring (which reads as
        # "chosen") until Tab moves to one.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build_layout()
        actions.textScaleChanged.connect(self._on_actions_text_scale_changed)

    def showEvent(self, event: QShowEvent) -> None:
        """Take the keyboard focus for the window, not its first button."""
        super().showEvent(event)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_layout(self) -> None:
        title = QHBoxLayout()
        title.addWidget(self.technique, 1)
        title.addWidget(self.paused, 0, Qt.AlignmentFlag.AlignTop)
        self._text = text = QVBoxLayout()
        text.setSpacing(16)
        text.addWidget(self.place)
        text.addWidget(self.instruction, 1)
        text.addWidget(self.warning)
        text.addWidget(self.next)
        row = QHBoxLayout()
        row.setSpacing(40)
        row.addWidget(self.ring, 5)
        row.addLayout(text, 6)
        controls = QHBoxLayout()
        controls.setSpacing(20)
        for command in ROOM_CONTROLS:
            controls.addWidget(self.buttons[command], 3 if command is PlayerCommand.HURT else 2)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 16)
        layout.setSpacing(16)
        layout.addLayout(title)
        layout.addLayout(row, 1)
        layout.addLayout(controls)
        bottom = QHBoxLayout()
        bottom.addWidget(self.rule, 1)
        bottom.addWidget(self.hint, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(bottom)

    def show_display(self, display: Display) -> None:
        """Mirror the player's state in large type."""
        self.paused.setVisible(display.paused)
        self.technique.setText(display.technique)
        self.ring.set_paused(display.paused)
        self.place.setText(display.place)
        self.place.setVisible(bool(display.place))
        self.instruction.set_choices(cue_choices(display.instruction))
        self.next.setText(display.next_text)
        self.ring.set_state(display.ring_fraction, display.ring_text, display.ring_caption)
        self._fit()

    def show_warning(self, line: WarningLine | None) -> None:
        """Show the step's warnings on one line (cut, with the whole text in the tooltip)."""
        self.warning.set_line(line)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Scale the type with the window."""
        super().resizeEvent(event)
        for button in self.buttons.values():
            button.setFixedHeight(max(ROOM_TARGET_PX, int(self.height() * 0.15)))
        self._fit()

    def _base_px(self) -> int:
        # 800 at 1280x800: the sizes below are shares of it. A narrow window scales with its
        # width, so a long title does not run to three lines.
        return min(self.height(), int(self.width() * 0.625))

    def _fit(self) -> None:
        """Type sizes from the window: title ~48 px, cue 36-44 px, digits 120+ at 1280x800.

        The title and the small lines take shares of the window; the buttons share one size,
        the largest with which every label fits; the cue fits itself into what is left.
        """
        if not self.isVisible():
            return  # laid out when shown: the sizes are not known before
        base = self._base_px()
        scale = self._text_scale
        self._fit_title(int(base * 0.06 * min(scale, 1.25)))
        _set_px(self.paused, int(base * 0.05), True)
        _set_px(self.place, int(base * 0.042 * min(scale, 1.25)), True)
        for label in (self.next, self.hint):
            _set_px(label, max(14, int(base * 0.024)))
        _set_px(self.rule, max(14, int(base * 0.026)), True)
        _set_px(self.warning.label, max(14, int(base * 0.026)))
        self.instruction.set_sizes(int(base * 0.055 * scale), max(_ROOM_MIN_PX, int(base * 0.03)))
        px = max(14, int(base * 0.034))
        for button in self.buttons.values():
            _set_px(button, px)
            button.set_icon_px(int(base * 0.055))
        self._layout.activate()
        # One size for every button: the largest with which the longest label fits.
        while px > 14 and any(b.sizeHint().width() > b.width() for b in self.buttons.values()):
            px -= 1
            for button in self.buttons.values():
                _set_px(button, px)
        self.instruction.fit()

    def _fit_title(self, px: int) -> None:
        """The title on one line if it fits down to 3/4 of ``px``; else two lines at ``px``.

        Height given to a long German name comes out of the ring, whose digits must stay large.
        """
        width = self.width() - self._layout.contentsMargins().left() * 2
        if self.paused.isVisible():
            width -= self.paused.sizeHint().width() + self._layout.spacing()
        for size in range(px, int(px * 0.75) - 1, -1):
            _set_px(self.technique, size, True)
            if self.technique.fontMetrics().horizontalAdvance(self.technique.text()) <= width:
                return
        _set_px(self.technique, px, True)

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

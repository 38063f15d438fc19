"""A compact always-on-top timer for a running session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QGuiApplication,
    QResizeEvent,
    QShowEvent,
    QWindow,
)
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.storage.paths import qt_can_name
from massage_desktop.ui.player.commands import (
    COMMANDS,
    RESUME_TEXT,
    PlayerActions,
    PlayerCommand,
)
from massage_desktop.ui.player.display import Display, caption_beside_heading
from massage_desktop.ui.player.mini_place import Around, free_place
from massage_desktop.ui.player.panel_parts import ActionButton
from massage_desktop.ui.player.paused_badge import PausedBadge
from massage_desktop.ui.player.ring import CountdownRing
from massage_desktop.ui.player.room_parts import stop_rule_label
from massage_desktop.ui.window_state import DECORATION

_PLACE_KEY = "mini_timer/position"
"""Where the person last moved the timer, in the main window's layout file (window.ini)."""

_REPLACE_FOR_MS = 3000
_FRAME_POLL_MS = 50
"""How long after opening the timer waits for the window manager's frame to place it again."""


def _layout_file(folder: Path | None) -> QSettings | None:
    if folder is None or not qt_can_name(folder):
        return None  # as for the main window's layout: the place is just not kept
    return QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)


def saved_place(folder: Path | None) -> QPoint | None:
    """Where the person last moved the mini timer to (kept in ``folder``), or None."""
    layout = _layout_file(folder)
    if layout is None:
        return None
    at = layout.value(_PLACE_KEY, None, type=QPoint)
    return at if isinstance(at, QPoint) else None


def save_place(folder: Path | None, at: QPoint) -> None:
    """Keep ``at`` as the mini timer's place for the next time it opens."""
    layout = _layout_file(folder)
    if layout is not None:
        layout.setValue(_PLACE_KEY, at)
        layout.sync()


class MiniTimer(QWidget):
    """A small window that stays above others: ring, phase, step, Pause, Done and "it hurts".

    Done shows on a counted step only; "Paused" shows while paused.

    Its height follows its texts (``heightForWidth`` at its width), so a long technique
    name in German adds a line instead of cutting the first or last one.

    While one of the app's modal dialogs is open the timer steps aside (hidden) and comes
    back when it closes: always on top, it covered the after-ratings' buttons, and its ✕ was
    blocked by the dialog (walk 9, P2-b).

    Signals:
        closed(QPoint): the timer was closed (its ✕, T, the menu, or the session's end);
            where it was. Stepping aside for a dialog is not closing.
    """

    closed = Signal(QPoint)

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
        # A counted step ends on Done; the mini timer had only the Enter key for it.
        self.done = ActionButton(
            self, PlayerCommand.DONE, icon_px=16, style=Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
        self.done.setObjectName("quietButton")
        self.done.bind(actions)
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
        # Behind the stop advice (and once a session is over) there is nothing to resume: a
        # "Resume" that only looked off sat beside "Stopped because it hurt".
        self._buttons = (
            (self.pause, PlayerCommand.PAUSE),
            (self.done, PlayerCommand.DONE),
            (self.hurt, PlayerCommand.HURT),
        )
        for button, command in self._buttons:
            actions[command].enabledChanged.connect(button.setVisible)
            button.setVisible(actions[command].isEnabled())
        # Every button keeps its place whatever the state: "Stop – it hurts" moved when Pause
        # turned into the longer Resume and when Done came and went (walk 7). Done's slot is
        # kept while it is hidden, and Pause is as wide as the longer of its two labels.
        for button in (self.pause, self.done):
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pause)
        buttons.addWidget(self.done)
        buttons.addStretch(1)
        # The stop rule in words beside its button: the timer was the one session view
        # without it, and over a window filling the screen it hid half of the window's rule
        # (walk 10, A a57, B b25/b81). Under the ring, across the whole timer: beside the
        # ring it made the timer too wide for the corner left of the player's rule, and
        # beside the button it took six lines at the largest text.
        self.rule = stop_rule_label(self)
        self.rule.setObjectName("miniStopRule")
        self.rule.setStyleSheet(self.rule.styleSheet().replace("#roomStopRule", "#miniStopRule"))
        stop = QVBoxLayout()
        stop.addWidget(self.hurt, 0, Qt.AlignmentFlag.AlignLeft)
        stop.addWidget(self.rule)
        # While paused, "Paused" takes the phase's place (as in the player): the lines under
        # it, and the buttons, stay where they were.
        heading = QGridLayout()
        heading.addWidget(self.paused, 0, 0, Qt.AlignmentFlag.AlignLeft)
        heading.addWidget(self.phase, 0, 0)
        for label in (self.paused, self.phase):
            policy = label.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            label.setSizePolicy(policy)
        side = QVBoxLayout()
        side.addLayout(heading)
        side.addWidget(self.technique)
        side.addStretch(1)
        side.addLayout(buttons)
        top = QHBoxLayout()
        top.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(side, 1)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(top)
        self._layout.addLayout(stop)
        actions.textScaleChanged.connect(self._on_actions_text_scale_changed)
        self._on_actions_text_scale_changed(actions.text_scale)
        # As in room mode: the window takes the focus, so Pause does not look chosen.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # T closes the timer from the timer too: it takes the focus when it opens.
        self.addAction(actions[PlayerCommand.MINI])
        # As narrow as its buttons allow: it opens in a corner left of the player's stop rule.
        self.resize(self._layout.totalMinimumSize().width(), 130)
        self._aside = False  # hidden while a modal dialog of the app is open
        self._placed: QPoint | None = None  # where the timer was put, until the person moves it
        # The place to take again once the window manager has framed the timer: before, its
        # frame is a guess, and openbox put the title bar above the screen's top.
        self._replace: tuple[QWidget, Around, QPoint | None] | None = None
        self._frame_timer = QTimer(self)
        self._frame_timer.setInterval(_FRAME_POLL_MS)
        self._frame_timer.timeout.connect(self._on_frame_timer_timeout)
        self._frame_waits = 0
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._on_app_focus_window_changed)

    def place_near(self, window: QWidget, around: Around, at: QPoint | None = None) -> None:
        """Sit at ``at`` if all of the timer is on the screen there, else out of the way.

        Out of the way is beside ``window`` (the main window), or over it where the timer
        leaves most of ``around`` in view (``free_place``) when the screen has no room.
        """
        screen = window.screen() or QGuiApplication.primaryScreen()
        frame = self.frameGeometry().size() - self.size() if self.isVisible() else DECORATION
        if frame.isEmpty():
            frame = QSize(0, 0)
        outer = self.size() + frame
        area = screen.availableGeometry()
        if at is not None and area.contains(QRect(at, outer)):
            self.move(at)
        else:
            self.move(free_place(outer, window.frameGeometry(), around, area))
        self._placed = self.pos()
        framed = self.isVisible() and self.frameGeometry() != self.geometry()
        self._replace = None if framed else (window, around, at)
        if not framed and not self._frame_timer.isActive():
            self._frame_waits = _REPLACE_FOR_MS // _FRAME_POLL_MS
            self._frame_timer.start()

    def moved(self) -> bool:
        """Whether the person moved the timer from where it was put."""
        placed = self._placed
        return placed is not None and (self.pos() - placed).manhattanLength() > 4

    def _on_frame_timer_timeout(self) -> None:
        """Once the window manager has framed the timer, put it in its place again.

        Openbox framed it without a move: the frame's title bar sat above the screen's top.
        """
        again = self._replace
        if again is None or not self.isVisible():
            self._frame_timer.stop()
            return
        self._frame_waits -= 1
        if self.frameGeometry() != self.geometry():
            self._replace = None
            self.place_near(*again)
        if self._replace is None or self._frame_waits <= 0:
            self._replace = None  # never fight a person who moves the timer
            self._frame_timer.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Say where the timer was, so it opens there next time."""
        super().closeEvent(event)
        self._aside = False
        self._replace = None
        self.closed.emit(self.pos())

    def _on_app_focus_window_changed(self, _window: QWindow | None) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self and self.isVisible():
            self._aside = True
            self.hide()
        elif modal is None and self._aside:
            self._aside = False
            self.show()

    def showEvent(self, event: QShowEvent) -> None:
        """Take the keyboard focus for the window, not its first button; fit the texts.

        Shown, the window has its style: the texts' sizes, and so their heights, are final.
        """
        super().showEvent(event)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._fit_height()

    def show_display(self, display: Display) -> None:
        """Mirror the player's state."""
        for part in (self.ring, self.phase, self.technique):
            part.setEnabled(True)
        for button, command in self._buttons:
            button.setVisible(self._actions[command].isEnabled())
        # "press Done when finished" needs a larger ring; the phase beside it says "Count".
        caption = "" if display.counted else caption_beside_heading(display)
        self.ring.set_state(display.ring_fraction, display.ring_text, caption)
        self.ring.set_paused(display.paused)
        self.paused.setVisible(display.paused)
        self.phase.setVisible(not display.paused)
        self.phase.setText(display.phase)
        self.technique.setText(display.technique)
        self._hold_pause_width()
        self._fit_height()

    def _hold_pause_width(self) -> None:
        """Make Pause as wide as "Pause" or "Resume", whichever is longer."""
        button = self.pause
        metrics = button.fontMetrics()
        labels = (COMMANDS[PlayerCommand.PAUSE].text, RESUME_TEXT)
        widest = max(
            metrics.horizontalAdvance(QCoreApplication.translate("PlayerCommand", label))
            for label in labels
        )
        width = button.sizeHint().width() - metrics.horizontalAdvance(button.text()) + widest
        if button.minimumWidth() != width:
            button.setMinimumWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep room for every line at the new width."""
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        layout = self._layout
        # The nested layouts keep the heights of the last texts until told (a German name on
        # two lines was given one line's height).
        for part in layout.findChildren(QLayout):
            part.invalidate()
        layout.invalidate()
        # The width the window will have: the buttons' row may be about to widen it.
        width = max(self.width(), layout.totalMinimumSize().width())
        need = max(layout.totalHeightForWidth(width), layout.totalMinimumSize().height())
        if self.minimumHeight() != need:
            self.setMinimumHeight(need)
        if self.height() < need or self.width() < width:
            self.resize(width, max(self.height(), need))

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
        # The stop rule as large as the texts above it: the larger text is for reading at a
        # distance, and this line most of all.
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * scale)
        font.setBold(True)
        self.rule.setFont(font)
        self.ring.set_text_scale(scale)
        self._fit_height()

"""The player's commands: one table of what each does, its label, its icon and its keys.

Every control of the player is a ``QAction`` made here. Buttons show an action with
``setDefaultAction``. Labels carry no key names: the key goes into the tooltip (and the
shortcuts overlay) from the shortcut's native text, so no key name sits inside a
translatable string and a key can only mean one thing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill


class PlayerCommand(Enum):
    """What a person can ask of a running session."""

    BACK = "back"
    PAUSE = "pause"
    SKIP = "skip"
    LESS = "less"
    MORE = "more"
    DONE = "done"
    STOP = "stop"
    HURT = "hurt"
    MINI = "mini"
    ROOM = "room"
    KEYS = "keys"


@dataclass(frozen=True)
class CommandSpec:
    """A command's label (English, translated in context "PlayerCommand"), keys and icon.

    ``icon`` names a drawing of the bundled set (ui/design/icons.py).
    """

    text: str
    keys: tuple[str, ...] = ()
    icon: str = ""


# Both "+" and "=" add time because "+" needs Shift on most layouts. Room mode has its own
# key: F11 belongs to the main window's full screen (View menu). Ending a session takes a
# deliberate Ctrl+E, not Esc: Esc leaves room mode and full screen, and one Esc too many with
# oily hands ended the session (walk 8, finding 8).
COMMANDS: dict[PlayerCommand, CommandSpec] = {
    PlayerCommand.BACK: CommandSpec(
        QT_TRANSLATE_NOOP("PlayerCommand", "Back"), ("Left",), "previous"
    ),
    PlayerCommand.PAUSE: CommandSpec(
        QT_TRANSLATE_NOOP("PlayerCommand", "Pause"), ("Space",), "pause"
    ),
    PlayerCommand.SKIP: CommandSpec(QT_TRANSLATE_NOOP("PlayerCommand", "Skip"), ("Right",), "next"),
    PlayerCommand.LESS: CommandSpec(QT_TRANSLATE_NOOP("PlayerCommand", "−15 s"), ("-",), "rewind"),
    PlayerCommand.MORE: CommandSpec(
        QT_TRANSLATE_NOOP("PlayerCommand", "+15 s"), ("+", "="), "forward"
    ),
    PlayerCommand.DONE: CommandSpec(
        QT_TRANSLATE_NOOP("PlayerCommand", "Done"), ("Return", "Enter"), "done"
    ),
    PlayerCommand.STOP: CommandSpec(
        QT_TRANSLATE_NOOP("PlayerCommand", "End session"), ("Ctrl+E",), "stop"
    ),
    PlayerCommand.HURT: CommandSpec(QT_TRANSLATE_NOOP("PlayerCommand", "Stop – it hurts"), ("H",)),
    PlayerCommand.MINI: CommandSpec(
        QT_TRANSLATE_NOOP("PlayerCommand", "Mini timer"), ("T",), "mini"
    ),
    PlayerCommand.ROOM: CommandSpec(
        QT_TRANSLATE_NOOP("PlayerCommand", "Room mode"), ("R",), "expand"
    ),
    PlayerCommand.KEYS: CommandSpec(
        QT_TRANSLATE_NOOP("PlayerCommand", "Keyboard shortcuts"), ("?",), "keyboard"
    ),
}
RESUME_TEXT = QT_TRANSLATE_NOOP("PlayerCommand", "Resume")
RESUME_ICON = "play"


# Arrows as arrows and Return as the key's common name: the system's names ("Links",
# "Return, Enter") read as code in the key list (walk 10). "=" and the keypad's Enter are
# the same command's second key for other layouts; the list names the first one only.
KEY_SHOWN = {
    "Left": "←",
    "Right": "→",
    "Up": "↑",
    "Down": "↓",
    "Return": QT_TRANSLATE_NOOP("PlayerCommand", "Enter"),
}
KEYS_NOT_LISTED = frozenset({"=", "Enter"})


def key_name(shortcut: QKeySequence) -> str:
    """The key as the key list says it: an arrow, "Enter", else this system's name."""
    portable = shortcut.toString(QKeySequence.SequenceFormat.PortableText)
    if portable in KEY_SHOWN:
        return QCoreApplication.translate("PlayerCommand", KEY_SHOWN[portable])
    return shortcut.toString(QKeySequence.SequenceFormat.NativeText)


def command_label(text: str, shortcut: QKeySequence) -> str:
    """``Pause (Space)``: a translated label and the key as this system names it."""
    key = key_name(shortcut)
    if not key:
        return text
    return fill(QCoreApplication.translate("PlayerCommand", "%1 (%2)"), text, key)


class PlayerActions(QObject):
    """One ``QAction`` per command, on ``window``; enabled only while a session runs.

    Actions are window-wide (``Qt.WindowShortcut``) so they work wherever focus is, except in
    a text field, which claims plain keys such as Space through ShortcutOverride. Adding the
    same actions to another window (``attach``) makes the keys work there too.

    Every view of the player (panel, room mode, mini timer) is built from these actions, so
    they also carry the one setting all those views share: the size of the reading text.

    Signals:
        textScaleChanged(float): the text-size preference changed; the new factor (1 is
            normal).
        readingChanged(bool): a popup of the player opened (True) or closed (False): the
            session flow stops the clock while the person reads.
        readingPauseChanged(bool): whether the session stands still because a popup is open.
    """

    textScaleChanged = Signal(float)
    readingChanged = Signal(bool)
    readingPauseChanged = Signal(bool)

    def __init__(self, window: QWidget, handler: Callable[[PlayerCommand], None]) -> None:
        super().__init__(window)
        self._text_scale = 1.0
        self._paused = False
        self._reading_pause = False
        self._actions: dict[PlayerCommand, QAction] = {}
        for command, spec in COMMANDS.items():
            action = QAction(window)
            action.setShortcuts([QKeySequence(key) for key in spec.keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, c=command: handler(c))
            action.setEnabled(False)
            # The menu ticks the mini timer while it is open: T and the entry close it too.
            action.setCheckable(command is PlayerCommand.MINI)
            window.addAction(action)
            self._actions[command] = action
            self.set_text(command, spec.text)

    def __getitem__(self, command: PlayerCommand) -> QAction:
        """The action of ``command``."""
        return self._actions[command]

    def set_text(self, command: PlayerCommand, english: str) -> None:
        """Label ``command`` with ``english`` (translated); its key goes into the tooltip."""
        action = self._actions[command]
        text = QCoreApplication.translate("PlayerCommand", english)
        action.setText(text)
        action.setToolTip(command_label(text, action.shortcut()))

    def set_paused(self, paused: bool) -> None:
        """Show "Resume" (and a play icon) on the pause control while the session is paused."""
        self._paused = paused
        self.set_text(
            PlayerCommand.PAUSE, RESUME_TEXT if paused else COMMANDS[PlayerCommand.PAUSE].text
        )

    def icon_name(self, command: PlayerCommand) -> str:
        """The icon ``command`` shows now: pause turns into play while paused."""
        if command is PlayerCommand.PAUSE and self._paused:
            return RESUME_ICON
        return COMMANDS[command].icon

    def key_text(self, command: PlayerCommand) -> str:
        """The command's keys as the key list says them (``Space``, ``→``), or empty."""
        keys = self._actions[command].shortcuts()
        listed = [
            k
            for index, k in enumerate(keys)
            if index == 0
            or k.toString(QKeySequence.SequenceFormat.PortableText) not in KEYS_NOT_LISTED
        ]
        return ", ".join(key_name(k) for k in listed)

    def follow_step(self, running: bool, counted: bool, shortest_s: float | None) -> None:
        """Fit the step commands to the current step.

        Done works on a counted step only. "−15 s" is off once the step is at its shortest
        time (the guide's lower bound) and its tooltip says why.

        Args:
            running: Whether a step is under way (not after the session has ended).
            counted: Whether the step counts repetitions.
            shortest_s: The step's shortest time when its work is already that short.
        """
        self._actions[PlayerCommand.DONE].setEnabled(running and counted)
        less = self._actions[PlayerCommand.LESS]
        less.setEnabled(running and shortest_s is None)
        text = less.text()
        tip = command_label(text, less.shortcut())
        if shortest_s is not None:
            floor = QCoreApplication.translate(
                "PlayerCommand", "Not shorter than %1 s for this step."
            )
            tip = f"{tip}\n{fill(floor, round(shortest_s))}"
        less.setToolTip(tip)

    def set_enabled(self, enabled: bool) -> None:
        """Turn every command on or off."""
        for action in self._actions.values():
            action.setEnabled(enabled)

    def set_reading(self, reading: bool) -> None:
        """Say that a popup of the player opened (True) or closed (False)."""
        self.readingChanged.emit(reading)

    @property
    def reading_pause(self) -> bool:
        """Whether the session stands still because the person is reading a popup."""
        return self._reading_pause

    def set_reading_pause(self, paused: bool) -> None:
        """Note whether the session stands still for reading (the popups say so)."""
        if paused != self._reading_pause:
            self._reading_pause = paused
            self.readingPauseChanged.emit(paused)

    @property
    def text_scale(self) -> float:
        """How much larger than normal the player's reading text is (1, or more)."""
        return self._text_scale

    def set_text_scale(self, scale: float) -> None:
        """Make the player's reading text ``scale`` times its normal size in every view."""
        if scale != self._text_scale:
            self._text_scale = scale
            self.textScaleChanged.emit(scale)

    def attach(self, window: QWidget, exclude: frozenset[PlayerCommand] = frozenset()) -> None:
        """Make the commands' keys work in another window too (room mode)."""
        for command, action in self._actions.items():
            if command not in exclude:
                window.addAction(action)

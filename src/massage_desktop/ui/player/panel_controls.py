"""The player panel's buttons: back, pause, skip, ±15 s, Done, room mode, keys, "…", "it hurts"."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QMenu, QSizePolicy, QToolButton, QWidget

from massage_desktop.ui.design.icons import icon
from massage_desktop.ui.design.tokens import TARGET, colours
from massage_desktop.ui.player.commands import PlayerActions, PlayerCommand
from massage_desktop.ui.player.panel_parts import ActionButton, theme_name

PRIMARY = (PlayerCommand.BACK, PlayerCommand.PAUSE, PlayerCommand.SKIP)
"""The one row of large controls: previous, play/pause, next."""
TIME = (PlayerCommand.LESS, PlayerCommand.MORE)
"""Small buttons at the left of the row: take away or add 15 seconds."""
STEP = (*TIME, PlayerCommand.DONE)
"""The left slot: ±15 s on a timed step, "Done" in their place on a counted one."""
OVERFLOW = (PlayerCommand.MINI, PlayerCommand.ROOM, PlayerCommand.KEYS, PlayerCommand.STOP)
"""The "…" menu: other views, the shortcuts, and ending the session."""


class PlayerControls:
    """The panel's buttons, made and styled for ``parent``; ``row`` lays out all but "it hurts".

    Each button shows one of the player's actions once ``bind`` has them. "Done" shows on
    counted steps only and ±15 s on timed ones (the panel switches them).
    """

    def __init__(self, parent: QWidget) -> None:
        self.buttons: dict[PlayerCommand, ActionButton] = {}
        """The row's buttons by command (``PRIMARY``, ``TIME`` and Done)."""
        for command in PRIMARY:
            self.buttons[command] = ActionButton(
                parent,
                command,
                ink="on_accent" if command is PlayerCommand.PAUSE else "text",
                icon_px=30 if command is PlayerCommand.PAUSE else 26,
            )
        for command in TIME:
            self.buttons[command] = ActionButton(
                parent, command, icon_px=16, style=Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            )
        self.buttons[PlayerCommand.DONE] = ActionButton(
            parent,
            PlayerCommand.DONE,
            ink="on_accent",
            icon_px=22,
            style=Qt.ToolButtonStyle.ToolButtonTextBesideIcon,
        )
        self.room = ActionButton(parent, PlayerCommand.ROOM, icon_px=22)
        """Opens room mode: in view, as it was only in "…" and under R (walk 5)."""
        self.keys = ActionButton(parent, PlayerCommand.KEYS, icon_px=22)
        """Opens the list of the player's keys."""
        self.overflow = QToolButton(parent)
        """The "…" menu (``OVERFLOW``)."""
        self.hurt = ActionButton(
            parent, PlayerCommand.HURT, style=Qt.ToolButtonStyle.ToolButtonTextOnly
        )
        """The red "Stop – it hurts"."""
        self._style()

    def _style(self) -> None:
        for command in PRIMARY:
            button = self.buttons[command]
            big = command is PlayerCommand.PAUSE
            button.setObjectName("playerPrimary" if big else "playerControl")
            button.setFixedSize(64 if big else TARGET + 8, 64 if big else TARGET + 8)
        for command in TIME:
            self.buttons[command].setObjectName("playerSmall")
        done = self.buttons[PlayerCommand.DONE]
        done.setObjectName("playerDone")
        done.setMinimumHeight(TARGET)
        done.setVisible(False)  # shown on counted steps only: nothing greyed out to explain
        for button in (self.room, self.keys):
            button.setObjectName("playerControl")
            button.setFixedSize(TARGET, TARGET)
        overflow = self.overflow
        overflow.setObjectName("playerControl")
        overflow.setFixedSize(TARGET, TARGET)
        overflow.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        overflow.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        overflow.setIconSize(self.keys.iconSize())
        more = QCoreApplication.translate("PlayerPanel", "More controls")
        overflow.setToolTip(more)
        overflow.setAccessibleName(more)
        overflow.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        font = self.hurt.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.hurt.setFont(font)
        self.hurt.setMinimumHeight(56)
        self.hurt.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.hurt.setObjectName("hurtButton")
        # Red only while it can be pressed: after the session it must not call for attention.
        self.hurt.setStyleSheet(
            "#hurtButton:enabled { background: #b3261e; color: white; border-radius: 8px; }"
        )

    def row(self) -> QHBoxLayout:
        """The step's own buttons on the left, the main buttons centred, keys and "…" right.

        The ±15 s buttons sat under the ring and took 40 px of its height. The left slot
        holds ±15 s on a timed step and "Done" on a counted one, one in place of the other,
        and keeps its width while either is hidden: when "Done" appeared beside Skip, Back,
        Pause and Skip moved about 100 px and a Skip click landed on another button (walk 7).
        """
        time = QHBoxLayout()
        for command in TIME:
            time.addWidget(self.buttons[command])
        step = QGridLayout()
        step.addLayout(time, 0, 0, Qt.AlignmentFlag.AlignLeft)
        step.addWidget(self.buttons[PlayerCommand.DONE], 0, 0, Qt.AlignmentFlag.AlignLeft)
        for command in STEP:
            button = self.buttons[command]
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
        main = QHBoxLayout()
        for command in PRIMARY:
            main.addWidget(self.buttons[command])
        other = QHBoxLayout()
        other.addStretch(1)
        other.addWidget(self.room)
        other.addWidget(self.keys)
        other.addWidget(self.overflow)
        row = QHBoxLayout()
        row.addLayout(step, 1)
        row.addLayout(main, 0)
        row.addLayout(other, 1)
        # Tab goes along the row as seen, left to right, then to "it hurts" under it: it went
        # Back, Pause, Skip, then back to ±15 s, the order the buttons were made in (walk 7).
        seen = [
            *(self.buttons[c] for c in (*STEP, *PRIMARY)),
            self.room,
            self.keys,
            self.overflow,
            self.hurt,
        ]
        for before, after in pairwise(seen):
            QWidget.setTabOrder(before, after)
        return row

    def show_counted(self, counted: bool, ended: bool = False) -> None:
        """Show "Done" on a counted step and ±15 s on a timed one; neither once it has ended.

        Once the session has ended the step buttons go: greyed, flat ±15 s and ⏮ ⏭ looked
        the same as live ones behind the closing questions (walk 5). The hidden ones keep
        their room, so nothing else moves.
        """
        self.buttons[PlayerCommand.DONE].setVisible(counted and not ended)
        for command in TIME:
            self.buttons[command].setVisible(not counted and not ended)
        for command in PRIMARY:
            self.buttons[command].setVisible(not ended)

    def bind(self, actions: PlayerActions) -> None:
        """Show ``actions`` on the buttons (label, tooltip with key, enabled state) and in "…"."""
        for button in (*self.buttons.values(), self.room, self.keys, self.hurt):
            button.bind(actions)
        menu = QMenu(self.overflow)
        for command in OVERFLOW:
            if command is PlayerCommand.STOP:
                menu.addSeparator()
            menu.addAction(actions[command])
        self.overflow.setMenu(menu)
        self.paint_overflow()

    def paint_overflow(self) -> None:
        """Draw the "…" icon in the theme's colours."""
        self.overflow.setIcon(icon("more", colours(theme_name()).text, 22))

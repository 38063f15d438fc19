"""Pieces of room mode: its big buttons, the stop rule, the figure and its own keys list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from massage_desktop.domain.enums import Severity
from massage_desktop.ui.bodymap import BodyMapWidget
from massage_desktop.ui.bodymap.thumbnail import RegionThumbnail
from massage_desktop.ui.guide.colours import app_tone
from massage_desktop.ui.guide.html import stop_rule
from massage_desktop.ui.i18n import fill
from massage_desktop.ui.player.commands import PlayerActions, PlayerCommand
from massage_desktop.ui.player.display import Display
from massage_desktop.ui.player.panel_parts import ActionButton
from massage_desktop.ui.player.popups import ShortcutsPopup

ROOM_TARGET_PX = 120
"""Smallest side of room mode's buttons: easy to hit from a massage table without aiming."""
MIN_PX = 14
"""Room mode's smallest type for its short lines."""
_HURT_STYLE = (
    "#roomHurtButton { color: white; font-weight: bold; border: none;"
    " border-radius: 16px; background: #b3261e; }"
    " #roomHurtButton:focus { border: 4px solid white; outline: none; }"
)


def room_button(parent: QWidget, command: PlayerCommand, actions: PlayerActions) -> ActionButton:
    """A flat button of at least ``ROOM_TARGET_PX``: icon and label, or the red "it hurts"."""
    hurt = command is PlayerCommand.HURT
    button = ActionButton(
        parent,
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
    if hurt:
        button.setStyleSheet(_HURT_STYLE)
    return button


def stop_rule_label(parent: QWidget) -> QLabel:
    """The stop rule ("Stop at once on sharp pain…") in the theme's "do not massage" colour."""
    rule = QLabel(f"⚠ {stop_rule()}", parent)
    rule.setObjectName("roomStopRule")
    rule.setWordWrap(True)
    tone = app_tone(Severity.DO_NOT_MASSAGE)
    rule.setStyleSheet(f"#roomStopRule {{ color: {tone.ink}; }}")
    return rule


def keys_hint(parent: QWidget, actions: PlayerActions) -> QLabel:
    """The quiet line that says how to leave room mode and how to list the keys."""
    text = QCoreApplication.translate("RoomWindow", "Esc leaves room mode · %1 lists the keys")
    key = actions.key_text(PlayerCommand.KEYS)
    # Each key stays with the word after it when the hint wraps ("?" ended a line alone).
    words = fill(text, key).replace("Esc ", "Esc\u00a0").replace(f"{key} ", f"{key}\u00a0")
    hint = QLabel(words, parent)
    hint.setProperty("role", "muted")
    # The hint wraps, not the stop rule beside it (room mode caps its width).
    hint.setWordWrap(True)
    hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return hint


def map_in(parent: QWidget | None) -> BodyMapWidget | None:
    """The body map in the player's window, whose figure room mode copies."""
    return parent.findChild(BodyMapWidget) if parent is not None else None


def figure_of(parent: QWidget, source: BodyMapWidget | None) -> RegionThumbnail | None:
    """A still copy of ``source``'s figure for "where"; None without a map to copy."""
    if source is None:
        return None
    figure = RegionThumbnail(*source.figure(), parent)
    figure.setAccessibleName(QCoreApplication.translate("RoomWindow", "Where to massage"))
    return figure


def fit_place(place: QLabel, width: int, cap: int) -> None:
    """Fit the place's name under the figure: as wide as the figure or its longest word.

    A word longer than ``cap`` ("Kniescheibe" at extra-large text) makes the type smaller
    instead: a word-wrapped label cannot break it and would cut it at both ends.
    """
    font = QFont(place.font())
    words = place.text().split() or [""]
    need = max(QFontMetrics(font).horizontalAdvance(word) for word in words) + 4
    while need > cap and font.pixelSize() > MIN_PX:
        font.setPixelSize(font.pixelSize() - 1)
        need = max(QFontMetrics(font).horizontalAdvance(word) for word in words) + 4
    place.setFont(font)
    place.setFixedWidth(max(width, min(need, cap)))


def fit_hint(hint: QLabel, rule: QLabel, room: int) -> None:
    """Give the hint what the stop rule on one line leaves of ``room`` (a quarter at least)."""
    rule_px = rule.fontMetrics().horizontalAdvance(rule.text()) + 24
    one_line = hint.fontMetrics().horizontalAdvance(hint.text()) + 4
    allowed = max(room // 4, room - rule_px)
    # Two even lines rather than one long and an orphan ("Tasten"); fixed, because a
    # word-wrapped label asks for less than it may have and wrapped to three lines.
    hint.setFixedWidth(one_line if one_line <= allowed else min(allowed, one_line * 2 // 3))


def show_place(figure: RegionThumbnail | None, display: Display) -> None:
    """Light the step's place on the figure (hidden between steps)."""
    if figure is not None:
        figure.set_regions(display.place_id or None, display.region_ids, lit=display.lit_ids)
        figure.setVisible(bool(display.place_id))
        figure.setAccessibleDescription(display.place)


class RoomKeys(QObject):
    """Room mode's "?": the player's list of keys, opened over room mode.

    The player's own "?" opens the list over the player, which room mode covers; so room
    mode leaves that action out and answers the same keys with this one.
    """

    def __init__(self, window: QWidget, actions: PlayerActions) -> None:
        super().__init__(window)
        self._window = window
        self._actions = actions
        self.popup: ShortcutsPopup | None = None
        """The list, once opened."""
        self.action = QAction(window)
        self.action.setShortcuts(actions[PlayerCommand.KEYS].shortcuts())
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(self._on_action_triggered)
        window.addAction(self.action)

    def show(self) -> None:
        """Open the list in the middle of room mode."""
        if self.popup is None:
            # Room mode answers Esc itself: it leaves room mode, as its footer says, and
            # nothing else (ending the session has its own key).
            leave = QCoreApplication.translate("RoomWindow", "Leave room mode")
            self.popup = ShortcutsPopup(self._window, self._actions, [("Esc", leave)])
            self.popup.follow(self._actions)
            # Space still pauses and H still stops while the list is open; Esc closes it.
            exclude = frozenset({PlayerCommand.STOP, PlayerCommand.KEYS})
            self._actions.attach(self.popup, exclude=exclude)
        self.popup.show_centred(self._window)

    def close(self) -> None:
        """Close the list (room mode closes)."""
        if self.popup is not None:
            self.popup.close()

    def _on_action_triggered(self) -> None:
        # Like the player's own action: only while a session runs.
        if self._actions[PlayerCommand.KEYS].isEnabled():
            self.show()


def set_px(widget: QWidget, px: int, bold: bool | None = None) -> None:
    """Give ``widget`` a font ``px`` pixels high (and bold or not), if that changes it."""
    font = widget.font()
    if font.pixelSize() == px and (bold is None or font.bold() == bold):
        return
    font.setPixelSize(px)
    if bold is not None:
        font.setBold(bold)
    widget.setFont(font)

"""The player's two popups: the step in full ("More…") and the keyboard shortcuts ("?").

Both open over the player and close with Esc, a click outside or their Close button. While
one is open the session stands still, and the popup says so at its top; closing it carries on
(``follow``). The player's keys keep working meanwhile (the actions are attached to it): Space
resumes or pauses, and the person's pause then stays after closing.

Both are read at the text-size setting, as the designed dialogs are: at opening each takes a
style sheet of the design's type scale times the setting's factor (``popup_sheet``), and grows
as wide as that needs. The body scrolls when a long German instruction at "Extra large" would
be taller than the screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.ui.design.dialog_sheet import px
from massage_desktop.ui.design.screen import DialogBody, dialog_scale
from massage_desktop.ui.design.tokens import (
    BODY,
    BODY_SMALL,
    RADIUS_CARD,
    RADIUS_CONTROL,
    TITLE,
    Colours,
    colours,
)
from massage_desktop.ui.i18n import fill
from massage_desktop.ui.player.commands import PlayerActions, PlayerCommand
from massage_desktop.ui.player.panel_parts import theme_name
from massage_desktop.ui.text_size import current_text_scale

POPUP_WIDTH = 560
"""Widest the popups get at normal text size: lines longer than this are slow to read."""
MIN_WIDTH = 320
"""Narrowest they get at normal text size, over a narrow player."""
SHORTCUT_ORDER = (
    PlayerCommand.PAUSE,
    PlayerCommand.BACK,
    PlayerCommand.SKIP,
    PlayerCommand.LESS,
    PlayerCommand.MORE,
    PlayerCommand.DONE,
    PlayerCommand.HURT,
    PlayerCommand.MINI,
    PlayerCommand.ROOM,
    PlayerCommand.STOP,
    PlayerCommand.KEYS,
)


def popup_sheet(name: str, c: Colours, scale: float) -> str:
    """The style sheet of the popup named ``name``: its card, type scale and Close button."""
    n = f"#{name}"
    return f"""
{n} {{ background: {c.surface}; border: 1px solid {c.outline}; border-radius: {RADIUS_CARD}px; }}
{n} QScrollArea#dialogBody, {n} QWidget#dialogBodyContent {{ background: transparent;
    border: none; }}
{n} QLabel {{ color: {c.text}; font-size: {px(BODY, scale)}px; }}
{n} QLabel[role="title"] {{ font-size: {px(TITLE, scale)}px; font-weight: 600; }}
{n} QLabel[role="key"] {{ font-weight: 600; }}
{n} QLabel[role="muted"] {{ color: {c.muted}; font-size: {px(BODY_SMALL + 1, scale)}px; }}
{n} QPushButton#quietButton {{ color: {c.text}; background: transparent;
    border: 1px solid {c.outline}; border-radius: {RADIUS_CONTROL}px;
    padding: {px(6, scale)}px {px(14, scale)}px; font-size: {px(BODY_SMALL + 1, scale)}px; }}
{n} QPushButton#quietButton:focus {{ border: 2px solid {c.focus}; outline: none; }}
"""


class _Popup(QFrame):
    """A framed popup window with a scrolling body and a Close button at its foot."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.scale = 1.0
        """The text-size factor it was last opened at."""
        self._reading: PlayerActions | None = None
        self.note = QLabel(
            QCoreApplication.translate(
                "PlayerPopup", "Paused while you read. It carries on when you close this."
            ),
            self,
        )
        self.note.setProperty("role", "key")
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.scroller = DialogBody(self)
        self.body: QVBoxLayout = self.scroller.layout_
        self.close_button = QPushButton(QCoreApplication.translate("PlayerPopup", "Close"), self)
        self.close_button.setObjectName("quietButton")
        self.close_button.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.note)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)

    def follow(self, actions: PlayerActions) -> None:
        """Stand the session still while this popup is open, and say so at its top.

        It opens over the countdown: a person who stops to read the warnings missed the end
        of the step behind it (walk 5). Closing it carries on, unless the person paused.
        """
        self._reading = actions
        actions.readingPauseChanged.connect(self.note.setVisible)

    def hideEvent(self, event: QHideEvent) -> None:
        """Let the session carry on once the person has read."""
        super().hideEvent(event)
        if self._reading is not None:
            self._reading.set_reading(False)

    def text_scale(self, anchor: QWidget) -> float:
        """The text-size setting in force for a popup over ``anchor``."""
        return current_text_scale(anchor)

    def _apply_theme(self, scale: float) -> None:
        # At opening: the popup may have been made before the theme or the size was applied.
        self.scale = scale
        self.setStyleSheet(popup_sheet(self.objectName(), colours(theme_name()), scale))

    def show_over(self, anchor: QWidget) -> None:
        """Open over ``anchor``'s top left corner, as wide as it (up to ``POPUP_WIDTH``)."""
        width, height = self._fit_to(anchor, self.text_scale(anchor))
        self._open_at(anchor.mapToGlobal(QPoint(0, 0)), anchor, width, height)

    def show_centred(self, anchor: QWidget) -> None:
        """Open in the middle of ``anchor`` (room mode, full screen), read from across the room.

        As the designed dialogs over room mode, at least room mode's ``LARGE`` scale.
        """
        width, height = self._fit_to(anchor, dialog_scale(self.text_scale(anchor), room=True))
        middle = anchor.mapToGlobal(anchor.rect().center())
        self._open_at(
            QPoint(middle.x() - width // 2, middle.y() - height // 2), anchor, width, height
        )

    def _fit_to(self, anchor: QWidget, scale: float) -> tuple[int, int]:
        """Size the popup for ``anchor``: its width up to ``POPUP_WIDTH``, the height it needs.

        Both grow with ``scale``; neither passes the screen (the body scrolls beyond).
        """
        if self._reading is not None:
            # Before the size is taken: the note at the top is shown when the clock stopped.
            self._reading.set_reading(True)
            self.note.setVisible(self._reading.reading_pause)
        self._apply_theme(scale)
        # A little wider than its label: the style sheet above re-polishes it, and a button
        # exactly as wide as its hint lost two pixels of "Schließen" once polished.
        self.close_button.ensurePolished()
        self.close_button.setMinimumWidth(self.close_button.sizeHint().width() + 16)
        room = anchor.screen().availableGeometry()
        width = min(px(POPUP_WIDTH, scale), max(anchor.width(), px(MIN_WIDTH, scale)))
        width = min(width, room.width())
        layout = self.layout()
        assert layout is not None
        layout.activate()
        height = max(layout.totalHeightForWidth(width), layout.totalMinimumSize().height())
        height = min(height, room.height())
        self.resize(width, height)
        return width, height

    def _open_at(self, corner: QPoint, anchor: QWidget, width: int, height: int) -> None:
        """Show with the top left at ``corner``, kept on ``anchor``'s screen."""
        screen = anchor.screen().availableGeometry()
        x = max(screen.left(), min(corner.x(), screen.right() - width))
        y = max(screen.top(), min(corner.y(), screen.bottom() - height))
        self.move(x, y)
        self.show()
        self.close_button.setFocus()


class DetailsPopup(_Popup):
    """The current step in full: technique, the whole instruction, where and how long, warnings.

    Signals:
        safetyRequested(): a warning's "Why? See Safety" link was clicked.
    """

    safetyRequested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "stepDetails")
        self.technique = QLabel(self)
        self.technique.setProperty("role", "title")
        self.instruction = QLabel(self)
        self.instruction.setAccessibleName(
            QCoreApplication.translate("PlayerPanel", "Whole instruction")
        )
        self.where = QLabel(self)
        self.where.setProperty("role", "muted")
        self.warnings = QLabel(self)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.warnings.setOpenExternalLinks(False)
        self.warnings.linkActivated.connect(lambda _link: self.safetyRequested.emit())
        self.warnings.setAccessibleName(
            QCoreApplication.translate("PlayerPanel", "Warnings for this step")
        )
        for label in (self.technique, self.instruction, self.where, self.warnings):
            label.setWordWrap(True)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByMouse
            )
            self.body.addWidget(label)

    def set_step(self, technique: str, instruction: str, where: str, warnings_html: str) -> None:
        """Show one step."""
        self.technique.setText(technique)
        self.instruction.setText(instruction)
        self.where.setText(where)
        self.where.setVisible(bool(where))
        self.warnings.setText(warnings_html)
        self.warnings.setVisible(bool(warnings_html))
        if self.isVisible():
            layout = self.layout()
            assert layout is not None
            need = layout.totalHeightForWidth(self.width())
            room = self.screen().availableGeometry().height()
            if need > self.height():
                self.resize(self.width(), min(need, room))


class ShortcutsPopup(_Popup):
    """Every key of the player, named as this system names it, read from the actions.

    Args:
        parent: The window the list opens over.
        actions: The player's actions: each row is one, its key and its text.
        extra: Keys the window the list opens over answers itself, as (key, what it does)
            rows after the player's (room mode: Esc leaves room mode).
    """

    def __init__(
        self,
        parent: QWidget,
        actions: PlayerActions,
        extra: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(parent, "playerShortcuts")
        self._actions = actions
        title = QLabel(QCoreApplication.translate("PlayerPanel", "Keyboard shortcuts"), self)
        title.setProperty("role", "title")
        self.body.addWidget(title)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        self.rows: dict[PlayerCommand, tuple[QLabel, QLabel]] = {}
        for row, command in enumerate(SHORTCUT_ORDER):
            key = QLabel(actions.key_text(command), self)
            key.setProperty("role", "key")
            name = QLabel(self._name(command), self)
            name.setWordWrap(True)
            grid.addWidget(key, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(name, row, 1)
            self.rows[command] = (key, name)
        self.extra_rows: list[tuple[QLabel, QLabel]] = []
        for row, (key_text, what) in enumerate(extra, start=len(SHORTCUT_ORDER)):
            key = QLabel(key_text, self)
            key.setProperty("role", "key")
            name = QLabel(what, self)
            name.setWordWrap(True)
            grid.addWidget(key, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(name, row, 1)
            self.extra_rows.append((key, name))
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)

    def text_scale(self, anchor: QWidget) -> float:
        """The text-size setting, from the actions the list names (room mode's too)."""
        return self._actions.text_scale

    def show_over(self, anchor: QWidget) -> None:
        """Name the commands as they are now ("Resume" while paused), then open."""
        for command, (_key, name) in self.rows.items():
            name.setText(self._name(command))
        super().show_over(anchor)

    def _name(self, command: PlayerCommand) -> str:
        text = self._actions[command].text()
        if command is PlayerCommand.DONE:
            # Enter answers only a step the person counts: named bare, it seemed broken on a
            # timed step, which has no Done button (walk 17).
            return fill(
                QCoreApplication.translate(
                    "PlayerPanel", "%1 (a step you count; a timed step ends by itself)"
                ),
                text,
            )
        return text

"""The player's two popups: the step in full ("More…") and the keyboard shortcuts ("?").

Both open over the player and close with Esc, a click outside or their Close button. The
player's keys keep working while one is open (the actions are attached to it), so Space still
pauses while the whole instruction is being read.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.ui.design.tokens import RADIUS_CARD, colours
from massage_desktop.ui.player.commands import PlayerActions, PlayerCommand
from massage_desktop.ui.player.panel_parts import theme_name

POPUP_WIDTH = 560
"""Widest the popups get: lines longer than this are slow to read."""
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


class _Popup(QFrame):
    """A framed popup window with a Close button at its foot."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.body = QVBoxLayout()
        self.close_button = QPushButton(QCoreApplication.translate("PlayerPopup", "Close"), self)
        self.close_button.setObjectName("quietButton")
        self.close_button.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addLayout(self.body)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)

    def _apply_theme(self) -> None:
        # At opening: the popup may have been made before the theme was applied.
        c = colours(theme_name())
        self.setStyleSheet(
            f"#{self.objectName()} {{ background: {c.surface}; border: 1px solid {c.outline};"
            f" border-radius: {RADIUS_CARD}px; }}"
        )

    def show_over(self, anchor: QWidget) -> None:
        """Open over ``anchor``'s top left corner, as wide as it (up to ``POPUP_WIDTH``)."""
        width, height = self._fit_to(anchor)
        self._open_at(anchor.mapToGlobal(QPoint(0, 0)), anchor, width, height)

    def show_centred(self, anchor: QWidget) -> None:
        """Open in the middle of ``anchor`` (a full-screen window), ``POPUP_WIDTH`` wide at most."""
        width, height = self._fit_to(anchor)
        middle = anchor.mapToGlobal(anchor.rect().center())
        self._open_at(
            QPoint(middle.x() - width // 2, middle.y() - height // 2), anchor, width, height
        )

    def _fit_to(self, anchor: QWidget) -> tuple[int, int]:
        """Size the popup for ``anchor``: its width up to ``POPUP_WIDTH``, the height it needs."""
        self._apply_theme()
        # A little wider than its label: the style sheet above re-polishes it, and a button
        # exactly as wide as its hint lost two pixels of "Schließen" once polished.
        self.close_button.ensurePolished()
        self.close_button.setMinimumWidth(self.close_button.sizeHint().width() + 16)
        width = min(POPUP_WIDTH, max(anchor.width(), 320))
        layout = self.layout()
        assert layout is not None
        height = max(layout.totalHeightForWidth(width), layout.totalMinimumSize().height())
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
        font = QFont(self.technique.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.technique.setFont(font)
        self.instruction = QLabel(self)
        self.instruction.setAccessibleName(
            QCoreApplication.translate("PlayerPanel", "Whole instruction")
        )
        big = QFont(self.instruction.font())
        big.setPointSizeF(big.pointSizeF() * 1.15)
        self.instruction.setFont(big)
        self.where = QLabel(self)
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
            if need > self.height():
                self.resize(self.width(), need)


class ShortcutsPopup(_Popup):
    """Every key of the player, named as this system names it, read from the actions."""

    def __init__(self, parent: QWidget, actions: PlayerActions) -> None:
        super().__init__(parent, "playerShortcuts")
        self._actions = actions
        title = QLabel(QCoreApplication.translate("PlayerPanel", "Keyboard shortcuts"), self)
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        self.body.addWidget(title)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        self.rows: dict[PlayerCommand, tuple[QLabel, QLabel]] = {}
        for row, command in enumerate(SHORTCUT_ORDER):
            key = QLabel(actions.key_text(command), self)
            bold = QFont(key.font())
            bold.setBold(True)
            key.setFont(bold)
            name = QLabel(actions[command].text(), self)
            name.setWordWrap(True)
            grid.addWidget(key, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(name, row, 1)
            self.rows[command] = (key, name)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)

    def show_over(self, anchor: QWidget) -> None:
        """Name the commands as they are now ("Resume" while paused), then open."""
        for command, (_key, name) in self.rows.items():
            name.setText(self._actions[command].text())
        super().show_over(anchor)

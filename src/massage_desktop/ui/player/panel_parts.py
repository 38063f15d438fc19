"""Pieces of the player's views: icon buttons for its actions, a cue that fits, a warning line.

None of them scrolls: a running session is read from a distance with busy hands, so each
piece fits its text into the room it has (a smaller type or a shorter cue) or cuts one line
on purpose with the whole text in its tooltip, its accessible description and "More…".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QActionEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from massage_desktop.ui.design.icons import icon
from massage_desktop.ui.design.tokens import RADIUS_CONTROL, ThemeName, colours
from massage_desktop.ui.guide.colours import is_dark
from massage_desktop.ui.player.commands import PlayerActions, PlayerCommand
from massage_desktop.ui.player.step_warnings import WarningLine


def theme_name() -> ThemeName:
    """The theme in use, read from the application's palette."""
    # The application's palette: a widget's own style sheet changes the widget's palette.
    return "dark" if is_dark(QApplication.palette()) else "light"


class ActionButton(QToolButton):
    """A tool button for one player action, with an icon of the bundled set.

    It takes its label, tooltip (with the key) and enabled state from the action; the icon
    follows the command (play while paused) in the theme colour ``ink`` names: an attribute
    of the design tokens' ``Colours`` ("text", "on_accent"), or a ``#rrggbb`` colour.
    """

    def __init__(
        self,
        parent: QWidget,
        command: PlayerCommand,
        *,
        ink: str = "text",
        icon_px: int = 24,
        style: Qt.ToolButtonStyle = Qt.ToolButtonStyle.ToolButtonIconOnly,
    ) -> None:
        super().__init__(parent)
        self.command = command
        self._ink = ink
        self._icon_px = icon_px
        self._actions: PlayerActions | None = None
        self.setToolButtonStyle(style)
        self.setIconSize(QSize(icon_px, icon_px))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def bind(self, actions: PlayerActions) -> None:
        """Show ``actions``' action for this button's command."""
        self._actions = actions
        self.setDefaultAction(actions[self.command])
        self._paint_icon()

    def set_icon_px(self, px: int) -> None:
        """Draw the icon ``px`` pixels square."""
        if px != self._icon_px:
            self._icon_px = px
            self.setIconSize(QSize(px, px))
            self._paint_icon()

    def actionEvent(self, event: QActionEvent) -> None:
        """Taking the action's state again resets the icon to the action's (none): redraw ours.

        Only on a change: an action being removed may be half destroyed (window teardown).
        """
        super().actionEvent(event)
        if event.type() == QEvent.Type.ActionChanged:
            self._paint_icon()

    def changeEvent(self, event: QEvent) -> None:
        """Redraw the icon in the new theme's colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_icon()

    def _paint_icon(self) -> None:
        if self._actions is None:
            return
        action = self._actions[self.command]
        self.setAccessibleDescription(action.toolTip())
        name = self._actions.icon_name(self.command)
        if not name:
            return
        ink = self._ink if self._ink.startswith("#") else getattr(colours(theme_name()), self._ink)
        self.setIcon(icon(name, ink, self._icon_px))


class CueLabel(QLabel):
    """The step's cue in the largest type, and the longest choice, that fit its room.

    ``set_choices`` gives the texts it may show, longest first (two sentences, then one);
    it takes the first that fits at any size from the largest down to the smallest, so the
    cue never scrolls and never runs under the controls. Its size hint does not depend on the
    text: the layout gives it the room that is left, not the room a long text would want.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._choices: list[str] = [""]
        self._largest, self._smallest = 24, 14
        self._bold = False

    def set_sizes(self, largest_px: int, smallest_px: int, *, bold: bool = False) -> None:
        """Fit the text between these pixel sizes."""
        self._largest, self._smallest, self._bold = largest_px, min(smallest_px, largest_px), bold
        self.fit()

    def largest_px(self) -> int:
        """The largest type the cue is shown in when it fits (the text-size setting's)."""
        return self._largest

    def set_choices(self, choices: list[str]) -> None:
        """Show the first of ``choices`` that fits (the last one when none does)."""
        if choices != self._choices:
            self._choices = choices or [""]
            self.fit()

    def hasHeightForWidth(self) -> bool:
        """No: the layout gives the cue its room, and the cue fits itself into it."""
        return False

    def sizeHint(self) -> QSize:
        """Two lines of the smallest type: the cue takes what is left, not what it wants."""
        return QSize(160, self._line_px() * 2)

    def minimumSizeHint(self) -> QSize:
        """Two lines of the smallest type."""
        return self.sizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit again in the new room."""
        super().resizeEvent(event)
        self.fit()

    def _line_px(self) -> int:
        return int(self._smallest * 1.4)

    def fit(self) -> None:
        """Choose the text and the size for the current room."""
        width, height = self.width(), self.height()
        if width <= 0 or height <= 0:
            self._show(self._choices[0], self._largest)
            return
        # A longer choice may shrink to 3/4 of the largest type; below that, a shorter choice
        # in larger type reads better from a distance. The last choice goes down to the end.
        for index, text in enumerate(self._choices):
            last = index == len(self._choices) - 1
            floor = self._smallest if last else max(self._smallest, self._largest * 3 // 4)
            for px in range(self._largest, floor - 1, -1):
                self._show(text, px)
                if self.heightForWidth(width) <= height:
                    return

    def _show(self, text: str, px: int) -> None:
        font = self.font()
        if font.pixelSize() != px or font.bold() != self._bold:
            font.setPixelSize(px)
            font.setBold(self._bold)
            self.setFont(font)
        if self.text() != text:
            self.setText(text)


class WarningStrip(QFrame):
    """The step's warnings as one pinned line, coloured as the strongest of them.

    The line is cut with "…" when it is longer than the strip; the tooltip and the accessible
    description carry all of it, and a click asks for the details ("More…").

    Signals:
        clicked(): the user clicked the line.
    """

    clicked = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("warningStrip")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label = QLabel(self)
        self.label.setObjectName("warningText")
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 5, 10, 5)
        layout.addWidget(self.label, 1)
        self._line: WarningLine | None = None
        self._full = ""
        self._restyling = False
        self.setVisible(False)

    def text(self) -> str:
        """Every warning of the step, in full."""
        return self._full

    def set_line(self, line: WarningLine | None) -> None:
        """Show ``line``, or hide the strip when the step has no warnings."""
        if line == self._line and (line is None) == self.isHidden():
            return  # called at every tick: restyling would repolish the strip each second
        self._line = line
        self._full = f"⚠ {line.text}" if line is not None else ""
        self.label.setToolTip(self._full)
        self.label.setAccessibleName(self._full)
        self.label.setAccessibleDescription(self._full)
        self.setToolTip(self._full)
        self.setVisible(line is not None)
        self._apply_palette()
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Cut the line again at the new width."""
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        """Recolour when the theme changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._restyling:
            self._apply_palette()
        elif event.type() == QEvent.Type.FontChange:
            self._elide()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click shows the whole text."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)

    def _elide(self) -> None:
        width = self.label.contentsRect().width()
        metrics = self.label.fontMetrics()
        self.label.setText(
            metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, max(width, 0))
            if width > 0
            else self._full
        )

    def _apply_palette(self) -> None:
        if self._line is None:
            return
        tone = colours(theme_name()).severity[self._line.severity]
        self._restyling = True
        self.setStyleSheet(
            f"#warningStrip {{ background: {tone.paper}; border: 1px solid {tone.edge};"
            f" border-radius: {RADIUS_CONTROL}px; }}"
            f" #warningText {{ color: {tone.ink}; font-weight: 600; }}"
        )
        self._restyling = False


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

"""Pieces of the player's views: icon buttons for its actions, a warning box, a fitting label.

None of them scrolls or cuts its text: a running session is read from a distance with busy
hands, so each piece fits its text into the room it has.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QActionEvent, QFont, QFontMetrics, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QToolButton,
    QVBoxLayout,
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


class WarningStrip(QFrame):
    """The step's warnings in a pinned box, coloured as the severity read first.

    The text wraps and is never cut: a warning that ended in "…" ("Light pressure only:
    Only very lig…") told half of what to take care of to someone who cannot reach "More…".
    A larger text size enlarges it only as far as that wraps it into no more lines than the
    normal size does (``set_text_px``): at 1024x700 its extra lines came out of the
    instruction's height, which then shrank below its size at the normal text size.
    The tooltip and the accessible description carry the same text, and a click asks for
    the details ("More…"), every warning with its advice and source.

    Signals:
        clicked(): the user clicked the box.
    """

    clicked = Signal()

    def __init__(self, parent: QWidget, *, details: bool = True) -> None:
        """A strip for a view with a "More…" (``details``) to point to, or without one."""
        super().__init__(parent)
        self._details = details
        self.setObjectName("warningStrip")
        if details:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label = QLabel(self)
        self.label.setObjectName("warningText")
        self.label.setWordWrap(True)
        # A vertical layout: Qt hands a label's height-for-width up through vertical layouts.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 5, 10, 5)
        layout.addWidget(self.label)
        self._line: WarningLine | None = None
        self._full = ""
        self._px = 13
        self._wanted = (13, 13)
        self._restyling = False
        self.setVisible(False)

    def set_text_px(self, px: int, normal_px: int | None = None) -> None:
        """Draw the text ``px`` pixels high (the text-size setting, room mode's distance).

        Args:
            px: the type the text-size setting asks for.
            normal_px: the type at the normal text size (default ``px``); the text is drawn
                smaller than ``px``, down to it, while ``px`` would wrap it into more lines.
        """
        self._wanted = (px, px if normal_px is None else min(px, normal_px))
        self._fit_px()

    def text_px(self) -> int:
        """The height of the type the warnings are drawn in, in pixels."""
        return self._px

    def _fit_px(self) -> None:
        largest, normal = self._wanted
        px = largest
        width = self.contentsRect().width() - 20  # the layout's side margins
        if normal < largest and self._full and width > 0:
            lines = self._lines(normal, width)
            while px > normal and self._lines(px, width) > lines:
                px -= 1
        if px != self._px:
            self._px = px
            self._apply_palette()

    def _lines(self, px: int, width: int) -> int:
        """How many lines the text wraps into at ``width`` in type ``px`` high."""
        font = QFont(self.label.font())
        font.setPixelSize(px)
        font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(font)
        flags = int(Qt.TextFlag.TextWordWrap)
        box = metrics.boundingRect(QRect(0, 0, width, 1 << 20), flags, self._full)
        return round(box.height() / max(1, metrics.lineSpacing()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Choose the type again for the new width."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_px()

    def text(self) -> str:
        """Every warning of the step, as shown."""
        return self._full

    def set_line(self, line: WarningLine | None) -> None:
        """Show ``line``, or hide the strip when the step has no warnings."""
        if line == self._line and (line is None) == self.isHidden():
            return  # called at every tick: restyling would repolish the strip each second
        self._line = line
        text = "" if line is None else line.text
        lines = text.splitlines()
        self._full = "\n".join(f"⚠ {text}" for text in lines)
        self.label.setText(self._full)
        self.label.setToolTip(self._full)
        self.label.setAccessibleName(self._full)
        self.label.setAccessibleDescription(self._full)
        self.setToolTip(self._full)
        self.setVisible(line is not None)
        self._fit_px()
        self._apply_palette()

    def changeEvent(self, event: QEvent) -> None:
        """Recolour when the theme changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._restyling:
            self._apply_palette()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click shows every warning in full, with its advice."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)

    def _apply_palette(self) -> None:
        if self._line is None:
            return
        tone = colours(theme_name()).severity[self._line.severity]
        self._restyling = True
        self.setStyleSheet(
            f"#warningStrip {{ background: {tone.paper}; border: 1px solid {tone.edge};"
            f" border-radius: {RADIUS_CONTROL}px; }}"
            # The size goes in the style sheet too: a repolish resets a font set on the
            # label of a widget with its own style sheet (seen with the app's theme sheet).
            f" #warningText {{ color: {tone.ink}; font-size: {self._px}px; font-weight: 600; }}"
        )
        self._restyling = False


class FittingLabel(QLabel):
    """A word-wrapped label that asks its layout for the height its width needs.

    A box layout nested in a horizontal one gives a word-wrapped label the height of its size
    hint, not of ``heightForWidth`` at the width it got (Qt propagates height-for-width only
    through vertical layouts), so a long German name on three lines lost its last line.
    With ``set_fitting_font`` it first tries a slightly smaller type on one line: the
    second line of a long title came out of the countdown ring's height.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._nominal: QFont | None = None
        self._shrink = 1.0
        self._fitting = False

    def set_fitting_font(self, font: QFont, shrink: float) -> None:
        """Use ``font``, or down to ``shrink`` times its size if that keeps the text on one line."""
        self._nominal, self._shrink = QFont(font), shrink
        self._fit()

    def setText(self, text: str) -> None:
        """Show ``text`` and take the height it needs at the current width.

        The same text again changes nothing: the player shows its title and step at every
        tick, and measuring them again each time was a tenth of a running session's cost. A
        new width or font fits again by itself (``resizeEvent``, ``changeEvent``).
        """
        if text == self.text():
            return
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
        if self._fitting:
            return
        self._fitting = True
        try:
            if self._nominal is not None:
                self._choose_font(self._nominal)
            need = self.heightForWidth(self.width()) if self.width() > 0 else -1
            self.setMinimumHeight(max(need, 0))  # -1: no text yet, so no height is needed
        finally:
            self._fitting = False

    def _choose_font(self, nominal: QFont) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        chosen = QFont(nominal)
        if room > 0 and self.text():
            size = nominal.pointSizeF()
            while size >= nominal.pointSizeF() * self._shrink:
                trial = QFont(nominal)
                trial.setPointSizeF(size)
                if QFontMetrics(trial).horizontalAdvance(self.text()) <= room:
                    chosen = trial
                    break
                size -= 0.5
        if chosen != self.font():
            self.setFont(chosen)

"""The routine editor's look: its style sheet for the app's theme, its texts at the text size.

The editor follows Settings ▸ Text size as the guide does (its technique cards stayed at about
11 px at "Extra large"): its fields, labels, buttons, the techniques' cards and the steps'
rows, up to ``MOST``, as far as it fits a 1024x700 screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QListWidget, QWidget

from massage_desktop.ui.design.tokens import ThemeName, colours
from massage_desktop.ui.guide.colours import is_dark
from massage_desktop.ui.guide.text_scale import scaled_font
from massage_desktop.ui.routine_editor.fields import FoldingTextEdit
from massage_desktop.ui.routine_editor.step_list import StepList
from massage_desktop.ui.routine_editor.style import editor_sheet

MOST = 1.25
"""The largest text the editor takes: at 1.5 the "For" box's longest answer ("For a partner
(so far: …)") squeezed the name field to 77 px, and five steps showed (German, 1024x700)."""


class EditorLook(QObject):
    """Carries the editor's style sheet for the theme shown and the text size.

    Args:
        view: The editor window, which carries the style sheet.
        techniques: The techniques' cards.
        steps: The routine's steps.
        summary: The description field, which folds to whole lines of its text.
    """

    def __init__(
        self, view: QWidget, techniques: QListWidget, steps: StepList, summary: FoldingTextEdit
    ) -> None:
        super().__init__(view)
        self._view = view
        self._techniques = techniques
        self._steps = steps
        self._summary = summary
        self._theme = ""
        self.scale = 1.0
        """The text size's factor the editor shows (1 is normal)."""
        view.installEventFilter(self)
        self.restyle()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow a theme change, made while the editor is open too, with the style sheet."""
        changed = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if watched is self._view and event.type() in changed:
            self.restyle()
        return super().eventFilter(watched, event)

    def restyle(self, *, again: bool = False) -> None:
        """Carry the style sheet for the app's theme (once per theme, unless ``again``)."""
        # The application's palette, not the editor's: its own palette takes the background
        # of its style sheet, so once dark it stayed dark when the app went back to light.
        theme: ThemeName = "dark" if is_dark(QApplication.palette()) else "light"
        if theme != self._theme or again:
            self._theme = theme
            self._view.setStyleSheet(editor_sheet(colours(theme), theme, self.scale))

    def set_text_scale(self, scale: float) -> None:
        """Draw the editor's texts ``scale`` times their size (the text-size setting).

        At most ``MOST`` times: "Extra large" draws them as "Large" does.
        """
        scale = min(scale, MOST)
        if scale == self.scale:
            return
        self.scale = scale
        self.restyle(again=True)
        self._techniques.setFont(scaled_font(scale))
        self._steps.set_text_scale(scale)
        self._summary.set_text_scale(scale)

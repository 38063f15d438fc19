"""A designed question with a few answers: the default one is the accent button."""

from __future__ import annotations

from functools import partial
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from massage_desktop.domain.enums import Severity
from massage_desktop.ui.design.screen import DesignedDialog


class ChoiceDialog(DesignedDialog):
    """A heading, a short text (and an optional card with details), answers and Cancel.

    Escape and the title bar's close leave ``chosen()`` None, with or without Cancel.

    Args:
        heading: The question or title, large at the top (also the window title).
        text: A line or two under the heading.
        answers: The answers, left to right; ``answers[default]`` is the primary button.
        cancel: The text of the button that answers nothing ("Cancel" when None).
        detail: A card under the text, as rich text (e.g. the health profile's reasons).
        icon_name: An icon of the app's set beside the heading.
        tone: Colours the badge and the detail card by severity; None uses the accent.
        default: The index of the primary answer; None makes the cancel button the primary
            one, for a question whose safe answer is to leave things as they are.
        large: Room mode's larger sizes.
        with_cancel: Offer a Cancel button; False when one of the answers already means
            "leave things as they are" (two buttons that did the same looked unfinished).
        parent: The window the question is shown over.

    Signals:
        None of its own; read ``chosen()`` after ``exec()``.
    """

    def __init__(
        self,
        heading: str,
        text: str,
        answers: list[str],
        *,
        detail: str | None = None,
        icon_name: str = "question",
        tone: Severity | None = None,
        default: int | None = 0,
        cancel: str | None = None,
        large: bool | float = False,
        with_cancel: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(heading, heading, icon_name, tone=tone, large=large, parent=parent)
        self._chosen: int | None = None
        self.text_label = self.add_text(escape(text))
        if detail:
            self.add_card(tone).add_text(detail)
        self.buttons: list[QPushButton] = []
        self.cancel_button: QPushButton | None = None
        if with_cancel:
            cancel_text = cancel or QCoreApplication.translate("ChoiceDialog", "Cancel")
            if default is None:
                self.cancel_button = self.set_primary(cancel_text)
                self.cancel_button.clicked.disconnect(self.accept)
            else:
                self.cancel_button = self.add_secondary(cancel_text)
            self.cancel_button.clicked.connect(self.reject)
        for index, answer in enumerate(answers):
            if index == default:
                button = self.set_primary(answer)
            else:
                button = self.add_secondary(answer)
                button.clicked.connect(self.accept)
            button.clicked.connect(partial(self._on_answer_clicked, index))
            self.buttons.append(button)

    def chosen(self) -> int | None:
        """The index of the answer pressed, or None (Cancel, Escape or closed)."""
        return self._chosen

    def _on_answer_clicked(self, index: int) -> None:
        self._chosen = index
